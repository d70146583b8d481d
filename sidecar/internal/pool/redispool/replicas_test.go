package redispool_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/redisnode"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/sidecar/internal/pool/redispool"
)

const (
	l1Chain = 1337
	l2Chain = 167000
)

var (
	alice = pooltest.Key(1)
	bob   = pooltest.Key(2)
	roomy = pool.Config{MaxLive: 100, MaxPerSignerSlot: 10, Retention: time.Hour, MaxFinished: 100}
)

func mustAdd(t *testing.T, p pool.Pool, e *pool.Entry) pool.AddResult {
	t.Helper()
	res, err := p.Add(context.Background(), e)
	if err != nil {
		t.Fatalf("Add: %v", err)
	}
	return res
}

// Two replicas on one Redis are one pool: a bundle pooled by one is found, de-duplicated,
// cancelled and watched through the other, and a watcher on one sees the other's changes
// until the bundle leaves the pool.
func TestReplicasSeeEachOthersBundlesStatusesAndWatches(t *testing.T) {
	ctx := context.Background()
	srv := redisnode.StartT(t)
	prefix, clk := freshPrefix(), pooltest.NewClock()
	a := open(t, srv.URL(), prefix, roomy, clk.Now, nil)
	b := open(t, srv.URL(), prefix, roomy, clk.Now, nil)
	m := pooltest.NewMaker(l1Chain, l2Chain)

	e := mustAdd(t, a, m.Entry(t, alice, 10, pooltest.UUID(1), 1)).Entry
	if got, err := b.Get(ctx, e.Hash); err != nil || got.Status().Status != bundle.StatusReceived {
		t.Fatalf("replica b Get = %+v, %v", got, err)
	}
	if live, err := b.ForSlot(ctx, e.Key()); err != nil || len(live) != 1 || live[0].Hash != e.Hash {
		t.Fatalf("replica b ForSlot = %v, %v", live, err)
	}
	if dup := mustAdd(t, b, m.EntryOf(t, alice, e.Bundle.ComposableBundle)); !dup.Duplicate {
		t.Fatalf("the same bundle through replica b: %+v, want a duplicate", dup)
	}
	_, changes, stop, err := b.Watch(ctx, e.Hash)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if _, err := a.SetStatus(ctx, e.Hash, bundle.StatusChange{Status: bundle.StatusSimulated, Reason: "ok"}); err != nil {
		t.Fatal(err)
	}
	if c, ok := pooltest.Next(t, changes); !ok || c.Status != bundle.StatusSimulated || c.Reason != "ok" {
		t.Fatalf("replica b's watcher saw %+v, %v", c, ok)
	}
	// a replacement through b cancels a's bundle; both see one live bundle
	r := mustAdd(t, b, m.Entry(t, alice, 10, pooltest.UUID(1), 2))
	if r.Replaced == nil || *r.Replaced != e.Hash {
		t.Fatalf("replacement through b replaced %v", r.Replaced)
	}
	if c, _ := pooltest.Next(t, changes); c.Status != bundle.StatusCancelled {
		t.Fatalf("watcher saw %+v, want the cancel", c)
	}
	if a.Len() != 1 || b.Len() != 1 {
		t.Fatalf("Len = %d, %d; want 1 on both", a.Len(), b.Len())
	}
	if _, err := a.Cancel(ctx, pooltest.Addr(alice), pooltest.UUID(1), pool.AnyNonce, "bye"); err != nil {
		t.Fatal(err)
	}
	if got, err := b.Get(ctx, r.Entry.Hash); err != nil || got.Status().Reason != "bye" {
		t.Fatalf("replica b sees the replacement as %+v, %v", got, err)
	}
	clk.Advance(2 * time.Hour)
	if _, err := a.Prune(ctx, 11); err != nil {
		t.Fatal(err)
	}
	if _, ok := pooltest.Next(t, changes); ok {
		t.Fatal("watcher on b still open after a forgot the bundle")
	}
}

