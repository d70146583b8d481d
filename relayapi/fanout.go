package relayapi

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/syncboost/syncboost/clock"
)

// errAbandoned is the cancellation cause of Fanout.Abandon.
var errAbandoned = errors.New("fan-out abandoned")

// Fanout is one request per endpoint, started by Send or Cancel. Its requests belong to the
// Submitter, not to the caller: they run to their own budgets whether or not anyone waits, and
// Submitter.Stop ends them. All methods are safe for concurrent use.
type Fanout struct {
	abandon context.CancelCauseFunc
	unlink  func() bool   // detaches abandon from the Submitter's Stop
	timer   clock.Timer   // the deadline; nil without one
	expired chan struct{} // closed at the deadline
	// accepted is closed at the first acceptance, settled once every endpoint has accepted,
	// failed or is retrying (First waits no longer), done when every endpoint has finished.
	accepted, settled, done chan struct{}
	kind                    string // kindSend or kindCancel, for the metrics
	metrics                 *submitMetrics

	mu        sync.Mutex
	results   []Result
	retrying  []bool
	isSettled bool
	progress  Progress
}

// Progress is a fan-out's state at one moment.
type Progress struct {
	Endpoints int // endpoints the fan-out was sent to
	Accepted  int // endpoints that accepted so far
	Failed    int // endpoints that failed for good so far (refused, errored or abandoned)
	// Retrying counts endpoints whose first attempt failed and whose one retry is pending;
	// each ends up in Accepted or Failed.
	Retrying int
	// FirstByte is the earliest first byte on the wire among all endpoints, finished or not
	// (zero while none has been written): the sidecar's dead time ends here.
	FirstByte time.Time
	Done      bool // every endpoint has finished
}

// Report is a finished fan-out.
type Report struct {
	Progress
	// Results holds one Result per endpoint, in configuration order.
	Results []Result
	// LastFirstByte is the latest FirstByte among the endpoints that were written to: the
	// dead time to all of them ends here. Zero if none was.
	LastFirstByte time.Time
}

func newFanout(n int, kind string, m *submitMetrics) *Fanout {
	return &Fanout{
		expired:  make(chan struct{}),
		accepted: make(chan struct{}),
		settled:  make(chan struct{}),
		done:     make(chan struct{}),
		kind:     kind,
		metrics:  m,
		results:  make([]Result, n),
		retrying: make([]bool, n),
		progress: Progress{Endpoints: n},
	}
}

// First blocks until an endpoint accepted, every endpoint gave its first answer (it accepted,
// failed, or failed and is retrying: a retry never delays First), or the deadline given to
// Send passed on the Submitter's clock, and returns the progress at that moment. Endpoints
// still in flight, retries included, go on in the background. The error is non-nil only when
// ctx ended first.
func (f *Fanout) First(ctx context.Context) (Progress, error) {
	select {
	case <-f.accepted:
	case <-f.settled:
	case <-f.expired:
	case <-ctx.Done():
		return f.Progress(), fmt.Errorf("wait for first acceptance: %w", ctx.Err())
	}
	return f.Progress(), nil
}

// Wait blocks until every endpoint has finished (each is bounded by its own budget) and
// returns all results. The error is non-nil only when ctx ended first; the requests go on.
func (f *Fanout) Wait(ctx context.Context) (Report, error) {
	select {
	case <-f.done:
	case <-ctx.Done():
		return Report{Progress: f.Progress()}, fmt.Errorf("wait for every endpoint: %w", ctx.Err())
	}
	return f.report(), nil
}

// Done is closed when every endpoint has finished.
func (f *Fanout) Done() <-chan struct{} { return f.done }

// Progress returns the fan-out's state now.
func (f *Fanout) Progress() Progress {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.progress
}

// Abandon cancels the requests still in flight; they finish with OutcomeCanceled.
func (f *Fanout) Abandon() { f.abandon(errAbandoned) }

