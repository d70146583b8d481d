package reputation_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/sidecar/internal/reputation"
)

const (
	l1Chain = 1337
	l2Chain = 167000
)

// rig is a real pool whose quotas are a reputation, statuses recorded through the feed, as
// the app wires them.
type rig struct {
	rep   *reputation.Reputation
	pool  *pool.Memory
	feed  *reputation.Pool
	clock *clock.Virtual
	maker *pooltest.Maker
}

func newRig(t *testing.T, edit func(*reputation.Config)) *rig {
	t.Helper()
	clk := clock.NewVirtual(time.Unix(1_763_712_000, 0))
	cfg := reputation.DefaultConfig(10)
	if edit != nil {
		edit(&cfg)
	}
	rep, err := reputation.New(cfg, clk.Now, prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	p, err := pool.New(pool.Config{MaxLive: 10_000, MaxPerSignerSlot: 10, Retention: time.Hour, MaxFinished: 10_000},
		pool.Deps{Now: clk.Now, Quotas: rep})
	if err != nil {
		t.Fatal(err)
	}
	f, err := reputation.Feed(p, rep)
	if err != nil {
		t.Fatal(err)
	}
	return &rig{rep: rep, pool: p, feed: f, clock: clk, maker: pooltest.NewMaker(l1Chain, l2Chain)}
}

// fill pools bundles for slot from signer until the pool refuses, returning how many it took.
func (r *rig) fill(t *testing.T, signer int, slot uint64) int {
	t.Helper()
	for n := 0; ; n++ {
		_, err := r.pool.Add(context.Background(), r.maker.Entry(t, pooltest.Key(signer), slot, "", 0))
		if errors.Is(err, pool.ErrSlotCap) {
			return n
		}
		if err != nil {
			t.Fatal(err)
		}
		if n > 100 {
			t.Fatal("no cap")
		}
	}
}

// end pools one bundle of signer for slot and drives it to status through the feed, the way
// the pipeline and the tracker do.
func (r *rig) end(t *testing.T, signer int, slot uint64, status bundle.Status) {
	t.Helper()
	ctx := context.Background()
	e := r.maker.Entry(t, pooltest.Key(signer), slot, "", 0)
	if _, err := r.pool.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	path := []bundle.Status{status}
	if status == bundle.StatusLanded {
		path = []bundle.Status{bundle.StatusSubmitted, bundle.StatusLanded}
	}
	for _, s := range path {
		if _, err := r.feed.SetStatus(ctx, e.Hash, bundle.StatusChange{Status: s, Reason: "test"}); err != nil {
			t.Fatal(err)
		}
	}
}

// An identity whose bundles fail on their own loses bundle slots; with time it gets back to
// a fresh identity's two; landed bundles take it to the configured cap, and its standing is
// then above a fresh one's.
func TestFailingIdentityLosesBundleSlotsAndRecovers(t *testing.T) {
	r := newRig(t, nil)
	const attacker, honest = 1, 2
	if n := r.fill(t, attacker, 10); n != 2 {
		t.Fatalf("a fresh identity pooled %d bundles in a slot, want 2", n)
	}
	for range 4 {
		r.end(t, attacker, 11, bundle.StatusFailed)
	}
	if n := r.fill(t, attacker, 12); n != 1 {
		t.Fatalf("after four failures the identity pooled %d bundles in a slot, want 1", n)
	}
	if s := r.rep.Standing(pooltest.Addr(pooltest.Key(attacker))); s >= 0 {
		t.Fatalf("standing after failures = %v, want below a fresh identity's 0", s)
	}
	r.clock.Advance(time.Hour)
	if n := r.fill(t, attacker, 13); n != 2 {
		t.Fatalf("an hour later the identity pooled %d, want a fresh identity's 2", n)
	}

	for range 5 {
		r.end(t, honest, 20, bundle.StatusLanded)
	}
	if n := r.fill(t, honest, 21); n != 10 {
		t.Fatalf("an identity with five landed bundles pooled %d, want the cap 10", n)
	}
	h := r.rep.Standing(pooltest.Addr(pooltest.Key(honest)))
	if fresh := r.rep.Standing(pooltest.Addr(pooltest.Key(99))); !(h > fresh) || !r.rep.Proven(pooltest.Addr(pooltest.Key(honest))) {
		t.Fatalf("proven standing %v, fresh %v: want proven above fresh", h, fresh)
	}
}

// Expired, cancelled and not-landed bundles say nothing about the identity: losing to a
// conflict or the slot being skipped costs no standing. A landing that a reorg removed and a
// later reorg restored is counted once.
func TestOnlyOwnFailuresAndLandingsCount(t *testing.T) {
	r := newRig(t, nil)
	ctx := context.Background()
	e := r.maker.Entry(t, pooltest.Key(1), 10, "", 0)
	if _, err := r.pool.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	for _, s := range []bundle.Status{bundle.StatusSubmitted, bundle.StatusLanded, bundle.StatusNotLanded, bundle.StatusLanded} {
		if _, err := r.feed.SetStatus(ctx, e.Hash, bundle.StatusChange{Status: s}); err != nil {
			t.Fatal(err)
		}
	}
	if got := r.rep.Standing(pooltest.Addr(pooltest.Key(1))); got != 0.1 {
		t.Fatalf("standing after one landing (reorged out and back) = %v, want 0.1", got)
	}
	r.end(t, 2, 10, bundle.StatusExpired)
	r.end(t, 2, 10, bundle.StatusCancelled)
	if got := r.rep.Standing(pooltest.Addr(pooltest.Key(2))); got != 0 || r.rep.Len() != 1 {
		t.Fatalf("expired and cancelled moved standing to %v (%d remembered)", got, r.rep.Len())
	}
}

// A failure recorded again for the same bundle (a replayed or repeated status write) costs
// its identity standing once: the pool refuses the second transition and the feed counts only
// what the pool took.
func TestRepeatedFailureCountsOnce(t *testing.T) {
	r := newRig(t, nil)
	ctx := context.Background()
	e := r.maker.Entry(t, pooltest.Key(3), 10, "", 0)
	if _, err := r.pool.Add(ctx, e); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		_, err := r.feed.SetStatus(ctx, e.Hash, bundle.StatusChange{Status: bundle.StatusFailed, Reason: "l2_reverted"})
		if (err != nil) != (i > 0) {
			t.Fatalf("failure %d recorded with %v", i, err)
		}
	}
	if got := r.rep.Standing(pooltest.Addr(pooltest.Key(3))); got != -0.25 {
		t.Fatalf("standing after one bundle failed three times = %v, want -0.25", got)
	}
}

