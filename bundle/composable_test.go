package bundle

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

var (
	testChains = Chains{L1: 1, L2: 167001}
	testLimits = Limits{MaxTxs: 8, MaxBytes: 4096, MaxGasPerTx: 1_000_000, MaxGasPerBundle: 1_500_000,
		MinPriorityFee: big.NewInt(1), MinL2Fee: big.NewInt(1), MaxAssertions: 2}
)

type txOpt func(*types.DynamicFeeTx)

func gas(g uint64) txOpt   { return func(tx *types.DynamicFeeTx) { tx.Gas = g } }
func tip(w int64) txOpt    { return func(tx *types.DynamicFeeTx) { tx.GasTipCap = big.NewInt(w) } }
func feeCap(w int64) txOpt { return func(tx *types.DynamicFeeTx) { tx.GasFeeCap = big.NewInt(w) } }
func data(n int) txOpt     { return func(tx *types.DynamicFeeTx) { tx.Data = make([]byte, n) } }
func nonce(n uint64) txOpt { return func(tx *types.DynamicFeeTx) { tx.Nonce = n } }

func signedTx(t testing.TB, key *ecdsa.PrivateKey, chainID uint64, opts ...txOpt) []byte {
	t.Helper()
	to := common.Address{0xaa}
	inner := &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(chainID), Gas: 50_000, GasTipCap: big.NewInt(2e9),
		GasFeeCap: big.NewInt(30e9), To: &to, Value: big.NewInt(1)}
	for _, o := range opts {
		o(inner)
	}
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(inner.ChainID), inner)
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func sampleBundle(t testing.TB) *ComposableBundle {
	key := testKey(t, "searcher")
	return &ComposableBundle{
		L2ChainID: testChains.L2, L1Slot: 100,
		PreTxs:     [][]byte{signedTx(t, key, testChains.L1)},
		L2Txs:      [][]byte{signedTx(t, key, testChains.L2)},
		PostTxs:    [][]byte{signedTx(t, key, testChains.L1, nonce(1))},
		Assertions: []Assertion{{Target: common.Address{0xbb}, Data: []byte{1, 2}, Expect: common.Hash{0xcc}}},
	}
}

func TestComposableBundleJSONRoundTrip(t *testing.T) {
	b := sampleBundle(t)
	b.ReplacementUUID, b.ReplacementNonce = ReplacementUUIDFor(1, 2), 3
	b.SignedAt = 1_763_712_000
	enc, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeComposableBundle(enc)
	if err != nil {
		t.Fatalf("decode own encoding: %v\n%s", err, enc)
	}
	if got.Hash() != b.Hash() || got.ReplacementNonce != 3 || got.SignedAt != b.SignedAt {
		t.Fatalf("round trip changed the bundle:\n%s", enc)
	}
	if !strings.Contains(string(enc), `"l2ChainId":"0x28c59"`) {
		t.Fatalf("quantities must be 0x hex: %s", enc)
	}
}

func TestDecodeComposableBundleNamesField(t *testing.T) {
	tests := []struct {
		name, body, field string
	}{
		{"unknown field", `{"l2ChainId":"0x1","l2Txs":[],"colour":"red"}`, "colour"},
		{"bad hex tx", `{"l2ChainId":"0x1","l2Txs":["0xzz"]}`, "l2Txs[0]"},
		{"odd hex tx", `{"l2ChainId":"0x1","preTxs":["0x1"]}`, "preTxs[0]"},
		{"missing chain", `{"l2Txs":["0x01"]}`, "l2ChainId"},
		{"negative slot", `{"l2ChainId":"0x1","l1Slot":-1}`, "l1Slot"},
		{"quantity with leading zero", `{"l2ChainId":"0x01"}`, "l2ChainId"},
		{"short assertion target", `{"l2ChainId":"0x1","assertions":[{"target":"0x01","data":"0x","expect":"0x00"}]}`, "assertions[0].target"},
		{"short expect", `{"l2ChainId":"0x1","assertions":[{"target":"0x00000000000000000000000000000000000000aa","data":"0x","expect":"0x00"}]}`, "assertions[0].expect"},
		{"wrong type", `{"l2ChainId":"0x1","l2Txs":"0x00"}`, "l2Txs"},
		{"trailing data", `{"l2ChainId":"0x1"} {}`, "$"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeComposableBundle([]byte(tt.body))
			fe, ok := IsFieldError(err)
			if !ok || fe.Field != tt.field || !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrMissing) {
				t.Fatalf("got %v, want a field error naming %q", err, tt.field)
			}
		})
	}
}

