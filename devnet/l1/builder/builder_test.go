package builder_test

import (
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1/builder"
	"github.com/syncboost/syncboost/relayapi"
)

func TestSentBundleLandsInNextBlock(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	a, b := r.tx(1, 0, sink, 1000, 2), r.tx(2, 0, sink, 2000, 2)
	ab := r.bundleOf("", a, b)
	if got := r.send(r.sub, ab); got != ab.Hash() {
		t.Fatalf("bundleHash %s, want %s", got, ab.Hash())
	}
	blk := r.build()
	if got, want := txHashes(blk.Block), hashesOf(a, b); !slices.Equal(got, want) {
		t.Fatalf("block txs %v, want %v", got, want)
	}
	applied := blk.Bundles.Applied()
	if len(applied) != 1 || applied[0].Hash != ab.Hash() {
		t.Fatalf("applied %+v", blk.Bundles)
	}
	// The bundle's only value is its priority fees: 2 gwei per gas over two transfers.
	if want := new(big.Int).SetUint64(2 * params.GWei * 2 * params.TxGas); applied[0].Value.Cmp(want) != 0 {
		t.Fatalf("value %s, want %s", applied[0].Value, want)
	}
	rcpts, err := r.node.EthClient().BlockReceipts(r.ctx, rpc.BlockNumberOrHashWithHash(blk.Block.Hash(), true))
	if err != nil || len(rcpts) != 2 || rcpts[1].TxHash != b.Hash() || rcpts[1].Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipts %+v %v", rcpts, err)
	}
	if s := r.b.Stats(); s.Received != 1 || s.Applied != 1 || s.Rejected != 0 || s.Pending != 0 {
		t.Fatalf("stats %+v", s)
	}
	if r.srv.Accepted() != 1 {
		t.Fatalf("server accepted %d", r.srv.Accepted())
	}
}

func TestRevertingBundleLeavesNoTrace(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	pay, revert := r.tx(1, 0, sink, 1000, 2), r.tx(2, 0, reverter, 0, 2)
	ab := r.bundleOf("", pay, revert)
	r.send(r.sub, ab)
	blk := r.build()
	if n := len(blk.Block.Transactions()); n != 0 {
		t.Fatalf("block has %d txs, want none", n)
	}
	if len(blk.Bundles) != 1 || blk.Bundles[0].Applied || !errors.Is(blk.Bundles[0].Err, builderhook.ErrReverted) {
		t.Fatalf("outcome %+v", blk.Bundles)
	}
	if r.nonce(1) != 0 || r.nonce(2) != 0 {
		t.Fatal("a sender's nonce moved")
	}
	bal, err := r.node.EthClient().BalanceAt(r.ctx, sink, nil)
	if err != nil || bal.Sign() != 0 {
		t.Fatalf("sink balance %v %v", bal, err)
	}
	if s := r.b.Stats(); s.Received != 1 || s.Applied != 0 || s.Rejected != 1 {
		t.Fatalf("stats %+v", s)
	}
}

func TestBundleOutsideItsTimestampWindowIsLeftOut(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	ab := r.bundleOf("", r.tx(1, 0, sink, 1, 2))
	ab.MinTimestamp = r.head().Time + 100
	ab.MaxTimestamp = ab.MinTimestamp
	r.send(r.sub, ab)
	blk := r.build()
	if len(blk.Block.Transactions()) != 0 || len(blk.Bundles) != 1 || !errors.Is(blk.Bundles[0].Err, builderhook.ErrTimestamp) {
		t.Fatalf("txs %d outcomes %+v", len(blk.Block.Transactions()), blk.Bundles)
	}
}

func TestCancelBundle(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	const u1, u2 = "0b8f1c2e-4a5d-4e6f-8a9b-0c1d2e3f4a5b", "1b8f1c2e-4a5d-4e6f-8a9b-0c1d2e3f4a5b"
	r.send(r.sub, r.bundleOf(u1, r.tx(1, 0, sink, 1, 2)))
	r.send(r.sub, r.bundleOf(u2, r.tx(2, 0, sink, 1, 2)))
	// eth_cancelBundle, and an empty eth_sendBundle with the uuid, as rbuilder takes it.
	res, err := r.sub.CancelBundle(r.ctx, u1, time.Time{})
	if err != nil || res[0].Outcome != relayapi.OutcomeAccepted {
		t.Fatalf("cancel: %+v %v", res, err)
	}
	r.send(r.sub, r.bundleOf(u2))
	keep := r.tx(3, 0, sink, 1, 2)
	r.send(r.sub, r.bundleOf("", keep))
	blk := r.build()
	if got := txHashes(blk.Block); !slices.Equal(got, hashesOf(keep)) {
		t.Fatalf("block txs %v, want only %s", got, keep.Hash())
	}
	if s := r.b.Stats(); s.Cancelled != 2 || s.Applied != 1 {
		t.Fatalf("stats %+v", s)
	}
}

