package driver

import (
	"context"
	"errors"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
)

// receive takes messages off the feed as they arrive, whatever the builder is doing.
func (d *Driver) receive(ctx context.Context) {
	msgs := d.d.Feed.Messages()
	for {
		select {
		case <-ctx.Done():
			return
		case m, ok := <-msgs:
			if !ok {
				return
			}
			d.offer(pipeline.Message{SignedSlotEnding: m.SignedSlotEnding, Arrived: m.Arrived})
		}
	}
}

// Offer queues a message that did not come from the feed: a based-mode slot's (basedmode).
func (d *Driver) Offer(m pipeline.Message) { d.offer(m) }

// offer queues m in place of any older message for its slot and parent (or for an earlier
// slot), and ends the build in flight if m supersedes it.
func (d *Driver) offer(m pipeline.Message) {
	d.mu.Lock()
	d.latest = &m
	d.queue = slices.DeleteFunc(d.queue, func(q pipeline.Message) bool { return supersedes(m, q.L1Slot, q.L1ParentHash, q.Based) })
	d.queue = append(d.queue, m)
	if d.cur != nil && supersedes(m, d.cur.slot, d.cur.parent, d.cur.based) {
		d.cur.stop(ErrSuperseded)
	}
	d.mu.Unlock()
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// supersedes: a message replaces the build for its own slot and parent, and any earlier slot's.
// Under ePBS the other parent's variant of the same slot is built too, not replaced. A based
// slot's build is made at accept_by, so the sequencer's message for that slot arrives after
// it, late: it would only be skipped, and must not end the based build.
func supersedes(m pipeline.Message, slot uint64, parent common.Hash, based bool) bool {
	if m.L1Slot == slot && based && !m.Based {
		return false
	}
	return m.L1Slot > slot || m.L1Slot == slot && m.L1ParentHash == parent
}

// build runs the pipeline on queued messages, one at a time.
func (d *Driver) build(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-d.wake:
		}
		for {
			m, bctx, ok := d.next(ctx)
			if !ok {
				break
			}
			d.handle(ctx, bctx, m)
		}
	}
}

// next takes the oldest queued message and makes it the one in flight.
func (d *Driver) next(ctx context.Context) (pipeline.Message, context.Context, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.queue) == 0 || ctx.Err() != nil {
		return pipeline.Message{}, nil, false
	}
	m := d.queue[0]
	d.queue = d.queue[1:]
	bctx, stop := context.WithCancelCause(ctx)
	d.cur = &inFlight{slot: m.L1Slot, parent: m.L1ParentHash, based: m.Based, stop: stop}
	return m, bctx, true
}

func (d *Driver) handle(ctx, bctx context.Context, m pipeline.Message) {
	sent, err := d.d.Pipeline.Handle(bctx, m)
	d.mu.Lock()
	d.cur.stop(nil)
	d.cur = nil
	d.mu.Unlock()
	var skip *pipeline.SkipError
	switch {
	case err == nil:
		if d.d.Tracker.Record(sent) {
			d.done.Go(func() { d.d.Pipeline.Withdraw(ctx, sent) })
		}
	case errors.As(err, &skip):
		d.d.Tracker.Skip(skip.Slot, skip.Reason)
	case errors.Is(err, ErrSuperseded), errors.Is(err, ErrParentGone), ctx.Err() != nil:
		d.log.Debug().Err(err).Uint64("slot", m.L1Slot).Msg("build ended early")
	default:
		d.log.Warn().Err(err).Uint64("slot", m.L1Slot).Msg("slot failed")
		if d.d.Failures != nil {
			d.d.Failures.Failed(m.L1Slot, err)
		}
	}
}

// follow reacts to each new L1 head: the tracker learns it (and settles on its own goroutine),
// bundles on a parent that is gone are withdrawn, and the head hooks run.
func (d *Driver) follow(ctx context.Context) {
	var last common.Hash
	for {
		// The channel first, then the snapshot: a head that moves while onHead runs (or before
		// the first wait) is seen on the next turn instead of waiting for the one after it.
		changed := d.d.Heads.Changed()
		if s := d.d.Heads.Snapshot(); s.Ready && s.HeadExecHash != last {
			last = s.HeadExecHash
			d.onHead(ctx, s)
			continue
		}
		select {
		case <-ctx.Done():
			return
		case <-changed:
		}
	}
}

func (d *Driver) onHead(ctx context.Context, s beacon.Snapshot) {
	parents := make([]common.Hash, len(s.Parents))
	for i, p := range s.Parents {
		parents[i] = p.Hash
	}
	d.mu.Lock()
	if d.cur != nil && d.cur.slot == s.BuildSlot && !slices.Contains(parents, d.cur.parent) {
		d.cur.stop(ErrParentGone)
	}
	d.mu.Unlock()
	for _, stale := range d.d.Tracker.Head(s.HeadSlot, s.BuildSlot, parents) {
		d.d.Pipeline.Withdraw(ctx, stale)
	}
	for _, hook := range d.d.OnHead {
		if err := hook(ctx, s); err != nil {
			d.log.Warn().Err(err).Str("block_hash", s.HeadExecHash.Hex()).Msg("head hook")
		}
	}
}
