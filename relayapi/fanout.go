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
	// accepted is closed at the first acceptance, done when every endpoint has finished.
	accepted, done chan struct{}

	mu       sync.Mutex
	results  []Result
	progress Progress
}

// Progress is a fan-out's state at one moment.
type Progress struct {
	Endpoints int // endpoints the fan-out was sent to
	Accepted  int // endpoints that accepted so far
	Failed    int // endpoints that failed so far (refused, errored or abandoned)
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

func newFanout(n int) *Fanout {
	return &Fanout{
		expired:  make(chan struct{}),
		accepted: make(chan struct{}),
		done:     make(chan struct{}),
		results:  make([]Result, n),
		progress: Progress{Endpoints: n},
	}
}

// First blocks until an endpoint accepted, every endpoint finished, or the deadline given to
// Send passed on the Submitter's clock, and returns the progress at that moment. Endpoints
// still in flight go on in the background. The error is non-nil only when ctx ended first.
func (f *Fanout) First(ctx context.Context) (Progress, error) {
	select {
	case <-f.accepted:
	case <-f.done:
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

// finish records endpoint i's result; the last one releases the fan-out's timer and context.
func (f *Fanout) finish(i int, r Result) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.results[i] = r
	if r.Err != nil {
		f.progress.Failed++
	} else {
		f.progress.Accepted++
		if f.progress.Accepted == 1 {
			close(f.accepted)
		}
	}
	if f.progress.Accepted+f.progress.Failed < f.progress.Endpoints {
		return
	}
	f.progress.Done = true
	if f.timer != nil {
		f.timer.Stop()
	}
	f.unlink()
	f.abandon(nil)
	close(f.done)
}

// start runs one request per endpoint in the background and returns at once. The requests
// keep ctx's values but not its cancellation: they end by their budgets, Fanout.Abandon or
// Stop. Nothing is sent once deadline has passed; cut also shortens each budget to it.
func (s *Submitter) start(ctx context.Context, deadline time.Time, cut bool, bodyFor func(Endpoint) *signedBody) (*Fanout, error) {
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

	f := newFanout(len(s.cfg.Endpoints))
	reqCtx, abandon := context.WithCancelCause(context.WithoutCancel(ctx))
	f.abandon = abandon
	f.unlink = context.AfterFunc(s.life, func() { abandon(context.Cause(s.life)) })
	f.armDeadline(s.clk, deadline)
	for i, ep := range s.cfg.Endpoints {
		go func() {
			defer s.wg.Done()
			f.finish(i, s.call(reqCtx, ep, bodyFor(ep), deadline, cut, f.wrote))
		}()
	}
	return f, nil
}
