package sequencer_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/devnet/sequencer"
)

// landBatch mines slot's L1 block on parent with submitBatch(b) from the sidecar key.
func (r *rig) landBatch(slot uint64, parent *types.Header, b *bundle.SignedBatch) *types.Header {
	r.t.Helper()
	tx := r.tx(sidecar, l1ChainID, &r.inbox, r.ib.PackSubmitBatch(bindings.BatchOf(b)), 3_000_000, nil)
	sealed := r.mineL1(slot, parent, common.Address{0xfe}, tx)
	r.mustSucceed(sealed, 1)
	return sealed.Block.Header()
}

// checkBatch asserts that m carries the certified batch of the sequenced blocks after parentID
// (at number first-1) up to the message's block, with each block's transactions.
func (r *rig) checkBatch(m *bundle.SignedSlotEnding, parentID common.Hash, first uint64) {
	r.t.Helper()
	b := m.Batch
	if b == nil {
		r.t.Fatal("the message carries no batch")
	}
	must(r.t, b.Verify(bundle.Authority{Sequencer: addr(seqKey)}, r.seq.Domain(), l2ChainID))
	h := b.Header
	if h.ParentID != parentID || h.FirstNumber != first || h.LastNumber != m.L2BlockNumber || h.LastHash != m.L2BlockHash ||
		h.LastStateRoot != m.L2StateRoot || h.L1Slot != m.L1Slot {
		r.t.Fatalf("batch header %+v, want %s..%d on %s", h, m.L2BlockHash, first, parentID)
	}
	blocks, err := bundle.DecodeBatch(b.Data)
	must(r.t, err)
	if uint64(len(blocks)) != h.Blocks() {
		r.t.Fatalf("%d blocks in the payload, header names %d", len(blocks), h.Blocks())
	}
	chain := r.l2.BlockChain()
	for i, txs := range blocks {
		blk := chain.GetBlockByNumber(first + uint64(i))
		if len(txs) != len(blk.Transactions()) {
			r.t.Fatalf("block %d: %d txs in the batch, %d on L2", blk.NumberU64(), len(txs), len(blk.Transactions()))
		}
		for j, tx := range blk.Transactions() {
			if string(txs[j]) != string(raw(r.t, tx)) {
				r.t.Fatalf("block %d tx %d differs", blk.NumberU64(), j)
			}
		}
	}
}

// Each release carries the batch from the inbox head at its L1 parent: from genesis at first,
// then, once that batch is on L1 (here without any based block), from its last block.
func TestReleaseCarriesBatchFromInboxHead(t *testing.T) {
	r := newRig(t)
	r.submitL2(r.tx(users[0], l2ChainID, &sink, nil, 21_000, big.NewInt(1)))
	msg, _ := r.release(2)
	r.checkBatch(msg, r.genesis.Hash(), 1)
	r.atSlotStart(2)
	block2 := r.landBatch(2, r.block1, msg.Batch)
	r.seq.NotifyL1()
	r.waitFor(sequencer.EventResumed, nil)

	next, _ := r.release(3)
	if next.L1ParentHash != block2.Hash() {
		t.Fatalf("slot 3 message on %s, want the batch's L1 block", next.L1ParentHash)
	}
	r.checkBatch(next, msg.L2BlockHash, msg.L2BlockNumber+1)
}

// After a based block the next batch's parent id is its commitment, and its first block
// builds on the based block.
func TestBatchAfterBasedBlockNamesItsCommitment(t *testing.T) {
	r := newRig(t)
	msg, _ := r.release(2)
	pay := r.tx(users[1], l2ChainID, &sink, nil, 21_000, big.NewInt(1))
	l1txs, commitment := r.l1Txs(onSlotEnding(msg, r.payload(pay), 0), 2, r.block1, false)
	r.atSlotStart(2)
	r.mustSucceed(r.mineL1(2, r.block1, common.Address{0xfe}, l1txs...), 1)
	r.seq.NotifyL1()
	derived, _ := r.waitFor(sequencer.EventDerived, nil)
	r.waitFor(sequencer.EventResumed, nil)

	next, _ := r.release(3)
	r.checkBatch(next, commitment, derived.Block.NumberU64()+1)
	if first := r.l2.BlockChain().GetBlockByNumber(derived.Block.NumberU64() + 1); first.ParentHash() != derived.Block.Hash() {
		t.Fatalf("the batch's first block builds on %s, want the based block", first.ParentHash())
	}
}

