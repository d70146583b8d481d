package sidecar

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/builderhook/pullapi"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
	"github.com/syncboost/syncboost/sidecar/sim"
)

// The adapters below only translate between a component and the narrow interface its consumer
// declares; the domain logic lives in the components.

// l2chain pairs the L2 client's headers with its simulator.
type l2chain struct {
	headers *ethclient.Client
	sim     *sim.Client
}

func (c l2chain) HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error) {
	return c.headers.HeaderByHash(ctx, h)
}

func (c l2chain) SimulateL2(ctx context.Context, env bundle.BasedBlockEnv, txs []*bundle.Tx) (*sim.L2Result, error) {
	return c.sim.SimulateL2(ctx, env, txs)
}

// beaconDuties gives relayapi the beacon tracker's proposer duties, to match registrations.
type beaconDuties struct{ t *beacon.Tracker }

func (d beaconDuties) ProposerDuty(slot uint64) ([48]byte, bool) {
	duty, ok := d.t.Duty(slot)
	return duty.Pubkey, ok
}

// submitter hands the pipeline relayapi's fan-out: the summary at the first acceptance (or when
// ctx ends), and the whole report later from a goroutine it owns (to answers too, the status
// page's endpoint health); Stop ends both.
type submitter struct {
	s       *relayapi.Submitter
	sched   *clock.Schedule
	answers interface{ Answered([]relayapi.Result) }
	watches sync.WaitGroup
}

// deadline is the last instant the pipeline sends for b's slot (the schedule's StopReplacing),
// from the slot's timestamp; the fan-out's deadline metric counts answers against it.
func (a *submitter) deadline(b *bundle.AtomicBundle) time.Time {
	if a.sched == nil || b.MinTimestamp == 0 {
		return time.Time{}
	}
	slot := a.sched.Slots().SlotAt(time.Unix(int64(b.MinTimestamp), 0))
	return a.sched.For(slot).StopReplacing
}

func (a *submitter) Submit(ctx context.Context, b *bundle.AtomicBundle, all func(slots.Delivery)) slots.Delivery {
	f, err := a.s.Send(ctx, b, a.deadline(b))
	if err != nil {
		if all != nil {
			all(slots.Delivery{})
		}
		return slots.Delivery{}
	}
	if all != nil {
		a.watches.Go(func() {
			rep, _ := f.Wait(context.WithoutCancel(ctx))
			a.answers.Answered(rep.Results)
			all(delivery(rep.Progress, rep.LastFirstByte))
		})
	}
	return first(ctx, f)
}

func (a *submitter) Cancel(ctx context.Context, uuid string) slots.Delivery {
	f, err := a.s.Cancel(ctx, uuid, time.Time{})
	if err != nil {
		return slots.Delivery{}
	}
	return first(ctx, f)
}

func (a *submitter) Start(context.Context) error { return nil }

// Stop ends the requests still in flight and waits for the goroutines that report them.
func (a *submitter) Stop(ctx context.Context) error {
	err := a.s.Stop(ctx)
	a.watches.Wait()
	return err
}

// first waits for the first acceptance, every endpoint's answer or the end of ctx.
func first(ctx context.Context, f *relayapi.Fanout) slots.Delivery {
	p, err := f.First(ctx)
	if err != nil {
		p = f.Progress()
	}
	return delivery(p, time.Time{})
}

func delivery(p relayapi.Progress, last time.Time) slots.Delivery {
	return slots.Delivery{Accepted: p.Accepted, Failed: p.Failed, FirstByte: p.FirstByte, LastByte: last}
}

// noRelays is the submitter of a sidecar whose only builder pulls from the builder hook.
type noRelays struct{}

func (noRelays) Submit(_ context.Context, _ *bundle.AtomicBundle, all func(slots.Delivery)) slots.Delivery {
	if all != nil {
		all(slots.Delivery{})
	}
	return slots.Delivery{}
}
func (noRelays) Cancel(context.Context, string) slots.Delivery { return slots.Delivery{} }
func (noRelays) Start(context.Context) error                   { return nil }
func (noRelays) Stop(context.Context) error                    { return nil }

// callBundle answers based_callBundle with the pipeline on the driver's latest message; both
// exist once the slot loop runs.
type callBundle struct{ loop *slotLoop }

func (c callBundle) Call(ctx context.Context, b *bundle.CheckedBundle) (any, error) {
	p := c.loop.get()
	if p == nil {
		return nil, pipeline.ErrNoMessage
	}
	return p.pipeline.Call(ctx, p.driver.Latest(), b)
}

// nextSlot tells the searcher API which slot a bundle without l1Slot targets.
type nextSlot struct {
	beacon *beacon.Tracker
	clock  clock.Clock
}

func (n nextSlot) NextSlot() uint64 {
	s := n.beacon.Snapshot()
	if s.BuildSlot == 0 {
		if sc := n.beacon.Chain().Slots; sc != nil {
			return sc.SlotAt(n.clock.Now()) + 1
		}
	}
	return s.BuildSlot
}

// SlotStart dates slot for the searcher API's deadline check; zero while the beacon node's
// slot clock is not known yet.
func (n nextSlot) SlotStart(slot uint64) time.Time {
	if sc := n.beacon.Chain().Slots; sc != nil {
		return sc.SlotStart(slot)
	}
	return time.Time{}
}

// sealedLog records what a co-located builder reports sealing, next to the tracker's view.
type sealedLog struct{ log zerolog.Logger }

func (s sealedLog) RecordSealed(_ context.Context, r pullapi.SealedReport) error {
	s.log.Info().Any("sealed", r).Msg("co-located builder sealed a block")
	return nil
}
