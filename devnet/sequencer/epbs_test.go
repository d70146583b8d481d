package sequencer_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/sequencer"
)

func epbsRig(t *testing.T) *rig {
	t.Helper()
	return newRigWith(t, rigOpts{edit: func(c *sequencer.Config) { c.EPBS = true }})
}

// Under ePBS, once slot 2's payload is on L1 with a based block, the release for slot 3 signs
// two messages: the EMPTY variant on slot 2's payload's parent, for the slot-ending block the
// based block was built on (the L2 as if that payload were withheld), then the FULL variant on
// slot 2's payload, for the L2 head on top of the based block. When slot 3's block builds on the
// EMPTY parent after all, the sequencer rewinds to the slot-ending block and derives the EMPTY
// variant's based block; the slot records that the EMPTY parent won.
func TestEPBSReleasesFullAndEmptyVariants(t *testing.T) {
	r := epbsRig(t)
	msg2, _ := r.release(2)
	pay := r.tx(users[1], l2ChainID, &sink, nil, 21_000, big.NewInt(1))
	l1txs, _ := r.l1Txs(onSlotEnding(msg2, r.payload(pay), 0), 2, r.block1, false)
	r.atSlotStart(2)
	block2 := r.mineL1(2, r.block1, common.Address{0xfe}, l1txs...)
	r.mustSucceed(block2, 1)
	r.seq.NotifyL1()
	derived, _ := r.waitFor(sequencer.EventDerived, nil)
	r.waitFor(sequencer.EventResumed, nil)
	r.nextBlock()

	r.release(3)
	f, _ := r.seq.Slot(3)
	if len(f.Variants) != 2 || f.Variants[0].Variant != sequencer.VariantEmpty || f.Variants[1].Variant != sequencer.VariantFull {
		t.Fatalf("slot 3 variants %+v, want EMPTY then FULL", f.Variants)
	}
	empty, full := f.Variants[0].Message, f.Variants[1].Message
	authority := bundle.Authority{Sequencer: addr(seqKey)}
	domain := bundle.Domain{ChainID: l1ChainID, VerifyingContract: r.inbox}
	for _, m := range []*bundle.SignedSlotEnding{empty, full} {
		if err := authority.Verify(m, domain); err != nil || m.L1Slot != 3 || !m.IsSlotEnding {
			t.Fatalf("variant %+v: certificate %v", m.SlotEnding, err)
		}
	}
	if empty.L1ParentHash != r.block1.Hash() || empty.L2BlockHash != msg2.L2BlockHash {
		t.Fatalf("EMPTY variant on L1 %s for L2 %s, want slot 1's block and the slot-ending block %s",
			empty.L1ParentHash, empty.L2BlockHash, msg2.L2BlockHash)
	}
	if full.L1ParentHash != block2.Block.Hash() || full.L2BlockNumber <= derived.Block.NumberU64() || f.Message != full {
		t.Fatalf("FULL variant on L1 %s for L2 block %d, want slot 2's block and a block above the based block %d",
			full.L1ParentHash, full.L2BlockNumber, derived.Block.NumberU64())
	}

	// Slot 3's block builds on the EMPTY parent: slot 2's payload leaves the chain.
	r.nonces[[2]any{addr(sidecar), uint64(l1ChainID)}]-- // the sidecar's slot-2 transaction is gone with it
	pay3 := r.tx(users[2], l2ChainID, &sink, nil, 21_000, big.NewInt(1))
	l1txs, _ = r.l1Txs(onSlotEnding(empty, r.payload(pay3), 0), 3, r.block1, false)
	r.atSlotStart(3)
	r.mustSucceed(r.mineL1(3, r.block1, common.Address{0xfe}, l1txs...), 1)
	r.seq.NotifyL1()
	r.waitFor(sequencer.EventL2Reorg, nil)
	onEmpty, _ := r.waitFor(sequencer.EventDerived, nil)
	if onEmpty.Block.ParentHash() != msg2.L2BlockHash || onEmpty.Slot != 3 {
		t.Fatalf("derived slot %d block on %s, want slot 3's on the slot-ending block %s", onEmpty.Slot, onEmpty.Block.ParentHash(), msg2.L2BlockHash)
	}
	if f, _ := r.seq.Slot(3); f.Parent != sequencer.VariantEmpty || !f.Derived() {
		t.Fatalf("slot 3 facts: parent %q derived %v, want EMPTY and derived", f.Parent, f.Derived())
	}
	if f, _ := r.seq.Slot(2); !f.Reorged {
		t.Fatal("slot 2's based block is not marked reorged")
	}
}

// A withheld payload is, to the execution chain, a missed slot: the release for the next slot
// signs only the EMPTY variant, on the last revealed block; and the slot whose block builds on
// it records that the EMPTY parent won.
func TestEPBSWithheldPayloadLeavesOnlyTheEmptyVariant(t *testing.T) {
	r := epbsRig(t)
	r.release(2)
	r.clk.AdvanceTo(r.slots.SlotStart(2).Add(grace)) // slot 2's payload never comes
	r.waitFor(sequencer.EventResumed, nil)
	r.release(3)
	f, _ := r.seq.Slot(3)
	if len(f.Variants) != 1 || f.Variants[0].Variant != sequencer.VariantEmpty || f.Variants[0].Message.L1ParentHash != r.block1.Hash() {
		t.Fatalf("slot 3 variants %+v, want only EMPTY on slot 1's block", f.Variants)
	}
	r.atSlotStart(3)
	r.mineL1(3, r.block1, common.Address{0xfe})
	r.seq.NotifyL1()
	r.waitFor(sequencer.EventResumed, nil)
	if f, _ := r.seq.Slot(3); f.Parent != sequencer.VariantEmpty {
		t.Fatalf("slot 3 parent %q, want EMPTY", f.Parent)
	}
}

// Without ePBS a release is one message, FULL, on the L1 head.
func TestReleaseWithoutEPBSIsOneVariant(t *testing.T) {
	r := newRig(t)
	msg, _ := r.release(2)
	r.atSlotStart(2)
	r.mineL1(2, r.block1, common.Address{0xfe})
	r.seq.NotifyL1()
	r.waitFor(sequencer.EventResumed, nil)
	f, _ := r.seq.Slot(2)
	if len(f.Variants) != 1 || f.Variants[0].Variant != sequencer.VariantFull || f.Variants[0].Message != msg || f.Parent != sequencer.VariantFull {
		t.Fatalf("slot 2 variants %+v parent %q, want one FULL that the block built on", f.Variants, f.Parent)
	}
}
