package builderhook

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/syncboost/syncboost/devnet/gethnode"
)

// pool serves fixed pending lists as go-ethereum's txpool would: blob transactions only to a
// request for them, the others only to one that is not.
type pool map[common.Address][]*txpool.LazyTransaction

func (p pool) Pending(f txpool.PendingFilter) (map[common.Address][]*txpool.LazyTransaction, int) {
	out := map[common.Address][]*txpool.LazyTransaction{}
	for from, list := range p {
		for _, l := range list {
			if (l.Tx.Type() == types.BlobTxType) == f.BlobTxs {
				out[from] = append(out[from], l)
			}
		}
	}
	return out, 0
}

func (p pool) addTx(from common.Address, tx *types.Transaction, arrived time.Time) {
	p[from] = append(p[from], &txpool.LazyTransaction{Tx: tx, Hash: tx.Hash(), Time: arrived,
		GasFeeCap: uint256.MustFromBig(tx.GasFeeCap()), GasTipCap: uint256.MustFromBig(tx.GasTipCap()), Gas: tx.Gas()})
}

func (p pool) add(c *testChain, key int, nonce uint64, tipGwei int64, arrived time.Time) *types.Transaction {
	k := gethnode.TestKey(key)
	tx := types.MustSignNewTx(k, c.signer, &types.DynamicFeeTx{ChainID: c.node.ChainConfig().ChainID, Nonce: nonce,
		GasTipCap: big.NewInt(tipGwei * params.GWei), GasFeeCap: big.NewInt(100 * params.GWei), Gas: params.TxGas,
		To: &common.Address{0x99}, Value: big.NewInt(1)})
	p.addTx(crypto.PubkeyToAddress(k.PublicKey), tx, arrived)
	return tx
}

// A blob transaction in the pool (a rollup's batch, say) goes into the block with its sidecar
// kept for the payload, beside the plain ones.
func TestFillFromPoolTakesBlobTransactions(t *testing.T) {
	c := newTestChain(t)
	b := c.builder(t)
	p := pool{}
	blob := blobTx(t, c, 5, 1, types.BlobSidecarVersion1)
	p.addTx(gethnode.TestAddress(5), blob, time.Now())
	plain := p.add(c, 1, 0, 1, time.Now())
	if n := b.FillFromPool(context.Background(), p); n != 2 {
		t.Fatalf("included %d from the pool, want the blob and the plain transaction", n)
	}
	if b.Env.Txs[0].Hash() != blob.Hash() || b.Env.Txs[1].Hash() != plain.Hash() || len(b.Env.Sidecars) != 1 {
		t.Fatalf("block %v with %d sidecars", b.Env.Txs, len(b.Env.Sidecars))
	}
}

// FillFromPool takes transactions by effective tip, each sender's in nonce order; a nonce a
// bundle already used moves on to the sender's next; a sender with a nonce gap is skipped
// without stopping the block.
func TestFillFromPoolByTipInNonceOrder(t *testing.T) {
	c := newTestChain(t)
	b := c.builder(t)
	now := time.Now()
	p := pool{}
	a0, a1 := p.add(c, 1, 0, 1, now), p.add(c, 1, 1, 1, now)
	b0 := p.add(c, 2, 0, 3, now)
	p.add(c, 3, 5, 9, now) // nonce gap: can never apply
	d0 := p.add(c, 4, 0, 2, now)
	d1 := p.add(c, 4, 1, 2, now)
	if _, err := b.ApplyTx(context.Background(), d0); err != nil { // a bundle took sender 4's nonce 0
		t.Fatal(err)
	}
	if n := b.FillFromPool(context.Background(), p); n != 4 {
		t.Fatalf("included %d from the pool, want 4", n)
	}
	want := []common.Hash{d0.Hash(), b0.Hash(), d1.Hash(), a0.Hash(), a1.Hash()}
	if len(b.Env.Txs) != len(want) {
		t.Fatalf("block has %d txs, want %d", len(b.Env.Txs), len(want))
	}
	for i, tx := range b.Env.Txs {
		if tx.Hash() != want[i] {
			t.Fatalf("tx %d is %s, want %s (by tip, nonce order)", i, tx.Hash(), want[i])
		}
	}
}
