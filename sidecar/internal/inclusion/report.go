package inclusion

import (
	"context"
	"sync"

	"github.com/syncboost/syncboost/sidecar/feed"
)

// reportQueue is how many outcomes may wait for the sequencer; when it is full the oldest is
// dropped (a newer outcome of the same slot supersedes it, and the sequencer also follows L1).
const reportQueue = 256

// outbox delivers outcomes to the sequencer on its own goroutine, so a slow or unreachable
// sequencer (whose client retries) never holds up settling.
type outbox struct {
	r     Reporter
	t     *Tracker
	queue chan feed.Outcome
}

// runner owns the tracker's two goroutines: settling and delivery.
type runner struct {
	cancel context.CancelFunc
	done   sync.WaitGroup
}

// Start runs settling and delivery until Stop.
func (t *Tracker) Start(ctx context.Context) error {
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	t.run.cancel = cancel
	t.run.done.Go(func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.wake:
				t.Settle(ctx)
			}
		}
	})
	t.run.done.Go(func() { t.out.deliver(ctx) })
	return nil
}

// Stop ends settling and delivery; outcomes still queued are not sent.
func (t *Tracker) Stop(context.Context) error {
	if t.run.cancel != nil {
		t.run.cancel()
		t.run.done.Wait()
	}
	return nil
}

func (q *outbox) deliver(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case o := <-q.queue:
			if err := q.r.Report(ctx, o); err != nil && ctx.Err() == nil {
				q.t.d.Log.Warn().Err(err).Uint64("slot", o.L1Slot).Msg("reporting outcome to the sequencer")
			}
		}
	}
}

// report queues o without blocking.
func (q *outbox) report(o feed.Outcome) {
	for {
		select {
		case q.queue <- o:
			return
		default:
			select {
			case <-q.queue: // drop the oldest
				q.t.d.Metrics.dropped.Inc()
			default:
			}
		}
	}
}
