package searcherapi

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

// captured is a signed request as an attacker on the path saw it.
type captured struct {
	body   []byte
	header string
}

func (h *harness) capture(key *ecdsa.PrivateKey, method string, params ...any) captured {
	h.t.Helper()
	body := rpcBody(h.t, method, params...)
	return captured{body: body, header: sign(h.t, body, key)}
}

// replay posts a captured request exactly as it was sent.
func (h *harness) replay(c captured) rpcResp {
	h.t.Helper()
	_, out := h.post(c.body, c.header)
	var r rpcResp
	if err := json.Unmarshal(out, &r); err != nil {
		h.t.Fatalf("response %q: %v", out, err)
	}
	return r
}

func mustOK(t *testing.T, what string, r rpcResp) {
	t.Helper()
	if r.Error != nil {
		t.Fatalf("%s refused: %+v", what, *r.Error)
	}
}

func mustRefuse(t *testing.T, what string, r rpcResp, field, reason string) {
	t.Helper()
	if r.Error == nil {
		t.Fatalf("%s accepted: %s", what, r.Result)
	}
	if r.Error.Data.Field != field || r.Error.Data.Reason != reason {
		t.Fatalf("%s: %+v, want field %q reason %q", what, *r.Error, field, reason)
	}
}

func (h *harness) mustStatus(key *ecdsa.PrivateKey, hash common.Hash, want bundle.Status) {
	h.t.Helper()
	st, r := h.status(key, hash)
	if r.Error != nil || st.Status != want {
		h.t.Fatalf("bundle %s is %s (%+v), want %s", hash, st.Status, r.Error, want)
	}
}

// pastWindow moves the server's clock beyond the time any request signed now stays valid.
func (h *harness) pastWindow() { h.clock.Advance(2*DefaultReplayWindow + time.Second) }

// A captured cancel, replayed after a newer replacement, does not cancel it: refused as a
// replay inside the window, as stale after it; and a new cancel naming the old nonce is refused.
func TestReplayedCancelLeavesNewerReplacement(t *testing.T) {
	h := newHarness(t, nil)
	u := pooltest.UUID(41)
	a := h.maker.Bundle(alice, 1, 1, 0)
	a.ReplacementUUID, a.ReplacementNonce = u, 1
	h.mustSend(alice, a)
	cancel := h.capture(alice, bundle.MethodCancelBundle, h.cancelParams(u, 1))
	mustOK(t, "cancel", h.replay(cancel))
	b := h.maker.Bundle(alice, 1, 1, 0)
	b.ReplacementUUID, b.ReplacementNonce = u, 2
	sent := h.mustSend(alice, b)

	mustRefuse(t, "replayed cancel", h.replay(cancel), "body", reasonReplayed)
	h.mustStatus(alice, sent.BundleHash, bundle.StatusReceived)
	mustRefuse(t, "cancel up to nonce 1", h.cancel(alice, u, 1), "replacementNonce", "nonce_too_low")
	h.pastWindow()
	mustRefuse(t, "cancel replayed after the window", h.replay(cancel), fieldSignedAt, reasonStale)
	h.mustStatus(alice, sent.BundleHash, bundle.StatusReceived)
}

