package searcherapi

import (
	"bytes"
	"encoding/json"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/transport/fbsig"
)

// Requests whose signature header fails are refused before the body is parsed: the body here
// is not even JSON, and the answer is about the header.
func TestSignatureRejections(t *testing.T) {
	h := newHarness(t, nil)
	good := rpcBody(t, bundle.MethodSendBundle, h.maker.Bundle(alice, 1, 2, 0))
	garbage := []byte("{not json")
	for _, tc := range []struct {
		name   string
		body   []byte
		header string
		status int
		reason string
	}{
		{"missing header", garbage, "", http.StatusUnauthorized, "missing_signature"},
		{"malformed header", garbage, "0x1234", http.StatusForbidden, "malformed_signature"},
		{"bad signature", garbage, flipped(t, sign(t, garbage, alice)), http.StatusForbidden, "bad_signature"},
		{"signature by someone else than the named address", garbage,
			pooltest.Addr(bob).Hex() + ":" + strings.SplitN(sign(t, garbage, alice), ":", 2)[1], http.StatusForbidden, "bad_signature"},
		{"signature over a different body", good, sign(t, append(bytes.Clone(good), ' '), alice), http.StatusForbidden, "bad_signature"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, out := h.post(tc.body, tc.header)
			var r rpcResp
			if err := json.Unmarshal(out, &r); err != nil {
				t.Fatalf("response %q: %v", out, err)
			}
			if status != tc.status || r.Error == nil || r.Error.Code != CodeUnauthorized || r.Error.Data.Reason != tc.reason ||
				!strings.HasPrefix(r.Error.Message, fbsig.Header+": ") || string(r.ID) != "null" {
				t.Fatalf("HTTP %d %s; want %d, code %d, reason %s", status, out, tc.status, CodeUnauthorized, tc.reason)
			}
			if h.pool.Len() != 0 {
				t.Fatal("a refused request pooled a bundle")
			}
			if got := h.counter("sidecar_searcherapi_rejections_total", map[string]string{"reason": tc.reason}); got < 1 {
				t.Fatalf("rejection %s not counted", tc.reason)
			}
		})
	}
}

// flipped corrupts one byte of the signature in a header.
func flipped(t *testing.T, header string) string {
	addr, sig, _ := strings.Cut(header, ":")
	raw := hexutil.MustDecode(sig)
	raw[5] ^= 1
	return addr + ":" + hexutil.Encode(raw)
}

