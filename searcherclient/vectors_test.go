package searcherclient

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/transport/fbsig"
)

var update = flag.Bool("update", false, "rewrite sdk/ts/testdata/vectors.json from the Go reference")

// vectorsPath is the file the TypeScript SDK's tests read.
var vectorsPath = filepath.Join("..", "sdk", "ts", "testdata", "vectors.json")

func testKey(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("searcherclient vectors " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

type vectorCall struct {
	Account  common.Address `json:"account"`
	Target   common.Address `json:"target"`
	Value    *hexutil.Big   `json:"value"`
	Data     hexutil.Bytes  `json:"data"`
	Nonce    hexutil.Uint64 `json:"nonce"`
	Deadline hexutil.Uint64 `json:"deadline"`
	// What the Go reference computes for it.
	Digest    common.Hash   `json:"digest"`
	CallID    common.Hash   `json:"callId"`
	Signature hexutil.Bytes `json:"signature"`
}

type vectors struct {
	Comment     string           `json:"comment"`
	L1ChainID   uint64           `json:"l1ChainId"`
	L2ChainID   uint64           `json:"l2ChainId"`
	Inbox       common.Address   `json:"inbox"`
	Submitter   common.Address   `json:"submitter"`
	L1Slot      uint64           `json:"l1Slot"`
	AccountKeys []hexutil.Bytes  `json:"accountKeys"`
	IdentityKey hexutil.Bytes    `json:"identityKey"`
	L2Txs       []hexutil.Bytes  `json:"l2Txs"`
	PreCalls    []vectorCall     `json:"preCalls"`
	PostCalls   []vectorCall     `json:"postCalls"`
	Assertions  []map[string]any `json:"assertions"`
	BundleID    common.Hash      `json:"bundleId"`
	BundleHash  common.Hash      `json:"bundleHash"`
	Request     struct {
		Body   string `json:"body"`
		Header string `json:"header"`
	} `json:"request"`
}

// referenceBundle is a bundle with calls of two accounts, one of them with two calls, and two
// assertions, signed by the Go reference (bundle.SignCalls).
func referenceBundle(t testing.TB, chains bundle.Chains) (*bundle.ComposableBundle, []*ecdsa.PrivateKey) {
	keys := []*ecdsa.PrivateKey{testKey("account a"), testKey("account b")}
	a, b := crypto.PubkeyToAddress(keys[0].PublicKey), crypto.PubkeyToAddress(keys[1].PublicKey)
	target := common.HexToAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3")
	call := func(acc common.Address, data string, value int64, nonce uint64) bundle.SignedCall {
		return bundle.SignedCall{Account: acc, Call: bundle.BasedCall{Target: target, Value: big.NewInt(value),
			Data: hexutil.MustDecode(data), Nonce: nonce, Deadline: 1_763_712_024}}
	}
	l2tx := types.MustSignNewTx(keys[0], types.LatestSignerForChainID(new(big.Int).SetUint64(chains.L2)), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(chains.L2), Nonce: 7, Gas: 21_000, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(2e9),
		To: &b, Value: big.NewInt(1)})
	raw, err := l2tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	bn := &bundle.ComposableBundle{L2ChainID: chains.L2, L1Slot: 4242, L2Txs: [][]byte{raw},
		PreCalls:  []bundle.SignedCall{call(a, "0xf83d08ba", 1_000_000_000, 3), call(b, "0x", 0, 0)},
		PostCalls: []bundle.SignedCall{call(a, "0x86d1a69f", 0, 4)},
		Assertions: []bundle.Assertion{
			{Target: target, Data: hexutil.MustDecode("0x9a8a0592"), Expect: crypto.Keccak256Hash(common.LeftPadBytes([]byte{1}, 32))},
			{Target: b, Data: []byte{}, Expect: common.Hash{0xee}},
		}}
	if err := bn.SignCalls(chains, keys...); err != nil {
		t.Fatal(err)
	}
	return bn, keys
}

func referenceChains() bundle.Chains {
	return bundle.Chains{L1: 3151908, L2: 167000, Inbox: common.HexToAddress("0x00000000000000000000000000000000000b0b00"),
		Submitter: common.HexToAddress("0x8943545177806ED17B9F23F0a21ee5948eCaa776")}
}

func buildVectors(t testing.TB) []byte {
	chains := referenceChains()
	bn, keys := referenceBundle(t, chains)
	v := vectors{Comment: "written by go test ./searcherclient -run TestVectors -update; read by sdk/ts/test",
		L1ChainID: chains.L1, L2ChainID: chains.L2, Inbox: chains.Inbox, Submitter: chains.Submitter, L1Slot: bn.L1Slot,
		IdentityKey: crypto.FromECDSA(testKey("identity")), BundleID: bn.CallGroup().ID(), BundleHash: bn.Hash()}
	for _, k := range keys {
		v.AccountKeys = append(v.AccountKeys, crypto.FromECDSA(k))
	}
	for _, tx := range bn.L2Txs {
		v.L2Txs = append(v.L2Txs, tx)
	}
	leg := func(cs []bundle.SignedCall) (out []vectorCall) {
		for _, c := range cs {
			out = append(out, vectorCall{Account: c.Account, Target: c.Call.Target, Value: (*hexutil.Big)(c.Call.Value),
				Data: c.Call.Data, Nonce: hexutil.Uint64(c.Call.Nonce), Deadline: hexutil.Uint64(c.Call.Deadline),
				Digest: c.Call.Digest(c.Account), CallID: c.CallID(), Signature: c.Signature})
		}
		return out
	}
	v.PreCalls, v.PostCalls = leg(bn.PreCalls), leg(bn.PostCalls)
	for _, a := range bn.Assertions {
		v.Assertions = append(v.Assertions, map[string]any{"target": a.Target, "data": hexutil.Bytes(a.Data), "expect": a.Expect})
	}
	v.Request.Body = `{"jsonrpc":"2.0","id":1,"method":"based_getBundleStatus","params":["` + bn.Hash().Hex() + `"]}`
	header, err := fbsig.Sign([]byte(v.Request.Body), testKey("identity"))
	if err != nil {
		t.Fatal(err)
	}
	v.Request.Header = header
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}

// The TypeScript SDK's tests check their bundle id, digests, call ids, signatures, bundle hash
// and request header against these; the file must be what the Go reference computes now.
func TestVectors(t *testing.T) {
	want := buildVectors(t)
	if *update {
		if err := os.WriteFile(vectorsPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatalf("%v (go test ./searcherclient -run TestVectors -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from the Go reference: go test ./searcherclient -run TestVectors -update", vectorsPath)
	}
}
