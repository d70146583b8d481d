package pool_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

// H (uuid U, nonce 5) fails; A (U, nonce 1) is accepted. The uuid must then name A: a cancel
// ends A (not "H is already failed"), and C (U, nonce 6) replaces A.
func TestUUIDNamesTheLastAcceptedBundle(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, roomy, nil)
	u := pooltest.UUID(16)
	h := mustAdd(t, p, m.Entry(t, alice, 10, u, 5)).Entry
	if _, err := p.SetStatus(ctx, h.Hash, bundle.StatusChange{Status: bundle.StatusFailed, Reason: "sim"}); err != nil {
		t.Fatal(err)
	}
	a := mustAdd(t, p, m.Entry(t, alice, 10, u, 1)).Entry
	c := mustAdd(t, p, m.Entry(t, alice, 10, u, 6))
	if c.Replaced == nil || *c.Replaced != a.Hash {
		t.Fatalf("C replaced %v, want A %s", c.Replaced, a.Hash)
	}
	if st := status(t, p, a.Hash); st.Status != bundle.StatusCancelled {
		t.Fatalf("A is %s after C, want cancelled", st.Status)
	}
	got, err := p.Cancel(ctx, pooltest.Addr(alice), u, pool.AnyNonce, "by signer")
	if err != nil || got.Hash != c.Entry.Hash || got.Status().Status != bundle.StatusCancelled {
		t.Fatalf("cancel U = %+v, %v; want C cancelled", got, err)
	}
}

// Without C: the cancel of U ends A, the live bundle, not the failed H.
func TestCancelAfterFailedHigherNonceEndsTheLiveBundle(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, roomy, nil)
	u := pooltest.UUID(17)
	h := mustAdd(t, p, m.Entry(t, alice, 10, u, 5)).Entry
	if _, err := p.SetStatus(ctx, h.Hash, bundle.StatusChange{Status: bundle.StatusFailed}); err != nil {
		t.Fatal(err)
	}
	a := mustAdd(t, p, m.Entry(t, alice, 10, u, 1)).Entry
	got, err := p.Cancel(ctx, pooltest.Addr(alice), u, 1, "by signer")
	if err != nil || got.Hash != a.Hash {
		t.Fatalf("cancel U = %+v, %v; want A cancelled", got, err)
	}
	if p.Len() != 0 {
		t.Fatalf("%d live bundles after the cancel", p.Len())
	}
}

// A cancel names the highest nonce it cancels: one meant for nonce 1 leaves nonce 2 live.
func TestCancelBelowTheHeldNonceIsRefused(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, roomy, nil)
	u := pooltest.UUID(18)
	mustAdd(t, p, m.Entry(t, alice, 10, u, 1))
	b := mustAdd(t, p, m.Entry(t, alice, 10, u, 2)).Entry
	if _, err := p.Cancel(ctx, pooltest.Addr(alice), u, 1, ""); !errors.Is(err, pool.ErrNonceTooLow) {
		t.Fatalf("cancel up to 1 with nonce 2 held: %v, want ErrNonceTooLow", err)
	}
	if st := status(t, p, b.Hash); st.Status != bundle.StatusReceived {
		t.Fatalf("replacement is %s, want received", st.Status)
	}
}

// One signer's churn of finished bundles never evicts another signer's: the per-identity
// quota trims the churner, and the global cap cuts the largest holders first.
func TestFinishedQuotaIsPerIdentity(t *testing.T) {
	ctx := context.Background()
	for name, cfg := range map[string]pool.Config{
		"per identity": {MaxLive: 100, MaxPerSignerSlot: 100, Retention: time.Hour, MaxFinished: 1000, MaxFinishedPerIdentity: 5},
		"global cap":   {MaxLive: 100, MaxPerSignerSlot: 100, Retention: time.Hour, MaxFinished: 5},
	} {
		t.Run(name, func(t *testing.T) {
			m := pooltest.NewMaker(l1Chain, l2Chain)
			p := newPool(t, cfg, nil)
			victim := mustAdd(t, p, m.Entry(t, bob, 10, "", 0)).Entry
			if _, err := p.SetStatus(ctx, victim.Hash, bundle.StatusChange{Status: bundle.StatusSubmitted}); err != nil {
				t.Fatal(err)
			}
			if _, err := p.SetStatus(ctx, victim.Hash, bundle.StatusChange{Status: bundle.StatusLanded, L1BlockNumber: 7}); err != nil {
				t.Fatal(err)
			}
			var churn []*pool.Entry
			for i := range 12 {
				e := mustAdd(t, p, m.Entry(t, alice, 20, pooltest.UUID(i), 0)).Entry
				if _, err := p.Cancel(ctx, pooltest.Addr(alice), pooltest.UUID(i), pool.AnyNonce, ""); err != nil {
					t.Fatal(err)
				}
				churn = append(churn, e)
			}
			if _, err := p.Prune(ctx, 11); err != nil {
				t.Fatal(err)
			}
			if st := status(t, p, victim.Hash); st.Status != bundle.StatusLanded {
				t.Fatalf("victim is %s", st.Status)
			}
			kept := 0
			for _, e := range churn {
				if _, err := p.Get(ctx, e.Hash); err == nil {
					kept++
				}
			}
			want := map[string]int{"per identity": 5, "global cap": 4}[name] // 4 + the victim's 1 = 5
			if kept != want {
				t.Fatalf("churner keeps %d finished bundles, want %d", kept, want)
			}
			if _, err := p.Get(ctx, churn[len(churn)-1].Hash); err != nil {
				t.Fatalf("churner's newest bundle was forgotten: %v", err)
			}
		})
	}
}
