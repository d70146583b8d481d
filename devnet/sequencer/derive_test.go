package sequencer_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/devnet/sequencer"
	"github.com/syncboost/syncboost/sidecar/sim"
)

var sink = common.Address{0xaa}

func raw(t testing.TB, tx *types.Transaction) []byte {
	t.Helper()
	b, err := tx.MarshalBinary()
	must(t, err)
	return b
}

func (r *rig) payload(txs ...*types.Transaction) []byte {
	r.t.Helper()
	list := make([][]byte, len(txs))
	for i, tx := range txs {
		list[i] = raw(r.t, tx)
	}
	p, err := bundle.EncodeBasedBlock(list)
	must(r.t, err)
	return p
}

// proposal is one based block as the sidecar puts it on L1.
type proposal struct {
	msg         *bundle.SignedSlotEnding // nil: based on the previous proposal (no certificate)
	parent      common.Hash              // slot-ending block hash or the previous commitment
	number      uint64                   // its L2 block number
	payload     []byte
	forcedStart uint64
	forcedCount uint16
}

// l1Txs signs submitBased from the sidecar key for the L1 block of slot on parent (with an
// assertion that cannot hold when failing), and returns it with the predicted commitment.
func (r *rig) l1Txs(p proposal, slot uint64, parent *types.Header, failing bool) ([]*types.Transaction, common.Hash) {
	r.t.Helper()
	var se bindings.SlotEnding
	var cert []byte
	batch := bindings.BatchOf(nil)
	if m := p.msg; m != nil {
		se = bindings.SlotEndingOf(&m.SlotEnding)
		cert = m.Certificate.Signature
		// The slot-ending block must be the inbox head: the submission carries its batch.
		batch = bindings.BatchOf(m.Batch)
	} else {
		se.L2ChainId = new(big.Int)
	}
	blk := bindings.BasedBlock{ParentHash: p.parent, DataMode: bindings.DataCalldata, TxData: p.payload,
		ForcedCount: p.forcedCount, Proof: []byte{}}
	commitment, err := bindings.Commitment(bindings.CommitmentPreimage{
		Inbox: r.inbox, L1ChainId: big.NewInt(l1ChainID), L1BlockNumber: parent.Number.Uint64() + 1,
		L1ParentHash: parent.Hash(), L1Timestamp: uint64(r.slots.SlotStart(slot).Unix()), Proposer: addr(sidecar),
		ParentId: p.parent, L2BlockNumber: p.number, DataMode: bindings.DataCalldata,
		DataHash: bindings.DataHash(p.payload), ForcedStart: p.forcedStart, ForcedCount: p.forcedCount,
	})
	must(r.t, err)
	as := []bindings.Assertion{}
	if failing {
		as = append(as, bindings.Assertion{Target: r.inbox, Data: r.ib.PackForcedHead(), Expect: common.Hash{1}})
	}
	data := r.ib.PackSubmitBased(bindings.Submission{SlotEnding: se, Certificate: cert, Batch: batch, Blk: blk,
		Bundles: []bindings.CallBundle{{PreCalls: []bindings.SignedCall{}, PostCalls: []bindings.SignedCall{}, Assertions: as}}})
	return []*types.Transaction{r.tx(sidecar, l1ChainID, &r.inbox, data, 3_000_000, nil)}, commitment
}

func onSlotEnding(m *bundle.SignedSlotEnding, payload []byte, forced uint16) proposal {
	return proposal{msg: m, parent: m.L2BlockHash, number: m.L2BlockNumber + 1, payload: payload, forcedCount: forced}
}

// predict computes the based block independently of the sequencer: the sidecar's own
// simulation (eth_simulateV1 on the L2 node with the environment of docs/protocol.md §6)
// and the signed transactions' root, as the sidecar predicts the block hash.
func (r *rig) predict(parent common.Hash, txs ...*types.Transaction) (common.Hash, *sim.L2Result) {
	r.t.Helper()
	h := r.l2.BlockChain().GetHeaderByHash(parent)
	env := bundle.BasedEnv(r.l2.ChainConfig(), h, addr(sidecar))
	btxs := make([]*bundle.Tx, len(txs))
	for i, tx := range txs {
		b, err := bundle.DecodeTx("tx", raw(r.t, tx), l2ChainID)
		must(r.t, err)
		btxs[i] = b
	}
	sc, err := sim.New(sim.Config{Caller: r.l2.Client(), MaxTxGas: 1 << 24})
	must(r.t, err)
	res, err := sc.SimulateL2(context.Background(), env, btxs)
	must(r.t, err)
	hdr := types.CopyHeader(res.Header)
	hdr.TxHash = types.DeriveSha(types.Transactions(txs), trie.NewStackTrie(nil))
	return hdr.Hash(), res
}

