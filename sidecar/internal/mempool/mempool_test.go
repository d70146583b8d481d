package mempool_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
	"github.com/syncboost/syncboost/sidecar/internal/mempool"
)

const chainID = 167001

func signed(t testing.TB, key *ecdsa.PrivateKey, chain, nonce, tipGwei uint64) *types.Transaction {
	t.Helper()
	to := common.Address{0x77}
	return types.MustSignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(chain)), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(chain), Nonce: nonce, Gas: 21_000, To: &to, Value: big.NewInt(1),
		GasTipCap: new(big.Int).SetUint64(tipGwei * params.GWei), GasFeeCap: new(big.Int).SetUint64((tipGwei + 10) * params.GWei)})
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// answer is a txpool_content answer with the given pending entries, keyed as listed.
func answer(t testing.TB, entries map[common.Address]map[string]*types.Transaction) []byte {
	t.Helper()
	raw, err := json.Marshal(map[string]any{"pending": entries, "queued": map[string]any{}})
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// The pool is the operator's node, but anyone puts transactions in it: an entry listed under
// another sender or nonce, signed for another chain, or a blob transaction is left out with
// the field named, and the other entries are kept.
func TestDecodeLeavesOutWhatIsNotWhatItIsListedAs(t *testing.T) {
	a, b := gethnode.TestKey(0), gethnode.TestKey(1)
	raw := answer(t, map[common.Address]map[string]*types.Transaction{
		addr(a): {"0": signed(t, a, chainID, 0, 2), "1": signed(t, a, chainID, 1, 2), "3": signed(t, a, chainID, 3, 2)},
		addr(b): {"0": signed(t, a, chainID, 0, 2), "5": signed(t, b, chainID, 4, 2), "6": signed(t, b, 1, 6, 2)},
	})
	pending, skipped, err := mempool.Decode(raw, chainID)
	if err != nil {
		t.Fatal(err)
	}
	if got := pending[addr(a)]; len(got) != 2 || got[0].Nonce() != 0 || got[1].Nonce() != 1 {
		t.Fatalf("sender a: %d transactions, want nonces 0 and 1 (3 follows a gap)", len(got))
	}
	if len(pending[addr(b)]) != 0 {
		t.Fatalf("sender b: %d transactions, want none (each entry is wrong)", len(pending[addr(b)]))
	}
	want := []string{"listed under " + addr(b).Hex(), "nonce 4, listed under 5", "signed for chain 1"}
	if len(skipped) != len(want) {
		t.Fatalf("skipped %v, want %d entries", skipped, len(want))
	}
	for _, w := range want {
		found := false
		for _, s := range skipped {
			found = found || strings.Contains(s.Reason, w) && strings.HasPrefix(s.Field, "pending["+addr(b).Hex())
		}
		if !found {
			t.Errorf("no skipped entry of sender b says %q: %v", w, skipped)
		}
	}
}

func TestDecodeRefusesWhatIsNotAnAnswer(t *testing.T) {
	for _, raw := range []string{`[]`, `{"pending": 7}`, `{"pending": {"0x01": []}}`, `nope`} {
		if _, _, err := mempool.Decode([]byte(raw), chainID); !errors.Is(err, mempool.ErrMalformed) {
			t.Errorf("%s: %v, want ErrMalformed", raw, err)
		}
	}
}

// Select takes senders by their next transaction's tip, each sender's in nonce order, and
// stops at the limits; a taken sender and a transaction below the base fee contribute nothing.
func TestSelectOrdersByTipAndKeepsTheLimits(t *testing.T) {
	keys := []*ecdsa.PrivateKey{gethnode.TestKey(0), gethnode.TestKey(1), gethnode.TestKey(2), gethnode.TestKey(3)}
	tx := func(k, nonce, tip uint64) *bundle.Tx {
		raw, _ := signed(t, keys[k], chainID, nonce, tip).MarshalBinary()
		d, err := bundle.DecodeTx("tx", raw, chainID)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	pending := map[common.Address][]*bundle.Tx{
		addr(keys[0]): {tx(0, 0, 1), tx(0, 1, 9)},
		addr(keys[1]): {tx(1, 0, 5)},
		addr(keys[2]): {tx(2, 0, 7)},
		addr(keys[3]): {tx(3, 0, 100)},
	}
	got := mempool.Select(pending, mempool.Limits{MaxTxs: 10, MaxGas: 1 << 30, BaseFee: big.NewInt(params.GWei),
		Taken: map[common.Address]bool{addr(keys[3]): true}})
	order := make([]string, len(got))
	for i, tx := range got {
		order[i] = fmt.Sprintf("%s/%d", tx.Sender.Hex()[:6], tx.Nonce())
	}
	want := []string{addr(keys[2]).Hex()[:6] + "/0", addr(keys[1]).Hex()[:6] + "/0", addr(keys[0]).Hex()[:6] + "/0", addr(keys[0]).Hex()[:6] + "/1"}
	if fmt.Sprint(order) != fmt.Sprint(want) {
		t.Fatalf("order %v, want %v", order, want)
	}
	if got := mempool.Select(pending, mempool.Limits{MaxTxs: 10, MaxGas: 2 * 21_000, BaseFee: big.NewInt(params.GWei)}); len(got) != 2 {
		t.Fatalf("%d transactions within 42,000 gas, want 2", len(got))
	}
	if got := mempool.Select(pending, mempool.Limits{MaxTxs: 10, MaxGas: 1 << 30, BaseFee: big.NewInt(50 * params.GWei)}); len(got) != 1 {
		t.Fatalf("%d transactions pay a 50 gwei base fee, want 1 (the 100 gwei tip's)", len(got))
	}
}

// The source reads a real go-ethereum node's pool: what a user sent is offered, in order.
func TestSourceReadsTheNodesPool(t *testing.T) {
	n := gethnodetest.Start(t, gethnode.Config{ChainID: chainID, Accounts: 2})
	ctx := context.Background()
	key := gethnode.TestKey(1)
	for nonce := range uint64(3) {
		if err := n.EthClient().SendTransaction(ctx, signed(t, key, chainID, nonce, 2)); err != nil {
			t.Fatal(err)
		}
	}
	src, err := mempool.New(n.Client(), chainID, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	got, err := src.Pending(ctx, mempool.Limits{MaxTxs: 2, MaxGas: 1 << 30, BaseFee: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Sender != addr(key) || got[0].Nonce() != 0 || got[1].Nonce() != 1 {
		t.Fatalf("got %d transactions, want the sender's nonces 0 and 1", len(got))
	}
}

func FuzzDecode(f *testing.F) {
	a := gethnode.TestKey(0)
	f.Add(answer(f, map[common.Address]map[string]*types.Transaction{addr(a): {"0": signed(f, a, chainID, 0, 2)}}))
	f.Add([]byte(`{"pending":{"0x0000000000000000000000000000000000000001":{"0":{"type":"0x2"}}}}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		pending, _, err := mempool.Decode(raw, chainID)
		if err != nil {
			return
		}
		for sender, txs := range pending {
			for i, tx := range txs {
				if tx.Sender != sender || i > 0 && tx.Nonce() != txs[i-1].Nonce()+1 {
					t.Fatalf("sender %s: entry %d is %s nonce %d", sender, i, tx.Sender, tx.Nonce())
				}
			}
		}
	})
}