// Every invalid bundle is refused with invalid params, naming the field and the reason.
func TestBundleRejectionsNameFieldAndReason(t *testing.T) {
	h := newHarness(t, func(c *Config, _ *pool.Config) {
		c.Limits.MaxTxs = 3
		c.Limits.MaxGasPerTx = 100_000
		c.Limits.MaxGasPerBundle = 150_000
		c.Limits.MaxBytes = 1000
		c.Limits.MinL2Fee = big.NewInt(31e9) // pooltest transactions pay a 30 gwei fee cap
	})
	mk := func(edit func(b *bundle.ComposableBundle)) any {
		b := &bundle.ComposableBundle{L2ChainID: l2Chain, PreTxs: [][]byte{h.maker.Tx(alice, l1Chain)}, SignedAt: h.signedAt()}
		edit(b)
		return b
	}
	raw := func(s string) any { return json.RawMessage(s) }
	ts := strconv.FormatUint(h.signedAt(), 10)
	for _, tc := range []struct {
		name   string
		params any
		field  string
		reason string
	}{
		{"unknown field", raw(`{"l2ChainId":"0x28c58","preTxs":[],"l2Txs":[],"postTxs":[],"assertions":[],"foo":1,"signedAt":` + ts + `}`), "foo", "malformed"},
		{"refund field", raw(`{"l2ChainId":"0x28c58","preTxs":[],"l2Txs":[],"postTxs":[],"assertions":[],"refundPercent":"0x5","signedAt":` + ts + `}`), "refundPercent", "malformed"},
		{"bad hex", raw(`{"l2ChainId":"0x28c58","preTxs":[],"l2Txs":["0xzz"],"postTxs":[],"assertions":[],"signedAt":` + ts + `}`), "l2Txs[0]", "malformed"},
		{"bad quantity", raw(`{"l2ChainId":"28c58","preTxs":[],"l2Txs":[],"postTxs":[],"assertions":[],"signedAt":` + ts + `}`), "l2ChainId", "malformed"},
		{"unknown l2 chain", mk(func(b *bundle.ComposableBundle) { b.L2ChainID = 5 }), "l2ChainId", "unknown_chain"},
		{"pre leg signed for L2", mk(func(b *bundle.ComposableBundle) { b.PreTxs = [][]byte{h.maker.Tx(alice, l2Chain)} }), "preTxs[0]", "wrong_chain_id"},
		{"L2 leg signed for L1", mk(func(b *bundle.ComposableBundle) { b.L2Txs = [][]byte{h.maker.Tx(alice, l1Chain)} }), "l2Txs[0]", "wrong_chain_id"},
		{"post leg signed for L2", mk(func(b *bundle.ComposableBundle) { b.PostTxs = [][]byte{h.maker.Tx(alice, l2Chain)} }), "postTxs[0]", "wrong_chain_id"},
		{"too many transactions", mk(func(b *bundle.ComposableBundle) {
			b.PostTxs = [][]byte{h.maker.Tx(alice, l1Chain), h.maker.Tx(alice, l1Chain), h.maker.Tx(alice, l1Chain)}
		}), "txs", "too_many_txs"},
		{"gas over cap", mk(func(b *bundle.ComposableBundle) { b.PreTxs = [][]byte{h.maker.TxGas(alice, l1Chain, 100_001)} }), "preTxs[0]", "gas_cap"},
		{"bundle gas over cap", mk(func(b *bundle.ComposableBundle) {
			b.PreTxs = [][]byte{h.maker.TxGas(alice, l1Chain, 100_000)}
			b.PostTxs = [][]byte{h.maker.TxGas(alice, l1Chain, 100_000)}
		}), "preTxs+postTxs", "gas_cap"},
		{"too many bytes", mk(func(b *bundle.ComposableBundle) {
			b.Assertions = []bundle.Assertion{{Data: make([]byte, 1000)}}
		}), "txs", "too_large"},
		{"L2 fee below floor", mk(func(b *bundle.ComposableBundle) { b.L2Txs = [][]byte{h.maker.Tx(alice, l2Chain)} }), "l2Txs[0]", "fee_floor"},
		{"slot passed", mk(func(b *bundle.ComposableBundle) { b.L1Slot = nextSlot - 1 }), "l1Slot", "slot_passed"},
		{"slot too far", mk(func(b *bundle.ComposableBundle) { b.L1Slot = nextSlot + 9 }), "l1Slot", "slot_too_far"},
		{"bad uuid", mk(func(b *bundle.ComposableBundle) { b.ReplacementUUID = "nope" }), "replacementUuid", "uuid"},
		{"nonce without uuid", mk(func(b *bundle.ComposableBundle) { b.ReplacementNonce = 1 }), "replacementNonce", "uuid"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := h.call(alice, bundle.MethodSendBundle, tc.params)
			if r.Error == nil {
				t.Fatalf("accepted: %s", r.Result)
			}
			e := r.Error
			if e.Code != CodeInvalidParams || e.Data.Field != tc.field || e.Data.Reason != tc.reason || !strings.HasPrefix(e.Message, tc.field+": ") {
				t.Fatalf("error %+v; want code %d, field %s, reason %s", *e, CodeInvalidParams, tc.field, tc.reason)
			}
		})
	}
	if h.pool.Len() != 0 {
		t.Fatalf("%d bundles pooled from invalid requests", h.pool.Len())
	}
}

