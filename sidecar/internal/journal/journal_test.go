package journal

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

const (
	l1Chain = 1337
	l2Chain = 167000
)

func open(t *testing.T, dir string, reg *prometheus.Registry) *Journal {
	t.Helper()
	j, err := Open(Config{Dir: dir}, zerolog.Nop(), reg)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

func newPool(t *testing.T, j pool.Journal) *pool.Memory {
	t.Helper()
	p, err := pool.New(pool.Config{MaxLive: 1000, MaxPerSignerSlot: 1000, MaxFinished: 1000}, pool.Deps{Journal: j})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestConfigCheck(t *testing.T) {
	for _, cfg := range []Config{{}, {Dir: "x", GroupWindow: -1}, {Dir: "x", GroupWindow: 2 * time.Second}} {
		if _, err := Open(cfg, zerolog.Nop(), nil); !errors.Is(err, ErrConfig) {
			t.Fatalf("Open(%+v): %v", cfg, err)
		}
	}
}

// Close writes what was recorded before it, even inside a group window.
func TestCloseWritesPending(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	j, err := Open(Config{Dir: dir, GroupWindow: time.Second}, zerolog.Nop(), nil)
	if err != nil {
		t.Fatal(err)
	}
	m := pooltest.NewMaker(l1Chain, l2Chain)
	var commits []pool.Commit
	for i := range 20 {
		e := m.Entry(t, pooltest.Key(i), 10, "", 0)
		e.History = []bundle.StatusChange{{Status: bundle.StatusReceived, At: time.Unix(1, 0)}}
		commits = append(commits, j.Record([]pool.Op{{Put: e}}))
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	for _, c := range commits {
		if err := c.Wait(ctx); err != nil {
			t.Fatal(err)
		}
	}
	j2 := open(t, dir, nil)
	defer j2.Close()
	if got, err := j2.Load(ctx); err != nil || len(got) != 20 {
		t.Fatalf("Load = %d, %v; want 20", len(got), err)
	}
}

// Whatever the pool acknowledged is read back after a restart, with its full state.
func TestLoadRebuildsWhatWasAcknowledged(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	alice, bob := pooltest.Key(1), pooltest.Key(2)

	j := open(t, dir, nil)
	p := newPool(t, j)
	u := pooltest.UUID(1)
	add := func(e *pool.Entry) *pool.Entry {
		res, err := p.Add(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		return res.Entry
	}
	v1 := add(m.Entry(t, alice, 10, u, 1))
	v2 := add(m.Entry(t, alice, 10, u, 2))
	sim := add(m.Entry(t, bob, 10, "", 0))
	old := add(m.Entry(t, bob, 8, "", 0))
	if _, err := p.SetStatus(ctx, sim.Hash, bundle.StatusChange{Status: bundle.StatusSimulated, Reason: "ok"}); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Cancel(ctx, pooltest.Addr(alice), u, pool.AnyNonce, "by signer"); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Prune(ctx, 10); err != nil { // slot 8 is past retention: deleted
		t.Fatal(err)
	}
	want := map[common.Hash]*pool.Entry{}
	for _, h := range []common.Hash{v1.Hash, v2.Hash, sim.Hash} {
		e, _ := p.Get(ctx, h)
		want[h] = e
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}

	j2 := open(t, dir, nil)
	defer j2.Close()
	got, err := j2.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("loaded %d bundles, want %d", len(got), len(want))
	}
	for _, g := range got {
		w, ok := want[g.Hash]
		if !ok {
			t.Fatalf("loaded %s, which was deleted (old = %s)", g.Hash, old.Hash)
		}
		assertSameEntry(t, g, w)
	}
	p2 := newPool(t, j2)
	if err := p2.Restore(got); err != nil {
		t.Fatal(err)
	}
	if p2.Len() != 1 {
		t.Fatalf("restored pool has %d live bundles, want 1", p2.Len())
	}
	// slot 10 passed while the process was down: the first prune expires what still waited.
	if res, err := p2.Prune(ctx, 11); err != nil || res.Expired != 1 || p2.Len() != 0 {
		t.Fatalf("Prune after restore = %+v, %v; %d live, want the waiting bundle expired", res, err, p2.Len())
	}
}

func assertSameEntry(t *testing.T, g, w *pool.Entry) {
	t.Helper()
	if g.Identity != w.Identity || g.Bundle.Hash != w.Bundle.Hash || g.Key() != w.Key() ||
		g.UUID() != w.UUID() || g.Nonce() != w.Nonce() || g.Bundle.L1Gas != w.Bundle.L1Gas || g.Bundle.L2Gas != w.Bundle.L2Gas {
		t.Fatalf("loaded %+v\nwant %+v", g, w)
	}
	if len(g.History) != len(w.History) {
		t.Fatalf("history %+v, want %+v", g.History, w.History)
	}
	for i := range g.History {
		a, b := g.History[i], w.History[i]
		if a.Status != b.Status || a.Reason != b.Reason || !a.At.Equal(b.At) {
			t.Fatalf("history[%d] = %+v, want %+v", i, a, b)
		}
	}
	if len(g.Bundle.L2) != len(w.Bundle.L2) || len(g.Bundle.Pre) != len(w.Bundle.Pre) {
		t.Fatal("transaction count differs")
	}
	for i, tx := range g.Bundle.L2 {
		if tx.Hash() != w.Bundle.L2[i].Hash() || tx.Sender != w.Bundle.L2[i].Sender {
			t.Fatalf("L2 tx %d differs", i)
		}
	}
}

// Concurrent writers share fsyncs: many more changes than syncs.
func TestGroupCommitSharesSyncs(t *testing.T) {
	ctx := context.Background()
	reg := prometheus.NewRegistry()
	j := open(t, t.TempDir(), reg)
	defer j.Close()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	entries := make([]*pool.Entry, 200)
	for i := range entries {
		entries[i] = m.Entry(t, pooltest.Key(i), 10, "", 0)
	}
	var wg sync.WaitGroup
	for _, e := range entries {
		wg.Go(func() {
			if err := j.Record([]pool.Op{{Put: e}}).Wait(ctx); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	syncs := histogramOf(t, reg, "sidecar_journal_sync_duration_seconds").GetSampleCount()
	if syncs == 0 || syncs >= uint64(len(entries)) {
		t.Fatalf("%d syncs for %d concurrent changes; want them grouped", syncs, len(entries))
	}
	t.Logf("%d changes in %d syncs", len(entries), syncs)
}

// histogramOf is the first series of the histogram name in reg.
func histogramOf(t *testing.T, reg *prometheus.Registry, name string) *dto.Histogram {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			return mf.GetMetric()[0].GetHistogram()
		}
	}
	t.Fatalf("metric %s not registered", name)
	return nil
}

func TestRecordAfterCloseFails(t *testing.T) {
	j := open(t, t.TempDir(), nil)
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	m := pooltest.NewMaker(l1Chain, l2Chain)
	err := j.Record([]pool.Op{{Put: m.Entry(t, pooltest.Key(1), 10, "", 0)}}).Wait(context.Background())
	if !errors.Is(err, ErrClosed) {
		t.Fatalf("Record after Close: %v", err)
	}
	if err := j.Close(); !errors.Is(err, ErrClosed) {
		t.Fatalf("second Close: %v", err)
	}
}

func TestWaitHonoursContext(t *testing.T) {
	g := &group{done: make(chan struct{})}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := g.Wait(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Wait = %v", err)
	}
}

func TestLoadRefusesCorruptRecords(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	e := m.Entry(t, pooltest.Key(1), 10, "", 0)
	e.History = []bundle.StatusChange{{Status: bundle.StatusReceived, At: time.Unix(1, 0)}}
	good, err := encode(e)
	if err != nil {
		t.Fatal(err)
	}
	wire := mustJSON(t, e)
	sender := pooltest.Addr(pooltest.Key(1)).Hex()
	senders := `"senders":["` + sender + `","` + sender + `","` + sender + `"]`
	frame := func(h string, w []byte) []byte {
		out := []byte{0, 0, 0, byte(len(h))}
		return append(append(out, h...), w...)
	}
	other := m.Entry(t, pooltest.Key(1), 10, "", 0)
	for name, kv := range map[string][2][]byte{
		"short value":         {key(e.Hash), []byte{0, 0}},
		"header past the end": {key(e.Hash), []byte{0, 0, 0, 99, '{'}},
		"header not json":     {key(e.Hash), frame("{", wire)},
		"wrong key":           {key(other.Hash), good},
		"short key":           {[]byte{prefix, 1}, good},
		"missing senders":     {key(e.Hash), frame(`{"v":1,"l1Slot":10,"history":[{"status":"received"}]}`, wire)},
		"no history":          {key(e.Hash), frame(`{"v":1,"l1Slot":10,`+senders+`}`, wire)},
		"no slot":             {key(e.Hash), frame(`{"v":1,`+senders+`,"history":[{"status":"received"}]}`, wire)},
		"unknown version":     {key(e.Hash), frame(`{"v":9,"l1Slot":10,`+senders+`,"history":[{"status":"received"}]}`, wire)},
		"bundle not json":     {key(e.Hash), frame(`{"v":1,"l1Slot":10,`+senders+`,"history":[{"status":"received"}]}`, []byte("{"))},
	} {
		t.Run(name, func(t *testing.T) {
			j := open(t, t.TempDir(), nil)
			defer j.Close()
			if err := j.db.Set(kv[0], kv[1], nil); err != nil {
				t.Fatal(err)
			}
			if _, err := j.Load(ctx); !errors.Is(err, ErrCorrupt) {
				t.Fatalf("Load = %v, want ErrCorrupt", err)
			}
		})
	}
}

// A bundle stored as the searcher sent it (l1Slot 0, no uuid) loads with the slot and uuid
// the sidecar gave it.
func TestLoadUsesResolvedSlotAndUUID(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	b := m.Bundle(pooltest.Key(1), 1, 2, 0)
	wire := mustJSONBundle(t, b)
	e := m.EntryOf(t, pooltest.Key(1), b)
	e.Bundle.L1Slot, e.Bundle.ReplacementUUID = 42, pooltest.UUID(5)
	e.Wire = wire
	e.History = []bundle.StatusChange{{Status: bundle.StatusReceived, At: time.Unix(1, 0)}}
	j := open(t, t.TempDir(), nil)
	defer j.Close()
	if err := j.Record([]pool.Op{{Put: e}}).Wait(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := j.Load(ctx)
	if err != nil || len(got) != 1 {
		t.Fatalf("Load = %d entries, %v", len(got), err)
	}
	if got[0].Key().L1Slot != 42 || got[0].UUID() != pooltest.UUID(5) || string(got[0].Wire) != string(wire) {
		t.Fatalf("loaded slot %d uuid %q", got[0].Key().L1Slot, got[0].UUID())
	}
}

func mustJSON(t *testing.T, e *pool.Entry) []byte {
	t.Helper()
	return mustJSONBundle(t, e.Bundle.ComposableBundle)
}

func mustJSONBundle(t *testing.T, b *bundle.ComposableBundle) []byte {
	t.Helper()
	out, err := b.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return out
}
