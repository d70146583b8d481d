package builderhook

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/syncboost/syncboost/devnet/gethnode"
)

// envView is everything ApplyAtomic promises to leave untouched on failure.
type envView struct {
	root                common.Hash
	gasPool             string
	gasUsed, cumulative uint64
	headerGas, blobGas  uint64
	txs, receipts, scs  int
	size                uint64
	lastReceipt         *types.Receipt
}

func viewOf(env *Env) envView {
	v := envView{
		root:       env.State.IntermediateRoot(env.Config.Rules(env.Header.Number, true, env.Header.Time)),
		gasPool:    env.GasPool.String(),
		gasUsed:    env.GasPool.Used(),
		cumulative: env.GasPool.CumulativeUsed(),
		headerGas:  env.Header.GasUsed,
		blobGas:    *env.Header.BlobGasUsed,
		txs:        len(env.Txs), receipts: len(env.Receipts), scs: len(env.Sidecars),
		size: env.Size,
	}
	if len(env.Receipts) > 0 {
		v.lastReceipt = env.Receipts[len(env.Receipts)-1]
	}
	return v
}

func TestApplyAtomicAllSucceed(t *testing.T) {
	c := newTestChain(t)
	b := c.builder(t)
	ctx := context.Background()
	// A loose transaction first, so the bundle does not start at index 0.
	if _, err := b.ApplyTx(ctx, c.tx(t, 0, gethnode.TestAddress(7), big.NewInt(1), 21000)); err != nil {
		t.Fatal(err)
	}
	recipient := common.HexToAddress("0x00000000000000000000000000000000000abc01")
	bundle := []*types.Transaction{
		c.tx(t, 1, recipient, big.NewInt(777), 21000),
		c.tx(t, 2, counterAddr, nil, 100_000),
		c.tx(t, 3, payerAddr, ether(1), 100_000),
	}
	gasBefore := b.GasPool.Used()
	res, err := ApplyAtomic(ctx, &b.Env, bundle)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Receipts) != 3 || len(b.Txs) != 4 || len(b.Receipts) != 4 {
		t.Fatalf("receipts %d, env txs %d receipts %d; want 3, 4, 4", len(res.Receipts), len(b.Txs), len(b.Receipts))
	}
	var sum uint64
	fees := new(big.Int)
	for i, r := range res.Receipts {
		if r.Status != types.ReceiptStatusSuccessful || r.TxHash != bundle[i].Hash() || r.TransactionIndex != uint(i+1) {
			t.Fatalf("receipt %d: status %d hash %s index %d", i, r.Status, r.TxHash, r.TransactionIndex)
		}
		sum += r.GasUsed
		fees.Add(fees, new(big.Int).Mul(tip, new(big.Int).SetUint64(r.GasUsed)))
	}
	if res.GasUsed != sum || b.GasPool.Used() != gasBefore+sum || b.Header.GasUsed != b.GasPool.Used() {
		t.Fatalf("gas used %d, receipts sum %d, pool %d→%d, header %d", res.GasUsed, sum, gasBefore, b.GasPool.Used(), b.Header.GasUsed)
	}
	if len(res.Logs) != 1 || res.Logs[0].Address != counterAddr || res.Logs[0].TxIndex != 2 {
		t.Fatalf("logs %+v, want the counter's one log at tx index 2", res.Logs)
	}
	if res.PriorityFees.Cmp(fees) != 0 {
		t.Fatalf("priority fees %s, want %s", res.PriorityFees, fees)
	}
	if res.DirectPayment().Cmp(ether(1)) != 0 {
		t.Fatalf("direct payment %s, want 1 ether (delta %s)", res.DirectPayment(), res.CoinbaseDelta)
	}
	if got := b.State.GetBalance(recipient).ToBig(); got.Cmp(big.NewInt(777)) != 0 {
		t.Fatalf("recipient balance %s", got)
	}
	if got := b.State.GetState(counterAddr, common.Hash{}); got != common.BigToHash(big.NewInt(1)) {
		t.Fatalf("counter %s, want 1", got)
	}
}