func TestReplacementByUUID(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	const uuid = "2b8f1c2e-4a5d-4e6f-8a9b-0c1d2e3f4a5b"
	first, second := r.tx(1, 0, sink, 1, 2), r.tx(1, 0, sink, 2, 2)
	r.send(r.sub, r.bundleOf(uuid, first))
	r.send(r.sub, r.bundleOf(uuid, second))
	// Another signer's bundle with the same uuid is its own: it replaces nothing.
	other := r.tx(2, 0, sink, 3, 2)
	r.send(newSubmitter(t, r.srv.URL(), gethnode.TestKey(4)), r.bundleOf(uuid, other))
	blk := r.build()
	if got := txHashes(blk.Block); !slices.Equal(got, hashesOf(second, other)) {
		t.Fatalf("block txs %v, want %v", got, hashesOf(second, other))
	}
	if s := r.b.Stats(); s.Received != 3 || s.Replaced != 1 || s.Applied != 2 || s.Rejected != 0 {
		t.Fatalf("stats %+v", s)
	}
}

func TestBundlesAppliedByValue(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	// low and high spend the same nonce: only one can land, and the later, richer one must.
	low, high := r.tx(1, 0, sink, 1, 1), r.tx(1, 0, sink, 2, 5)
	mid := r.tx(2, 0, sink, 3, 3)
	lowB, midB, highB := r.bundleOf("", low), r.bundleOf("", mid), r.bundleOf("", high)
	r.send(r.sub, lowB)
	r.send(r.sub, midB)
	r.send(r.sub, highB)
	blk := r.build()
	if got := txHashes(blk.Block); !slices.Equal(got, hashesOf(high, mid)) {
		t.Fatalf("block txs %v, want %v", got, hashesOf(high, mid))
	}
	var tried []common.Hash
	for _, o := range blk.Bundles {
		tried = append(tried, o.Hash)
	}
	if want := []common.Hash{highB.Hash(), midB.Hash(), lowB.Hash()}; !slices.Equal(tried, want) {
		t.Fatalf("tried %v, want %v", tried, want)
	}
	if lowOut := blk.Bundles[2]; lowOut.Applied || !errors.Is(lowOut.Err, core.ErrNonceTooLow) {
		t.Fatalf("low bundle %+v", lowOut)
	}
}

func TestPendingTransactionsFollowBundlesByTip(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	pool := r.node.Backend().TxPool()
	events := make(chan core.NewTxsEvent, 4)
	sub := pool.SubscribeTransactions(events, false)
	defer sub.Unsubscribe()
	cheap, dear := r.tx(1, 0, sink, 1, 2), r.tx(2, 0, sink, 1, 7)
	for _, tx := range []*types.Transaction{cheap, dear} {
		if err := r.node.EthClient().SendTransaction(r.ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	for seen := 0; seen < 2; {
		select {
		case ev := <-events:
			seen += len(ev.Txs)
		case <-r.ctx.Done():
			t.Fatal("pool did not promote the transactions")
		}
	}
	bundled := r.tx(3, 0, sink, 1, 1)
	r.send(r.sub, r.bundleOf("", bundled))
	blk := r.build()
	if got, want := txHashes(blk.Block), hashesOf(bundled, dear, cheap); !slices.Equal(got, want) {
		t.Fatalf("block txs %v, want %v", got, want)
	}
	if blk.PoolTxs != 2 {
		t.Fatalf("pool txs %d", blk.PoolTxs)
	}
}

func TestLateBundleRefused(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	r.build()
	ab := r.bundleOf("", r.tx(1, 0, sink, 1, 2))
	ab.BlockNumber = r.head().Number.Uint64()
	status, reply := r.call(gethnode.TestKey(1), builder.MethodSendBundle, ab)
	if status != 200 || reply.Error == nil || reply.Error.Code != -32602 || !strings.Contains(reply.Error.Message, "blockNumber") {
		t.Fatalf("status %d reply %+v", status, reply.Error)
	}
}
