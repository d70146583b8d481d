package pipeline

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// maxVerdictSlots bounds the slots whose verdicts are kept when Settle is not called.
const maxVerdictSlots = 64

// verdicts remember, under ePBS, what each bundle did on the parents it was simulated on. A
// bundle failing on one parent stays live for the other (recordFailed); left at that, a bundle
// failing on every parent would expire with its slot and cost its identity nothing. Settle
// marks those failed before the pool expires the slot, so their standing pays as under
// MEV-Boost. Kept in memory: a restart or a lease takeover mid-slot forgets them, which only
// spares a bundle its failure.
type verdicts struct {
	mu    sync.Mutex
	slots map[uint64]map[common.Hash]*verdict
}

type verdict struct {
	green bool   // simulated without fault on at least one parent
	why   string // the last failure's reason
}

func (v *verdicts) of(slot uint64, h common.Hash) *verdict {
	if v.slots == nil {
		v.slots = map[uint64]map[common.Hash]*verdict{}
	}
	s, ok := v.slots[slot]
	if !ok {
		if len(v.slots) >= maxVerdictSlots {
			delete(v.slots, lowestKey(v.slots))
		}
		s = map[common.Hash]*verdict{}
		v.slots[slot] = s
	}
	if s[h] == nil {
		s[h] = &verdict{}
	}
	return s[h]
}

func (v *verdicts) failed(slot uint64, failed map[common.Hash]string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	for h, why := range failed {
		v.of(slot, h).why = why
	}
}

func (v *verdicts) green(slot uint64, hashes []common.Hash) {
	v.mu.Lock()
	defer v.mu.Unlock()
	for _, h := range hashes {
		v.of(slot, h).green = true
	}
}

// take removes the slots before next and returns, per slot, the bundles that failed on every
// parent they were simulated on, with the last reason.
func (v *verdicts) take(next uint64) map[uint64]map[common.Hash]string {
	v.mu.Lock()
	defer v.mu.Unlock()
	out := map[uint64]map[common.Hash]string{}
	for slot, s := range v.slots {
		if slot >= next {
			continue
		}
		delete(v.slots, slot)
		for h, vd := range s {
			if !vd.green && vd.why != "" {
				if out[slot] == nil {
					out[slot] = map[common.Hash]string{}
				}
				out[slot][h] = vd.why
			}
		}
	}
	return out
}

func lowestKey[V any](m map[uint64]V) uint64 {
	first, low := true, uint64(0)
	for k := range m {
		if first || k < low {
			first, low = false, k
		}
	}
	return low
}

// Settle marks failed, under ePBS, the bundles of the slots before next that failed on every
// parent they were simulated on (a bundle failing on one of the two parents stays live until
// then). The sidecar calls it at each head, before the pool expires the slots that passed.
func (p *Pipeline) Settle(ctx context.Context, next uint64) {
	var wg sync.WaitGroup
	for slot, failed := range p.verdicts.take(next) {
		for h, why := range failed {
			reason := fmt.Sprintf("slot %d: failed on every parent it was simulated on (ePBS): %s", slot, why)
			wg.Go(func() { p.setStatus(ctx, h, bundle.StatusChange{Status: bundle.StatusFailed, Reason: reason}) })
		}
	}
	wg.Wait()
}