func TestApplyAtomicFailureRestoresEverything(t *testing.T) {
	tests := []struct {
		name    string
		bundle  func(c *testChain, t *testing.T) []*types.Transaction
		wantErr error
		wantIdx int
	}{
		{
			name: "middle transaction reverts",
			bundle: func(c *testChain, t *testing.T) []*types.Transaction {
				return []*types.Transaction{
					c.tx(t, 1, payerAddr, ether(1), 100_000),
					c.tx(t, 2, revertAddr, nil, 100_000),
					c.tx(t, 3, counterAddr, nil, 100_000),
				}
			},
			wantErr: ErrReverted, wantIdx: 1,
		},
		{
			name: "nonce too high",
			bundle: func(c *testChain, t *testing.T) []*types.Transaction {
				key := gethnode.TestKey(2)
				return []*types.Transaction{
					c.tx(t, 1, counterAddr, nil, 100_000),
					c.sign(t, key, 5, counterAddr, nil, 100_000),
				}
			},
			wantErr: core.ErrNonceTooHigh, wantIdx: 1,
		},
		{
			name: "nonce reused inside the bundle",
			bundle: func(c *testChain, t *testing.T) []*types.Transaction {
				key := gethnode.TestKey(4)
				return []*types.Transaction{
					c.sign(t, key, 0, counterAddr, nil, 100_000),
					c.sign(t, key, 0, payerAddr, big.NewInt(1), 100_000),
				}
			},
			wantErr: core.ErrNonceTooLow, wantIdx: 1,
		},
		{
			name: "last transaction above the EIP-7825 gas cap",
			bundle: func(c *testChain, t *testing.T) []*types.Transaction {
				return []*types.Transaction{
					c.tx(t, 1, counterAddr, nil, 100_000),
					c.tx(t, 2, counterAddr, nil, params.MaxTxGas+1),
				}
			},
			wantErr: ErrTxGasCap, wantIdx: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newTestChain(t)
			b := c.builder(t)
			ctx := context.Background()
			if _, err := b.ApplyTx(ctx, c.tx(t, 0, counterAddr, nil, 100_000)); err != nil {
				t.Fatal(err)
			}
			before := viewOf(&b.Env)
			_, err := ApplyAtomic(ctx, &b.Env, tt.bundle(c, t))
			var txErr *TxError
			if !errors.Is(err, tt.wantErr) || !errors.As(err, &txErr) || txErr.Index != tt.wantIdx {
				t.Fatalf("ApplyAtomic error %v, want %v at index %d", err, tt.wantErr, tt.wantIdx)
			}
			if after := viewOf(&b.Env); after != before {
				t.Fatalf("env changed by a failed bundle:\nbefore %+v\nafter  %+v", before, after)
			}
			if b.EVM.StateDB != b.State {
				t.Fatal("evm and env disagree on the state")
			}
			// The restored env still builds a block the node accepts, with only the loose tx.
			sealed, err := b.Seal(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := c.node.ImportBlock(ctx, sealed.Block, sealed.Requests); err != nil {
				t.Fatal(err)
			}
			if n := len(sealed.Block.Transactions()); n != 1 {
				t.Fatalf("block has %d txs, want 1", n)
			}
		})
	}
}

func TestApplyAtomicRejectsMissingSidecar(t *testing.T) {
	c := newTestChain(t)
	b := c.builder(t)
	blobTx := types.MustSignNewTx(gethnode.TestKey(1), c.signer, &types.BlobTx{
		ChainID: nil, Nonce: 0, GasTipCap: nil, GasFeeCap: nil, Gas: 21000, To: counterAddr,
		BlobFeeCap: nil, BlobHashes: []common.Hash{{0x01}},
	})
	_, err := ApplyAtomic(context.Background(), &b.Env, []*types.Transaction{blobTx})
	if !errors.Is(err, ErrMissingSidecar) {
		t.Fatalf("error %v, want ErrMissingSidecar", err)
	}
}

func TestApplyAtomicCancelledContext(t *testing.T) {
	c := newTestChain(t)
	b := c.builder(t)
	before := viewOf(&b.Env)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := ApplyAtomic(ctx, &b.Env, []*types.Transaction{c.tx(t, 1, counterAddr, nil, 100_000)})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if after := viewOf(&b.Env); after != before {
		t.Fatal("env changed by a cancelled bundle")
	}
}

func TestApplyAtomicEmptyAndBadEnv(t *testing.T) {
	if _, err := ApplyAtomic(context.Background(), &Env{}, nil); !errors.Is(err, ErrEnv) {
		t.Fatalf("empty env: %v, want ErrEnv", err)
	}
	c := newTestChain(t)
	b := c.builder(t)
	if _, err := ApplyAtomic(context.Background(), &b.Env, nil); !errors.Is(err, ErrEmptyBundle) {
		t.Fatalf("empty bundle: %v, want ErrEmptyBundle", err)
	}
	env := b.Env
	env.State = b.State.Copy()
	if _, err := ApplyAtomic(context.Background(), &env, []*types.Transaction{c.tx(t, 1, counterAddr, nil, 100_000)}); !errors.Is(err, ErrEnv) {
		t.Fatalf("evm on another state: %v, want ErrEnv", err)
	}
}