// In based mode (an overdue forced entry) a block built on the inbox head without a
// certificate is derived, and the sequencer resumes on it: its next batch extends it, and the
// inbox takes that batch.
func TestResumesOnBasedModeBlock(t *testing.T) {
	forcedTx := signTx(users[2], l2ChainID, 0, &sink, nil, 21_000, big.NewInt(1), 2_000_000_000)
	r := newRig(t, raw(t, forcedTx))
	const basedSlot = 5 // the entry enqueued in slot 1 is FORCED_OVERDUE_SLOTS (4) past due
	for slot := uint64(2); slot < basedSlot; slot++ {
		r.release(slot)
		r.clk.AdvanceTo(r.slots.SlotStart(slot).Add(grace)) // no L1 block: missed
		r.waitFor(sequencer.EventResumed, nil)
	}
	r.release(basedSlot)
	pay := r.tx(users[1], l2ChainID, &sink, nil, 21_000, big.NewInt(1))
	based := proposal{parent: r.genesis.Hash(), number: 1, payload: r.payload(pay), forcedCount: 1}
	l1txs, commitment := r.l1Txs(based, basedSlot, r.block1, false)
	r.atSlotStart(basedSlot)
	sealed := r.mineL1(basedSlot, r.block1, common.Address{0xfe}, l1txs...)
	r.mustSucceed(sealed, 1)
	r.seq.NotifyL1()
	derived, _ := r.waitFor(sequencer.EventDerived, nil)
	if derived.Based.Commitment != commitment || derived.Block.NumberU64() != 1 || derived.Block.ParentHash() != r.genesis.Hash() {
		t.Fatalf("derived %+v on %s", derived.Based, derived.Block.ParentHash())
	}
	r.waitFor(sequencer.EventResumed, nil)

	next, _ := r.release(basedSlot + 1)
	r.checkBatch(next, commitment, 2)
	r.atSlotStart(basedSlot + 1)
	r.landBatch(basedSlot+1, sealed.Block.Header(), next.Batch)
	if h := r.inboxHead(); common.Hash(h.Id) != next.L2BlockHash || h.Number != next.L2BlockNumber || h.Based {
		t.Fatalf("inbox head %+v, want the batch's last block", h)
	}
}

// A release whose L2 head does not extend the inbox head is skipped, not sent to revert: here
// the inbox head is a block the sequencer never built.
func TestReleaseSkippedOffTheInboxHead(t *testing.T) {
	r := newRig(t)
	foreign := &bundle.SignedBatch{Data: []byte{1}, Header: bundle.BatchHeader{L2ChainID: l2ChainID,
		ParentID: r.genesis.Hash(), FirstNumber: 1, LastNumber: 1, LastHash: common.Hash{0xf0}, L1Slot: 2}}
	foreign.Header.DataHash = bindings.DataHash(foreign.Data)
	var err error
	foreign.Certificate, err = bundle.SignBatch(&foreign.Header, r.seq.Domain(), seqKey)
	must(t, err)
	r.release(2)
	r.atSlotStart(2)
	r.landBatch(2, r.block1, foreign)
	r.seq.NotifyL1()
	r.waitFor(sequencer.EventResumed, nil)
	r.clk.AdvanceTo(r.slots.SlotStart(3).Add(-lead))
	failed, _ := r.waitFor(sequencer.EventReleaseFailed, nil)
	if failed.Slot != 3 || !errors.Is(failed.Err, sequencer.ErrInboxHeadUnknown) {
		t.Fatalf("release failed %+v, want slot 3 skipped for an unknown inbox head", failed)
	}
}
