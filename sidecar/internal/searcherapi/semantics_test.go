package searcherapi

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

func TestSendBundleAcceptsAndReports(t *testing.T) {
	h := newHarness(t, nil)
	b := h.maker.Bundle(alice, 1, 2, 0) // l1Slot absent: the next slot
	res := h.mustSend(alice, b)
	if res.BundleHash != b.Hash() {
		t.Fatalf("bundleHash %s, want %s", res.BundleHash, b.Hash())
	}
	if res.ReplacementUUID != derivedUUID(pooltest.Addr(alice), b.Hash()) || res.ReplacementUUID[14] != '8' {
		t.Fatalf("generated replacementUuid %q is not the v8 UUID derived from the signer and the bundle", res.ReplacementUUID)
	}
	st, r := h.status(alice, res.BundleHash)
	if r.Error != nil {
		t.Fatal(r.Error.Message)
	}
	if st.Status != bundle.StatusReceived || uint64(st.L1Slot) != nextSlot || uint64(st.L2ChainID) != l2Chain ||
		st.ReplacementUUID != res.ReplacementUUID || st.Timestamps["received"] == 0 || len(st.History) != 1 {
		t.Fatalf("status = %+v", st)
	}
	e, err := h.pool.Get(context.Background(), res.BundleHash)
	if err != nil || e.Identity != pooltest.Addr(alice) || len(e.Bundle.L2) != 2 {
		t.Fatalf("pooled entry = %+v, %v", e, err)
	}
	// the same bundle again is acknowledged with the same answer and pooled once.
	if again := h.mustSend(alice, b); again != res {
		t.Fatalf("resend = %+v, want %+v", again, res)
	}
	if h.pool.Len() != 1 {
		t.Fatalf("pool has %d bundles", h.pool.Len())
	}
	if n := h.counter("sidecar_searcherapi_requests_total", map[string]string{"method": bundle.MethodSendBundle, "outcome": "ok"}); n != 2 {
		t.Fatalf("requests_total{sendBundle, ok} = %v", n)
	}
	if n := h.counter("sidecar_pool_bundles", map[string]string{"status": "received"}); n != 1 {
		t.Fatalf("pool gauge = %v", n)
	}
}

func TestReplacementAndCancellation(t *testing.T) {
	h := newHarness(t, nil)
	u := "AAAAAAAA-0000-4000-8000-000000000001" // uuids are case-insensitive
	v1 := h.maker.Bundle(alice, 1, 2, 0)
	v1.ReplacementUUID, v1.ReplacementNonce = u, 1
	r1 := h.mustSend(alice, v1)
	v2 := h.maker.Bundle(alice, 0, 1, 1)
	v2.ReplacementUUID, v2.ReplacementNonce = strings.ToLower(u), 2
	r2 := h.mustSend(alice, v2)
	if r1.ReplacementUUID != r2.ReplacementUUID {
		t.Fatalf("uuids %q and %q", r1.ReplacementUUID, r2.ReplacementUUID)
	}
	st1, _ := h.status(alice, r1.BundleHash)
	if st1.Status != bundle.StatusCancelled || st1.Reason != "replaced by "+r2.BundleHash.Hex() {
		t.Fatalf("replaced bundle: %+v", st1)
	}
	live, _ := h.pool.ForSlot(context.Background(), pool.Key{L2ChainID: l2Chain, L1Slot: nextSlot})
	if len(live) != 1 || live[0].Hash != r2.BundleHash {
		t.Fatalf("live bundles %d", len(live))
	}

	r := h.cancel(alice, u, 2)
	if r.Error != nil {
		t.Fatal(r.Error.Message)
	}
	var cr CancelResult
	if err := json.Unmarshal(r.Result, &cr); err != nil || cr.BundleHash != r2.BundleHash || cr.Status != bundle.StatusCancelled {
		t.Fatalf("cancel result %s", r.Result)
	}
	st2, _ := h.status(alice, r2.BundleHash)
	if st2.Status != bundle.StatusCancelled || st2.Timestamps["cancelled"] == 0 {
		t.Fatalf("cancelled bundle: %+v", st2)
	}
	if h.pool.Len() != 0 {
		t.Fatal("a cancelled bundle is still live")
	}
}

func TestExpiryShowsInStatus(t *testing.T) {
	h := newHarness(t, nil)
	res := h.mustSend(alice, h.maker.Bundle(alice, 1, 2, 0))
	h.slots.next.Store(nextSlot + 1)
	if _, err := h.pool.Prune(context.Background(), h.slots.NextSlot()); err != nil {
		t.Fatal(err)
	}
	st, _ := h.status(alice, res.BundleHash)
	if st.Status != bundle.StatusExpired || st.Reason == "" {
		t.Fatalf("status after the slot passed: %+v", st)
	}
	// the same bundle may be sent again for the new next slot.
	again := h.mustSend(alice, &bundle.ComposableBundle{
		L2ChainID: l2Chain, PreTxs: mustEntry(t, h, res).Bundle.PreTxs, L2Txs: mustEntry(t, h, res).Bundle.L2Txs,
	})
	if st, _ := h.status(alice, again.BundleHash); st.Status != bundle.StatusReceived || uint64(st.L1Slot) != nextSlot+1 {
		t.Fatalf("resent bundle: %+v", st)
	}
}

func mustEntry(t *testing.T, h *harness, res SendResult) *pool.Entry {
	t.Helper()
	e, err := h.pool.Get(context.Background(), res.BundleHash)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestBatch(t *testing.T) {
	h := newHarness(t, nil)
	b := h.maker.Bundle(alice, 1, 2, 0)
	b.SignedAt = h.signedAt()
	send, _ := json.Marshal([]any{b})
	body := []byte(`[
		{"jsonrpc":"2.0","id":"a","method":"based_sendBundle","params":` + string(send) + `},
		{"jsonrpc":"2.0","id":2,"method":"based_getBundleStatus","params":["` + b.Hash().Hex() + `"]},
		{"jsonrpc":"2.0","id":3,"method":"nope"},
		{"jsonrpc":"2.0","method":"based_getBundleStatus","params":["` + b.Hash().Hex() + `"]},
		{"bad":true}
	]`)
	status, out := h.post(body, sign(t, body, alice))
	var rs []rpcResp
	if err := json.Unmarshal(out, &rs); err != nil || status != http.StatusOK {
		t.Fatalf("HTTP %d %s: %v", status, out, err)
	}
	if len(rs) != 4 {
		t.Fatalf("%d responses, want 4 (the notification gets none): %s", len(rs), out)
	}
	if string(rs[0].ID) != `"a"` || rs[0].Error != nil {
		t.Fatalf("send: %s", out)
	}
	var st StatusResult
	if string(rs[1].ID) != "2" || rs[1].Error != nil || json.Unmarshal(rs[1].Result, &st) != nil || st.Status != bundle.StatusReceived {
		t.Fatalf("status in the same batch sees the bundle sent before it: %s", out)
	}
	if string(rs[2].ID) != "3" || rs[2].Error == nil || rs[2].Error.Code != CodeMethodNotFound {
		t.Fatalf("unknown method: %s", out)
	}
	if string(rs[3].ID) != "null" || rs[3].Error == nil || rs[3].Error.Code != CodeInvalidRequest {
		t.Fatalf("invalid member: %s", out)
	}

	note := []byte(`{"jsonrpc":"2.0","method":"based_getBundleStatus","params":["` + b.Hash().Hex() + `"]}`)
	if status, out := h.post(note, sign(t, note, alice)); status != http.StatusNoContent || len(out) != 0 {
		t.Fatalf("notification: HTTP %d %q", status, out)
	}
}
