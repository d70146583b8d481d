package bundle

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	callChains = Chains{L1: testChains.L1, L2: testChains.L2, Inbox: common.HexToAddress("0x00000000000000000000000000000000000b1b0c")}
	callSlot   = uint64(100)
)

type callOpt func(*BasedCall)

func callNonce(n uint64) callOpt  { return func(c *BasedCall) { c.Nonce = n } }
func callChain(id uint64) callOpt { return func(c *BasedCall) { c.ChainID = id } }
func callInbox(a common.Address) callOpt {
	return func(c *BasedCall) { c.Inbox = a }
}

// unsignedCall is key's account calling target 0xcc with a little data and value; signAll
// binds it to callChains and the bundle and signs it.
func unsignedCall(key *ecdsa.PrivateKey, opts ...callOpt) SignedCall {
	c := BasedCall{Target: common.Address{0xcc}, Value: big.NewInt(7), Data: []byte{0xde, 0xad}, Deadline: 1_900_000_000}
	for _, o := range opts {
		o(&c)
	}
	return SignedCall{Account: crypto.PubkeyToAddress(key.PublicKey), Call: c}
}

// signAll signs every call of b with the test keys, for callChains.
func signAll(t testing.TB, b *ComposableBundle) {
	t.Helper()
	if err := b.SignCalls(callChains, testKey(t, "searcher"), testKey(t, "other")); err != nil {
		t.Fatal(err)
	}
}

// resign replaces one call's signature with key's over the call as edit changes it: a
// signature over something other than what the bundle binds.
func resign(t testing.TB, sc *SignedCall, key *ecdsa.PrivateKey, edit callOpt) {
	t.Helper()
	c := sc.Call
	edit(&c)
	s, err := SignCall(key, c)
	if err != nil {
		t.Fatal(err)
	}
	sc.Signature = s.Signature
}

func callBundle(t testing.TB) *ComposableBundle {
	b := sampleBundle(t)
	key := testKey(t, "searcher")
	b.L1Slot = callSlot
	b.PreCalls = []SignedCall{unsignedCall(key)}
	b.PostCalls = []SignedCall{unsignedCall(key, callNonce(1)), unsignedCall(testKey(t, "other"))}
	signAll(t, b)
	return b
}

func TestSignedCallsJSONRoundTrip(t *testing.T) {
	b := callBundle(t)
	enc, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeComposableBundle(enc)
	if err != nil {
		t.Fatalf("decode own encoding: %v\n%s", err, enc)
	}
	if got.Hash() != b.Hash() || len(got.PreCalls) != 1 || len(got.PostCalls) != 2 {
		t.Fatalf("round trip changed the bundle:\n%s", enc)
	}
	for i, c := range got.PostCalls {
		w := b.PostCalls[i]
		if c.Account != w.Account || c.Call.Target != w.Call.Target || c.Call.Value.Cmp(w.Call.Value) != 0 ||
			!bytes.Equal(c.Call.Data, w.Call.Data) || c.Call.Nonce != w.Call.Nonce || c.Call.Deadline != w.Call.Deadline ||
			!bytes.Equal(c.Signature, w.Signature) || c.Call.L1Slot != callSlot || c.Call.ChainID != 0 {
			t.Fatalf("postCalls[%d] decoded as %+v, want %+v (slot from the bundle, chain unbound)", i, c, w)
		}
	}
	for _, want := range []string{`"preCalls":[{"account":"0x`, `"value":"0x7"`, `"nonce":"0x1"`, `"deadline":"0x713fb300"`} {
		if !strings.Contains(string(enc), want) {
			t.Fatalf("encoding lacks %s: %s", want, enc)
		}
	}
	if _, err := got.Validate(testLimits, callChains); err != nil {
		t.Fatalf("decoded bundle does not validate: %v", err)
	}
}