func hashes(txs types.Transactions) []common.Hash {
	out := make([]common.Hash, len(txs))
	for i, tx := range txs {
		out[i] = tx.Hash()
	}
	return out
}

// A confirmed based block becomes the L2 block the sidecar predicted: forced entries first,
// entries that do not decode or cannot be included skipped, a reverting one kept; the
// proposer earns its fees, and sequencing continues on it after exactly the release lead.
func TestDerivesConfirmedBasedBlock(t *testing.T) {
	forcedTx := signTx(users[2], l2ChainID, 0, &sink, nil, 21_000, big.NewInt(1), 2_000_000_000)
	r := newRig(t, raw(t, forcedTx), []byte{0xde, 0xad, 0xbe, 0xef})
	msg, _ := r.release(2)
	pay := r.tx(users[1], l2ChainID, &sink, nil, 21_000, big.NewInt(1))
	rev := r.tx(users[1], l2ChainID, &reverter, nil, 100_000, nil)
	gap := signTx(users[0], l2ChainID, 7, &sink, nil, 21_000, nil, 1_000_000_000) // nonce 7 of a fresh account
	l1txs, commitment := r.l1Txs(onSlotEnding(msg, r.payload(pay, rev, gap), 2), 2, r.block1, false)
	r.atSlotStart(2)
	r.mustSucceed(r.mineL1(2, r.block1, common.Address{0xfe}, l1txs...), 1)
	want, res := r.predict(msg.L2BlockHash, forcedTx, pay, rev)
	if len(res.Txs) != 3 || !res.Txs[0].OK || !res.Txs[1].OK || res.Txs[2].OK {
		t.Fatalf("simulation: want the third transaction to revert and the others to succeed: %+v", res.Txs)
	}

	r.seq.NotifyL1()
	derived, _ := r.waitFor(sequencer.EventDerived, nil)
	b, bb := derived.Block, derived.Based
	if derived.Slot != 2 || bb.Commitment != commitment || bb.Hash != want || b.Hash() != want {
		t.Fatalf("derived slot %d commitment %s block %s, want slot 2, %s, %s", derived.Slot, bb.Commitment, b.Hash(), commitment, want)
	}
	if got := hashes(b.Transactions()); len(got) != 3 || got[0] != forcedTx.Hash() || got[1] != pay.Hash() || got[2] != rev.Hash() {
		t.Fatalf("derived txs %v, want the forced tx, then the payload's two includable ones", got)
	}
	if b.ParentHash() != msg.L2BlockHash || b.Coinbase() != addr(sidecar) || b.NumberU64() != msg.L2BlockNumber+1 {
		t.Fatalf("derived on %s by %s", b.ParentHash(), b.Coinbase())
	}
	// Each skipped entry says why: the forced entry that does not decode names its field, the
	// payload's transaction from a fresh account names its nonce.
	wantSkipped := []sequencer.Skipped{{Forced: true, Index: 1, Reason: "forcedTxs[1]"}, {Forced: false, Index: 2, Reason: "nonce"}}
	if len(bb.Skipped) != len(wantSkipped) {
		t.Fatalf("skipped %+v, want %+v", bb.Skipped, wantSkipped)
	}
	for i, w := range wantSkipped {
		if got := bb.Skipped[i]; got.Forced != w.Forced || got.Index != w.Index || !strings.Contains(got.Reason, w.Reason) {
			t.Fatalf("skipped %+v, want %+v (reason containing %q)", bb.Skipped, wantSkipped, w.Reason)
		}
	}
	rc, err := r.l2.EthClient().TransactionReceipt(context.Background(), rev.Hash())
	must(t, err)
	if rc.Status != types.ReceiptStatusFailed || rc.BlockHash != want {
		t.Fatalf("reverting tx: status %d in %s, want failed in the based block", rc.Status, rc.BlockHash)
	}

	resumed, before := r.waitFor(sequencer.EventResumed, nil)
	if resumed.DeadTime != lead || len(before) != 1 || before[0].Kind != sequencer.EventSequenced || before[0].Block.ParentHash() != want {
		t.Fatalf("after derivation: dead time %s and %d events, want one sequenced block on the based block after %s", resumed.DeadTime, len(before), lead)
	}
	if h := r.l2Head(); h.ParentHash != want {
		t.Fatalf("l2 head builds on %s, want the based block", h.ParentHash)
	}
	if f, _ := r.seq.Slot(2); !f.Derived() || f.BasedHash() != want || f.DeadTime != lead {
		t.Fatalf("slot 2 facts %+v", f)
	}
}

