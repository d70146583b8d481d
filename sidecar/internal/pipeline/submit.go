package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

func (p *Pipeline) submit(ctx context.Context, msg Message, b *built, out outgoing) *slots.Sent {
	ab := out.ab
	s := &slots.Sent{
		L2ChainID: p.cfg.L2ChainID, Slot: msg.L1Slot, Target: b.target, Bundle: ab, Commitment: out.commitment,
		SlotEnding: out.slotEnding, L2Hash: out.l2Hash, Included: out.included,
		Failed: b.failed, Dropped: b.plan.Dropped, Arrived: msg.Arrived, Timings: b.timings,
	}
	p.deps.Metrics.bundles.Observe(float64(len(s.Included)))
	if p.deps.Publisher != nil {
		p.deps.Publisher.Publish(s.Slot, b.target.ParentHash, ab)
	}
	s.Pending()
	_ = p.stage("submit", b.timings, func() error {
		s.Delivery = p.deps.Submitter.Submit(ctx, ab, func(all slots.Delivery) {
			if !all.LastByte.IsZero() {
				p.deps.Metrics.deadTimeAll.Observe(all.LastByte.Sub(msg.Arrived).Seconds())
			}
			s.Finish(all)
		})
		return nil
	})
	// With no endpoint to write to (a co-located builder pulls), the bundle is out when published.
	first := s.Delivery.FirstByte
	if first.IsZero() {
		first = p.deps.Clock.Now()
	}
	s.DeadTime = first.Sub(msg.Arrived)
	p.deps.Metrics.deadTime.Observe(s.DeadTime.Seconds())
	return s
}

// uuid is the replacement handle: one per (L2 chain, slot), so a newer message replaces the
// bundle; under ePBS one per parent too, so the two variants never replace each other. The
// beacon node's fork schedule says whether slot is under ePBS (a chain forks to Gloas at an
// epoch, whatever the deadline profile); the profile decides only where no schedule is known.
func (p *Pipeline) uuid(slot uint64, parent common.Hash) string {
	if p.epbs(slot) {
		return bundle.VariantUUIDFor(p.cfg.L2ChainID, slot, parent)
	}
	return bundle.ReplacementUUIDFor(p.cfg.L2ChainID, slot)
}

// epbs reports whether slot is built under ePBS: by the beacon node's fork schedule, else by
// the deadline profile.
func (p *Pipeline) epbs(slot uint64) bool {
	if p.deps.Forks != nil {
		return p.deps.Forks.GloasAt(slot)
	}
	return p.deps.Schedule.Profile() == clock.ProfileEPBS
}

// recordStatuses tells searchers what happened, after the bundle is already on the wire so
// journal writes never add to the dead time.
// Each bundle's changes are written in order, the bundles side by side, so the journal's group
// commit makes one sync of them rather than one per change.
func (p *Pipeline) recordStatuses(ctx context.Context, b *built, s *slots.Sent) {
	reason := fmt.Sprintf("slot %d: sent, %d endpoints accepted and %d failed by the first answer", s.Slot, s.Delivery.Accepted, s.Delivery.Failed)
	if p.epbs(s.Slot) {
		p.verdicts.green(s.Slot, s.Included)
	}
	var wg sync.WaitGroup
	for _, h := range s.Included {
		wg.Go(func() {
			p.setStatus(ctx, h, bundle.StatusChange{Status: bundle.StatusSimulated, At: b.simulated})
			p.setStatus(ctx, h, bundle.StatusChange{Status: bundle.StatusSubmitted, Reason: reason})
		})
	}
	p.recordFailed(ctx, s.Slot, s.Failed)
	p.recordLeftOut(ctx, s.Slot, b, nil)
	wg.Wait()
}

// recordLeftOut tells the searchers whose bundles simulated green alone but are not sent in the
// slot why (skip is the slot's skip, when it was skipped). Nothing is their fault: the bundles
// stay live, status simulated, for a later message of the slot.
func (p *Pipeline) recordLeftOut(ctx context.Context, slot uint64, b *built, skip error) {
	if b == nil || b.plan == nil {
		return
	}
	why := map[common.Hash]string{}
	var greens []common.Hash
	for _, d := range b.plan.Dropped {
		if d.Simulated {
			why[d.Hash] = fmt.Sprintf("slot %d: left out: %s", slot, d.Reason)
			greens = append(greens, d.Hash)
		}
	}
	if skip != nil {
		for _, cb := range b.plan.Selected {
			why[cb.Hash] = skip.Error()
			greens = append(greens, cb.Hash)
		}
	}
	if p.epbs(slot) {
		p.verdicts.green(slot, greens)
	}
	var wg sync.WaitGroup
	for h, reason := range why {
		wg.Go(func() { p.setStatus(ctx, h, bundle.StatusChange{Status: bundle.StatusSimulated, Reason: reason}) })
	}
	wg.Wait()
}

// recordFailed tells searchers why their bundle was left out of the slot. Under ePBS a
// bundle failing on one parent may still succeed on the other, whose variant may be built
// next: it stays live (simulated, with the reason) until Settle, which marks it failed if it
// failed on every parent it was simulated on.
func (p *Pipeline) recordFailed(ctx context.Context, slot uint64, failed map[common.Hash]string) {
	status, prefix := bundle.StatusFailed, ""
	if p.epbs(slot) {
		status, prefix = bundle.StatusSimulated, "failed on one of the slot's two parents (ePBS): "
		p.verdicts.failed(slot, failed)
	}
	var wg sync.WaitGroup
	for h, why := range failed {
		wg.Go(func() { p.setStatus(ctx, h, bundle.StatusChange{Status: status, Reason: prefix + why}) })
	}
	wg.Wait()
}

func (p *Pipeline) setStatus(ctx context.Context, h common.Hash, c bundle.StatusChange) {
	if _, err := p.deps.Bundles.SetStatus(ctx, h, c); err != nil && !errors.Is(err, pool.ErrTransition) {
		p.log.Warn().Err(err).Str("bundle_hash", h.Hex()).Str("status", string(c.Status)).Msg("status not recorded")
	}
}

// Withdraw takes back a bundle whose parent is no longer one the block may build on: it can
// never land. Searchers' bundles stay live, so a new slot-ending message for the new parent
// builds them into a fresh one.
func (p *Pipeline) Withdraw(ctx context.Context, s *slots.Sent) {
	if p.deps.Publisher != nil {
		p.deps.Publisher.Withdraw(s.Slot, s.Target.ParentHash)
	}
	rep := p.deps.Submitter.Cancel(ctx, s.Bundle.ReplacementUUID)
	p.log.Info().Uint64("slot", s.Slot).Str("old_parent", s.Target.ParentHash.Hex()).
		Int("accepted", rep.Accepted).Msg("L1 head changed: bundle cancelled")
}
