package pool_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

const (
	l1Chain = 1337
	l2Chain = 167000
)

var (
	alice = pooltest.Key(1)
	bob   = pooltest.Key(2)
)

// fakeClock ticks one second per call, so every timestamp is distinct and predictable.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Second)
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newPool(t *testing.T, cfg pool.Config, j pool.Journal) *pool.Memory {
	p, _ := newPoolClock(t, cfg, j)
	return p
}

func newPoolClock(t *testing.T, cfg pool.Config, j pool.Journal) (*pool.Memory, *fakeClock) {
	t.Helper()
	clk := &fakeClock{t: time.Unix(1_700_000_000, 0)}
	p, err := pool.New(cfg, pool.Deps{Journal: j, Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	return p, clk
}

var roomy = pool.Config{MaxLive: 100, MaxPerSignerSlot: 10, Retention: time.Hour, MaxFinished: 100}

func mustAdd(t *testing.T, p pool.Pool, e *pool.Entry) pool.AddResult {
	t.Helper()
	res, err := p.Add(context.Background(), e)
	if err != nil {
		t.Fatalf("Add: %v", err)
	}
	return res
}

func status(t *testing.T, p pool.Pool, h common.Hash) bundle.StatusChange {
	t.Helper()
	e, err := p.Get(context.Background(), h)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	return e.Status()
}

func hashes(es []*pool.Entry) []common.Hash {
	out := make([]common.Hash, len(es))
	for i, e := range es {
		out[i] = e.Hash
	}
	return out
}

func TestConfigCheck(t *testing.T) {
	for _, cfg := range []pool.Config{
		{MaxPerSignerSlot: 1, MaxFinished: 1}, {MaxLive: 1, MaxFinished: 1}, {MaxLive: 1, MaxPerSignerSlot: 1},
		{MaxLive: 1, MaxPerSignerSlot: 1, MaxFinished: 1, Retention: -time.Second},
	} {
		if _, err := pool.New(cfg, pool.Deps{}); !errors.Is(err, pool.ErrConfig) {
			t.Errorf("New(%+v) = %v, want ErrConfig", cfg, err)
		}
	}
}

func TestForSlotIndexesByChainAndSlotInArrivalOrder(t *testing.T) {
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, roomy, nil)
	a := mustAdd(t, p, m.Entry(t, alice, 10, "", 0)).Entry
	b := mustAdd(t, p, m.Entry(t, bob, 10, "", 0)).Entry
	mustAdd(t, p, m.Entry(t, alice, 11, "", 0))
	c := mustAdd(t, p, m.Entry(t, alice, 10, "", 0)).Entry

	got, err := p.ForSlot(context.Background(), pool.Key{L2ChainID: l2Chain, L1Slot: 10})
	if err != nil {
		t.Fatal(err)
	}
	want := []common.Hash{a.Hash, b.Hash, c.Hash}
	if g := hashes(got); len(g) != 3 || g[0] != want[0] || g[1] != want[1] || g[2] != want[2] {
		t.Fatalf("ForSlot = %v, want %v", g, want)
	}
	if other, _ := p.ForSlot(context.Background(), pool.Key{L2ChainID: l2Chain + 1, L1Slot: 10}); len(other) != 0 {
		t.Fatalf("another chain sees %d bundles", len(other))
	}
	if p.Len() != 4 {
		t.Fatalf("Len = %d, want 4", p.Len())
	}
	if a.Status().Status != bundle.StatusReceived || a.Status().At.IsZero() {
		t.Fatalf("new bundle status = %+v", a.Status())
	}
}

func TestDuplicateByHash(t *testing.T) {
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, roomy, nil)
	e := m.Entry(t, alice, 10, "", 0)
	first := mustAdd(t, p, e)
	again := mustAdd(t, p, e)
	if !again.Duplicate || again.Entry.Hash != first.Entry.Hash || len(again.Entry.History) != 1 {
		t.Fatalf("second Add = %+v, want the same bundle as a duplicate", again)
	}
	if p.Len() != 1 {
		t.Fatalf("Len = %d after a duplicate", p.Len())
	}

	stolen := *e
	stolen.Identity = pooltest.Addr(bob)
	if _, err := p.Add(context.Background(), &stolen); !errors.Is(err, pool.ErrDuplicate) {
		t.Fatalf("same bundle from another signer: %v, want ErrDuplicate", err)
	}
	earlier := *e.Bundle.ComposableBundle
	earlier.L1Slot = 9
	if _, err := p.Add(context.Background(), m.EntryOf(t, alice, &earlier)); !errors.Is(err, pool.ErrDuplicate) {
		t.Fatalf("same bundle for an earlier slot: %v, want ErrDuplicate", err)
	}
}
