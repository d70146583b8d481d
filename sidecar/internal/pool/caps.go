package pool

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Allowance is what one signer may pool: PerSlot live bundles in one (l2ChainId, l1Slot), at
// most Config.MaxPerSignerSlot, and whether it may use the part of a slot reserved for proven
// signers (Config.ReservedPerSlot).
type Allowance struct {
	PerSlot int
	Proven  bool
}

// Quotas gives a signer's allowance (a reputation does). It is called with the pool's lock
// held, so it must be quick and must not call the pool.
type Quotas interface {
	Allowance(identity common.Address) Allowance
}

// allowance is identity's allowance, bounded by the config.
func (p *Memory) allowance(identity common.Address) Allowance {
	a := Allowance{PerSlot: p.cfg.MaxPerSignerSlot, Proven: true}
	if p.quotas != nil {
		a = p.quotas.Allowance(identity)
		a.PerSlot = max(0, min(a.PerSlot, p.cfg.MaxPerSignerSlot))
	}
	return a
}

// checkCaps counts live bundles after e is in, old (the bundle e moves from an earlier slot)
// and replaced are out: the signer's in e's slot, everyone's in e's slot, the whole pool's.
func (p *Memory) checkCaps(e *Entry, old, replaced *item) error {
	k := e.Key()
	sk := slotKey{e.Identity, k}
	mine, slot, live := p.perSigner[sk]+1, p.perSlot[k]+1, p.live+1
	for _, it := range []*item{old, replaced} {
		if it == nil || !it.e.Status().Status.Live() {
			continue
		}
		live--
		if it.e.Key() == k {
			slot--
			if it.e.Identity == e.Identity {
				mine--
			}
		}
	}
	a := p.allowance(e.Identity)
	if mine > a.PerSlot {
		return fmt.Errorf("%w: limit %d for slot %d", ErrSlotCap, a.PerSlot, e.Bundle.L1Slot)
	}
	if limit := p.slotLimit(a); limit > 0 && slot > limit {
		return fmt.Errorf("%w: slot %d holds %d bundles, the limit for this signer", ErrSlotFull, e.Bundle.L1Slot, limit)
	}
	if live > p.cfg.MaxLive {
		return fmt.Errorf("%w: %d live bundles", ErrPoolFull, p.cfg.MaxLive)
	}
	return nil
}

// slotLimit is how many live bundles a slot may hold when a signer with allowance a adds
// one (0: no per-slot limit).
func (p *Memory) slotLimit(a Allowance) int {
	if p.cfg.MaxPerSlot == 0 || a.Proven {
		return p.cfg.MaxPerSlot
	}
	return p.cfg.MaxPerSlot - p.cfg.ReservedPerSlot
}
