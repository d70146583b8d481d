package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// Sent is what went out for a slot: the inclusion tracker checks it against L1, and a newer
// message for the same slot replaces it (same replacement uuid).
type Sent struct {
	L2ChainID  uint64
	Slot       uint64
	Target     Target
	Bundle     *bundle.AtomicBundle
	Commitment common.Hash
	L2Block    uint64        // number the based block will have on L2
	L2Hash     common.Hash   // and its hash
	Included   []common.Hash // searcher bundles in it
	Failed     map[common.Hash]string
	Dropped    []bundle.Dropped
	Arrived    time.Time
	DeadTime   time.Duration // arrival to first byte on the wire
	Timings    map[string]time.Duration
	Report     SubmitReport
}

func (p *Pipeline) submit(ctx context.Context, msg Message, b *built) *Sent {
	ab := &bundle.AtomicBundle{
		Txs:          b.plan.L1Txs(b.propose, b.confirm),
		BlockNumber:  b.target.ParentNumber + 1,
		MinTimestamp: b.target.Time, MaxTimestamp: b.target.Time,
		ReplacementUUID: p.uuid(msg.L1Slot, b.target.ParentHash),
	}
	s := &Sent{
		L2ChainID: p.cfg.L2ChainID, Slot: msg.L1Slot, Target: b.target, Bundle: ab, Commitment: b.commitment,
		L2Block: msg.L2BlockNumber + 1, L2Hash: b.l2Hash,
		Failed: b.failed, Dropped: b.plan.Dropped, Arrived: msg.Arrived, Timings: b.timings,
	}
	for _, cb := range b.plan.Selected {
		s.Included = append(s.Included, cb.Hash)
	}
	s.DeadTime = p.deps.Clock.Now().Sub(msg.Arrived)
	p.deps.Metrics.deadTime.Observe(s.DeadTime.Seconds())
	p.deps.Metrics.bundles.Observe(float64(len(s.Included)))
	if p.deps.Publisher != nil {
		p.deps.Publisher.Publish(s.Slot, b.target.ParentHash, ab)
	}
	_ = p.stage("submit", b.timings, func() error {
		s.Report = p.deps.Submitter.Submit(ctx, ab)
		return nil
	})
	p.mu.Lock()
	p.sent[variant{s.Slot, b.target.ParentHash}] = s
	p.mu.Unlock()
	return s
}

// variant names one bundle of a slot: under ePBS the block of a slot may build on either of
// two parents, and a bundle is prepared for each.
type variant struct {
	slot   uint64
	parent common.Hash
}

// uuid is the replacement handle: one per (L2 chain, slot), so a newer message replaces the
// bundle; under ePBS one per parent too, so the two variants never replace each other.
func (p *Pipeline) uuid(slot uint64, parent common.Hash) string {
	if p.deps.Schedule.Profile() == clock.ProfileEPBS {
		return bundle.VariantUUIDFor(p.cfg.L2ChainID, slot, parent)
	}
	return bundle.ReplacementUUIDFor(p.cfg.L2ChainID, slot)
}

// recordStatuses tells searchers what happened, after the bundle is already on the wire so
// journal writes never add to the dead time.
// Each bundle's changes are written in order, the bundles side by side, so the journal's group
// commit makes one sync of them rather than one per change.
func (p *Pipeline) recordStatuses(ctx context.Context, b *built, s *Sent) {
	reason := fmt.Sprintf("slot %d: sent to %d endpoints, %d failed", s.Slot, s.Report.Accepted, s.Report.Failed)
	var wg sync.WaitGroup
	for _, h := range s.Included {
		wg.Go(func() {
			p.setStatus(ctx, h, bundle.StatusChange{Status: bundle.StatusSimulated, At: b.simulated})
			p.setStatus(ctx, h, bundle.StatusChange{Status: bundle.StatusSubmitted, Reason: reason})
		})
	}
	p.recordFailed(ctx, s.Failed)
	wg.Wait()
}

// recordFailed tells searchers why their bundle was left out of the slot.
func (p *Pipeline) recordFailed(ctx context.Context, failed map[common.Hash]string) {
	var wg sync.WaitGroup
	for h, why := range failed {
		wg.Go(func() { p.setStatus(ctx, h, bundle.StatusChange{Status: bundle.StatusFailed, Reason: why}) })
	}
	wg.Wait()
}

func (p *Pipeline) setStatus(ctx context.Context, h common.Hash, c bundle.StatusChange) {
	if _, err := p.deps.Bundles.SetStatus(ctx, h, c); err != nil && !errors.Is(err, pool.ErrTransition) {
		p.log.Warn().Err(err).Str("bundle_hash", h.Hex()).Str("status", string(c.Status)).Msg("status not recorded")
	}
}

// SentFor returns the bundles last sent for slot, one per parent, in no particular order.
func (p *Pipeline) SentFor(slot uint64) []*Sent {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []*Sent
	for v, s := range p.sent {
		if v.slot == slot {
			out = append(out, s)
		}
	}
	return out
}

// Forget drops the record of slots before slot once the tracker has settled them.
func (p *Pipeline) Forget(before uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for v := range p.sent {
		if v.slot < before {
			delete(p.sent, v)
		}
	}
	for s := range p.skips {
		if s < before {
			delete(p.skips, s)
		}
	}
}

// SkipReason returns why the latest message for slot was skipped, if it was.
func (p *Pipeline) SkipReason(slot uint64) (string, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	r, ok := p.skips[slot]
	return r, ok
}

// OnHead cancels the bundles sent for the slot being built whose parent is no longer one the
// block may build on: they can never land. Searchers' bundles stay live, so a new slot-ending
// message for the new parent builds them into a fresh one.
func (p *Pipeline) OnHead(ctx context.Context, buildingSlot uint64, parents []common.Hash) {
	var stale []*Sent
	p.mu.Lock()
	for v, s := range p.sent {
		if v.slot == buildingSlot && !slices.Contains(parents, v.parent) {
			stale = append(stale, s)
			delete(p.sent, v)
		}
	}
	p.mu.Unlock()
	for _, s := range stale {
		if p.deps.Publisher != nil {
			p.deps.Publisher.Withdraw(s.Slot, s.Target.ParentHash)
		}
		rep := p.deps.Submitter.Cancel(ctx, s.Bundle.ReplacementUUID)
		p.log.Info().Uint64("slot", s.Slot).Str("old_parent", s.Target.ParentHash.Hex()).
			Int("accepted", rep.Accepted).Msg("L1 head changed: bundle cancelled")
	}
}