// Refunds were never paid, so the fields are gone; a searcher still sending one is told so by
// name rather than with the generic unknown-field error.
func TestDecodeComposableBundleRefusesRefundFields(t *testing.T) {
	for _, key := range []string{"refundPercent", "refundRecipient"} {
		t.Run(key, func(t *testing.T) {
			body := `{"l2ChainId":"0x1","l2Txs":[],"` + key + `":"0x0"}`
			_, err := DecodeComposableBundle([]byte(body))
			fe, ok := IsFieldError(err)
			if !ok || fe.Field != key || !errors.Is(err, ErrMalformed) || fe.Reason != "refunds are not offered; omit the field" {
				t.Fatalf("got %v, want %s refused as not offered", err, key)
			}
		})
	}
}

func TestValidateAcceptsGoodBundle(t *testing.T) {
	cb, err := sampleBundle(t).Validate(testLimits, testChains)
	if err != nil {
		t.Fatal(err)
	}
	if len(cb.Pre) != 1 || len(cb.L2) != 1 || len(cb.Post) != 1 || cb.L1Gas != 100_000 || cb.L2Gas != 50_000 {
		t.Fatalf("unexpected checked bundle: %+v", cb)
	}
	if want := crypto.PubkeyToAddress(testKey(t, "searcher").PublicKey); len(cb.Signers) != 1 || cb.Signers[0] != want {
		t.Fatalf("signers %v, want [%v]", cb.Signers, want)
	}
}

