package basedmode

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
)

// Heads is the L1 head as the beacon node sees it.
type Heads interface {
	Snapshot() beacon.Snapshot
}

// Driver is the slot loop: the newest message it was given, and a message to build.
type Driver interface {
	Latest() *pipeline.Message
	Offer(m pipeline.Message)
}

// Deps are the Trigger's collaborators.
type Deps struct {
	Maker    *Maker
	Heads    Heads
	Driver   Driver
	Clock    clock.Clock
	Schedule *clock.Schedule
	Log      zerolog.Logger
	Metrics  *Metrics
	// Skips, optional, records a slot that got no slot-ending message while based mode stayed
	// closed (the sequencer, or its committee, certified nothing), so the operator sees why.
	Skips Skips
}

// Skips records why a slot was skipped (the inclusion tracker).
type Skips interface {
	Skip(slot uint64, reason string)
}

// Trigger considers based mode once per slot, at the slot's accept_by: the last instant the
// sequencer's slot-ending message could still be built, so a sequencer that is merely slow is
// never pre-empted and the based block has the build time a message arriving then would have.
type Trigger struct {
	d      Deps
	log    zerolog.Logger
	cancel context.CancelFunc
	done   sync.WaitGroup
}

// NewTrigger checks deps.
func NewTrigger(d Deps) (*Trigger, error) {
	if d.Maker == nil || d.Heads == nil || d.Driver == nil || d.Clock == nil || d.Schedule == nil || d.Metrics == nil {
		return nil, fmt.Errorf("%w: maker, heads, driver, clock, schedule and metrics are required", ErrMissing)
	}
	return &Trigger{d: d, log: d.Log.With().Str("component", "basedmode").Logger()}, nil
}

// Start runs the trigger until Stop.
func (t *Trigger) Start(ctx context.Context) error {
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	t.cancel = cancel
	t.done.Go(func() { t.run(ctx) })
	return nil
}

// Stop ends the trigger and waits for it, a based-mode check in flight included.
func (t *Trigger) Stop(context.Context) error {
	if t.cancel != nil {
		t.cancel()
		t.done.Wait()
	}
	return nil
}

// run wakes at each slot's accept_by in turn. A slot whose accept_by has passed when its turn
// comes (the sidecar started late in it) is left alone.
func (t *Trigger) run(ctx context.Context) {
	slotClock := t.d.Schedule.Slots()
	next := slotClock.SlotAt(t.d.Clock.Now()) + 1
	for {
		at := t.d.Schedule.For(next).AcceptBy
		if !t.d.Clock.Now().After(at) {
			timer := t.d.Clock.NewTimerAt(at)
			select {
			case <-ctx.Done():
				timer.Stop()
				return
			case <-timer.C():
			}
			t.Consider(ctx, next)
		}
		next = max(next+1, slotClock.SlotAt(t.d.Clock.Now())+1)
	}
}

// Consider offers the driver slot's based-mode message on each parent the slot may build on,
// unless a slot-ending message arrived for the slot or based mode is closed. It is the
// Trigger's step, exported for tests that drive it at a chosen instant.
func (t *Trigger) Consider(ctx context.Context, slot uint64) {
	if l := t.d.Driver.Latest(); l != nil && !l.Based && l.L1Slot >= slot {
		return // the sequencer is there
	}
	s := t.d.Heads.Snapshot()
	if !s.Ready || s.BuildSlot != slot {
		t.log.Debug().Uint64("slot", slot).Str("reason", s.Reason).Msg("based mode: the L1 head is not ready for the slot")
		return
	}
	// The message counts as made at accept_by, when the timer fired: the microseconds the timer
	// and the snapshot took must not make the slot late.
	made := t.d.Schedule.For(slot).AcceptBy
	if now := t.d.Clock.Now(); now.Before(made) {
		made = now
	}
	for _, p := range s.Parents {
		msg, bm, err := t.d.Maker.Message(ctx, slot, p.Hash, made)
		switch {
		case errors.Is(err, ErrClosed):
			t.d.Metrics.slots.WithLabelValues(outcomeClosed).Inc()
			t.log.Debug().Uint64("slot", slot).Msg("no slot-ending message; based mode is closed")
			if t.d.Skips != nil {
				t.d.Skips.Skip(slot, bundle.SkipNoMessage)
			}
			continue
		case err != nil:
			t.d.Metrics.slots.WithLabelValues(outcomeError).Inc()
			t.log.Warn().Err(err).Uint64("slot", slot).Str("parent_hash", p.Hash.Hex()).Msg("based mode: cannot build on the inbox head")
			continue
		}
		t.d.Metrics.slots.WithLabelValues(outcomeBuilt).Inc()
		t.log.Info().Uint64("slot", slot).Str("parent_hash", p.Hash.Hex()).Str("why", bm.Why).
			Uint64("l2_block", bm.Head.Number).Str("head_id", bm.Head.ID.Hex()).Bool("head_based", bm.Head.Based).
			Msg("no slot-ending message and based mode is open: building an uncertified based block")
		t.d.Driver.Offer(msg)
	}
}