// The per-signer cap and MaxLive hold for the pool, not per replica, even when the replicas
// race: of 16 concurrent adds through two replicas exactly the cap are pooled.
func TestCapsHoldAcrossRacingReplicas(t *testing.T) {
	srv := redisnode.StartT(t)
	prefix, clk := freshPrefix(), pooltest.NewClock()
	cfg := pool.Config{MaxLive: 5, MaxPerSignerSlot: 3, Retention: time.Hour, MaxFinished: 100}
	reps := []*redispool.Pool{open(t, srv.URL(), prefix, cfg, clk.Now, nil), open(t, srv.URL(), prefix, cfg, clk.Now, nil)}
	m := pooltest.NewMaker(l1Chain, l2Chain)
	race := func(signer int, slot uint64, n int) (ok int, errs []error) {
		entries := make([]*pool.Entry, n)
		for i := range entries {
			entries[i] = m.Entry(t, pooltest.Key(signer), slot, "", 0)
		}
		var mu sync.Mutex
		var wg sync.WaitGroup
		for i, e := range entries {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := reps[i%2].Add(context.Background(), e)
				mu.Lock()
				defer mu.Unlock()
				if err == nil {
					ok++
				} else {
					errs = append(errs, err)
				}
			}()
		}
		wg.Wait()
		return ok, errs
	}
	ok, errs := race(1, 10, 16)
	if ok != 3 {
		t.Fatalf("%d of 16 racing adds pooled, want the cap of 3", ok)
	}
	for _, err := range errs {
		if !errors.Is(err, pool.ErrSlotCap) {
			t.Fatalf("refusal %v, want ErrSlotCap", err)
		}
	}
	if ok, _ := race(2, 11, 16); ok != 2 {
		t.Fatalf("%d pooled with 3 of MaxLive 5 taken, want 2", ok)
	}
	if reps[0].Len() != 5 {
		t.Fatalf("Len = %d, want MaxLive", reps[0].Len())
	}
}

// An acknowledged bundle is in Redis, not in the replica: after the replica that took it is
// closed, another one (also opened afterwards) serves it.
func TestBundleOutlivesTheReplicaThatTookIt(t *testing.T) {
	ctx := context.Background()
	srv := redisnode.StartT(t)
	prefix, clk := freshPrefix(), pooltest.NewClock()
	a := open(t, srv.URL(), prefix, roomy, clk.Now, nil)
	e := mustAdd(t, a, pooltest.NewMaker(l1Chain, l2Chain).Entry(t, alice, 10, "", 0)).Entry
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	b := open(t, srv.URL(), prefix, roomy, clk.Now, nil)
	got, err := b.Get(ctx, e.Hash)
	if err != nil || got.Identity != e.Identity || got.Bundle.L1Slot != 10 || len(got.Bundle.L2) != 2 {
		t.Fatalf("after the replica closed: %+v, %v", got, err)
	}
}

// SIGKILL of redis-server loses no acknowledged bundle (appendfsync always): while it is down
// intake is refused with ErrUnavailable and open watches end; after it restarts on its AOF
// every bundle is there with its history and the replica works again.
func TestRedisCrashLosesNoAcknowledgedBundle(t *testing.T) {
	ctx := context.Background()
	srv := redisnode.StartT(t)
	prefix, clk := freshPrefix(), pooltest.NewClock()
	a := open(t, srv.URL(), prefix, roomy, clk.Now, nil)
	m := pooltest.NewMaker(l1Chain, l2Chain)
	var acked []*pool.Entry
	for i := range 8 {
		acked = append(acked, mustAdd(t, a, m.Entry(t, pooltest.Key(10+i), 10, "", 0)).Entry)
	}
	if _, err := a.SetStatus(ctx, acked[0].Hash, bundle.StatusChange{Status: bundle.StatusSimulated}); err != nil {
		t.Fatal(err)
	}
	_, changes, stop, err := a.Watch(ctx, acked[1].Hash)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()

	if err := srv.Kill(); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Add(ctx, m.Entry(t, bob, 10, "", 0)); !errors.Is(err, redispool.ErrUnavailable) {
		t.Fatalf("Add with redis down: %v, want ErrUnavailable", err)
	}
	if _, ok := pooltest.Next(t, changes); ok {
		t.Fatal("a watch stayed open across the lost subscription")
	}
	rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := srv.Restart(rctx); err != nil {
		t.Fatal(err)
	}
	b := open(t, srv.URL(), prefix, roomy, clk.Now, nil)
	allBack(t, b, acked)
	watchWorksAgain(t, a, b, acked[1].Hash)
	// the replica that lived through the crash reconnects for intake; a caller retries what
	// failed
	var addErr error
	for range 3 {
		if _, addErr = a.Add(ctx, m.Entry(t, bob, 10, "", 0)); !errors.Is(addErr, redispool.ErrUnavailable) {
			break
		}
	}
	if addErr != nil {
		t.Fatalf("Add after the restart: %v", addErr)
	}
}