func TestValidateRejects(t *testing.T) {
	key := testKey(t, "searcher")
	tests := []struct {
		name   string
		mutate func(b *ComposableBundle)
		field  string
		want   error
	}{
		{"empty", func(b *ComposableBundle) { b.PreTxs, b.L2Txs, b.PostTxs = nil, nil, nil }, "l2Txs", ErrMissing},
		{"undecodable tx", func(b *ComposableBundle) { b.L2Txs[0] = []byte{0x02, 0xc0} }, "l2Txs[0]", ErrMalformed},
		{"pre-action signed for L2", func(b *ComposableBundle) { b.PreTxs[0] = signedTx(t, key, testChains.L2) }, "preTxs[0]", ErrChainID},
		{"L2 tx signed for L1", func(b *ComposableBundle) { b.L2Txs[0] = signedTx(t, key, testChains.L1) }, "l2Txs[0]", ErrChainID},
		{"post-action on other chain", func(b *ComposableBundle) { b.PostTxs[0] = signedTx(t, key, 5) }, "postTxs[0]", ErrChainID},
		{"unprotected legacy", func(b *ComposableBundle) { b.PreTxs[0] = legacyUnprotected(t, key) }, "preTxs[0]", ErrChainID},
		{"too many txs", func(b *ComposableBundle) {
			for range 6 {
				b.L2Txs = append(b.L2Txs, b.L2Txs[0])
			}
		}, "txs", ErrTooManyTxs},
		{"too large", func(b *ComposableBundle) { b.L2Txs[0] = signedTx(t, key, testChains.L2, data(5000)) }, "txs", ErrTooLarge},
		{"tx gas over cap", func(b *ComposableBundle) { b.L2Txs[0] = signedTx(t, key, testChains.L2, gas(1_000_001)) }, "l2Txs[0]", ErrGasCap},
		{"bundle gas over cap", func(b *ComposableBundle) {
			b.PreTxs[0] = signedTx(t, key, testChains.L1, gas(900_000))
			b.PostTxs[0] = signedTx(t, key, testChains.L1, gas(900_000), nonce(1))
		}, "preTxs+postTxs", ErrGasCap},
		{"L1 tip below floor", func(b *ComposableBundle) { b.PreTxs[0] = signedTx(t, key, testChains.L1, tip(0)) }, "preTxs[0]", ErrFeeTooLow},
		{"L2 fee cap below floor", func(b *ComposableBundle) { b.L2Txs[0] = signedTx(t, key, testChains.L2, tip(0), feeCap(0)) }, "l2Txs[0]", ErrFeeTooLow},
		{"blob tx", func(b *ComposableBundle) { b.PreTxs[0] = blobTx(t, key) }, "preTxs[0]", ErrBlobTx},
		{"too many assertions", func(b *ComposableBundle) { b.Assertions = append(b.Assertions, b.Assertions[0], b.Assertions[0]) }, "assertions", ErrTooManyAssertions},
		{"inverted timestamp window", func(b *ComposableBundle) { b.MinTimestamp, b.MaxTimestamp = 10, 9 }, "minTimestamp", ErrTimestamp},
		{"bad uuid", func(b *ComposableBundle) { b.ReplacementUUID = "not-a-uuid" }, "replacementUuid", ErrUUID},
		{"nonce without uuid", func(b *ComposableBundle) { b.ReplacementNonce = 1 }, "replacementNonce", ErrUUID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := sampleBundle(t)
			tt.mutate(b)
			_, err := b.Validate(testLimits, testChains)
			fe, ok := IsFieldError(err)
			if !ok || !errors.Is(err, tt.want) || fe.Field != tt.field {
				t.Fatalf("got %v, want %v on field %q", err, tt.want, tt.field)
			}
		})
	}
}

func legacyUnprotected(t *testing.T, key *ecdsa.PrivateKey) []byte {
	tx := types.MustSignNewTx(key, types.HomesteadSigner{}, &types.LegacyTx{Gas: 21000, GasPrice: big.NewInt(1e9), To: &common.Address{1}})
	raw, _ := tx.MarshalBinary()
	return raw
}

func blobTx(t *testing.T, key *ecdsa.PrivateKey) []byte {
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(1)), &types.BlobTx{
		ChainID: uint256.NewInt(1), Gas: 21000, GasTipCap: uint256.NewInt(2e9), GasFeeCap: uint256.NewInt(3e10),
		BlobFeeCap: uint256.NewInt(1), BlobHashes: []common.Hash{{0x01}}, To: common.Address{1}})
	raw, _ := tx.MarshalBinary()
	return raw
}

func TestBundleHashCoversAssertions(t *testing.T) {
	a, b := sampleBundle(t), sampleBundle(t)
	b.Assertions[0].Expect[0] ^= 1
	if a.Hash() == b.Hash() {
		t.Fatal("bundles that assert different things must hash differently")
	}
}