// The bundle hash of a call-less bundle is what it was before calls existed; calls change it;
// binding the calls (Validate) does not, so a journal that decodes the wire again agrees.
func TestHashWithCalls(t *testing.T) {
	b := sampleBundle(t)
	var buf []byte
	for _, raw := range [][]byte{b.PreTxs[0], b.L2Txs[0], b.PostTxs[0]} {
		buf = append(buf, crypto.Keccak256(raw)...)
	}
	buf = append(buf, AssertionsHash(b.Assertions).Bytes()...)
	if b.Hash() != crypto.Keccak256Hash(buf) {
		t.Fatal("a bundle without calls hashes differently than before")
	}
	cb := callBundle(t)
	before := cb.Hash()
	if before == b.Hash() {
		t.Fatal("calls do not change the hash")
	}
	checked, err := cb.Validate(testLimits, callChains)
	if err != nil {
		t.Fatal(err)
	}
	if checked.Hash != before || cb.Hash() != before {
		t.Fatal("binding the calls changed the hash")
	}
	cb.PostCalls[0], cb.PostCalls[1] = cb.PostCalls[1], cb.PostCalls[0]
	if cb.Hash() == before {
		t.Fatal("call order is not part of the hash")
	}
}

func TestDecodeCallsNamesField(t *testing.T) {
	good := callBundle(t)
	enc, _ := json.Marshal(good)
	var base map[string]any
	if err := json.Unmarshal(enc, &base); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		edit  func(m map[string]any, call map[string]any)
		field string
		want  error
	}{
		{"no slot", func(m, _ map[string]any) { delete(m, "l1Slot") }, "l1Slot", ErrMissing},
		{"missing signature", func(_, c map[string]any) { delete(c, "signature") }, "postCalls[1].signature", ErrMissing},
		{"short signature", func(_, c map[string]any) { c["signature"] = "0x" + strings.Repeat("11", 64) }, "postCalls[1].signature", ErrMalformed},
		{"missing nonce", func(_, c map[string]any) { delete(c, "nonce") }, "postCalls[1].nonce", ErrMissing},
		{"missing deadline", func(_, c map[string]any) { delete(c, "deadline") }, "postCalls[1].deadline", ErrMissing},
		{"missing data", func(_, c map[string]any) { delete(c, "data") }, "postCalls[1].data", ErrMissing},
		{"short account", func(_, c map[string]any) { c["account"] = "0x01" }, "postCalls[1].account", ErrMalformed},
		{"bad target", func(_, c map[string]any) { c["target"] = "0xzz" }, "postCalls[1].target", ErrMalformed},
		{"value over 256 bits", func(_, c map[string]any) { c["value"] = "0x1" + strings.Repeat("0", 64) }, "postCalls[1].value", ErrMalformed},
		{"negative value", func(_, c map[string]any) { c["value"] = -1 }, "postCalls[1].value", ErrMalformed},
		{"nonce with leading zero", func(_, c map[string]any) { c["nonce"] = "0x01" }, "postCalls[1].nonce", ErrMalformed},
		{"chain id on the wire", func(_, c map[string]any) { c["chainId"] = "0x1" }, "postCalls[1].chainId", ErrMalformed},
		{"key in the wrong case", func(_, c map[string]any) { c["Nonce"] = c["nonce"]; delete(c, "nonce") }, "postCalls[1].Nonce", ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			_ = json.Unmarshal(enc, &m)
			call := m["postCalls"].([]any)[1].(map[string]any)
			tt.edit(m, call)
			body, _ := json.Marshal(m)
			_, err := DecodeComposableBundle(body)
			fe, ok := IsFieldError(err)
			if !ok || fe.Field != tt.field || !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v naming %q", err, tt.want, tt.field)
			}
		})
	}
	// value is optional: absent is zero.
	delete(base["preCalls"].([]any)[0].(map[string]any), "value")
	body, _ := json.Marshal(base)
	b, err := DecodeComposableBundle(body)
	if err != nil || b.PreCalls[0].Call.Value != nil {
		t.Fatalf("call without value: %v", err)
	}
}

