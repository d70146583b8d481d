package pipeline_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
)

// sequence builds n sequenced L2 blocks on the L2 node's head, as the sequencer does
// (bundle.BasedEnv with the sequencer as fee recipient), each with one transfer, and returns
// their headers and transaction lists.
func (r *rig) sequence(n int) ([]*types.Header, [][][]byte) {
	r.t.Helper()
	ctx := context.Background()
	var headers []*types.Header
	var lists [][][]byte
	for range n {
		parent := r.l2.BlockChain().CurrentBlock()
		env := bundle.BasedEnv(r.l2.ChainConfig(), parent, addr(sequencer))
		to := common.Address{0x5e, byte(len(headers))}
		tx := r.tx(deployer, l2ChainID, &to, nil, 21_000)
		sealed, err := builderhook.Assemble(ctx, r.l2.BlockChain(), parent,
			builderhook.Attributes{Timestamp: env.Time, FeeRecipient: env.Coinbase}, nil, []*types.Transaction{tx})
		must(r.t, err)
		if len(sealed.Skipped) != 0 {
			r.t.Fatalf("sequenced block left out %v", sealed.Skipped[0].Err)
		}
		must(r.t, r.l2.ImportBlock(ctx, sealed.Block, sealed.Requests))
		raw, err := tx.MarshalBinary()
		must(r.t, err)
		headers, lists = append(headers, sealed.Block.Header()), append(lists, [][]byte{raw})
	}
	return headers, lists
}

// laterMessage is the slot-ending message on the last of blocks (sequenced on the L2 genesis,
// the inbox head), carrying the certified batch of all of them when carry is set.
func (r *rig) laterMessage(blocks []*types.Header, lists [][][]byte, carry bool) pipeline.Message {
	r.t.Helper()
	last := blocks[len(blocks)-1]
	d := bundle.Domain{ChainID: l1ChainID, VerifyingContract: r.inboxAddr}
	m := bundle.SlotEnding{L2ChainID: l2ChainID, L2BlockNumber: last.Number.Uint64(), L2BlockHash: last.Hash(),
		L2ParentHash: last.ParentHash, L2StateRoot: last.Root, L1Slot: slot, L1ParentHash: r.parent.Hash(), IsSlotEnding: true}
	cert, err := bundle.SignECDSA(&m, d, sequencer)
	must(r.t, err)
	msg := &bundle.SignedSlotEnding{SlotEnding: m, Certificate: cert}
	if carry {
		data, err := bundle.EncodeBatch(lists)
		must(r.t, err)
		h := bundle.BatchHeader{L2ChainID: l2ChainID, ParentID: r.l2Genesis.Hash(), FirstNumber: 1,
			LastNumber: m.L2BlockNumber, LastHash: m.L2BlockHash, LastStateRoot: m.L2StateRoot, L1Slot: slot - 1,
			DataMode: bundle.DataCalldata, DataHash: crypto.Keccak256Hash(data)}
		bc, err := bundle.SignBatch(&h, d, sequencer)
		must(r.t, err)
		msg.Batch = &bundle.SignedBatch{Header: h, Certificate: bc, Data: data}
		must(r.t, msg.Batch.Verify(bundle.Authority{Sequencer: addr(sequencer)}, d, l2ChainID))
	}
	return pipeline.Message{SignedSlotEnding: msg, Arrived: r.clk.Now()}
}

// TestCarriedBatchLetsTheBasedBlockLand: the slot-ending block is two blocks past the inbox
// head; the batch the message carries commits them in the same atomic transaction, so the
// based block lands on it. The simulation, the gas and the profit check all ran with the
// batch in the calldata.
func TestCarriedBatchLetsTheBasedBlockLand(t *testing.T) {
	r := newRig(t)
	blocks, lists := r.sequence(2)
	a := r.searcherBundle(0, common.Address{0xa1}, true)
	sent, err := r.p.Handle(context.Background(), r.laterMessage(blocks, lists, true))
	if err != nil {
		t.Fatal(err)
	}
	if len(sent.Included) != 1 || sent.Included[0] != a.Hash || sent.L2Block() != 3 {
		t.Fatalf("included %v, based block %d; want the bundle in block 3", sent.Included, sent.L2Block())
	}
	sealed, confirmed := r.land(sent.Bundle)
	if !confirmed[sent.Commitment] {
		t.Fatalf("the L1 block must confirm commitment %s", sent.Commitment)
	}
	// Txs[1] is the atomic transaction, signed with the gas its simulation (batch included) used.
	if rc := sealed.Receipts[1]; rc.Status != types.ReceiptStatusSuccessful {
		t.Fatal("the atomic transaction reverted")
	}
	ev, err := r.inbox.InboxEvents(context.Background(), sealed.Block.Hash())
	must(t, err)
	if !ev.Proposed[sent.Commitment] {
		t.Fatal("the based block was not proposed")
	}
}

// TestMissingBatchIsNoSearchersFault: the same message without its batch builds on a block
// the inbox does not have; the slot is skipped as not_on_inbox_head and the bundle is not
// blamed (it stays live).
func TestMissingBatchIsNoSearchersFault(t *testing.T) {
	r := newRig(t)
	blocks, lists := r.sequence(2)
	a := r.searcherBundle(0, common.Address{0xa1}, true)
	b := r.searcherBundle(1, common.Address{0xb1}, true)
	_, err := r.p.Handle(context.Background(), r.laterMessage(blocks, lists, false))
	var skip *pipeline.SkipError
	if !errors.As(err, &skip) || skip.Reason != bundle.SkipNotOnHead {
		t.Fatalf("got %v, want a %s skip", err, bundle.SkipNotOnHead)
	}
	if !strings.Contains(skip.Err.Error(), "SlotEndingNotOnHead") {
		t.Fatalf("the skip names %v, want the inbox's SlotEndingNotOnHead", skip.Err)
	}
	if len(r.submitted) != 0 {
		t.Fatal("nothing may be sent")
	}
	for _, e := range []*bundle.CheckedBundle{a.Bundle, b.Bundle} {
		got, _ := r.pool.Get(context.Background(), e.Hash)
		if st := got.Status().Status; st == bundle.StatusFailed {
			t.Fatalf("bundle status %s: no searcher is at fault", st)
		}
	}
}
