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

func TestAllowed(t *testing.T) {
	h := func(ss ...bundle.Status) []bundle.StatusChange {
		out := make([]bundle.StatusChange, len(ss))
		for i, s := range ss {
			out[i] = bundle.StatusChange{Status: s}
		}
		return out
	}
	for _, tc := range []struct {
		name string
		h    []bundle.StatusChange
		next bundle.Status
		want bool
	}{
		{"new is received", nil, bundle.StatusReceived, true},
		{"new cannot start simulated", nil, bundle.StatusSimulated, false},
		{"received to simulated", h(bundle.StatusReceived), bundle.StatusSimulated, true},
		{"received to expired", h(bundle.StatusReceived), bundle.StatusExpired, true},
		{"resimulated", h(bundle.StatusReceived, bundle.StatusSimulated), bundle.StatusSimulated, true},
		{"simulated to submitted", h(bundle.StatusReceived, bundle.StatusSimulated), bundle.StatusSubmitted, true},
		{"submitted to landed", h(bundle.StatusReceived, bundle.StatusSubmitted), bundle.StatusLanded, true},
		{"submitted to not_landed", h(bundle.StatusReceived, bundle.StatusSubmitted), bundle.StatusNotLanded, true},
		{"submitted does not expire", h(bundle.StatusReceived, bundle.StatusSubmitted), bundle.StatusExpired, false},
		{"no going back", h(bundle.StatusReceived, bundle.StatusSubmitted), bundle.StatusSimulated, false},
		{"landed is final", h(bundle.StatusReceived, bundle.StatusSubmitted, bundle.StatusLanded), bundle.StatusFailed, false},
		{"expired is final", h(bundle.StatusReceived, bundle.StatusExpired), bundle.StatusSimulated, false},
		{"cancelled before submission is final", h(bundle.StatusReceived, bundle.StatusCancelled), bundle.StatusLanded, false},
		{"cancelled after submission may land", h(bundle.StatusReceived, bundle.StatusSubmitted, bundle.StatusCancelled), bundle.StatusLanded, true},
	} {
		if got := pool.Allowed(tc.h, tc.next); got != tc.want {
			t.Errorf("%s: Allowed = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestStatusHistoryWithTimestampsAndReasons(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, roomy, nil)
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

func TestPruneExpiresThenForgets(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p, clk := newPoolClock(t, pool.Config{MaxLive: 10, MaxPerSignerSlot: 10, Retention: time.Minute, MaxFinished: 10}, nil)
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

func TestPruneKeepsAtMostMaxFinished(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, pool.Config{MaxLive: 10, MaxPerSignerSlot: 10, Retention: time.Hour, MaxFinished: 2}, nil)
	var es []*pool.Entry
	for i := range 4 {
		e := mustAdd(t, p, m.Entry(t, alice, 20, pooltest.UUID(i), 0)).Entry
		if _, err := p.Cancel(ctx, pooltest.Addr(alice), pooltest.UUID(i), pool.AnyNonce, ""); err != nil {
			t.Fatal(err)
		}
		es = append(es, e)
	}
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

func TestExpiredBundleCanBeSentAgain(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, roomy, nil)
	e := m.Entry(t, alice, 10, pooltest.UUID(3), 0)
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

func TestWatchStreamsChangesAndEnds(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, pool.Config{MaxLive: 10, MaxPerSignerSlot: 10, MaxFinished: 10}, nil)
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
	if c := <-ch; c.Status != bundle.StatusSimulated {
		t.Fatalf("event = %+v", c)
	}
	if _, err := p.Prune(ctx, 11); err != nil { // Retention 0: expired and forgotten at once
		t.Fatal(err)
	}
	if c := <-ch; c.Status != bundle.StatusExpired {
		t.Fatalf("event = %+v", c)
	}
	if _, open := <-ch; open {
		t.Fatal("channel still open after the bundle left the pool")
	}
	stop() // idempotent after close
}

// The pool bounds its subscriptions whoever opens them; a stopped one, or one whose bundle left
// the pool, frees its place.
func TestWatchersAreBounded(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, pool.Config{MaxLive: 10, MaxPerSignerSlot: 10, MaxFinished: 10, MaxWatchers: 2}, nil)
	e := mustAdd(t, p, m.Entry(t, alice, 10, "", 0)).Entry
	other := mustAdd(t, p, m.Entry(t, alice, 12, "", 0)).Entry
	_, _, stop1, err := p.Watch(ctx, e.Hash)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := p.Watch(ctx, e.Hash); err != nil {
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
	_, _, stop4, err := p.Watch(ctx, other.Hash)
	if err != nil {
		t.Fatalf("after the watched bundle left the pool: %v", err)
	}
	stop4()
}