// Two based blocks in one L1 block: the second builds on the first (its parent id is the
// first's commitment) and consumes no forced entry.
func TestDerivesBasedOnBased(t *testing.T) {
	r := newRig(t)
	msg, _ := r.release(2)
	first := onSlotEnding(msg, r.payload(r.tx(users[0], l2ChainID, &sink, nil, 21_000, big.NewInt(1))), 0)
	txs1, c1 := r.l1Txs(first, 2, r.block1, false)
	second := r.tx(users[0], l2ChainID, &sink, nil, 21_000, big.NewInt(1))
	txs2, c2 := r.l1Txs(proposal{parent: c1, number: first.number + 1, payload: r.payload(second)}, 2, r.block1, false)
	r.atSlotStart(2)
	r.mustSucceed(r.mineL1(2, r.block1, common.Address{0xfe}, append(txs1, txs2...)...), 2)

	r.seq.NotifyL1()
	d1, _ := r.waitFor(sequencer.EventDerived, nil)
	d2, _ := r.waitFor(sequencer.EventDerived, nil)
	want, _ := r.predict(d1.Block.Hash(), second)
	if d1.Based.Commitment != c1 || d2.Based.Commitment != c2 || d2.Block.ParentHash() != d1.Block.Hash() || d2.Block.Hash() != want {
		t.Fatalf("second based block %s on %s, want %s on the first (%s)", d2.Block.Hash(), d2.Block.ParentHash(), want, d1.Block.Hash())
	}
	r.waitFor(sequencer.EventResumed, nil)
	if h := r.l2Head(); h.ParentHash != want {
		t.Fatalf("l2 head builds on %s, want the second based block", h.ParentHash)
	}
}

// A submission whose assertion fails is on L1 as a reverted transaction and leaves no based
// block: the L2 continues from the slot-ending block once polling finds the slot's L1 block.
func TestIgnoresFailedSubmission(t *testing.T) {
	r := newRig(t)
	msg, _ := r.release(2)
	pay := r.tx(users[1], l2ChainID, &sink, nil, 21_000, big.NewInt(1))
	l1txs, _ := r.l1Txs(onSlotEnding(msg, r.payload(pay), 0), 2, r.block1, true)
	r.atSlotStart(2)
	if sealed := r.mineL1(2, r.block1, common.Address{0xfe}, l1txs...); len(sealed.Receipts) != 1 ||
		sealed.Receipts[0].Status != types.ReceiptStatusFailed || len(sealed.Receipts[0].Logs) != 0 {
		t.Fatalf("receipts %+v: want the one submission, reverted, without logs", sealed.Receipts)
	}

	// Found by polling this time: paused, the sequencer arms the release, miss and poll timers.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	must(t, r.clk.WaitForTimers(ctx, 3))
	r.clk.Advance(pollInterval)
	resumed, before := r.waitFor(sequencer.EventResumed, nil)
	for _, e := range before {
		if e.Kind == sequencer.EventDerived || e.Kind == sequencer.EventDeriveFailed {
			t.Fatalf("a failed submission gave a %s event", e.Kind)
		}
	}
	if resumed.Missed || r.l2Head().ParentHash != msg.L2BlockHash {
		t.Fatalf("resumed missed=%v on %s, want on the slot-ending block", resumed.Missed, r.l2Head().ParentHash)
	}
	if _, err := r.l2.EthClient().TransactionReceipt(context.Background(), pay.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("the failed submission's L2 tx is on L2: %v", err)
	}
	if f, _ := r.seq.Slot(2); f.Derived() || len(f.Based) != 0 {
		t.Fatalf("slot 2 facts %+v", f)
	}
}