func TestRateLimitPerSigner(t *testing.T) {
	h := newHarness(t, func(c *Config, _ *pool.Config) { c.RatePerSecond, c.RateBurst = 0.001, 2 })
	for range 2 {
		if r := h.call(alice, bundle.MethodGetBundleStatus, "0x"+strings.Repeat("00", 32)); r.Error == nil || r.Error.Code != CodeNotFound {
			t.Fatalf("call within the burst: %+v", r.Error)
		}
	}
	r := h.call(alice, bundle.MethodGetBundleStatus, "0x"+strings.Repeat("00", 32))
	if r.Error == nil || r.Error.Code != CodeLimitExceeded || r.Error.Data.Reason != "rate_limited" {
		t.Fatalf("third call: %+v, want rate_limited", r.Error)
	}
	if r := h.send(bob, h.maker.Bundle(bob, 1, 2, 0)); r.Error != nil {
		t.Fatalf("another signer was limited: %+v", *r.Error)
	}
	if n := h.counter("sidecar_searcherapi_rate_limited_total", nil); n != 1 {
		t.Fatalf("rate limited counter = %v", n)
	}
}

func TestSlotCapPerSigner(t *testing.T) {
	h := newHarness(t, func(_ *Config, p *pool.Config) { p.MaxPerSignerSlot = 1 })
	h.mustSend(alice, h.maker.Bundle(alice, 1, 2, 0))
	r := h.send(alice, h.maker.Bundle(alice, 1, 2, 0))
	if r.Error == nil || r.Error.Code != CodeLimitExceeded || r.Error.Data.Reason != "slot_cap" || r.Error.Data.Field != "l1Slot" {
		t.Fatalf("second bundle for the slot: %+v", r.Error)
	}
	next := h.maker.Bundle(alice, 1, 2, 0)
	next.L1Slot = nextSlot + 1
	h.mustSend(alice, next)                       // another slot
	h.mustSend(bob, h.maker.Bundle(bob, 1, 2, 0)) // another signer
}

func TestPoolCap(t *testing.T) {
	h := newHarness(t, func(_ *Config, p *pool.Config) { p.MaxLive = 1 })
	h.mustSend(alice, h.maker.Bundle(alice, 1, 2, 0))
	r := h.send(bob, h.maker.Bundle(bob, 1, 2, 0))
	if r.Error == nil || r.Error.Code != CodeLimitExceeded || r.Error.Data.Reason != "pool_full" {
		t.Fatalf("bundle over the pool cap: %+v", r.Error)
	}
}

func TestReplacementWithLowerNonceRefused(t *testing.T) {
	h := newHarness(t, nil)
	u := pooltest.UUID(1)
	b := h.maker.Bundle(alice, 1, 2, 0)
	b.ReplacementUUID, b.ReplacementNonce = u, 5
	h.mustSend(alice, b)
	lower := h.maker.Bundle(alice, 1, 2, 0)
	lower.ReplacementUUID, lower.ReplacementNonce = u, 4
	r := h.send(alice, lower)
	if r.Error == nil || r.Error.Code != CodeRejected || r.Error.Data.Field != "replacementNonce" || r.Error.Data.Reason != "nonce_too_low" {
		t.Fatalf("lower nonce: %+v", r.Error)
	}
}

func TestCancelOfSomeoneElsesBundle(t *testing.T) {
	h := newHarness(t, nil)
	b := h.maker.Bundle(alice, 1, 2, 0)
	b.ReplacementUUID = pooltest.UUID(9)
	sent := h.mustSend(alice, b)
	r := h.cancel(bob, pooltest.UUID(9), 0)
	if r.Error == nil || r.Error.Code != CodeNotFound || r.Error.Data.Field != "replacementUuid" {
		t.Fatalf("bob cancels alice's uuid: %+v", r.Error)
	}
	if st, _ := h.status(alice, sent.BundleHash); st.Status != bundle.StatusReceived {
		t.Fatalf("alice's bundle is %s after bob's cancel", st.Status)
	}
	if _, r := h.status(bob, sent.BundleHash); r.Error == nil || r.Error.Code != CodeNotFound {
		t.Fatalf("bob reads alice's status: %+v", r)
	}
}