func TestAtomicBundleWire(t *testing.T) {
	key := testKey(t, "sidecar")
	txs := [][]byte{signedTx(t, key, 1), signedTx(t, key, 1, nonce(1))}
	b := AtomicBundle{Txs: txs, BlockNumber: 0x10, MinTimestamp: 1700000000, MaxTimestamp: 1700000000, ReplacementUUID: ReplacementUUIDFor(167001, 9)}
	enc, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"blockNumber":"0x10"`, `"minTimestamp":1700000000`, `"maxTimestamp":1700000000`} {
		if !strings.Contains(string(enc), want) {
			t.Fatalf("%s missing from %s", want, enc)
		}
	}
	var h0, h1 types.Transaction
	_ = h0.UnmarshalBinary(txs[0])
	_ = h1.UnmarshalBinary(txs[1])
	if want := crypto.Keccak256Hash(h0.Hash().Bytes(), h1.Hash().Bytes()); b.Hash() != want {
		t.Fatalf("bundle hash %s, want keccak of tx hashes %s", b.Hash(), want)
	}
	got, err := DecodeAtomicBundle(enc)
	if err != nil || got.Hash() != b.Hash() || got.ReplacementUUID != b.ReplacementUUID {
		t.Fatalf("round trip: %v", err)
	}
	withReverts := strings.Replace(string(enc), `"txs"`, `"revertingTxHashes":["`+hexutil.Encode(h0.Hash().Bytes())+`"],"txs"`, 1)
	if _, err := DecodeAtomicBundle([]byte(withReverts)); err == nil {
		t.Fatal("an atomic bundle that allows reverts must be refused")
	}
}

func TestReplacementUUIDFor(t *testing.T) {
	u := ReplacementUUIDFor(167001, 42)
	if !validUUID(u) || u[14] != '8' || u != ReplacementUUIDFor(167001, 42) || u == ReplacementUUIDFor(167001, 43) {
		t.Fatalf("uuid %q must be a stable version-8 UUID per (chain, slot)", u)
	}
}

// A journal reloading an accepted bundle gets back what Validate gave, from the senders it
// recorded, and a sender list that does not fit the transactions is refused.
func TestRestoreMatchesValidate(t *testing.T) {
	cb, err := sampleBundle(t).Validate(testLimits, testChains)
	if err != nil {
		t.Fatal(err)
	}
	var senders []common.Address
	for _, leg := range [][]*Tx{cb.Pre, cb.L2, cb.Post} {
		for _, tx := range leg {
			senders = append(senders, tx.Sender)
		}
	}
	got, err := cb.ComposableBundle.Restore(senders)
	if err != nil || got.Hash != cb.Hash || got.L1Gas != cb.L1Gas || got.L2Gas != cb.L2Gas ||
		len(got.Signers) != len(cb.Signers) || got.Post[0].Hash() != cb.Post[0].Hash() {
		t.Fatalf("restored %+v, %v; want what Validate gave", got, err)
	}
	for _, bad := range [][]common.Address{senders[:2], append(senders, common.Address{1})} {
		if _, err := cb.ComposableBundle.Restore(bad); !errors.Is(err, ErrSender) {
			t.Fatalf("%d senders for 3 transactions: %v, want ErrSender", len(bad), err)
		}
	}
}

// encoding/json matches keys case-insensitively; the decoder refuses a variant naming the key as sent.
func TestDecodeComposableBundleRefusesCaseVariantKeys(t *testing.T) {
	for _, tt := range []struct{ name, body, field string }{
		{"top level", `{"L2ChainId":"0x1","l2Txs":[]}`, "L2ChainId"},
		{"shouted", `{"l2ChainId":"0x1","L2TXS":[]}`, "L2TXS"},
		{"signedAt", `{"l2ChainId":"0x1","signedat":"0x1"}`, "signedat"},
		{"in an assertion", `{"l2ChainId":"0x1","assertions":[{"Target":"0x00000000000000000000000000000000000000aa","data":"0x","expect":"0x` + strings.Repeat("00", 32) + `"}]}`, "assertions[0].Target"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeComposableBundle([]byte(tt.body))
			fe, ok := IsFieldError(err)
			if !ok || fe.Field != tt.field || !errors.Is(err, ErrMalformed) {
				t.Fatalf("got %v, want a field error naming %q", err, tt.field)
			}
		})
	}
	if _, err := DecodeComposableBundle([]byte(`{"l2ChainId":"0x1","l2Txs":[],"assertions":[{"target":"0x00000000000000000000000000000000000000aa","data":"0x","expect":"0x` + strings.Repeat("00", 32) + `"}]}`)); err != nil {
		t.Fatalf("exact keys refused: %v", err)
	}
}
