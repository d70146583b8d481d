package pool_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

// gateJournal logs ops in order and holds every commit until released.
type gateJournal struct {
	mu      sync.Mutex
	ops     []pool.Op
	release chan struct{}
	waiting chan struct{}
}

func newGate() *gateJournal {
	return &gateJournal{release: make(chan struct{}), waiting: make(chan struct{}, 16)}
}

func (g *gateJournal) Record(ops []pool.Op) pool.Commit {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.ops = append(g.ops, ops...)
	return g
}

func (g *gateJournal) Wait(ctx context.Context) error {
	g.waiting <- struct{}{}
	select {
	case <-g.release:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Add returns only after the journal says the bundle is durable, and so does a duplicate of
// a bundle whose write is still in flight.
func TestAddWaitsForTheJournal(t *testing.T) {
	m := pooltest.NewMaker(l1Chain, l2Chain)
	g := newGate()
	p := newPool(t, roomy, g)
	e := m.Entry(t, alice, 10, "", 0)
	done := make(chan error, 2)
	for range 2 {
		go func() {
			_, err := p.Add(context.Background(), e)
			done <- err
		}()
	}
	for range 2 {
		select {
		case <-g.waiting:
		case err := <-done:
			t.Fatalf("Add returned (%v) before its journal write was durable", err)
		}
	}
	close(g.release)
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if len(g.ops) != 1 || g.ops[0].Put == nil || g.ops[0].Put.Hash != e.Hash {
		t.Fatalf("journal ops = %+v, want one put of the bundle", g.ops)
	}
}

// Every change reaches the journal in the order it happened, with the entry's full state.
func TestJournalSeesEveryChangeInOrder(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	g := newGate()
	close(g.release)
	p := newPool(t, pool.Config{MaxLive: 10, MaxPerSignerSlot: 10, MaxFinished: 10}, g)
	u := pooltest.UUID(1)
	a := mustAdd(t, p, m.Entry(t, alice, 10, u, 1)).Entry
	b := mustAdd(t, p, m.Entry(t, alice, 10, u, 2)).Entry
	if _, err := p.SetStatus(ctx, b.Hash, bundle.StatusChange{Status: bundle.StatusSimulated}); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Cancel(ctx, pooltest.Addr(alice), u, pool.AnyNonce, "bye"); err != nil {
		t.Fatal(err)
	}
	c := mustAdd(t, p, m.Entry(t, bob, 10, "", 0)).Entry
	if _, err := p.Prune(ctx, 11); err != nil {
		t.Fatal(err)
	}
	type want struct {
		put    bool
		hash   [32]byte
		status bundle.Status
	}
	exp := []want{
		{true, a.Hash, bundle.StatusReceived},
		{true, a.Hash, bundle.StatusCancelled}, {true, b.Hash, bundle.StatusReceived}, // replacement
		{true, b.Hash, bundle.StatusSimulated},
		{true, b.Hash, bundle.StatusCancelled},
		{true, c.Hash, bundle.StatusReceived},
	}
	if len(g.ops) != len(exp)+3 {
		t.Fatalf("journal has %d ops, want %d", len(g.ops), len(exp)+3)
	}
	for i, w := range exp {
		op := g.ops[i]
		if op.Put == nil || op.Put.Hash != w.hash || op.Put.Status().Status != w.status {
			t.Errorf("op %d = %+v, want put %x as %s", i, op, w.hash[:4], w.status)
		}
	}
	for _, op := range g.ops[len(exp):] { // Retention 0: slot 10 is forgotten at once
		if op.Put != nil {
			t.Errorf("prune wrote %+v, want deletes", op.Put)
		}
	}
}

func TestRestoreRebuildsIndexes(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	g := newGate()
	close(g.release)
	src := newPool(t, roomy, g)
	u := pooltest.UUID(1)
	mustAdd(t, src, m.Entry(t, alice, 10, u, 1))
	b := mustAdd(t, src, m.Entry(t, alice, 10, u, 2)).Entry
	mustAdd(t, src, m.Entry(t, bob, 11, "", 0))

	latest := map[[32]byte]*pool.Entry{}
	for _, op := range g.ops {
		latest[op.Put.Hash] = op.Put
	}
	var entries []*pool.Entry
	for _, e := range latest {
		entries = append(entries, e)
	}
	dst := newPool(t, roomy, nil)
	if err := dst.Restore(entries); err != nil {
		t.Fatal(err)
	}
	if dst.Len() != 2 {
		t.Fatalf("restored Len = %d, want 2", dst.Len())
	}
	live, _ := dst.ForSlot(ctx, pool.Key{L2ChainID: l2Chain, L1Slot: 10})
	if len(live) != 1 || live[0].Hash != b.Hash {
		t.Fatalf("restored slot 10 = %v", hashes(live))
	}
	if _, err := dst.Add(ctx, m.Entry(t, alice, 10, u, 2)); err == nil {
		t.Fatal("restored pool forgot the uuid's nonce")
	}
	if err := dst.Restore(entries); err == nil {
		t.Fatal("Restore into a used pool succeeded")
	}
}

// Restore refuses a bad batch as a whole: an entry without history is an error, not a panic,
// and the good entries before it are not half restored.
func TestRestoreRefusesBadEntriesWhole(t *testing.T) {
	m := pooltest.NewMaker(l1Chain, l2Chain)
	good := m.Entry(t, alice, 10, "", 0)
	good.History = []bundle.StatusChange{{Status: bundle.StatusReceived, At: time.Unix(1, 0)}}
	for name, bad := range map[string]*pool.Entry{
		"no history": m.Entry(t, bob, 10, "", 0),
		"nil":        nil,
		"twice":      good,
	} {
		t.Run(name, func(t *testing.T) {
			p := newPool(t, roomy, nil)
			if err := p.Restore([]*pool.Entry{good, bad}); !errors.Is(err, pool.ErrInvalidEntry) {
				t.Fatalf("Restore = %v, want ErrInvalidEntry", err)
			}
			if _, err := p.Get(context.Background(), good.Hash); !errors.Is(err, pool.ErrNotFound) {
				t.Fatalf("a refused Restore left %s in the pool (%v)", good.Hash, err)
			}
		})
	}
}
