package batcher_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/batcher"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// A calldata batch lands and moves the inbox head to its last block.
func TestBatchLandsAndMovesHead(t *testing.T) {
	r := newRig(t, nil)
	b := r.batch(2, l2Genesis, 1, 3, 100)
	sent := r.post(b)
	if sent.Replaced || sent.Header.DataMode != bundle.DataCalldata || len(sent.BlobHashes) != 0 {
		t.Fatalf("sent %+v, want a fresh calldata transaction", sent)
	}
	landed, _ := r.land(2)
	if landed.Outcome != batcher.OutcomeCommitted || landed.Tx != sent.Tx {
		t.Fatalf("landed %+v, want %s committed", landed, sent.Tx)
	}
	if h := r.l2Head(); common.Hash(h.Id) != b.Header.LastHash || h.Number != 3 || h.L1Slot != 2 || h.Based {
		t.Fatalf("inbox head %+v, want the batch's last block", h)
	}
	evs := r.committed()
	if len(evs) != 1 || !bytes.Equal(evs[0].Data, b.Data) || evs[0].DataMode != bindings.DataCalldata {
		t.Fatalf("BatchCommitted %+v", evs)
	}
	if got := r.metric("batcher_batches_posted_total", "calldata"); got != 1 {
		t.Fatalf("posted calldata %v", got)
	}
}

// A payload above the threshold goes in blobs: the header re-certified for blob mode, the event
// lists the blob hashes, and the blobs give the payload back.
func TestLargeBatchGoesInBlobs(t *testing.T) {
	r := newRig(t, func(c *batcher.Config) { c.BlobThreshold = 8 << 10 })
	b := r.batch(2, l2Genesis, 1, 4, 4<<10)
	sent := r.post(b)
	if sent.Header.DataMode != bundle.DataBlobs || len(sent.BlobHashes) == 0 ||
		sent.Header.DataHash != bindings.BlobDataHash(sent.BlobHashes) {
		t.Fatalf("sent %+v, want a blob-mode header over its blob hashes", sent.Header)
	}
	landed, sealed := r.land(2)
	if landed.Outcome != batcher.OutcomeCommitted {
		t.Fatalf("landed %+v", landed)
	}
	evs := r.committed()
	if len(evs) != 1 || evs[0].DataMode != bindings.DataBlobs || len(evs[0].Data) != 0 || len(evs[0].BlobHashes) != len(sent.BlobHashes) {
		t.Fatalf("BatchCommitted %+v", evs)
	}
	for i, h := range evs[0].BlobHashes {
		if common.Hash(h) != sent.BlobHashes[i] {
			t.Fatalf("event blob hash %d %x, sent %s", i, h, sent.BlobHashes[i])
		}
	}
	if len(sealed.Sidecars) != 1 {
		t.Fatalf("%d blob sidecars in the block", len(sealed.Sidecars))
	}
	got, err := bundle.PayloadFromBlobs(sealed.Sidecars[0].Blobs)
	must(t, err)
	if !bytes.Equal(got, b.Data) {
		t.Fatal("the blobs do not give the payload back")
	}
	if h := r.l2Head(); common.Hash(h.Id) != b.Header.LastHash {
		t.Fatalf("inbox head %+v", h)
	}
}

// The next slot's batch, from the same inbox head, replaces the pending one with bumped fees;
// only it lands.
func TestPendingBatchReplacedByNextSlots(t *testing.T) {
	r := newRig(t, nil)
	first := r.post(r.batch(2, l2Genesis, 1, 3, 100))
	next := r.batch(3, l2Genesis, 1, 6, 100)
	second := r.post(next)
	if !second.Replaced || second.Nonce != first.Nonce {
		t.Fatalf("second %+v, want a replacement at nonce %d", second, first.Nonce)
	}
	ec := r.l1.EthClient()
	a, _, err := ec.TransactionByHash(t.Context(), first.Tx)
	if err == nil {
		t.Fatalf("the replaced transaction %s is still known", a.Hash())
	}
	landed, _ := r.land(3)
	if landed.Tx != second.Tx || landed.Outcome != batcher.OutcomeCommitted {
		t.Fatalf("landed %+v, want the replacement", landed)
	}
	if evs := r.committed(); len(evs) != 1 || evs[0].LastNumber != 6 {
		t.Fatalf("BatchCommitted %+v, want only the replacement", evs)
	}
	if got := r.metric("batcher_replacements_total", ""); got != 1 {
		t.Fatalf("replacements %v", got)
	}
}

