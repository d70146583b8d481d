package inclusion

import (
	"context"
	"errors"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// Settle runs one pass: every pending slot up to the head whose block (or its absence) the chain
// can tell, then the reorg check of landed slots. The tracker's goroutine runs it on each wake;
// it reads the chain without holding the tracker's lock. Passes run one at a time.
func (t *Tracker) Settle(ctx context.Context) {
	t.settling.Lock()
	defer t.settling.Unlock()
	t.mu.Lock()
	head := t.head
	var due [][]*slots.Sent
	for s := range t.pending {
		if s <= head && len(t.sent[s]) > 0 {
			due = append(due, slices.Clone(t.sent[s]))
		}
	}
	t.mu.Unlock()
	for _, vs := range due {
		s, o, ok := t.settleVariants(ctx, vs, head)
		if !ok {
			continue
		}
		void := voidVariants(vs, s, o)
		t.mu.Lock()
		still := t.pending[s.Slot]
		delete(t.pending, s.Slot)
		if still && len(void) > 0 {
			t.voids[s.Slot] = void
		}
		t.mu.Unlock()
		if still && len(void) > 0 {
			t.d.Metrics.void.Add(float64(len(void)))
			t.d.Log.Info().Uint64("slot", s.Slot).Str("parent_hash", s.Target.ParentHash.Hex()).Int("void", len(void)).
				Msg("the slot's block built on another variant's parent: the others are void")
		}
		if still {
			t.apply(ctx, s, t.attribute(ctx, o))
		}
	}
	t.recheck(ctx, head)
}

// settleVariants decides a slot from the variant whose parent the slot's block built on (under
// ePBS there are two; otherwise one). ok is false while the chain cannot tell yet.
func (t *Tracker) settleVariants(ctx context.Context, vs []*slots.Sent, headSlot uint64) (*slots.Sent, feed.Outcome, bool) {
	first, firstOutcome := -1, feed.Outcome{}
	decided := true
	for i, s := range vs {
		o, ok := t.settle(ctx, s, headSlot)
		switch {
		case !ok:
			decided = false
		case o.Reason != bundle.ReasonMissedSlot && o.Reason != bundle.ReasonOtherParent:
			return s, o, true // the block built on this variant's parent
		case first < 0 || (o.Reason == bundle.ReasonMissedSlot && firstOutcome.Reason != bundle.ReasonMissedSlot):
			first, firstOutcome = i, o // a missed slot says more than "another parent"
		}
	}
	if first < 0 {
		return vs[0], firstOutcome, false
	}
	return vs[first], firstOutcome, decided
}

// voidVariants are the variants of a slot other than won, when won's parent is the parent the
// slot's block built on: they could never land, by the protocol and not by any failure. When the
// slot was missed, or its block built on a parent none was sent for, no variant is void.
func voidVariants(vs []*slots.Sent, won *slots.Sent, o feed.Outcome) []*slots.Sent {
	if o.Reason == bundle.ReasonMissedSlot || o.Reason == bundle.ReasonOtherParent {
		return nil
	}
	var void []*slots.Sent
	for _, s := range vs {
		if s != won {
			void = append(void, s)
		}
	}
	return void
}

// settle decides one variant's outcome; ok is false while the chain cannot tell yet.
func (t *Tracker) settle(ctx context.Context, s *slots.Sent, headSlot uint64) (feed.Outcome, bool) {
	o := feed.Outcome{L2ChainID: s.L2ChainID, L1Slot: s.Slot, L2BlockNumber: s.SlotEnding, Kind: bundle.OutcomeNotLanded}
	h, err := t.d.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(s.Target.Number()))
	switch {
	case errors.Is(err, ethereum.NotFound):
		if headSlot > s.Slot {
			o.Reason = bundle.ReasonMissedSlot
			return o, true
		}
		return o, false
	case err != nil:
		t.d.Log.Warn().Err(err).Uint64("slot", s.Slot).Msg("reading L1 block for inclusion")
		return o, false
	}
	o.L1BlockNumber, o.L1BlockHash = h.Number.Uint64(), h.Hash()
	switch {
	case h.Time < s.Target.Time && headSlot > s.Slot:
		// The slot is over and its height holds an earlier block: the chain went on from
		// another parent (under ePBS, this is the EMPTY variant's height when FULL won).
		o.Reason = bundle.ReasonOtherParent
		return o, true
	case h.Time < s.Target.Time:
		return o, false // still an earlier slot's block at that height
	case h.Time > s.Target.Time:
		o.Reason = bundle.ReasonMissedSlot
		return o, true
	case h.ParentHash != s.Target.ParentHash:
		o.Reason = bundle.ReasonOtherParent
		return o, true
	}
	ev, err := t.d.Events.InboxEvents(ctx, o.L1BlockHash)
	if err != nil {
		t.d.Log.Warn().Err(err).Uint64("slot", s.Slot).Msg("reading inbox events")
		return o, false
	}
	switch {
	case ev.Confirmed[s.Commitment]:
		o.Kind, o.BasedBlockHash = bundle.OutcomeLanded, s.L2Hash
	case ev.Proposed[s.Commitment]:
		o.Kind, o.Reason = bundle.OutcomeNotConfirmed, bundle.ReasonNotConfirmed
	default:
		o.Reason = bundle.ReasonNotIncluded
	}
	return o, true
}

// recheck takes back landed outcomes whose block left the canonical chain.
func (t *Tracker) recheck(ctx context.Context, headSlot uint64) {
	for slot, lb := range t.landed {
		if headSlot > slot+t.reorgWindow {
			delete(t.landed, slot)
			continue
		}
		h, err := t.d.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(lb.outcome.L1BlockNumber))
		if err == nil && h.Hash() == lb.outcome.L1BlockHash {
			continue
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			continue
		}
		delete(t.landed, slot)
		o := lb.outcome
		o.Kind, o.Reason, o.BasedBlockHash = bundle.OutcomeNotLanded, bundle.ReasonReorg, common.Hash{}
		t.d.Log.Warn().Uint64("slot", slot).Uint64("l1_block", o.L1BlockNumber).Str("block_hash", o.L1BlockHash.Hex()).Msg("landed based block reorged out")
		t.apply(ctx, lb.sent, o)
	}
}

// apply records an outcome for searchers and the sequencer.
func (t *Tracker) apply(ctx context.Context, s *slots.Sent, o feed.Outcome) {
	t.d.Metrics.outcomes.WithLabelValues(string(o.Kind)).Inc()
	c := bundle.StatusChange{Status: bundle.StatusNotLanded, Reason: o.Reason}
	if o.Kind == bundle.OutcomeLanded {
		t.landed[s.Slot] = landedBlock{sent: s, outcome: o}
		c = bundle.StatusChange{Status: bundle.StatusLanded, L1BlockNumber: o.L1BlockNumber}
	}
	c.DeliveredBy, c.DeliveryDisagreement = o.DeliveredBy, o.DeliveryDisagreement
	for _, h := range s.Included {
		if _, err := t.d.Statuses.SetStatus(ctx, h, c); err != nil {
			t.d.Log.Warn().Err(err).Str("bundle_hash", h.Hex()).Msg("status not recorded")
		}
	}
	t.observe(func(ob Observer) { ob.Settled(o) }) // first: whoever hears from the sequencer finds it
	t.out.report(o)
	t.d.Log.Info().Uint64("slot", o.L1Slot).Str("outcome", string(o.Kind)).Str("reason", o.Reason).Uint64("l1_block", o.L1BlockNumber).Msg("slot settled")
}
