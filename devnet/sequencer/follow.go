package sequencer

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// l1Block is an L1 block the sequencer has processed.
type l1Block struct {
	number uint64
	hash   common.Hash
	slot   uint64
	based  []BasedBlock // derived from it, in chain order
	// basedParent is the L2 block its first based block was built on: where the L2
	// returns if this block leaves the canonical chain.
	basedParent *types.Header
}

// l1View is the recent canonical L1 chain as processed, oldest first.
type l1View struct {
	blocks []l1Block
	max    int
}

func (v *l1View) has(hash common.Hash) bool {
	return slices.ContainsFunc(v.blocks, func(b l1Block) bool { return b.hash == hash })
}

func (v *l1View) push(b l1Block) {
	v.blocks = append(v.blocks, b)
	if over := len(v.blocks) - v.max; over > 0 {
		v.blocks = slices.Clone(v.blocks[over:])
	}
}

// cutAfter removes and returns the blocks above number, oldest first.
func (v *l1View) cutAfter(number uint64) []l1Block {
	i := slices.IndexFunc(v.blocks, func(b l1Block) bool { return b.number > number })
	if i < 0 {
		return nil
	}
	removed := slices.Clone(v.blocks[i:])
	v.blocks = v.blocks[:i]
	return removed
}

// followL1 processes the L1 blocks that became canonical since the last call: it undoes
// the L2 blocks of L1 blocks that left the chain, derives the confirmed based blocks of
// new ones, and resumes sequencing once the L1 block of the released slot is known.
func (s *Sequencer) followL1(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.RPCTimeout)
	defer cancel()
	fresh, err := s.freshL1(ctx)
	if err != nil {
		s.log.Warn().Err(err).Msg("l1 head unavailable")
		return
	}
	if len(fresh) == 0 {
		return
	}
	rewound := s.unwind(s.view.cutAfter(fresh[0].Number.Uint64() - 1))
	var newest uint64
	for _, h := range fresh {
		if err := s.processL1(ctx, h); err != nil {
			// Not recorded as processed: the next poll walks back to it and retries.
			s.log.Warn().Err(err).Uint64("l1_block", h.Number.Uint64()).Msg("l1 block not processed")
			break
		}
		newest = max(newest, s.slotOf(h))
	}
	if p := s.st.paused; p != nil && (rewound || newest >= p.slot) {
		s.resume(ctx, false)
	}
}

// freshL1 returns the canonical L1 blocks not processed yet, oldest first. Their first
// block's parent is the newest processed block still canonical.
func (s *Sequencer) freshL1(ctx context.Context) ([]*types.Header, error) {
	head, err := s.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("l1 head: %w", err)
	}
	var fresh []*types.Header
	for h := head; !s.view.has(h.Hash()); {
		fresh = append(fresh, h)
		if len(fresh) > s.cfg.MaxReorgDepth || h.Number.Sign() == 0 {
			s.log.Error().Uint64("l1_block", head.Number.Uint64()).Int("max_reorg_depth", s.cfg.MaxReorgDepth).
				Msg("l1 moved further than remembered; following from its head")
			s.view.blocks = nil
			return []*types.Header{head}, nil
		}
		if h, err = s.l1.HeaderByHash(ctx, h.ParentHash); err != nil {
			return nil, fmt.Errorf("l1 block %s: %w", fresh[len(fresh)-1].ParentHash, err)
		}
	}
	slices.Reverse(fresh)
	return fresh, nil
}

// unwind forgets L1 blocks that left the canonical chain. When one held based blocks the
// L2 returns to the block the first of them was built on; the next sequenced block is a
// sibling of the dropped ones. It reports whether the L2 head moved.
func (s *Sequencer) unwind(removed []l1Block) bool {
	var back *l1Block
	for i := range removed {
		b := &removed[i]
		for _, bb := range b.based {
			delete(s.st.commitments, bb.Commitment)
		}
		s.ledger.update(b.slot, func(sf *SlotFacts) {
			if sf.L1BlockHash == b.hash {
				sf.L1BlockHash = common.Hash{}
			}
			for j := range sf.Based {
				if sf.Based[j].L1BlockHash == b.hash {
					sf.Based[j].Reorged, sf.Reorged = true, true
				}
			}
		})
		if back == nil && b.basedParent != nil {
			back = b
		}
	}
	if back == nil {
		return false
	}
	return s.reorgTo(back.basedParent, fmt.Sprintf("l1 block %d (%s) left the canonical chain", back.number, back.hash))
}

// processL1 derives the based blocks one new canonical L1 block confirms and records it.
func (s *Sequencer) processL1(ctx context.Context, h *types.Header) error {
	hash := h.Hash()
	logs, err := s.l1.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: []common.Address{s.cfg.Inbox}})
	if err != nil {
		return fmt.Errorf("inbox logs of l1 block %s: %w", hash, err)
	}
	rec := l1Block{number: h.Number.Uint64(), hash: hash, slot: s.slotOf(h)}
	for _, ev := range confirmedProposals(s.ib, s.cfg.Inbox, logs) {
		bb, sealed, err := s.derive(ctx, h, ev)
		if err != nil {
			s.m.based.WithLabelValues("failed").Inc()
			s.log.Error().Err(err).Uint64("slot", rec.slot).Str("commitment", bb.Commitment.Hex()).
				Msg("confirmed based block not derived")
			s.ledger.update(rec.slot, func(sf *SlotFacts) { sf.Based = append(sf.Based, *bb) })
			s.emit(Event{Kind: EventDeriveFailed, Slot: rec.slot, Based: bb, Err: err})
			continue
		}
		if rec.basedParent == nil {
			rec.basedParent = s.l2.BlockChain().GetHeaderByHash(bb.Parent)
		}
		if head := s.st.head; head.Hash() != bb.Parent {
			s.reorgTo(sealed.Block.Header(), "based block built on an earlier block")
		}
		s.st.head = sealed.Block.Header()
		rec.based = append(rec.based, *bb)
		s.m.based.WithLabelValues("derived").Inc()
		s.log.Info().Uint64("slot", rec.slot).Uint64("l2_block", bb.Number).Str("l2_hash", bb.Hash.Hex()).
			Int("txs", bb.Txs).Int("skipped", len(bb.Skipped)).Msg("based block derived")
		s.ledger.update(rec.slot, func(sf *SlotFacts) { sf.Based = append(sf.Based, *bb) })
		s.emit(Event{Kind: EventDerived, Slot: rec.slot, Block: sealed.Block, Based: bb})
	}
	s.view.push(rec)
	s.ledger.update(rec.slot, func(sf *SlotFacts) {
		sf.L1BlockHash = hash
		sf.Parent, _ = sf.VariantOn(h.ParentHash)
	})
	return nil
}

func (s *Sequencer) slotOf(h *types.Header) uint64 {
	return s.slots.SlotAt(time.Unix(int64(h.Time), 0))
}
