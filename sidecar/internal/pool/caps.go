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

// SignerAllowance is identity's allowance from q (nil: every signer MaxPerSignerSlot and the
// reserve), bounded by the config. Every pool backend applies it.
func (c Config) SignerAllowance(q Quotas, identity common.Address) Allowance {
	a := Allowance{PerSlot: c.MaxPerSignerSlot, Proven: true}
	if q != nil {
		a = q.Allowance(identity)
		a.PerSlot = max(0, min(a.PerSlot, c.MaxPerSignerSlot))
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
	a := p.cfg.SignerAllowance(p.quotas, e.Identity)
	if mine > a.PerSlot {
		return fmt.Errorf("%w: limit %d for slot %d", ErrSlotCap, a.PerSlot, e.Bundle.L1Slot)
	}
	if limit := p.cfg.SlotLimit(a); limit > 0 && slot > limit {
		return fmt.Errorf("%w: slot %d holds %d bundles, the limit for this signer", ErrSlotFull, e.Bundle.L1Slot, limit)
	}
	if live > p.cfg.MaxLive {
		return fmt.Errorf("%w: %d live bundles", ErrPoolFull, p.cfg.MaxLive)
	}
	return nil
}

// SlotLimit is how many live bundles a slot may hold when a signer with allowance a adds
// one (0: no per-slot limit).
func (c Config) SlotLimit(a Allowance) int {
	if c.MaxPerSlot == 0 || a.Proven {
		return c.MaxPerSlot
	}
	return c.MaxPerSlot - c.ReservedPerSlot
}