// all waits for every endpoint; ctx ending abandons those still in flight.
func (f *Fanout) all(ctx context.Context) []Result {
	stop := context.AfterFunc(ctx, f.Abandon)
	defer stop()
	<-f.done
	return f.report().Results
}

func (f *Fanout) report() Report {
	f.mu.Lock()
	defer f.mu.Unlock()
	r := Report{Progress: f.progress, Results: slices.Clone(f.results)}
	for _, res := range r.Results {
		if res.FirstByte.After(r.LastFirstByte) {
			r.LastFirstByte = res.FirstByte
		}
	}
	return r
}

// armDeadline closes expired at deadline on clk; a deadline already passed closes it now.
func (f *Fanout) armDeadline(clk clock.Clock, deadline time.Time) {
	if deadline.IsZero() {
		return
	}
	d := deadline.Sub(clk.Now())
	if d <= 0 {
		close(f.expired)
		return
	}
	f.timer = clk.AfterFunc(d, func() { close(f.expired) })
}

// wrote records an endpoint's first byte as soon as it is written.
func (f *Fanout) wrote(at time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.progress.FirstByte.IsZero() || at.Before(f.progress.FirstByte) {
		f.progress.FirstByte = at
	}
}

// retry records that endpoint i's first attempt failed and its retry is pending.
func (f *Fanout) retry(i int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.retrying[i] = true
	f.progress.Retrying++
	f.settleLocked()
}

// settleLocked closes settled once every endpoint has given its first answer.
func (f *Fanout) settleLocked() {
	p := f.progress
	if !f.isSettled && p.Accepted+p.Failed+p.Retrying == p.Endpoints {
		f.isSettled = true
		close(f.settled)
	}
}

// finish records endpoint i's result; the last one releases the fan-out's timer and context.
func (f *Fanout) finish(i int, r Result) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.results[i] = r
	if f.retrying[i] {
		f.retrying[i] = false
		f.progress.Retrying--
	}
	if r.Err != nil {
		f.progress.Failed++
	} else {
		f.progress.Accepted++
		if f.progress.Accepted == 1 {
			close(f.accepted)
		}
	}
	f.settleLocked()
	if f.progress.Accepted+f.progress.Failed < f.progress.Endpoints {
		return
	}
	f.progress.Done = true
	f.metrics.fanout(f.kind, f.progress.Accepted == 0 && !allCanceled(f.results))
	if f.timer != nil {
		f.timer.Stop()
	}
	f.unlink()
	f.abandon(nil)
	close(f.done)
}

// allCanceled: the sidecar itself ended every request (Stop, Abandon), so a fan-out without an
// acceptance says nothing about the endpoints.
func allCanceled(rs []Result) bool {
	for _, r := range rs {
		if r.Outcome != OutcomeCanceled {
			return false
		}
	}
	return true
}

// start runs one request per endpoint in the background and returns at once. The requests
// keep ctx's values but not its cancellation: they end by their budgets, Fanout.Abandon or
// Stop. Nothing is sent once deadline has passed; cut also shortens each budget to it.
func (s *Submitter) start(ctx context.Context, kind string, deadline time.Time, cut bool, bodyFor func(Endpoint) *signedBody) (*Fanout, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return nil, ErrStopped
	}
	s.wg.Add(len(s.cfg.Endpoints)) // under mu, so Stop's Wait never races an Add
	s.mu.Unlock()

	f := newFanout(len(s.cfg.Endpoints), kind, s.metrics)
	reqCtx, abandon := context.WithCancelCause(context.WithoutCancel(ctx))
	f.abandon = abandon
	f.unlink = context.AfterFunc(s.life, func() { abandon(context.Cause(s.life)) })
	f.armDeadline(s.clk, deadline)
	for i, ep := range s.cfg.Endpoints {
		go func() {
			defer s.wg.Done()
			f.finish(i, s.call(reqCtx, ep, bodyFor(ep), deadline, cut, hooks{wrote: f.wrote, retrying: func() { f.retry(i) }}))
		}()
	}
	return f, nil
}