// A captured send without a uuid, replayed after its bundle was cancelled or expired, does not
// pool it again: the replay is refused, and the uuid it would get is the one it had.
func TestReplayedSendDoesNotRepool(t *testing.T) {
	ctx := context.Background()
	h := newHarness(t, nil)
	x := h.maker.Bundle(alice, 1, 1, 0)
	x.SignedAt = h.signedAt()
	sendX := h.capture(alice, bundle.MethodSendBundle, x)
	var res SendResult
	r := h.replay(sendX)
	mustOK(t, "send", r)
	_ = json.Unmarshal(r.Result, &res)
	mustOK(t, "cancel", h.cancel(alice, res.ReplacementUUID, 0))

	y := h.maker.Bundle(alice, 1, 1, 0)
	y.SignedAt = h.signedAt()
	sendY := h.capture(alice, bundle.MethodSendBundle, y)
	mustOK(t, "send", h.replay(sendY))
	h.slots.next.Store(nextSlot + 1)
	if _, err := h.pool.Prune(ctx, nextSlot+1); err != nil {
		t.Fatal(err)
	}
	h.mustStatus(alice, y.Hash(), bundle.StatusExpired)

	mustRefuse(t, "replayed send after cancel", h.replay(sendX), "body", reasonReplayed)
	mustRefuse(t, "replayed send after expiry", h.replay(sendY), "body", reasonReplayed)
	// Sent anew (a fresh signature), the cancelled bundle gets its old uuid back, and its nonce
	// rule keeps it cancelled.
	again := *x
	again.SignedAt = h.signedAt() + 1
	mustRefuse(t, "the cancelled bundle sent anew", h.send(alice, &again), "replacementNonce", "nonce_too_low")
	h.pastWindow()
	mustRefuse(t, "replayed send after the window", h.replay(sendY), fieldSignedAt, reasonStale)
	h.mustStatus(alice, x.Hash(), bundle.StatusCancelled)
	h.mustStatus(alice, y.Hash(), bundle.StatusExpired)
	if h.pool.Len() != 0 {
		t.Fatalf("%d live bundles after replays", h.pool.Len())
	}
}

// A request superseded by a replacement, replayed once the replacement finished, stays dead.
func TestReplayedSupersededRequestStaysDead(t *testing.T) {
	ctx := context.Background()
	h := newHarness(t, nil)
	u := pooltest.UUID(42)
	a := h.maker.Bundle(alice, 1, 1, 0)
	a.ReplacementUUID, a.ReplacementNonce, a.SignedAt = u, 1, h.signedAt()
	sendA := h.capture(alice, bundle.MethodSendBundle, a)
	mustOK(t, "send A", h.replay(sendA))
	b := h.maker.Bundle(alice, 1, 1, 0)
	b.ReplacementUUID, b.ReplacementNonce = u, 2
	sb := h.mustSend(alice, b)
	for _, st := range []bundle.Status{bundle.StatusSubmitted, bundle.StatusLanded} {
		if _, err := h.pool.SetStatus(ctx, sb.BundleHash, bundle.StatusChange{Status: st, L1BlockNumber: 9}); err != nil {
			t.Fatal(err)
		}
	}
	mustRefuse(t, "replayed A", h.replay(sendA), "body", reasonReplayed)
	h.pastWindow()
	mustRefuse(t, "replayed A after the window", h.replay(sendA), fieldSignedAt, reasonStale)
	h.mustStatus(alice, a.Hash(), bundle.StatusCancelled)
	if h.pool.Len() != 0 {
		t.Fatalf("%d live bundles", h.pool.Len())
	}
}

// 150 replays of a victim's request cost the victim nothing: its next real request is accepted.
func TestReplaysDoNotDrainTheVictimsRateLimit(t *testing.T) {
	h := newHarness(t, func(c *Config, _ *pool.Config) { c.RatePerSecond, c.RateBurst = 0.001, 3 })
	victim := h.maker.Bundle(bob, 1, 1, 0)
	victim.SignedAt = h.signedAt()
	seen := h.capture(bob, bundle.MethodSendBundle, victim)
	mustOK(t, "victim's send", h.replay(seen))
	for i := range 150 {
		if r := h.replay(seen); r.Error == nil || r.Error.Data.Reason != reasonReplayed {
			t.Fatalf("replay %d: %+v", i, r.Error)
		}
	}
	stale := h.maker.Bundle(bob, 1, 1, 0)
	stale.SignedAt = h.signedAt() - uint64(2*DefaultReplayWindow/time.Second)
	staleReq := h.capture(bob, bundle.MethodSendBundle, stale)
	for range 20 { // a captured old request costs nothing either
		mustRefuse(t, "stale", h.replay(staleReq), fieldSignedAt, reasonStale)
	}
	h.mustSend(bob, h.maker.Bundle(bob, 1, 1, 0))
	h.mustSend(bob, h.maker.Bundle(bob, 1, 1, 0))
	if r := h.send(bob, h.maker.Bundle(bob, 1, 1, 0)); r.Error == nil || r.Error.Data.Reason != reasonRateLimited {
		t.Fatalf("the victim's 4th request with burst 3: %+v, want rate limited (the limit still holds)", r.Error)
	}
}

