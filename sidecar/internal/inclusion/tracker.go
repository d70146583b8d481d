// Package inclusion owns what the sidecar sent for each slot and settles it: once L1 has the
// slot's block, it reads the inbox's events there and decides landed (proposed and confirmed),
// not confirmed (proposed only) or not landed, tells the searchers and the sequencer, and takes
// a landed outcome back when an L1 reorg removes its block. Settling runs on the tracker's own
// goroutine, so slow L1 reads never hold up the slot driver.
package inclusion

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

var ErrMissing = errors.New("missing dependency")

// Chain reads canonical L1 headers (ethclient satisfies it).
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Events reads the inbox's events of one L1 block.
type Events interface {
	InboxEvents(ctx context.Context, blockHash common.Hash) (slots.BlockEvents, error)
}

// Reporter tells the sequencer (POST /v1/based-outcome); feed.OutcomeClient is one.
type Reporter interface {
	Report(ctx context.Context, o feed.Outcome) error
}

// Statuses records searchers' bundle statuses (the pool).
type Statuses interface {
	SetStatus(ctx context.Context, hash common.Hash, c bundle.StatusChange) (*pool.Entry, error)
}

// Observer is told each change of a slot's record (the status page); it must not block, and it
// is called with the tracker's lock held.
type Observer interface {
	Sent(s *slots.Sent)
	Skipped(slot uint64, reason string)
	// Withdrawn: the L1 head moved off the parent of everything sent for slot; it cannot land.
	Withdrawn(slot uint64)
	Settled(o feed.Outcome)
}

// Deps are the tracker's collaborators. Deliveries and Observer are optional; DeliveriesTimeout
// (> 0 when Deliveries is set) bounds each slot's attribution, so a slow relay holds settling up
// that long at most.
type Deps struct {
	Chain             Chain
	Events            Events
	Reporter          Reporter
	Statuses          Statuses
	Deliveries        Deliveries
	DeliveriesTimeout time.Duration
	Observer          Observer
	Log               zerolog.Logger
	Metrics           *Metrics
}

// Tracker is the one owner of what was sent and skipped per slot. Record, Skip and Head may be
// called from any goroutine and never wait for the chain.
type Tracker struct {
	d           Deps
	reorgWindow uint64
	wake        chan struct{} // a new head or a new record: settle again

	mu      sync.Mutex
	sent    map[uint64][]*slots.Sent // every variant sent for a slot, the latest per parent
	skips   map[uint64]string        // the latest skip reason per slot
	parents map[uint64][]common.Hash // the parents the slot being built may still use
	pending map[uint64]bool          // sent and not settled
	voids   map[uint64][]*slots.Sent // per settled slot, the variants whose parent the block did not build on
	head    uint64                   // the latest L1 head's slot

	settling sync.Mutex             // one settling pass at a time
	landed   map[uint64]landedBlock // under settling
	out      outbox
	run      runner
}

type landedBlock struct {
	sent    *slots.Sent
	outcome feed.Outcome
}

// New returns a tracker that keeps landed blocks under watch for reorgWindow slots.
func New(d Deps, reorgWindow uint64) (*Tracker, error) {
	if d.Chain == nil || d.Events == nil || d.Reporter == nil || d.Statuses == nil || d.Metrics == nil {
		return nil, ErrMissing
	}
	if reorgWindow == 0 {
		return nil, fmt.Errorf("reorg window must be > 0")
	}
	if d.Deliveries != nil && d.DeliveriesTimeout <= 0 {
		return nil, fmt.Errorf("deliveries timeout must be > 0")
	}
	t := &Tracker{d: d, reorgWindow: reorgWindow, wake: make(chan struct{}, 1), sent: map[uint64][]*slots.Sent{},
		skips: map[uint64]string{}, parents: map[uint64][]common.Hash{}, pending: map[uint64]bool{}, voids: map[uint64][]*slots.Sent{},
		landed: map[uint64]landedBlock{}}
	t.out = outbox{r: d.Reporter, t: t, queue: make(chan feed.Outcome, reportQueue)}
	return t, nil
}

