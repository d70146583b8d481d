package pooltest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

func tStatusHistoryWithTimestampsAndReasons(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, roomy)
	e := mustAdd(t, p, m.Entry(t, alice, 10, "", 0)).Entry
	steps := []bundle.StatusChange{
		{Status: bundle.StatusSimulated, Reason: "ok"},
		{Status: bundle.StatusSubmitted, Reason: "3 relays"},
		{Status: bundle.StatusLanded, L1BlockNumber: 77},
	}
	for _, c := range steps {
		if _, err := p.SetStatus(ctx, e.Hash, c); err != nil {
			t.Fatalf("SetStatus(%s): %v", c.Status, err)
		}
	}
	got, _ := p.Get(ctx, e.Hash)
	if len(got.History) != 4 {
		t.Fatalf("history = %+v", got.History)
	}
	for i, c := range got.History[1:] {
		if c.Status != steps[i].Status || c.Reason != steps[i].Reason || !c.At.After(got.History[i].At) {
			t.Errorf("history[%d] = %+v, want %+v stamped after the previous", i+1, c, steps[i])
		}
	}
	if got.Status().L1BlockNumber != 77 {
		t.Errorf("landed block = %d", got.Status().L1BlockNumber)
	}
	if _, err := p.SetStatus(ctx, e.Hash, bundle.StatusChange{Status: bundle.StatusFailed}); !errors.Is(err, pool.ErrTransition) {
		t.Fatalf("landed → failed: %v, want ErrTransition", err)
	}
	if p.Len() != 0 {
		t.Fatalf("a landed bundle is still live")
	}
}

func tPruneExpiresThenForgets(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p, clk := newPoolClock(t, f, pool.Config{MaxLive: 10, MaxPerSignerSlot: 10, Retention: time.Minute, MaxFinished: 10})
	waiting := mustAdd(t, p, m.Entry(t, alice, 10, "", 0)).Entry
	sent := mustAdd(t, p, m.Entry(t, alice, 10, "", 0)).Entry
	later := mustAdd(t, p, m.Entry(t, alice, 11, "", 0)).Entry
	if _, err := p.SetStatus(ctx, sent.Hash, bundle.StatusChange{Status: bundle.StatusSubmitted}); err != nil {
		t.Fatal(err)
	}

	if res, err := p.Prune(ctx, 10); err != nil || res != (pool.PruneResult{}) {
		t.Fatalf("Prune(10) = %+v, %v; slot 10 has not passed", res, err)
	}
	res, err := p.Prune(ctx, 11)
	if err != nil || res.Expired != 1 || res.Forgotten != 0 {
		t.Fatalf("Prune(11) = %+v, %v", res, err)
	}
	if c := status(t, p, waiting.Hash); c.Status != bundle.StatusExpired || c.Reason != "target slot 10 passed" {
		t.Fatalf("waiting bundle = %+v", c)
	}
	if status(t, p, sent.Hash).Status != bundle.StatusSubmitted {
		t.Fatal("a submitted bundle expired; it must wait for its outcome")
	}
	if status(t, p, later.Hash).Status != bundle.StatusReceived {
		t.Fatal("a bundle for a later slot expired")
	}
	// still queryable during retention, forgotten after.
	if res, _ := p.Prune(ctx, 11); res.Forgotten != 0 {
		t.Fatalf("forgot during retention: %+v", res)
	}
	clk.Advance(2 * time.Minute)
	res, _ = p.Prune(ctx, 11)
	if res.Forgotten != 2 {
		t.Fatalf("Prune after retention = %+v, want slot 10's two bundles forgotten", res)
	}
	if _, err := p.Get(ctx, waiting.Hash); !errors.Is(err, pool.ErrNotFound) {
		t.Fatalf("Get after retention: %v", err)
	}
	if status(t, p, later.Hash).Status != bundle.StatusReceived {
		t.Fatal("retention forgot a bundle whose slot has not come")
	}
}

