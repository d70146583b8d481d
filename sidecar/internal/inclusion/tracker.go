// Package inclusion settles each slot the sidecar sent a bundle for: once L1 has the slot's
// block, it reads the inbox's events there and decides landed (proposed and confirmed), not
// confirmed (proposed only) or not landed, tells the searchers and the sequencer, and takes a
// landed outcome back when an L1 reorg removes its block.
package inclusion

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

var ErrMissing = errors.New("missing dependency")

// Chain reads canonical L1 headers (ethclient satisfies it).
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Events reads the inbox's events of one L1 block.
type Events interface {
	InboxEvents(ctx context.Context, blockHash common.Hash) (BlockEvents, error)
}

// BlockEvents are the commitments proposed and confirmed in one L1 block.
type BlockEvents struct {
	Proposed  map[common.Hash]bool
	Confirmed map[common.Hash]bool
}

// Result is one slot's outcome.
type Result struct {
	L2ChainID   uint64
	Slot        uint64
	Outcome     bundle.OutcomeKind
	Reason      string
	L1Block     uint64
	L1BlockHash common.Hash
	Commitment  common.Hash
	L2Block     uint64      // the based block's number on L2
	L2Hash      common.Hash // and its hash
}

// Reporter tells the sequencer (POST /v1/based-outcome).
type Reporter interface {
	Report(ctx context.Context, r Result) error
}

// Statuses records searchers' bundle statuses (the pool).
type Statuses interface {
	SetStatus(ctx context.Context, hash common.Hash, c bundle.StatusChange) (*pool.Entry, error)
}

// Sent is what the pipeline sent per slot.
type Sent interface {
	SentFor(slot uint64) []*pipeline.Sent
	Forget(before uint64)
}

// Deps are the tracker's collaborators.
type Deps struct {
	Chain    Chain
	Events   Events
	Reporter Reporter
	Statuses Statuses
	Sent     Sent
	Log      zerolog.Logger
	Metrics  *Metrics
}

// Tracker settles slots in order and watches landed blocks for ReorgWindow slots.
type Tracker struct {
	d           Deps
	reorgWindow uint64

	mu      sync.Mutex
	next    uint64                      // lowest slot not yet settled
	pending map[uint64][]*pipeline.Sent // every variant sent for a slot
	landed  map[uint64]landedBlock
	out     outbox
}

type landedBlock struct {
	sent   *pipeline.Sent
	result Result
}

// New returns a tracker that starts settling at slot first.
func New(d Deps, first, reorgWindow uint64) (*Tracker, error) {
	if d.Chain == nil || d.Events == nil || d.Reporter == nil || d.Statuses == nil || d.Sent == nil || d.Metrics == nil {
		return nil, ErrMissing
	}
	if reorgWindow == 0 {
		return nil, fmt.Errorf("reorg window must be > 0")
	}
	t := &Tracker{d: d, reorgWindow: reorgWindow, next: first, pending: map[uint64][]*pipeline.Sent{}, landed: map[uint64]landedBlock{}}
	t.out = outbox{r: d.Reporter, t: t, queue: make(chan Result, reportQueue)}
	return t, nil
}

// OnHead is called with the slot of each new L1 head. Slots up to it are settled once their
// block (or its absence) is known; landed blocks are re-checked against the canonical chain.
func (t *Tracker) OnHead(ctx context.Context, headSlot uint64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for ; t.next <= headSlot; t.next++ {
		if vs := t.d.Sent.SentFor(t.next); len(vs) > 0 {
			t.pending[t.next] = vs
		}
	}
	for slot, vs := range t.pending {
		if s, r, ok := t.settleVariants(ctx, vs, headSlot); ok {
			delete(t.pending, slot)
			t.apply(ctx, s, r)
		}
	}
	t.recheck(ctx, headSlot)
	if headSlot > t.reorgWindow {
		t.d.Sent.Forget(headSlot - t.reorgWindow)
	}
}