// A replacement bumps tip and fee cap by at least 10 %.
func TestReplacementBumpsFees(t *testing.T) {
	r := newRig(t, nil)
	first := r.post(r.batch(2, l2Genesis, 1, 3, 100))
	second := r.post(r.batch(2, l2Genesis, 1, 4, 100))
	tx1, tx2 := first.Transaction, second.Transaction
	for _, f := range []struct {
		name      string
		old, next *big.Int
	}{{"tip", tx1.GasTipCap(), tx2.GasTipCap()}, {"fee cap", tx1.GasFeeCap(), tx2.GasFeeCap()}} {
		min := new(big.Int).Div(new(big.Int).Mul(f.old, big.NewInt(110)), big.NewInt(100))
		if f.next.Cmp(min) < 0 {
			t.Fatalf("%s %s after %s, want at least %s", f.name, f.next, f.old, min)
		}
	}
}

// The same batch applied first (a sidecar's carried copy) makes the poster's transaction a
// no-op, which is success; posted again once applied, it is not sent at all.
func TestAppliedBatchIsNoopSuccess(t *testing.T) {
	r := newRig(t, nil)
	b := r.batch(2, l2Genesis, 1, 3, 100)
	sent := r.post(b)
	carried := types.MustSignNewTx(stranger, types.LatestSignerForChainID(big.NewInt(l1ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l1ChainID), Gas: 500_000, GasTipCap: big.NewInt(5 * params.GWei),
		GasFeeCap: big.NewInt(50 * params.GWei), To: &r.inbox, Data: r.ib.PackSubmitBatch(bindings.BatchOf(b))})
	landed, sealed := r.land(2, carried)
	if landed.Tx != sent.Tx || landed.Outcome != batcher.OutcomeNoop {
		t.Fatalf("landed %+v, want the poster's transaction as a no-op", landed)
	}
	if len(sealed.Receipts) != 2 || sealed.Block.Transactions()[0].Hash() != carried.Hash() {
		t.Fatal("want the carried copy first, then the poster's")
	}
	if evs := r.committed(); len(evs) != 1 {
		t.Fatalf("%d BatchCommitted events", len(evs))
	}
	r.poster.Post(b)
	if e := r.waitFor(batcher.EventApplied); e.Header.LastHash != b.Header.LastHash {
		t.Fatalf("applied %+v", e)
	}
	if got := r.metric("batcher_failures_total", ""); got != 0 {
		t.Fatalf("failures %v", got)
	}
}

// A batch that does not extend the inbox head is not sent: it would revert.
func TestBatchOffTheHeadIsNotSent(t *testing.T) {
	r := newRig(t, nil)
	r.poster.Post(r.batch(2, common.Hash{0x01}, 1, 3, 100))
	e := r.waitFor(batcher.EventFailed)
	if !errors.Is(e.Err, batcher.ErrWouldRevert) {
		t.Fatalf("err %v, want ErrWouldRevert", e.Err)
	}
}

// A pending blob batch is replaced by the next slot's, also in blobs even if small (the pool
// keeps an account's transactions of one kind), with every fee doubled as go-ethereum's blob
// pool asks; only the replacement lands.
func TestPendingBlobBatchReplaced(t *testing.T) {
	r := newRig(t, func(c *batcher.Config) { c.BlobThreshold = 8 << 10 })
	first := r.post(r.batch(2, l2Genesis, 1, 3, 4<<10))
	second := r.post(r.batch(3, l2Genesis, 1, 4, 100))
	if !second.Replaced || second.Header.DataMode != bundle.DataBlobs {
		t.Fatalf("second %+v, want a blob replacement", second)
	}
	tx1, tx2 := first.Transaction, second.Transaction
	for _, f := range []struct {
		name      string
		old, next *big.Int
	}{{"tip", tx1.GasTipCap(), tx2.GasTipCap()}, {"fee cap", tx1.GasFeeCap(), tx2.GasFeeCap()},
		{"blob fee cap", tx1.BlobGasFeeCap(), tx2.BlobGasFeeCap()}} {
		if f.next.Cmp(new(big.Int).Lsh(f.old, 1)) < 0 {
			t.Fatalf("%s %s after %s, want at least double", f.name, f.next, f.old)
		}
	}
	landed, _ := r.land(3)
	if landed.Tx != second.Tx || landed.Outcome != batcher.OutcomeCommitted {
		t.Fatalf("landed %+v, want the replacement", landed)
	}
	if evs := r.committed(); len(evs) != 1 || evs[0].LastNumber != 4 || evs[0].DataMode != bindings.DataBlobs {
		t.Fatalf("BatchCommitted %+v", evs)
	}
}

// A batch too large for calldata cannot replace a pending calldata one (the pool would refuse
// the blob transaction): it is not sent, and says why.
func TestLargeBatchBehindPendingCalldataWaits(t *testing.T) {
	r := newRig(t, func(c *batcher.Config) { c.BlobThreshold, c.MaxCalldataBytes = 0, 8<<10 })
	r.post(r.batch(2, l2Genesis, 1, 3, 100))
	r.poster.Post(r.batch(3, l2Genesis, 1, 4, 4<<10))
	if e := r.waitFor(batcher.EventFailed); !errors.Is(e.Err, batcher.ErrModeLocked) {
		t.Fatalf("err %v, want ErrModeLocked", e.Err)
	}
}