func tPruneKeepsAtMostMaxFinished(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, pool.Config{MaxLive: 10, MaxPerSignerSlot: 10, Retention: time.Hour, MaxFinished: 2})
	es := addCancelled(t, p, m, 4)
	if res, _ := p.Prune(ctx, 10); res.Forgotten != 2 {
		t.Fatalf("Prune = %+v, want the two oldest finished bundles forgotten", res)
	}
	for i, e := range es {
		_, err := p.Get(ctx, e.Hash)
		if gone := errors.Is(err, pool.ErrNotFound); gone != (i < 2) {
			t.Errorf("bundle %d gone = %v", i, gone)
		}
	}
}

func tExpiredBundleCanBeSentAgain(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, roomy)
	e := m.Entry(t, alice, 10, UUID(3), 0)
	mustAdd(t, p, e)
	if _, err := p.Prune(ctx, 11); err != nil {
		t.Fatal(err)
	}
	next := *e.Bundle.ComposableBundle
	next.L1Slot = 11
	res := mustAdd(t, p, m.EntryOf(t, alice, &next))
	if res.Duplicate || res.Entry.Hash != e.Hash || res.Entry.Status().Status != bundle.StatusReceived || res.Entry.Key().L1Slot != 11 {
		t.Fatalf("resent bundle = %+v", res)
	}
}

func tWatchStreamsChangesAndEnds(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, pool.Config{MaxLive: 10, MaxPerSignerSlot: 10, MaxFinished: 10})
	e := mustAdd(t, p, m.Entry(t, alice, 10, "", 0)).Entry
	now, ch, stop, err := p.Watch(ctx, e.Hash)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if now.Status().Status != bundle.StatusReceived {
		t.Fatalf("snapshot = %+v", now.Status())
	}
	if _, err := p.SetStatus(ctx, e.Hash, bundle.StatusChange{Status: bundle.StatusSimulated}); err != nil {
		t.Fatal(err)
	}
	if c := next(t, ch); c.Status != bundle.StatusSimulated {
		t.Fatalf("event = %+v", c)
	}
	if _, err := p.Prune(ctx, 11); err != nil { // Retention 0: expired and forgotten at once
		t.Fatal(err)
	}
	if c := next(t, ch); c.Status != bundle.StatusExpired {
		t.Fatalf("event = %+v", c)
	}
	waitClosed(t, ch)
	stop() // idempotent after close
}

// The pool bounds its subscriptions whoever opens them; a stopped one, or one whose bundle left
// the pool, frees its place.
func tWatchersAreBounded(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, pool.Config{MaxLive: 10, MaxPerSignerSlot: 10, MaxFinished: 10, MaxWatchers: 2})
	e := mustAdd(t, p, m.Entry(t, alice, 10, "", 0)).Entry
	other := mustAdd(t, p, m.Entry(t, alice, 12, "", 0)).Entry
	_, _, stop1, err := p.Watch(ctx, e.Hash)
	if err != nil {
		t.Fatal(err)
	}
	_, second, _, err := p.Watch(ctx, e.Hash)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := p.Watch(ctx, other.Hash); !errors.Is(err, pool.ErrTooManyWatchers) {
		t.Fatalf("third watcher: %v, want ErrTooManyWatchers", err)
	}
	stop1()
	stop1()
	_, _, stop3, err := p.Watch(ctx, other.Hash)
	if err != nil {
		t.Fatalf("after a stop: %v", err)
	}
	defer stop3()
	if _, err := p.Prune(ctx, 11); err != nil { // e leaves the pool with its remaining watcher
		t.Fatal(err)
	}
	waitClosed(t, second)
	_, _, stop4, err := p.Watch(ctx, other.Hash)
	if err != nil {
		t.Fatalf("after the watched bundle left the pool: %v", err)
	}
	stop4()
}