// settleVariants decides a slot from the variant whose parent the slot's block built on (under
// ePBS there are two; otherwise one). ok is false while the chain cannot tell yet.
func (t *Tracker) settleVariants(ctx context.Context, vs []*pipeline.Sent, headSlot uint64) (*pipeline.Sent, Result, bool) {
	var first Result
	decided := true
	for i, s := range vs {
		r, ok := t.settle(ctx, s, headSlot)
		switch {
		case !ok:
			decided = false
		case r.Reason != bundle.ReasonMissedSlot && r.Reason != bundle.ReasonOtherParent:
			return s, r, true // the block built on this variant's parent
		case i == 0:
			first = r
		}
	}
	return vs[0], first, decided
}

// settle decides one variant's outcome; ok is false while the chain cannot tell yet.
func (t *Tracker) settle(ctx context.Context, s *pipeline.Sent, headSlot uint64) (Result, bool) {
	r := Result{L2ChainID: s.L2ChainID, Slot: s.Slot, Commitment: s.Commitment, L2Block: s.L2Block, L2Hash: s.L2Hash, Outcome: bundle.OutcomeNotLanded}
	h, err := t.d.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(s.Target.ParentNumber+1))
	switch {
	case errors.Is(err, ethereum.NotFound):
		if headSlot > s.Slot {
			r.Reason = bundle.ReasonMissedSlot
			return r, true
		}
		return r, false
	case err != nil:
		t.d.Log.Warn().Err(err).Uint64("slot", s.Slot).Msg("reading L1 block for inclusion")
		return r, false
	}
	r.L1Block, r.L1BlockHash = h.Number.Uint64(), h.Hash()
	switch {
	case h.Time < s.Target.Time:
		return r, false // still an earlier slot's block at that height
	case h.Time > s.Target.Time:
		r.Reason = bundle.ReasonMissedSlot
		return r, true
	case h.ParentHash != s.Target.ParentHash:
		r.Reason = bundle.ReasonOtherParent
		return r, true
	}
	ev, err := t.d.Events.InboxEvents(ctx, r.L1BlockHash)
	if err != nil {
		t.d.Log.Warn().Err(err).Uint64("slot", s.Slot).Msg("reading inbox events")
		return r, false
	}
	switch {
	case ev.Confirmed[s.Commitment]:
		r.Outcome = bundle.OutcomeLanded
	case ev.Proposed[s.Commitment]:
		r.Outcome, r.Reason = bundle.OutcomeNotConfirmed, bundle.ReasonNotConfirmed
	default:
		r.Reason = bundle.ReasonNotIncluded
	}
	return r, true
}

// recheck takes back landed outcomes whose block left the canonical chain.
func (t *Tracker) recheck(ctx context.Context, headSlot uint64) {
	for slot, lb := range t.landed {
		if headSlot > slot+t.reorgWindow {
			delete(t.landed, slot)
			continue
		}
		h, err := t.d.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(lb.result.L1Block))
		if err == nil && h.Hash() == lb.result.L1BlockHash {
			continue
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			continue
		}
		delete(t.landed, slot)
		r := lb.result
		r.Outcome, r.Reason = bundle.OutcomeNotLanded, bundle.ReasonReorg
		t.d.Log.Warn().Uint64("slot", slot).Uint64("l1_block", r.L1Block).Str("block_hash", r.L1BlockHash.Hex()).Msg("landed based block reorged out")
		t.apply(ctx, lb.sent, r)
	}
}

// apply records a result for searchers and the sequencer.
func (t *Tracker) apply(ctx context.Context, s *pipeline.Sent, r Result) {
	t.d.Metrics.outcomes.WithLabelValues(string(r.Outcome)).Inc()
	if r.Outcome == bundle.OutcomeLanded {
		t.landed[s.Slot] = landedBlock{sent: s, result: r}
	}
	c := bundle.StatusChange{Status: bundle.StatusNotLanded, Reason: r.Reason}
	if r.Outcome == bundle.OutcomeLanded {
		c = bundle.StatusChange{Status: bundle.StatusLanded, L1BlockNumber: r.L1Block}
	}
	for _, h := range s.Included {
		if _, err := t.d.Statuses.SetStatus(ctx, h, c); err != nil {
			t.d.Log.Warn().Err(err).Str("bundle_hash", h.Hex()).Msg("status not recorded")
		}
	}
	t.out.report(r)
	t.d.Log.Info().Uint64("slot", r.Slot).Str("outcome", string(r.Outcome)).Str("reason", r.Reason).Uint64("l1_block", r.L1Block).Msg("slot settled")
}