// A swarm of throwaway keys, each failing a bundle, does not grow the memory past the bound,
// and the proven identities are not the ones forgotten.
func TestSwarmOfFailingKeysIsBounded(t *testing.T) {
	r := newRig(t, func(c *reputation.Config) { c.MaxIdentities = 50 })
	for range 5 {
		r.end(t, 1, 10, bundle.StatusLanded)
	}
	for i := range 1000 {
		r.rep.Observe(pooltest.Addr(pooltest.Key(1000+i)), bundle.StatusFailed)
		if n := r.rep.Len(); n > 50 {
			t.Fatalf("%d identities remembered, bound 50", n)
		}
	}
	if !r.rep.Proven(pooltest.Addr(pooltest.Key(1))) {
		t.Fatal("the swarm made the sweep forget a proven identity")
	}
}

func TestConfigCheck(t *testing.T) {
	good := reputation.DefaultConfig(10)
	if err := good.Check(); err != nil {
		t.Fatal(err)
	}
	for name, edit := range map[string]func(*reputation.Config){
		"no fresh slots":      func(c *reputation.Config) { c.FreshPerSlot = 0 },
		"fresh above proven":  func(c *reputation.Config) { c.ProvenPerSlot = 1 },
		"proven score 0":      func(c *reputation.Config) { c.ProvenScore = 0 },
		"no penalty":          func(c *reputation.Config) { c.FailPenalty = 0 },
		"no gain":             func(c *reputation.Config) { c.LandGain = 0 },
		"no recovery":         func(c *reputation.Config) { c.Recovery = 0 },
		"no identities bound": func(c *reputation.Config) { c.MaxIdentities = 0 },
	} {
		c := good
		edit(&c)
		if err := c.Check(); !errors.Is(err, reputation.ErrConfig) {
			t.Errorf("%s: %v, want ErrConfig", name, err)
		}
	}
	if _, err := reputation.Feed(nil, nil); !errors.Is(err, reputation.ErrNilDep) {
		t.Errorf("Feed(nil): %v", err)
	}
}
