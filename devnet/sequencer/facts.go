package sequencer

import (
	"cmp"
	"context"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/feed"
)

// EventKind names what an Event reports.
type EventKind string

// Event kinds.
const (
	EventSequenced     EventKind = "sequenced"      // a sequenced block was built and is the L2 head
	EventReleased      EventKind = "released"       // a slot-ending message was published
	EventReleaseFailed EventKind = "release_failed" // no message for the slot (Err says why)
	EventDerived       EventKind = "derived"        // a confirmed based block was derived and imported
	EventDeriveFailed  EventKind = "derive_failed"  // a confirmed based block could not be derived
	EventResumed       EventKind = "resumed"        // sequencing resumed after a release
	EventL2Reorg       EventKind = "l2_reorg"       // the L2 head moved off the blocks built so far
	EventOutcome       EventKind = "outcome"        // a sidecar reported a slot's outcome
)

// Event is one step of the sequencer, for observers (the devnet's table, tests).
type Event struct {
	Kind    EventKind
	Slot    uint64                   // the L1 slot concerned (all but sequenced and l2_reorg)
	Block   *types.Block             // sequenced, derived
	Message *bundle.SignedSlotEnding // released
	Based   *BasedBlock              // derived, derive_failed
	Reorg   *Reorg                   // l2_reorg
	Outcome *feed.Outcome            // outcome
	// DeadTime (resumed): from the release to the sequenced block just built.
	DeadTime time.Duration
	Missed   bool // resumed: no L1 block of the slot was seen in time
	Err      error
}

// BasedBlock is a confirmed based block as the sequencer derived it.
type BasedBlock struct {
	Commitment    common.Hash
	L1BlockNumber uint64
	L1BlockHash   common.Hash
	L1Slot        uint64
	Proposer      common.Address
	// Parent is the L2 block it was built on (the slot-ending block, or the previous
	// based block of the same L1 block).
	Parent common.Hash
	// Hash and Number of the derived L2 block (zero when derivation failed).
	Hash   common.Hash
	Number uint64
	// Txs is how many transactions it holds; Skipped lists the entries left out.
	Txs     int
	Skipped []Skipped
	// Reorged: its L1 block left the canonical chain, and the L2 block with it.
	Reorged bool
}

// Skipped is a based-block entry that derivation left out.
type Skipped struct {
	Forced bool // a forced-inclusion entry, else an entry of the based block's payload
	Index  int
	Reason string
}

// Reorg is an L2 head change that drops blocks built so far.
type Reorg struct {
	FromHash   common.Hash
	FromNumber uint64
	ToHash     common.Hash // the block the next one builds on (or the new based block)
	ToNumber   uint64
	Cause      string
}

// SlotFacts is what happened to one L1 slot on the sequencer's side.
type SlotFacts struct {
	Slot       uint64
	ReleasedAt time.Time                // zero when nothing was released for the slot
	Message    *bundle.SignedSlotEnding // the one on the L1 head at the release
	// Variants are the messages released for the slot, one per possible L1 parent: under ePBS
	// the EMPTY and the FULL variant, else Message alone.
	Variants []Released
	// Parent is the variant whose L1 parent the slot's L1 block built on ("" if it built on
	// none of them, or none was seen).
	Parent     Variant
	ReleaseErr string
	// DeadTime is the L2 dead time: from the release to the next sequenced block.
	DeadTime time.Duration
	// L1BlockHash is the slot's L1 block as first seen (zero if none was seen).
	L1BlockHash common.Hash
	Missed      bool // no L1 block of the slot by the miss grace
	Based       []BasedBlock
	// Reorged: an L1 block holding based blocks of the slot left the canonical chain.
	Reorged  bool
	Outcomes []feed.Outcome
}

// Derived reports whether a based block of the slot is on the L2 chain.
func (f SlotFacts) Derived() bool { return f.BasedHash() != (common.Hash{}) }

// BasedHash is the hash of the slot's last based block still on the L2 chain, or zero.
func (f SlotFacts) BasedHash() common.Hash {
	for i := len(f.Based) - 1; i >= 0; i-- {
		if b := f.Based[i]; b.Hash != (common.Hash{}) && !b.Reorged {
			return b.Hash
		}
	}
	return common.Hash{}
}

func (f SlotFacts) clone() SlotFacts {
	f.Based = slices.Clone(f.Based)
	f.Outcomes = slices.Clone(f.Outcomes)
	f.Variants = slices.Clone(f.Variants)
	return f
}

// ledger keeps the facts of the last slots and every outcome, for readers on other
// goroutines.
type ledger struct {
	mu       sync.Mutex
	max      int
	slots    map[uint64]*SlotFacts
	order    []uint64
	outcomes []feed.Outcome
	changed  chan struct{} // closed and replaced on every update
}

func newLedger(max int) *ledger {
	return &ledger{max: max, slots: map[uint64]*SlotFacts{}, changed: make(chan struct{})}
}

// update applies f to slot's facts, creating them if needed.
func (l *ledger) update(slot uint64, f func(*SlotFacts)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	sf, ok := l.slots[slot]
	if !ok {
		sf = &SlotFacts{Slot: slot}
		l.slots[slot] = sf
		l.order = append(l.order, slot)
		if len(l.order) > l.max {
			delete(l.slots, l.order[0])
			l.order = l.order[1:]
		}
	}
	f(sf)
	close(l.changed)
	l.changed = make(chan struct{})
}

// wait blocks until slot's facts satisfy cond or ctx is done, and returns the last facts seen.
func (l *ledger) wait(ctx context.Context, slot uint64, cond func(SlotFacts) bool) (SlotFacts, error) {
	for {
		l.mu.Lock()
		f, ok := SlotFacts{Slot: slot}, false
		if sf, found := l.slots[slot]; found {
			f, ok = sf.clone(), true
		}
		changed := l.changed
		l.mu.Unlock()
		if ok && cond(f) {
			return f, nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return f, ctx.Err()
		}
	}
}

func (l *ledger) addOutcome(o feed.Outcome) {
	l.update(o.L1Slot, func(sf *SlotFacts) { sf.Outcomes = append(sf.Outcomes, o) })
	l.mu.Lock()
	defer l.mu.Unlock()
	l.outcomes = append(l.outcomes, o)
	if over := len(l.outcomes) - l.max; over > 0 {
		l.outcomes = slices.Clone(l.outcomes[over:])
	}
}

func (l *ledger) slot(s uint64) (SlotFacts, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	sf, ok := l.slots[s]
	if !ok {
		return SlotFacts{}, false
	}
	return sf.clone(), true
}

func (l *ledger) all() []SlotFacts {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]SlotFacts, 0, len(l.order))
	for _, s := range l.order {
		out = append(out, l.slots[s].clone())
	}
	slices.SortFunc(out, func(a, b SlotFacts) int { return cmp.Compare(a.Slot, b.Slot) })
	return out
}

func (l *ledger) allOutcomes() []feed.Outcome {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.outcomes)
}
