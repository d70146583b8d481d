package inclusion

import (
	"context"
	"sync"
)

// reportQueue is how many outcomes may wait for the sequencer; when it is full the oldest is
// dropped (a newer outcome of the same slot supersedes it, and the sequencer also follows L1).
const reportQueue = 256

// outbox delivers outcomes to the sequencer on its own goroutine, so a slow or unreachable
// sequencer (whose client retries) never holds up the slot loop that settles slots.
type outbox struct {
	r      Reporter
	t      *Tracker
	queue  chan Result
	cancel context.CancelFunc
	done   sync.WaitGroup
}

// Start runs the delivery goroutine until Stop.
func (t *Tracker) Start(ctx context.Context) error {
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	t.out.cancel = cancel
	t.out.done.Add(1)
	go func() {
		defer t.out.done.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case r := <-t.out.queue:
				if err := t.out.r.Report(ctx, r); err != nil && ctx.Err() == nil {
					t.d.Log.Warn().Err(err).Uint64("slot", r.Slot).Msg("reporting outcome to the sequencer")
				}
			}
		}
	}()
	return nil
}

// Stop ends delivery; outcomes still queued are not sent.
func (t *Tracker) Stop(context.Context) error {
	if t.out.cancel != nil {
		t.out.cancel()
		t.out.done.Wait()
	}
	return nil
}

// report queues r without blocking.
func (q *outbox) report(r Result) {
	for {
		select {
		case q.queue <- r:
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
