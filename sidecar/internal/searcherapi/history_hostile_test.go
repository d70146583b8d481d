package searcherapi

import (
	"context"
	"testing"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

// One identity's send-and-cancel churn does not evict another identity's landed bundle (the
// attack made 10,080 calls against 10,000 records shared by everyone; here the quota is 50 and
// the churn 60): neither through the per-identity quota nor through the global cap.
func TestChurnDoesNotEvictAnotherIdentitysHistory(t *testing.T) {
	for _, tc := range []struct {
		name               string
		total, perID, keep int
	}{
		{"identity quota 50", 1000, 50, 50},
		{"global cap 50", 50, 0, 49}, // 49 + the victim's 1
	} {
		t.Run(tc.name, func(t *testing.T) { churnAgainst(t, tc.total, tc.perID, tc.keep) })
	}
}

func churnAgainst(t *testing.T, total, perID, keep int) {
	ctx := context.Background()
	h := newHarness(t, func(_ *Config, p *pool.Config) { p.MaxFinished, p.MaxFinishedPerIdentity = total, perID })
	landed := h.mustSend(bob, h.maker.Bundle(bob, 1, 1, 0))
	for _, st := range []bundle.Status{bundle.StatusSubmitted, bundle.StatusLanded} {
		if _, err := h.pool.SetStatus(ctx, landed.BundleHash, bundle.StatusChange{Status: st, L1BlockNumber: 7}); err != nil {
			t.Fatal(err)
		}
	}
	var churn []SendResult
	for range 60 {
		res := h.mustSend(alice, h.maker.Bundle(alice, 1, 1, 0))
		mustOK(t, "churn cancel", h.cancel(alice, res.ReplacementUUID, 0))
		churn = append(churn, res)
	}
	if _, err := h.pool.Prune(ctx, nextSlot+1); err != nil { // a slot begins
		t.Fatal(err)
	}
	h.mustStatus(bob, landed.BundleHash, bundle.StatusLanded)
	kept := 0
	for _, c := range churn {
		if _, r := h.status(alice, c.BundleHash); r.Error == nil {
			kept++
		}
	}
	if kept != keep {
		t.Fatalf("the churner keeps %d finished bundles, want %d", kept, keep)
	}
	h.mustStatus(alice, churn[len(churn)-1].BundleHash, bundle.StatusCancelled)
}

// H (uuid U, nonce 5) fails; A (U, nonce 1) is accepted; C (U, nonce 6) must replace A, and a
// cancel of U must end whatever U holds last — never answer "H is already failed".
func TestUUIDAfterFailedHigherNonce(t *testing.T) {
	ctx := context.Background()
	h := newHarness(t, nil)
	u := pooltest.UUID(16)
	mk := func(nonce uint64) *bundle.ComposableBundle {
		b := h.maker.Bundle(alice, 1, 1, 0)
		b.ReplacementUUID, b.ReplacementNonce = u, nonce
		return b
	}
	hb := h.mustSend(alice, mk(5))
	if _, err := h.pool.SetStatus(ctx, hb.BundleHash, bundle.StatusChange{Status: bundle.StatusFailed, Reason: "simulation"}); err != nil {
		t.Fatal(err)
	}
	a := h.mustSend(alice, mk(1))
	c := h.mustSend(alice, mk(6))
	st, _ := h.status(alice, a.BundleHash)
	if st.Status != bundle.StatusCancelled || st.Reason != "replaced by "+c.BundleHash.Hex() {
		t.Fatalf("A after C: %s (%s), want replaced by C", st.Status, st.Reason)
	}
	mustOK(t, "cancel U", h.cancel(alice, u, 6))
	h.mustStatus(alice, c.BundleHash, bundle.StatusCancelled)
	if h.pool.Len() != 0 {
		t.Fatalf("%d live bundles after cancelling U", h.pool.Len())
	}

	// And without C: the cancel of U ends A.
	u2 := pooltest.UUID(17)
	h2 := h.maker.Bundle(alice, 1, 1, 0)
	h2.ReplacementUUID, h2.ReplacementNonce = u2, 5
	r := h.mustSend(alice, h2)
	if _, err := h.pool.SetStatus(ctx, r.BundleHash, bundle.StatusChange{Status: bundle.StatusFailed}); err != nil {
		t.Fatal(err)
	}
	a2 := h.maker.Bundle(alice, 1, 1, 0)
	a2.ReplacementUUID, a2.ReplacementNonce = u2, 1
	ra := h.mustSend(alice, a2)
	mustOK(t, "cancel U2", h.cancel(alice, u2, 1))
	h.mustStatus(alice, ra.BundleHash, bundle.StatusCancelled)
}