func TestValidateCalls(t *testing.T) {
	key, other := testKey(t, "searcher"), testKey(t, "other")
	tests := []struct {
		name   string
		mutate func(b *ComposableBundle)
		field  string
		want   error
	}{
		{"signed by a stranger", func(b *ComposableBundle) { resign(t, &b.PreCalls[0], other, func(*BasedCall) {}) },
			"preCalls[0].signature", ErrCallSignature},
		{"signed for another chain", func(b *ComposableBundle) { resign(t, &b.PreCalls[0], key, callChain(5)) },
			"preCalls[0].signature", ErrCallSignature},
		{"signed for another inbox", func(b *ComposableBundle) {
			resign(t, &b.PostCalls[1], other, callInbox(common.Address{0xee}))
		}, "postCalls[1].signature", ErrCallSignature},
		{"signed for another bundle", func(b *ComposableBundle) {
			resign(t, &b.PostCalls[1], other, func(c *BasedCall) { c.BundleID = common.Hash{0xbb} })
		}, "postCalls[1].signature", ErrCallSignature},
		{"high s", func(b *ComposableBundle) { b.PreCalls[0].Signature = highS(b.PreCalls[0].Signature) },
			"preCalls[0].signature", ErrCallSignature},
		// The bundle id covers every call: tampering with one voids the first call's signature.
		{"tampered data", func(b *ComposableBundle) { b.PostCalls[0].Call.Data = []byte{1} }, "preCalls[0].signature", ErrCallSignature},
		{"assertion added after signing", func(b *ComposableBundle) { b.Assertions = append(b.Assertions, b.Assertions[0]) },
			"preCalls[0].signature", ErrCallSignature},
		{"nonce gap in one account", func(b *ComposableBundle) { b.PostCalls[0].Call.Nonce = 2; signAll(t, b) },
			"postCalls[0].nonce", ErrCallNonce},
		{"same nonce twice", func(b *ComposableBundle) { b.PostCalls[0].Call.Nonce = 0; signAll(t, b) }, "postCalls[0].nonce", ErrCallNonce},
		{"no slot", func(b *ComposableBundle) { b.L1Slot = 0 }, "l1Slot", ErrMissing},
		{"calls count as transactions", func(b *ComposableBundle) {
			for i := range 5 {
				b.PostCalls = append(b.PostCalls, unsignedCall(other, callNonce(uint64(i+1))))
			}
			signAll(t, b)
		}, "txs", ErrTooManyTxs},
		{"call data counts as bytes", func(b *ComposableBundle) {
			b.PostCalls = append(b.PostCalls, SignedCall{Account: b.PostCalls[1].Account, Call: BasedCall{Data: make([]byte, 4000), Nonce: 1}})
			signAll(t, b)
		}, "txs", ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := callBundle(t)
			tt.mutate(b)
			_, err := b.Validate(testLimits, callChains)
			fe, ok := IsFieldError(err)
			if !ok || fe.Field != tt.field || !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v naming %q", err, tt.want, tt.field)
			}
		})
	}
}

// highS turns a valid signature into its malleable twin (s' = n - s), which the account
// contract refuses.
func highS(sig []byte) []byte {
	out := bytes.Clone(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(out[32:64])
	out[64] ^= 1 // 27 <-> 28
	return out
}

func TestValidateBindsCallsAndAllowsCallOnlyBundles(t *testing.T) {
	key := testKey(t, "searcher")
	b := &ComposableBundle{L2ChainID: testChains.L2, L1Slot: callSlot, PreCalls: []SignedCall{unsignedCall(key)}}
	signAll(t, b)
	b.PreCalls[0].Call.ChainID, b.PreCalls[0].Call.Inbox, b.PreCalls[0].Call.L1Slot = 0, common.Address{}, 0
	b.PreCalls[0].Call.BundleID = common.Hash{}
	cb, err := b.Validate(testLimits, callChains)
	if err != nil {
		t.Fatalf("a bundle of one call and no transaction: %v", err)
	}
	if c := cb.PreCalls[0].Call; c.ChainID != callChains.L1 || c.Inbox != callChains.Inbox || c.L1Slot != callSlot ||
		c.BundleID != b.CallGroup().ID() {
		t.Fatalf("call not bound: %+v", c)
	}
	if len(cb.Signers) != 0 {
		t.Fatalf("signers %v: a call's account is not a transaction sender", cb.Signers)
	}
}

func TestCheckCallDeadlines(t *testing.T) {
	b := callBundle(t)
	deadline := b.PostCalls[1].Call.Deadline
	if err := b.CheckCallDeadlines(deadline); err != nil {
		t.Fatalf("a deadline equal to the slot's time is still valid (the contract refuses only after it): %v", err)
	}
	b.PostCalls[1].Call.Deadline--
	err := b.CheckCallDeadlines(deadline)
	if fe, ok := IsFieldError(err); !ok || fe.Field != "postCalls[1].deadline" || !errors.Is(err, ErrCallDeadline) {
		t.Fatalf("got %v, want ErrCallDeadline naming postCalls[1].deadline", err)
	}
}