func TestEnvelopeRejections(t *testing.T) {
	h := newHarness(t, nil)
	for _, tc := range []struct {
		name string
		body string
		code int
	}{
		{"not json", `{"jsonrpc":`, CodeParse},
		{"empty batch", `[]`, CodeInvalidRequest},
		{"batch too large", "[" + strings.Repeat(`{"jsonrpc":"2.0","id":1,"method":"x"},`, 10) + `{"jsonrpc":"2.0","id":1,"method":"x"}]`, CodeInvalidRequest},
		{"wrong version", `{"jsonrpc":"1.0","id":1,"method":"based_getBundleStatus","params":[]}`, CodeInvalidRequest},
		{"unknown envelope field", `{"jsonrpc":"2.0","id":1,"method":"based_getBundleStatus","params":[],"extra":1}`, CodeInvalidRequest},
		{"object id", `{"jsonrpc":"2.0","id":{},"method":"based_getBundleStatus","params":[]}`, CodeInvalidRequest},
		{"unknown method", `{"jsonrpc":"2.0","id":1,"method":"eth_sendBundle","params":[]}`, CodeMethodNotFound},
		{"params not an array", `{"jsonrpc":"2.0","id":1,"method":"based_sendBundle","params":{}}`, CodeInvalidParams},
		{"two bundles", `{"jsonrpc":"2.0","id":1,"method":"based_sendBundle","params":[{},{}]}`, CodeInvalidParams},
		{"cancel without uuid", `{"jsonrpc":"2.0","id":1,"method":"based_cancelBundle","params":[{}]}`, CodeInvalidParams},
		{"status of a short hash", `{"jsonrpc":"2.0","id":1,"method":"based_getBundleStatus","params":["0x12"]}`, CodeInvalidParams},
		{"callBundle not available", `{"jsonrpc":"2.0","id":1,"method":"based_callBundle","params":[{}]}`, CodeNotAvailable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := h.callRaw(alice, []byte(tc.body))
			if r.Error == nil || r.Error.Code != tc.code || r.Error.Message == "" {
				t.Fatalf("error %+v, want code %d", r.Error, tc.code)
			}
		})
	}
}

func TestBodyAndHeaderLimits(t *testing.T) {
	h := newHarness(t, func(c *Config, _ *pool.Config) { c.HTTP.MaxBodyBytes = 1024 })
	body := rpcBody(t, bundle.MethodSendBundle, h.maker.Bundle(alice, 3, 3, 3))
	if status, _ := h.post(body, sign(t, body, alice)); status != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized body: HTTP %d", status)
	}
	small := rpcBody(t, bundle.MethodGetBundleStatus, common.Hash{}.Hex())
	req, err := http.NewRequest(http.MethodPost, h.url+"/", bytes.NewReader(small))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set(fbsig.Header, sign(t, small, alice))
	req.Header.Set("X-Padding", strings.Repeat("a", 4*testHeaderBytes)) // past net/http's slack too
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Fatalf("oversized headers: HTTP %d", resp.StatusCode)
	}
}

// A huge method name comes back cut to a few dozen bytes, not echoed whole.
func TestHostileHugeMethodNameNotEchoed(t *testing.T) {
	h := newHarness(t, func(c *Config, _ *pool.Config) { c.HTTP.MaxBodyBytes = 1 << 20 })
	name := strings.Repeat("é", 300<<10) // 600 kB, two bytes a rune
	body := []byte(`{"jsonrpc":"2.0","id":1,"method":"` + name + `","params":[]}`)
	_, out := h.post(body, sign(t, body, alice))
	if len(out) > 1024 {
		t.Fatalf("response of %d bytes for a %d-byte method name", len(out), len(name))
	}
	var r rpcResp
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("response %q: %v", out, err)
	}
	if r.Error == nil || r.Error.Code != CodeMethodNotFound || !strings.Contains(r.Error.Message, "é…") {
		t.Fatalf("error %+v, want the method name cut and marked", r.Error)
	}
}

