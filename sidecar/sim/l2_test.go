package sim

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"math/bits"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
)

var (
	proposer = common.HexToAddress("0x00000000000000000000000000000000000fee01")
	payee    = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
)

// basedTxs is a based block's transaction list for round r (nonces advance one per round):
// transfers, two counter calls whose unsigned forms are identical, a reverting call, then one
// transaction of each other type: legacy, access list, set-code (delegating key 5 to the
// counter and calling it).
func basedTxs(t *testing.T, n *gethnode.Node, r uint64) []*bundle.Tx {
	id := chainID(n)
	return []*bundle.Tx{
		sign(t, id, txSpec{key: 0, nonce: 2 * r, to: payee, value: 1000, gas: 21000, tip: params.GWei}),
		sign(t, id, txSpec{key: 1, nonce: r, to: counterAddr, tip: 1}),
		sign(t, id, txSpec{key: 2, nonce: r, to: counterAddr, tip: 1}),
		sign(t, id, txSpec{key: 3, nonce: r, to: reverterAddr, tip: 2}),
		sign(t, id, txSpec{key: 0, nonce: 2*r + 1, to: payee, value: 7, gas: 21000, tip: 3}),
		signData(t, id, 6, &types.LegacyTx{Nonce: r, GasPrice: big.NewInt(2 * params.GWei), Gas: 100_000, To: &counterAddr}),
		signData(t, id, 7, &types.AccessListTx{ChainID: id, Nonce: r, GasPrice: big.NewInt(2 * params.GWei), Gas: 100_000,
			To: &counterAddr, AccessList: types.AccessList{{Address: counterAddr, StorageKeys: []common.Hash{{}}}}}),
		setCodeTx(t, id, r),
	}
}

func setCodeTx(t *testing.T, id *big.Int, r uint64) *bundle.Tx {
	auth, err := types.SignSetCode(gethnode.TestKey(5), types.SetCodeAuthorization{
		ChainID: *uint256.MustFromBig(id), Address: counterAddr, Nonce: r,
	})
	if err != nil {
		t.Fatal(err)
	}
	authority := gethnode.TestAddress(5)
	return signData(t, id, 4, &types.SetCodeTx{
		ChainID: uint256.MustFromBig(id), Nonce: r, GasTipCap: uint256.NewInt(1),
		GasFeeCap: uint256.NewInt(100 * params.GWei), Gas: 200_000, To: authority,
		AuthList: []types.SetCodeAuthorization{auth},
	})
}

// The promise the proven root rests on: the simulated post-state root is the state root of the
// block built from the same transactions in the same environment, block after block.
func TestL2StateRootEqualsBuiltBlock(t *testing.T) {
	n := startNode(t)
	s := newClient(t, n.Client())
	parent := genesisHeader(t, n)
	for r := range uint64(2) {
		env := bundle.BasedEnv(n.ChainConfig(), parent, proposer)
		txs := basedTxs(t, n, r)
		res, err := s.SimulateL2(context.Background(), env, txs)
		if err != nil {
			t.Fatalf("round %d: %v", r, err)
		}
		block := buildBlock(t, n, env.Header(), txs, nil)
		if res.StateRoot != block.Root() {
			t.Fatalf("round %d: simulated root %s, built block root %s", r, res.StateRoot, block.Root())
		}
		if res.GasUsed != block.GasUsed() {
			t.Fatalf("round %d: simulated gas %d, block gas %d", r, res.GasUsed, block.GasUsed())
		}
		for i, tx := range txs {
			rcpt, err := n.EthClient().TransactionReceipt(context.Background(), tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Txs[i]; got.OK != (rcpt.Status == types.ReceiptStatusSuccessful) || got.GasUsed != rcpt.GasUsed {
				t.Fatalf("round %d tx %d: simulated ok=%v gas=%d, receipt status=%d gas=%d",
					r, i, got.OK, got.GasUsed, rcpt.Status, rcpt.GasUsed)
			}
		}
		parent = block.Header()
	}
}

func TestL2PerTransactionResults(t *testing.T) {
	n := startNode(t)
	s := newClient(t, n.Client())
	env := bundle.BasedEnv(n.ChainConfig(), genesisHeader(t, n), proposer)
	res, err := s.SimulateL2(context.Background(), env, basedTxs(t, n, 0))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Txs) != 8 {
		t.Fatalf("%d results, want 8", len(res.Txs))
	}
	if tr := res.Txs[0]; !tr.OK || tr.GasUsed != 21000 || tr.Err != "" {
		t.Fatalf("transfer: %+v", tr)
	}
	// The second counter call sees the first one's increment.
	for i, want := range []byte{1, 2} {
		tr := res.Txs[1+i]
		if !tr.OK || len(tr.Return) != 32 || tr.Return[31] != want || len(tr.Logs) != 1 {
			t.Fatalf("counter call %d: %+v", i, tr)
		}
	}
	if !res.Txs[4].OK {
		t.Fatalf("transfer after a revert: %+v", res.Txs[4])
	}
	// Legacy and access-list calls see the counter at 3 and 4; the delegated account has
	// its own storage.
	for i, want := range []byte{3, 4, 1} {
		tr := res.Txs[5+i]
		if !tr.OK || len(tr.Return) != 32 || tr.Return[31] != want {
			t.Fatalf("typed tx %d: %+v", 5+i, tr)
		}
	}
}