// A server that could acknowledge a write before it is on disk, or evict it, is refused
// (appendonly no is the same check; switching it on again makes the server rewrite its AOF).
func TestRefusesServerThatCanLoseWrites(t *testing.T) {
	ctx := context.Background()
	srv := redisnode.StartT(t)
	admin := redis.NewClient(&redis.Options{Addr: srv.Addr()})
	defer admin.Close()
	for _, tc := range []struct{ key, bad, good string }{
		{"appendfsync", "everysec", "always"},
		{"maxmemory-policy", "allkeys-lru", "noeviction"},
	} {
		if err := admin.ConfigSet(ctx, tc.key, tc.bad).Err(); err != nil {
			t.Fatal(err)
		}
		_, err := redispool.New(ctx, redispool.Config{Config: roomy, URL: srv.URL()}, redispool.Deps{Registry: prometheus.NewRegistry()})
		if !errors.Is(err, redispool.ErrDurability) {
			t.Errorf("%s %s: %v, want ErrDurability", tc.key, tc.bad, err)
		}
		if err := admin.ConfigSet(ctx, tc.key, tc.good).Err(); err != nil {
			t.Fatal(err)
		}
	}
}

// allBack checks that p holds every acked bundle of slot 10, in arrival order, the first one
// simulated.
func allBack(t *testing.T, p pool.Pool, acked []*pool.Entry) {
	t.Helper()
	live, err := p.ForSlot(context.Background(), pool.Key{L2ChainID: l2Chain, L1Slot: 10})
	if err != nil || len(live) != len(acked) {
		t.Fatalf("after the crash: %d of %d acknowledged bundles, %v", len(live), len(acked), err)
	}
	for i, e := range live {
		if e.Hash != acked[i].Hash {
			t.Fatalf("bundle %d is %s, want %s (arrival order kept)", i, e.Hash, acked[i].Hash)
		}
	}
	if live[0].Status().Status != bundle.StatusSimulated {
		t.Fatalf("history lost: %+v", live[0].History)
	}
}

// watchWorksAgain checks that a, which lived through the crash, follows b's changes again.
func watchWorksAgain(t *testing.T, a *redispool.Pool, b pool.Pool, hash common.Hash) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := a.WaitSubscribed(ctx); err != nil {
		t.Fatal(err)
	}
	_, changes, stop, err := a.Watch(ctx, hash)
	if err != nil {
		t.Fatalf("Watch after the restart: %v", err)
	}
	defer stop()
	if _, err := b.SetStatus(ctx, hash, bundle.StatusChange{Status: bundle.StatusSimulated}); err != nil {
		t.Fatal(err)
	}
	if c, ok := pooltest.Next(t, changes); !ok || c.Status != bundle.StatusSimulated {
		t.Fatalf("watch after the restart saw %+v, %v", c, ok)
	}
}

// The finished-bundle quotas hold for the shared pool: one signer's churn through both replicas
// is trimmed to its quota by a prune on either, and another signer's landed bundle stays.
func TestFinishedQuotaHoldsAcrossReplicas(t *testing.T) {
	ctx := context.Background()
	srv := redisnode.StartT(t)
	prefix, clk := freshPrefix(), pooltest.NewClock()
	cfg := pool.Config{MaxLive: 100, MaxPerSignerSlot: 100, Retention: time.Hour, MaxFinished: 1000, MaxFinishedPerIdentity: 3}
	reps := []*redispool.Pool{open(t, srv.URL(), prefix, cfg, clk.Now, nil), open(t, srv.URL(), prefix, cfg, clk.Now, nil)}
	m := pooltest.NewMaker(l1Chain, l2Chain)
	victim := mustAdd(t, reps[0], m.Entry(t, bob, 10, "", 0)).Entry
	for _, st := range []bundle.Status{bundle.StatusSubmitted, bundle.StatusLanded} {
		if _, err := reps[1].SetStatus(ctx, victim.Hash, bundle.StatusChange{Status: st}); err != nil {
			t.Fatal(err)
		}
	}
	var churn []*pool.Entry
	for i := range 10 {
		r := reps[i%2]
		churn = append(churn, mustAdd(t, r, m.Entry(t, alice, 20, pooltest.UUID(i), 0)).Entry)
		if _, err := r.Cancel(ctx, pooltest.Addr(alice), pooltest.UUID(i), pool.AnyNonce, ""); err != nil {
			t.Fatal(err)
		}
	}
	if res, err := reps[1].Prune(ctx, 11); err != nil || res.Forgotten != 7 {
		t.Fatalf("Prune = %+v, %v; want 7 of the churner's 10 forgotten", res, err)
	}
	for i, e := range churn {
		_, err := reps[0].Get(ctx, e.Hash)
		if gone := errors.Is(err, pool.ErrNotFound); gone != (i < 7) {
			t.Errorf("churned bundle %d gone = %v, want only the oldest 7 gone", i, gone)
		}
	}
	if got, err := reps[0].Get(ctx, victim.Hash); err != nil || got.Status().Status != bundle.StatusLanded {
		t.Fatalf("the other signer's landed bundle: %+v, %v", got, err)
	}
}
