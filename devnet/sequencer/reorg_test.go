package sequencer_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/devnet/sequencer"
)

// When the L1 block holding a based block is replaced by a sibling without it, the L2 drops
// the based block and everything built on it: the next sequenced block is a sibling on the
// slot-ending block, and the reorg is reported.
func TestL1ReorgRewindsToSlotEnding(t *testing.T) {
	r := newRig(t)
	msg, _ := r.release(2)
	pay := r.tx(users[1], l2ChainID, &sink, nil, 21_000, big.NewInt(1))
	l1txs, _ := r.l1Txs(onSlotEnding(msg, r.payload(pay), 0), 2, r.block1, false)
	r.atSlotStart(2)
	r.mustSucceed(r.mineL1(2, r.block1, common.Address{0xfe}, l1txs...), 1)
	r.seq.NotifyL1()
	derived, _ := r.waitFor(sequencer.EventDerived, nil)
	r.waitFor(sequencer.EventResumed, nil)
	onBased := r.nextBlock()

	sibling := r.mineL1(2, r.block1, common.Address{0xfd})
	r.seq.NotifyL1()
	reorg, _ := r.waitFor(sequencer.EventL2Reorg, nil)
	if reorg.Reorg.FromHash != onBased.Hash() || reorg.Reorg.ToHash != msg.L2BlockHash {
		t.Fatalf("reorg %+v, want from %s to the slot-ending block %s", reorg.Reorg, onBased.Hash(), msg.L2BlockHash)
	}
	next := r.nextBlock()
	if next.ParentHash() != msg.L2BlockHash || next.NumberU64() != derived.Block.NumberU64() {
		t.Fatalf("next block %d on %s, want %d on the slot-ending block", next.NumberU64(), next.ParentHash(), derived.Block.NumberU64())
	}
	if h := r.l2Head(); h.Hash() != next.Hash() {
		t.Fatalf("l2 head %s, want the sibling %s", h.Hash(), next.Hash())
	}
	if got := r.l2.BlockChain().GetCanonicalHash(derived.Block.NumberU64()); got == derived.Block.Hash() {
		t.Fatal("the reorged-out based block is still canonical")
	}
	f, _ := r.seq.Slot(2)
	if f.Derived() || !f.Reorged || !f.Based[0].Reorged || f.L1BlockHash != sibling.Block.Hash() {
		t.Fatalf("slot 2 facts %+v", f)
	}
}

// Without an L1 block of the released slot by the miss grace, sequencing resumes on the
// slot-ending block, and the next release certifies for the next slot on the same L1 head.
func TestMissedSlotResumesOnSlotEnding(t *testing.T) {
	r := newRig(t)
	msg, _ := r.release(2)
	r.clk.AdvanceTo(r.slots.SlotStart(2).Add(grace))
	resumed, _ := r.waitFor(sequencer.EventResumed, nil)
	if !resumed.Missed || resumed.Slot != 2 || resumed.DeadTime != lead+grace {
		t.Fatalf("resumed %+v, want slot 2 missed after %s", resumed, lead+grace)
	}
	if h := r.l2Head(); h.ParentHash != msg.L2BlockHash {
		t.Fatalf("l2 head builds on %s, want the slot-ending block", h.ParentHash)
	}
	next, _ := r.release(3)
	if next.L1Slot != 3 || next.L1ParentHash != r.block1.Hash() || next.L2BlockNumber <= msg.L2BlockNumber {
		t.Fatalf("slot 3 message %+v", next.SlotEnding)
	}
	if f, _ := r.seq.Slot(2); !f.Missed || f.Derived() {
		t.Fatalf("slot 2 facts %+v", f)
	}
}