// Record takes what was sent for a slot, replacing an earlier send on the same parent. stale is
// true when the L1 head moved on meanwhile and s's parent is no longer one the block may build
// on: the caller withdraws it.
func (t *Tracker) Record(s *slots.Sent) (stale bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	vs := slices.DeleteFunc(t.sent[s.Slot], func(o *slots.Sent) bool { return o.Target.ParentHash == s.Target.ParentHash })
	t.sent[s.Slot] = append(vs, s)
	delete(t.skips, s.Slot)
	t.observe(func(o Observer) { o.Sent(s) })
	if ps, known := t.parents[s.Slot]; known && !slices.Contains(ps, s.Target.ParentHash) {
		t.drop(s)
		return true
	}
	t.pending[s.Slot] = true
	t.signal()
	return false
}

// Skip records why the latest message for slot sent nothing.
func (t *Tracker) Skip(slot uint64, reason string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.skips[slot] = reason
	t.observe(func(o Observer) { o.Skipped(slot, reason) })
}

// Head tells the tracker of a new L1 head: settling catches up on its own goroutine. It returns
// the bundles sent for buildSlot whose parent is not among parents; they can never land, and
// the tracker forgets them.
func (t *Tracker) Head(headSlot, buildSlot uint64, parents []common.Hash) (stale []*slots.Sent) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.head = max(t.head, headSlot)
	t.parents[buildSlot] = slices.Clone(parents)
	for _, s := range slices.Clone(t.sent[buildSlot]) {
		if !slices.Contains(parents, s.Target.ParentHash) {
			t.drop(s)
			stale = append(stale, s)
		}
	}
	t.forget()
	t.signal()
	return stale
}

// drop removes one variant; t.mu is held.
func (t *Tracker) drop(s *slots.Sent) {
	t.sent[s.Slot] = slices.DeleteFunc(t.sent[s.Slot], func(o *slots.Sent) bool { return o == s })
	if len(t.sent[s.Slot]) == 0 {
		delete(t.sent, s.Slot)
		delete(t.pending, s.Slot)
		t.observe(func(o Observer) { o.Withdrawn(s.Slot) })
	}
}

func (t *Tracker) observe(f func(Observer)) {
	if t.d.Observer != nil {
		f(t.d.Observer)
	}
}

// forget drops the records of slots older than the reorg window; t.mu is held.
func (t *Tracker) forget() {
	if t.head <= t.reorgWindow {
		return
	}
	before := t.head - t.reorgWindow
	deleteBefore(t.pending, before)
	deleteBefore(t.sent, before)
	deleteBefore(t.skips, before)
	deleteBefore(t.parents, before)
	deleteBefore(t.voids, before)
}

func deleteBefore[V any](m map[uint64]V, before uint64) {
	for s := range m {
		if s < before {
			delete(m, s)
		}
	}
}

func (t *Tracker) signal() {
	select {
	case t.wake <- struct{}{}:
	default:
	}
}

// SentFor returns the bundles last sent for slot, one per parent.
func (t *Tracker) SentFor(slot uint64) []*slots.Sent {
	t.mu.Lock()
	defer t.mu.Unlock()
	return slices.Clone(t.sent[slot])
}

// VoidFor returns the variants sent for a settled slot that could not land because the slot's
// block built on another variant's parent (under ePBS, the FULL or the EMPTY one). They are
// not failures: the sequencer and the searchers hear the outcome of the variant that counted.
func (t *Tracker) VoidFor(slot uint64) []*slots.Sent {
	t.mu.Lock()
	defer t.mu.Unlock()
	return slices.Clone(t.voids[slot])
}

// SkipReason returns why the latest message for slot was skipped, if it was.
func (t *Tracker) SkipReason(slot uint64) (string, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	r, ok := t.skips[slot]
	return r, ok
}