func TestL2RevertReportedAtIndex(t *testing.T) {
	n := startNode(t)
	s := newClient(t, n.Client())
	env := bundle.BasedEnv(n.ChainConfig(), genesisHeader(t, n), proposer)
	res, err := s.SimulateL2(context.Background(), env, basedTxs(t, n, 0))
	if err != nil {
		t.Fatal(err)
	}
	want := common.LeftPadBytes([]byte{0xde, 0xad, 0xbe, 0xef}, 32)
	tr := res.Txs[3]
	if tr.OK || !bytes.Equal(tr.Return, want) || !strings.Contains(tr.Err, "execution reverted") || tr.GasUsed == 0 {
		t.Fatalf("reverting call: %+v", tr)
	}
}

// maxCalls bounds the requests that name the invalid transaction among n: the first request,
// a bisection, and two checks when the node's message names no sender.
func maxCalls(n int) int64 { return int64(1 + bits.Len(uint(n)) + 2) }

// invalidCase is a transaction list in which tx bad cannot be included; pinned says the node's
// message names its sender.
type invalidCase struct {
	name   string
	bad    int
	txs    func() []*bundle.Tx
	pinned bool
}

func invalidCases(t *testing.T, id *big.Int) []invalidCase {
	unfunded := testAccounts + 5
	return []invalidCase{
		{"nonce too high, sender has other txs", 3, func() []*bundle.Tx {
			return []*bundle.Tx{
				sign(t, id, txSpec{key: 1, nonce: 0, to: payee, gas: 21000}),
				sign(t, id, txSpec{key: 0, nonce: 0, to: payee, gas: 21000}),
				sign(t, id, txSpec{key: 0, nonce: 1, to: counterAddr}),
				sign(t, id, txSpec{key: 0, nonce: 5, to: payee, gas: 21000}),
				sign(t, id, txSpec{key: 2, nonce: 0, to: payee, gas: 21000}),
			}
		}, true},
		{"nonce too low, replayed nonce", 4, func() []*bundle.Tx {
			return []*bundle.Tx{
				sign(t, id, txSpec{key: 1, nonce: 0, to: payee, gas: 21000}),
				sign(t, id, txSpec{key: 0, nonce: 0, to: payee, gas: 21000}),
				sign(t, id, txSpec{key: 2, nonce: 0, to: payee, gas: 21000}),
				sign(t, id, txSpec{key: 0, nonce: 1, to: payee, gas: 21000}),
				sign(t, id, txSpec{key: 0, nonce: 0, to: payee, value: 1, gas: 21000}),
			}
		}, true},
		{"insufficient funds", 2, func() []*bundle.Tx {
			return []*bundle.Tx{
				sign(t, id, txSpec{key: 1, nonce: 0, to: payee, gas: 21000}),
				sign(t, id, txSpec{key: 2, nonce: 0, to: payee, gas: 21000}),
				sign(t, id, txSpec{key: unfunded, nonce: 0, to: payee, gas: 21000}),
				sign(t, id, txSpec{key: 3, nonce: 0, to: payee, gas: 21000}),
			}
		}, true},
		{"intrinsic gas too low, sender not named", 5, func() []*bundle.Tx {
			var txs []*bundle.Tx
			for k := range 7 {
				gas := uint64(21000)
				if k == 5 {
					gas = 20000
				}
				txs = append(txs, sign(t, id, txSpec{key: k, nonce: 0, to: payee, gas: gas}))
			}
			return txs
		}, false},
		{"first transaction, sender not named", 0, func() []*bundle.Tx {
			return []*bundle.Tx{
				sign(t, id, txSpec{key: 1, nonce: 0, to: payee, gas: 20000}),
				sign(t, id, txSpec{key: 2, nonce: 0, to: payee, gas: 21000}),
			}
		}, false},
	}
}