// Unknown methods draw on the signer's bucket: after the burst they are refused as rate limited,
// and they use up what a known method would have had.
func TestHostileUnknownMethodsRateLimited(t *testing.T) {
	h := newHarness(t, func(c *Config, _ *pool.Config) { c.RatePerSecond, c.RateBurst = 0.001, 2 })
	for range 2 {
		if r := h.call(alice, "no_suchMethod"); r.Error == nil || r.Error.Code != CodeMethodNotFound {
			t.Fatalf("unknown method within the burst: %+v", r.Error)
		}
	}
	if r := h.call(alice, "no_suchMethod"); r.Error == nil || r.Error.Code != CodeLimitExceeded || r.Error.Data.Reason != "rate_limited" {
		t.Fatalf("third unknown method: %+v, want rate_limited", r.Error)
	}
	if r := h.call(alice, bundle.MethodGetBundleStatus, "0x"+strings.Repeat("00", 32)); r.Error == nil || r.Error.Code != CodeLimitExceeded {
		t.Fatalf("known method after the burst went on unknown ones: %+v, want rate_limited", r.Error)
	}
	if r := h.call(bob, "no_suchMethod"); r.Error == nil || r.Error.Code != CodeMethodNotFound {
		t.Fatalf("another signer was limited: %+v", r.Error)
	}
}

// The default batch limit is the documented 10: ten calls are answered, eleven refused naming the limit.
func TestBatchOfElevenRefusedNamingTheLimit(t *testing.T) {
	h := newHarness(t, func(c *Config, _ *pool.Config) { c.MaxBatch = DefaultMaxBatch })
	batch := func(n int) []byte {
		call := `{"jsonrpc":"2.0","id":1,"method":"` + bundle.MethodGetBundleStatus + `","params":["0x` + strings.Repeat("00", 32) + `"]}`
		return []byte("[" + strings.TrimSuffix(strings.Repeat(call+",", n), ",") + "]")
	}
	body := batch(10)
	_, out := h.post(body, sign(t, body, alice))
	var rs []rpcResp
	if err := json.Unmarshal(out, &rs); err != nil || len(rs) != 10 {
		t.Fatalf("batch of 10: %d answers (%v): %q", len(rs), err, out)
	}
	r := h.callRaw(alice, batch(11))
	if r.Error == nil || r.Error.Code != CodeInvalidRequest || r.Error.Data.Reason != "batch_too_large" || !strings.Contains(r.Error.Message, "limit 10") {
		t.Fatalf("batch of 11: %+v, want batch_too_large naming limit 10", r.Error)
	}
}

// Case variants of known names are unknown fields, in the envelope and in params, named as sent.
func TestCaseVariantKeysRefused(t *testing.T) {
	h := newHarness(t, nil)
	for _, tc := range []struct {
		name, body, field string
		code              int
	}{
		{"envelope", `{"jsonrpc":"2.0","id":1,"Method":"based_getBundleStatus","params":[]}`, "Method", CodeInvalidRequest},
		{"bundle", `{"jsonrpc":"2.0","id":1,"method":"based_sendBundle","params":[{"L2ChainId":"0x1","l2Txs":[],"signedAt":` + strconv.FormatUint(h.signedAt(), 10) + `}]}`, "L2ChainId", CodeInvalidParams},
		{"cancel", `{"jsonrpc":"2.0","id":1,"method":"based_cancelBundle","params":[{"replacementUUID":"x","replacementNonce":"0x1","signedAt":` + strconv.FormatUint(h.signedAt(), 10) + `}]}`, "replacementUUID", CodeInvalidParams},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := h.callRaw(alice, []byte(tc.body))
			if r.Error == nil || r.Error.Code != tc.code || r.Error.Data.Field != tc.field {
				t.Fatalf("error %+v, want code %d naming %q", r.Error, tc.code, tc.field)
			}
		})
	}
}
