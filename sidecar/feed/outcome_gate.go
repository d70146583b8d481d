package feed

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Refusals of the outcome gate.
var (
	ErrOutsideWindow = errors.New("slot outside the accepted window")
	ErrTooMany       = errors.New("too many reports for the slot")
)

type gateKey struct {
	slot   uint64
	sender common.Address
}

// outcomeGate bounds what one sender can put in front of the sequencer: slots near the
// current one only, at most max distinct reports per (slot, sender), each once.
type outcomeGate struct {
	past, future uint64
	max          int

	mu   sync.Mutex
	seen map[gateKey][]common.Hash // content hashes of the reports taken
}

func newOutcomeGate(past, future uint64, max int) *outcomeGate {
	return &outcomeGate{past: past, future: future, max: max, seen: map[gateKey][]common.Hash{}}
}

// window is the range of slots accepted while current is the current slot.
func (g *outcomeGate) window(current uint64) (lo, hi uint64) {
	lo = 0
	if current > g.past {
		lo = current - g.past
	}
	return lo, current + g.future
}

// take reserves o from sender. dup reports a report taken before (answered, not queued
// again); release undoes the reservation when the queue refuses it.
func (g *outcomeGate) take(o Outcome, sender common.Address, current uint64) (dup bool, release func(), err error) {
	lo, hi := g.window(current)
	if o.L1Slot < lo || o.L1Slot > hi {
		return false, nil, fmt.Errorf("%w: l1Slot: %d, accepted %d..%d around the current slot %d", ErrOutsideWindow, o.L1Slot, lo, hi, current)
	}
	body, err := json.Marshal(o)
	if err != nil {
		return false, nil, fmt.Errorf("feed: encode outcome: %w", err)
	}
	h := crypto.Keccak256Hash(body)
	k := gateKey{slot: o.L1Slot, sender: sender}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.prune(lo)
	if slices.Contains(g.seen[k], h) {
		return true, nil, nil
	}
	if len(g.seen[k]) >= g.max {
		return false, nil, fmt.Errorf("%w: l1Slot: %d reports for slot %d from %s already", ErrTooMany, g.max, o.L1Slot, sender.Hex())
	}
	g.seen[k] = append(g.seen[k], h)
	return false, func() { g.release(k, h) }, nil
}

func (g *outcomeGate) release(k gateKey, h common.Hash) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.seen[k] = slices.DeleteFunc(g.seen[k], func(x common.Hash) bool { return x == h })
	if len(g.seen[k]) == 0 {
		delete(g.seen, k)
	}
}

// prune forgets slots below the window; the map stays bounded by the window times the
// allowed senders.
func (g *outcomeGate) prune(lo uint64) {
	for k := range g.seen {
		if k.slot < lo {
			delete(g.seen, k)
		}
	}
}