func TestL2InvalidTransactionIdentified(t *testing.T) {
	n := startNode(t)
	tests := invalidCases(t, chainID(n))
	env := bundle.BasedEnv(n.ChainConfig(), genesisHeader(t, n), proposer)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cc := &countingCaller{Caller: n.Client()}
			txs := tt.txs()
			_, err := newClient(t, cc).SimulateL2(context.Background(), env, txs)
			inv, ok := AsInvalidTx(err)
			if !ok || !errors.Is(err, ErrInvalidTx) {
				t.Fatalf("err = %v, want an *InvalidTxError", err)
			}
			if inv.Index != tt.bad {
				t.Fatalf("index %d, want %d (%v)", inv.Index, tt.bad, err)
			}
			if tt.pinned && cc.calls.Load() > 2 {
				t.Fatalf("%d requests although the node named the sender", cc.calls.Load())
			}
			if got := cc.calls.Load(); got > maxCalls(len(txs)) {
				t.Fatalf("%d requests for %d transactions", got, len(txs))
			}
			// Without it, the block simulates.
			rest := append(append([]*bundle.Tx{}, txs[:inv.Index]...), txs[inv.Index+1:]...)
			if _, err := newClient(t, n.Client()).SimulateL2(context.Background(), env, rest); err != nil {
				t.Fatalf("without tx %d: %v", inv.Index, err)
			}
		})
	}
}

func TestL2GasAboveTxCapRejectedLocally(t *testing.T) {
	cc := &countingCaller{Caller: unreachable{}}
	s := newClient(t, cc)
	id := big.NewInt(gethnode.DefaultChainID)
	txs := []*bundle.Tx{
		sign(t, id, txSpec{key: 1, to: payee, gas: 21000}),
		sign(t, id, txSpec{key: 0, to: payee, gas: params.MaxTxGas + 1}),
	}
	_, err := s.SimulateL2(context.Background(), bundle.BasedBlockEnv{}, txs)
	inv, ok := AsInvalidTx(err)
	if !ok || inv.Index != 1 {
		t.Fatalf("err = %v, want invalid tx 1", err)
	}
	if cc.calls.Load() != 0 {
		t.Fatal("the node was asked although the transaction is over the cap")
	}
}

func TestL2UnknownParentIsRequestError(t *testing.T) {
	n := startNode(t)
	s := newClient(t, n.Client())
	env := bundle.BasedEnv(n.ChainConfig(), genesisHeader(t, n), proposer)
	env.ParentHash = common.Hash{0x42}
	_, err := s.SimulateL2(context.Background(), env, basedTxs(t, n, 0))
	if !errors.Is(err, ErrRequest) || errors.Is(err, ErrInvalidTx) {
		t.Fatalf("err = %v, want ErrRequest", err)
	}
}

func TestCancelledContext(t *testing.T) {
	n := startNode(t)
	s := newClient(t, n.Client())
	env := bundle.BasedEnv(n.ChainConfig(), genesisHeader(t, n), proposer)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.SimulateL2(ctx, env, basedTxs(t, n, 0))
	if !errors.Is(err, context.Canceled) || !errors.Is(err, ErrRequest) {
		t.Fatalf("err = %v, want ErrRequest wrapping context.Canceled", err)
	}
}
