package sequencer

import (
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
)

// Variant names the ePBS branch a slot-ending message builds on: the previous slot's payload
// revealed (FULL) or left out (EMPTY). Without ePBS every message is VariantFull.
type Variant string

// The variants.
const (
	VariantFull  Variant = "full"
	VariantEmpty Variant = "empty"
)

// Released is one slot-ending message released for a slot, with the branch it builds on.
type Released struct {
	Variant Variant
	Message *bundle.SignedSlotEnding
}

// certifyVariants signs the slot's messages. Without ePBS: one, on the current L1 head. Under
// ePBS, when the L1 head is the previous slot's payload, the next proposer may still build on
// the EMPTY parent (the payload's parent), so a second message names that parent and an L2 block
// that does not depend on the payload: the L2 head as of before the payload's first based block.
// The EMPTY variant comes first, because the feed takes a lower L2 block for a slot only before
// a higher one. When the previous slot's payload was withheld, the head is the last revealed
// block and the only message is the EMPTY one.
func (s *Sequencer) certifyVariants(ctx context.Context, slot uint64) ([]Released, *types.Header, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.RPCTimeout)
	defer cancel()
	l1Head, err := s.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("l1 head: %w", err)
	}
	idx := uint32(max(s.st.sinceRelease, 1) - 1)
	full, err := s.certify(ctx, slot, l1Head, s.st.head, idx)
	if err != nil {
		return nil, nil, err
	}
	if !s.cfg.EPBS {
		return []Released{{VariantFull, full}}, l1Head, nil
	}
	if s.slotOf(l1Head)+1 != slot || l1Head.Number.Sign() == 0 {
		return []Released{{VariantEmpty, full}}, l1Head, nil
	}
	empty, err := s.certifyEmpty(ctx, slot, l1Head, idx)
	if err != nil { // the FULL variant still goes out: the proposer most likely builds on it
		s.m.skips.WithLabelValues("empty_variant").Inc()
		s.log.Warn().Err(err).Uint64("slot", slot).Msg("EMPTY variant not certified")
		return []Released{{VariantFull, full}}, l1Head, nil
	}
	return []Released{{VariantEmpty, empty}, {VariantFull, full}}, l1Head, nil
}

// certifyEmpty signs the EMPTY variant for slot: on payload's parent, for the L2 block the
// payload's first based block was built on (the L2 head if it carries none).
func (s *Sequencer) certifyEmpty(ctx context.Context, slot uint64, payload *types.Header, idx uint32) (*bundle.SignedSlotEnding, error) {
	rec, ok := s.view.get(payload.Hash())
	if !ok {
		return nil, fmt.Errorf("l1 block %d (%s) not processed yet", payload.Number.Uint64(), payload.Hash())
	}
	l2 := s.st.head
	if rec.basedParent != nil {
		l2, idx = rec.basedParent, 0 // re-certified for this slot, the only block carrying it
	}
	parent, err := s.l1.HeaderByHash(ctx, payload.ParentHash)
	if err != nil {
		return nil, fmt.Errorf("l1 block %s: %w", payload.ParentHash, err)
	}
	return s.certify(ctx, slot, parent, l2, idx)
}

// get returns the processed block with hash.
func (v *l1View) get(hash common.Hash) (l1Block, bool) {
	i := slices.IndexFunc(v.blocks, func(b l1Block) bool { return b.hash == hash })
	if i < 0 {
		return l1Block{}, false
	}
	return v.blocks[i], true
}

// VariantOn is the branch of the slot's variant that names parent, if one does.
func (f SlotFacts) VariantOn(parent common.Hash) (Variant, bool) {
	for _, v := range f.Variants {
		if v.Message.L1ParentHash == parent {
			return v.Variant, true
		}
	}
	return "", false
}
