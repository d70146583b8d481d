package sim

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
)

var feeRecipient = common.HexToAddress("0x00000000000000000000000000000000000b0b01")

// l1Env targets the block after parent with payload attributes that all differ from
// eth_simulateV1's defaults.
func l1Env(parent *types.Header) L1Env {
	return L1Env{
		ParentHash:   parent.Hash(),
		Time:         parent.Time + 12,
		FeeRecipient: feeRecipient,
		PrevRandao:   common.Hash{0x07},
		BeaconRoot:   common.Hash{0x08},
		Withdrawals: []*types.Withdrawal{
			{Index: 0, Validator: 1, Address: payee, Amount: 1_000_000_000},
		},
	}
}

// header is the block a builder would build for env on parent.
func (e L1Env) header(parent *types.Header) *types.Header {
	root := e.BeaconRoot
	return &types.Header{
		ParentHash: e.ParentHash, Number: new(big.Int).Add(parent.Number, common.Big1), Time: e.Time,
		Coinbase: e.FeeRecipient, GasLimit: parent.GasLimit, MixDigest: e.PrevRandao, ParentBeaconRoot: &root,
	}
}

func TestL1ValueEqualsFeeRecipientBalanceChange(t *testing.T) {
	n := startNode(t)
	id := chainID(n)
	s := newClient(t, n.Client())
	parent := genesisHeader(t, n)
	env := l1Env(parent)
	env.Watch = payee
	txs := []*bundle.Tx{
		sign(t, id, txSpec{key: 0, nonce: 0, to: payee, value: 1, gas: 21000, tip: 2 * params.GWei}),
		sign(t, id, txSpec{key: 1, nonce: 0, to: tipperAddr, value: params.Ether / 100, tip: 0}),
		sign(t, id, txSpec{key: 2, nonce: 0, to: counterAddr, tip: params.GWei}),
		sign(t, id, txSpec{key: 3, nonce: 0, to: feeRecipient, value: 5, gas: 21000, tip: 0}),
	}
	res, err := s.SimulateL1(context.Background(), env, txs)
	if err != nil {
		t.Fatal(err)
	}
	if res.FirstFailed != -1 {
		t.Fatalf("first failed %d: %+v", res.FirstFailed, res.Txs[res.FirstFailed])
	}
	block := buildBlock(t, n, env.header(parent), txs, env.Withdrawals)
	ec := n.EthClient()
	before, err := ec.BalanceAt(context.Background(), feeRecipient, parent.Number)
	if err != nil {
		t.Fatal(err)
	}
	after, err := ec.BalanceAt(context.Background(), feeRecipient, block.Number())
	if err != nil {
		t.Fatal(err)
	}
	real := new(big.Int).Sub(after, before)
	if res.Value.Cmp(real) != 0 {
		t.Fatalf("simulated value %s, real fee recipient balance change %s", res.Value, real)
	}
	if res.Value.Cmp(big.NewInt(params.Ether/100)) <= 0 {
		t.Fatalf("value %s misses the coinbase payment", res.Value)
	}
	paid, err := ec.BalanceAt(context.Background(), payee, block.Number())
	if err != nil {
		t.Fatal(err)
	}
	held, err := ec.BalanceAt(context.Background(), payee, parent.Number)
	if err != nil {
		t.Fatal(err)
	}
	// The withdrawal is paid after the transactions, outside what the probes measure.
	paid.Sub(paid, new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(params.GWei)))
	if want := paid.Sub(paid, held); res.WatchValue.Cmp(want) != 0 || want.Sign() == 0 {
		t.Fatalf("watched account's simulated change %s, real %s", res.WatchValue, want)
	}
	if res.GasUsed != block.GasUsed() {
		t.Fatalf("bundle gas %d, block gas %d", res.GasUsed, block.GasUsed())
	}
	if l := res.Txs[2].Logs; len(l) != 1 || l[0].TxHash != txs[2].Hash() || l[0].TxIndex != 2 {
		t.Fatalf("counter call logs %+v, want one log of tx 2", l)
	}
	if res.BaseFee.Cmp(block.BaseFee()) != 0 {
		t.Fatalf("base fee %s, block's %s", res.BaseFee, block.BaseFee())
	}
}

func TestL1FirstFailureReportedWithRevertData(t *testing.T) {
	n := startNode(t)
	id := chainID(n)
	s := newClient(t, n.Client())
	txs := []*bundle.Tx{
		sign(t, id, txSpec{key: 0, nonce: 0, to: counterAddr, tip: 1}),
		sign(t, id, txSpec{key: 1, nonce: 0, to: reverterAddr, tip: 1}),
		sign(t, id, txSpec{key: 2, nonce: 0, to: reverterAddr, tip: 1}),
		sign(t, id, txSpec{key: 3, nonce: 0, to: counterAddr, tip: 1}),
	}
	res, err := s.SimulateL1(context.Background(), l1Env(genesisHeader(t, n)), txs)
	if err != nil {
		t.Fatal(err)
	}
	if res.FirstFailed != 1 {
		t.Fatalf("first failed %d, want 1", res.FirstFailed)
	}
	want := common.LeftPadBytes([]byte{0xde, 0xad, 0xbe, 0xef}, 32)
	if tr := res.Txs[1]; tr.OK || !bytes.Equal(tr.Return, want) {
		t.Fatalf("reverting tx: %+v", tr)
	}
	if tr := res.Txs[3]; !tr.OK || tr.Return[31] != 2 {
		t.Fatalf("last tx did not run after the reverts: %+v", tr)
	}
}

func TestL1InvalidTransactionIdentified(t *testing.T) {
	n := startNode(t)
	id := chainID(n)
	env := l1Env(genesisHeader(t, n))
	tests := []struct {
		name string
		bad  int
		txs  []*bundle.Tx
	}{
		{"bad nonce", 2, []*bundle.Tx{
			sign(t, id, txSpec{key: 0, nonce: 0, to: payee, gas: 21000}),
			sign(t, id, txSpec{key: 1, nonce: 0, to: payee, gas: 21000}),
			sign(t, id, txSpec{key: 0, nonce: 3, to: payee, gas: 21000}),
		}},
		{"intrinsic gas, sender not named", 3, []*bundle.Tx{
			sign(t, id, txSpec{key: 0, nonce: 0, to: payee, gas: 21000}),
			sign(t, id, txSpec{key: 1, nonce: 0, to: payee, gas: 21000}),
			sign(t, id, txSpec{key: 2, nonce: 0, to: payee, gas: 21000}),
			sign(t, id, txSpec{key: 3, nonce: 0, to: payee, gas: 20000}),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cc := &countingCaller{Caller: n.Client()}
			_, err := newClient(t, cc).SimulateL1(context.Background(), env, tt.txs)
			inv, ok := AsInvalidTx(err)
			if !ok || inv.Index != tt.bad {
				t.Fatalf("err = %v, want invalid tx %d", err, tt.bad)
			}
			if got := cc.calls.Load(); got > maxCalls(len(tt.txs)) {
				t.Fatalf("%d requests for %d transactions", got, len(tt.txs))
			}
		})
	}
}

func TestL1EmptyBundleRejected(t *testing.T) {
	s := newClient(t, unreachable{})
	if _, err := s.SimulateL1(context.Background(), L1Env{}, nil); !errors.Is(err, ErrInput) {
		t.Fatalf("err = %v, want ErrInput", err)
	}
}