// A signedAt outside the window, or none, is refused naming the field; a cancel without the
// nonce it ends too.
func TestSignedAtIsRequiredAndChecked(t *testing.T) {
	h := newHarness(t, nil)
	w := uint64(DefaultReplayWindow / time.Second)
	for _, tc := range []struct {
		name   string
		at     uint64
		reason string
	}{
		{"missing", 0, "missing"}, {"stale", h.signedAt() - w - 1, reasonStale}, {"future", h.signedAt() + w + 1, reasonStale},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := h.maker.Bundle(alice, 1, 1, 0)
			b.SignedAt = tc.at
			mustRefuse(t, "send", h.call(alice, bundle.MethodSendBundle, b), fieldSignedAt, tc.reason)
			c := map[string]any{"replacementUuid": pooltest.UUID(1), "replacementNonce": 0}
			if tc.at != 0 {
				c["signedAt"] = tc.at
			}
			mustRefuse(t, "cancel", h.call(alice, bundle.MethodCancelBundle, c), fieldSignedAt, tc.reason)
		})
	}
	c := map[string]any{"replacementUuid": pooltest.UUID(1), "signedAt": h.signedAt()}
	mustRefuse(t, "cancel without nonce", h.call(alice, bundle.MethodCancelBundle, c), "replacementNonce", "missing")
	h.clock.Advance(DefaultReplayWindow)
	edge := h.maker.Bundle(alice, 1, 1, 0)
	edge.SignedAt = h.signedAt() - w
	h.mustSend(alice, edge)
}

// A request signed before the server started may be a replay of one it received before a
// restart (the digests are not kept): it is refused, inside the window or not.
func TestSignedBeforeStartIsRefused(t *testing.T) {
	h := newHarness(t, nil)
	b := h.maker.Bundle(alice, 1, 1, 0)
	b.SignedAt = h.signedAt() - 1
	mustRefuse(t, "signed before start", h.send(alice, b), fieldSignedAt, reasonStale)
}

// An event stream's signature expires with the signedAt its path carries.
func TestEventsPathSignatureExpires(t *testing.T) {
	h := newHarness(t, nil)
	res := h.mustSend(alice, h.maker.Bundle(alice, 1, 1, 0))
	old := eventsPath(res.BundleHash) // signed at testStart
	h.clock.Advance(DefaultReplayWindow + time.Second)
	if resp := h.openEvents(alice, old, old, ""); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("stream with an expired path signature: HTTP %d", resp.StatusCode)
	}
	bare := "/v1/bundles/" + res.BundleHash.Hex() + "/events"
	if resp := h.openEvents(alice, bare, bare, ""); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("stream without signedAt: HTTP %d", resp.StatusCode)
	}
	fresh := bare + "?signedAt=" + strconv.FormatUint(h.signedAt(), 10)
	if resp := h.openEvents(alice, fresh, old, ""); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("fresh path under the old signature: HTTP %d", resp.StatusCode)
	}
	resp := h.openEvents(alice, fresh, fresh, "")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("fresh stream: HTTP %d", resp.StatusCode)
	}
}

// Replays of a victim's captured read (a status query, an event stream) are charged to its
// repeat bucket, never to its own: its next real request is accepted.
func TestReplayedReadsDoNotDrainTheVictimsRateLimit(t *testing.T) {
	h := newHarness(t, func(c *Config, _ *pool.Config) { c.RatePerSecond, c.RateBurst = 0.001, 4 })
	sent := h.mustSend(bob, h.maker.Bundle(bob, 1, 1, 0))
	read := h.capture(bob, bundle.MethodGetBundleStatus, sent.BundleHash)
	mustOK(t, "victim's status query", h.replay(read))
	limited := 0
	for range 150 {
		if r := h.replay(read); r.Error != nil && r.Error.Data.Reason == reasonRateLimited {
			limited++
		}
	}
	if limited < 140 {
		t.Fatalf("only %d of 150 replayed reads were rate limited", limited)
	}
	path := eventsPath(sent.BundleHash)
	for range 10 {
		h.openEvents(bob, path, path, "").Body.Close()
	}
	h.mustSend(bob, h.maker.Bundle(bob, 1, 1, 0)) // the 4th token: send, read, first stream, this
}
