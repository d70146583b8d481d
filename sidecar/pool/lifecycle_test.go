package pool_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/syncboost/syncboost/sidecar/pool"
	"github.com/syncboost/syncboost/sidecar/pool/pooltest"
)

func TestAllowed(t *testing.T) {
	h := func(ss ...pool.Status) []pool.Change {
		out := make([]pool.Change, len(ss))
		for i, s := range ss {
			out[i] = pool.Change{Status: s}
		}
		return out
	}
	for _, tc := range []struct {
		name string
		h    []pool.Change
		next pool.Status
		want bool
	}{
		{"new is received", nil, pool.Received, true},
		{"new cannot start simulated", nil, pool.Simulated, false},
		{"received to simulated", h(pool.Received), pool.Simulated, true},
		{"received to expired", h(pool.Received), pool.Expired, true},
		{"resimulated", h(pool.Received, pool.Simulated), pool.Simulated, true},
		{"simulated to submitted", h(pool.Received, pool.Simulated), pool.Submitted, true},
		{"submitted to landed", h(pool.Received, pool.Submitted), pool.Landed, true},
		{"submitted to not_landed", h(pool.Received, pool.Submitted), pool.NotLanded, true},
		{"submitted does not expire", h(pool.Received, pool.Submitted), pool.Expired, false},
		{"no going back", h(pool.Received, pool.Submitted), pool.Simulated, false},
		{"landed is final", h(pool.Received, pool.Submitted, pool.Landed), pool.Failed, false},
		{"expired is final", h(pool.Received, pool.Expired), pool.Simulated, false},
		{"cancelled before submission is final", h(pool.Received, pool.Cancelled), pool.Landed, false},
		{"cancelled after submission may land", h(pool.Received, pool.Submitted, pool.Cancelled), pool.Landed, true},
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
	steps := []pool.Change{
		{Status: pool.Simulated, Reason: "ok"},
		{Status: pool.Submitted, Reason: "3 relays"},
		{Status: pool.Landed, L1BlockNumber: 77},
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
	if _, err := p.SetStatus(ctx, e.Hash, pool.Change{Status: pool.Failed}); !errors.Is(err, pool.ErrTransition) {
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
	if _, err := p.SetStatus(ctx, sent.Hash, pool.Change{Status: pool.Submitted}); err != nil {
		t.Fatal(err)
	}

	if res, err := p.Prune(ctx, 10); err != nil || res != (pool.PruneResult{}) {
		t.Fatalf("Prune(10) = %+v, %v; slot 10 has not passed", res, err)
	}
	res, err := p.Prune(ctx, 11)
	if err != nil || res.Expired != 1 || res.Forgotten != 0 {
		t.Fatalf("Prune(11) = %+v, %v", res, err)
	}
	if c := status(t, p, waiting.Hash); c.Status != pool.Expired || c.Reason != "target slot 10 passed" {
		t.Fatalf("waiting bundle = %+v", c)
	}
	if status(t, p, sent.Hash).Status != pool.Submitted {
		t.Fatal("a submitted bundle expired; it must wait for its outcome")
	}
	if status(t, p, later.Hash).Status != pool.Received {
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
	if status(t, p, later.Hash).Status != pool.Received {
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
		if _, err := p.Cancel(ctx, pooltest.Addr(alice), pooltest.UUID(i), ""); err != nil {
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
	if res.Duplicate || res.Entry.Hash != e.Hash || res.Entry.Status().Status != pool.Received || res.Entry.Key().L1Slot != 11 {
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
	if now.Status().Status != pool.Received {
		t.Fatalf("snapshot = %+v", now.Status())
	}
	if _, err := p.SetStatus(ctx, e.Hash, pool.Change{Status: pool.Simulated}); err != nil {
		t.Fatal(err)
	}
	if c := <-ch; c.Status != pool.Simulated {
		t.Fatalf("event = %+v", c)
	}
	if _, err := p.Prune(ctx, 11); err != nil { // Retention 0: expired and forgotten at once
		t.Fatal(err)
	}
	if c := <-ch; c.Status != pool.Expired {
		t.Fatalf("event = %+v", c)
	}
	if _, open := <-ch; open {
		t.Fatal("channel still open after the bundle left the pool")
	}
	stop() // idempotent after close
}