// H (uuid U, nonce 5) fails; A (U, nonce 1) is accepted. The uuid must then name A: a cancel
// ends A (not "H is already failed"), and C (U, nonce 6) replaces A.
func tUUIDNamesTheLastAcceptedBundle(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, roomy)
	u := UUID(16)
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
	got, err := p.Cancel(ctx, Addr(alice), u, pool.AnyNonce, "by signer")
	if err != nil || got.Hash != c.Entry.Hash || got.Status().Status != bundle.StatusCancelled {
		t.Fatalf("cancel U = %+v, %v; want C cancelled", got, err)
	}
}

// Without C: the cancel of U ends A, the live bundle, not the failed H.
func tCancelAfterFailedHigherNonceEndsTheLiveBundle(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, roomy)
	u := UUID(17)
	h := mustAdd(t, p, m.Entry(t, alice, 10, u, 5)).Entry
	if _, err := p.SetStatus(ctx, h.Hash, bundle.StatusChange{Status: bundle.StatusFailed}); err != nil {
		t.Fatal(err)
	}
	a := mustAdd(t, p, m.Entry(t, alice, 10, u, 1)).Entry
	got, err := p.Cancel(ctx, Addr(alice), u, 1, "by signer")
	if err != nil || got.Hash != a.Hash {
		t.Fatalf("cancel U = %+v, %v; want A cancelled", got, err)
	}
	if p.Len() != 0 {
		t.Fatalf("%d live bundles after the cancel", p.Len())
	}
}

// A cancel names the highest nonce it cancels: one meant for nonce 1 leaves nonce 2 live.
func tCancelBelowTheHeldNonceIsRefused(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, roomy)
	u := UUID(18)
	mustAdd(t, p, m.Entry(t, alice, 10, u, 1))
	b := mustAdd(t, p, m.Entry(t, alice, 10, u, 2)).Entry
	if _, err := p.Cancel(ctx, Addr(alice), u, 1, ""); !errors.Is(err, pool.ErrNonceTooLow) {
		t.Fatalf("cancel up to 1 with nonce 2 held: %v, want ErrNonceTooLow", err)
	}
	if st := status(t, p, b.Hash); st.Status != bundle.StatusReceived {
		t.Fatalf("replacement is %s, want received", st.Status)
	}
}

// One signer's churn of finished bundles never evicts another signer's: the per-identity
// quota trims the churner, and the global cap cuts the largest holders first.
func tFinishedQuotaIsPerIdentity(t *testing.T, f Factory) {
	ctx := context.Background()
	for name, cfg := range map[string]pool.Config{
		"per identity": {MaxLive: 100, MaxPerSignerSlot: 100, Retention: time.Hour, MaxFinished: 1000, MaxFinishedPerIdentity: 5},
		"global cap":   {MaxLive: 100, MaxPerSignerSlot: 100, Retention: time.Hour, MaxFinished: 5},
	} {
		t.Run(name, func(t *testing.T) {
			m := NewMaker(l1Chain, l2Chain)
			p := newPool(t, f, cfg)
			victim := mustAdd(t, p, m.Entry(t, bob, 10, "", 0)).Entry
			if _, err := p.SetStatus(ctx, victim.Hash, bundle.StatusChange{Status: bundle.StatusSubmitted}); err != nil {
				t.Fatal(err)
			}
			if _, err := p.SetStatus(ctx, victim.Hash, bundle.StatusChange{Status: bundle.StatusLanded, L1BlockNumber: 7}); err != nil {
				t.Fatal(err)
			}
			churn := addCancelled(t, p, m, 12)
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

// addCancelled pools n of alice's bundles for slot 20 under uuids 0..n-1 and cancels each.
func addCancelled(t *testing.T, p pool.Pool, m *Maker, n int) []*pool.Entry {
	t.Helper()
	out := make([]*pool.Entry, 0, n)
	for i := range n {
		out = append(out, mustAdd(t, p, m.Entry(t, alice, 20, UUID(i), 0)).Entry)
		if _, err := p.Cancel(context.Background(), Addr(alice), UUID(i), pool.AnyNonce, ""); err != nil {
			t.Fatal(err)
		}
	}
	return out
}
