package pullstore

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syncboost/syncboost/bundle"
)

var (
	full  = common.Hash{0xf0}
	empty = common.Hash{0xe0}
)

func newStore(t *testing.T, mutate func(*Config)) *Store {
	t.Helper()
	cfg := DefaultConfig()
	if mutate != nil {
		mutate(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func ab(uuid string, tx byte) bundle.AtomicBundle {
	return bundle.AtomicBundle{Txs: [][]byte{{0x02, tx}}, BlockNumber: 10, ReplacementUUID: uuid}
}

func TestAddReplaceCancelInOrder(t *testing.T) {
	s := newStore(t, nil)
	steps := []struct {
		do   func() (Event, bool)
		kind Kind
	}{
		{func() (Event, bool) { e, err := s.Put(5, full, ab("u1", 1)); return e, err == nil }, KindAdd},
		{func() (Event, bool) { e, err := s.Put(5, full, ab("u1", 2)); return e, err == nil }, KindReplace},
		{func() (Event, bool) { return s.Cancel(5, full, "u1") }, KindCancel},
	}
	for i, st := range steps {
		ev, ok := st.do()
		if !ok || ev.Kind != st.kind || ev.Seq != uint64(i+1) {
			t.Fatalf("step %d: %+v ok=%v, want %s seq %d", i, ev, ok, st.kind, i+1)
		}
	}
	events, ok, _ := s.Since(0)
	if !ok || len(events) != 3 || events[1].Bundle.Txs[0][1] != 2 || events[2].Bundle != nil {
		t.Fatalf("history %+v ok=%v", events, ok)
	}
	if _, ok := s.Cancel(5, full, "u1"); ok {
		t.Fatal("cancelled twice")
	}
}

// ePBS: one variant per candidate parent, each served for its own parent hash.
func TestVariantPerParent(t *testing.T) {
	s := newStore(t, nil)
	ctx := context.Background()
	if _, err := s.Put(7, full, ab("u", 1)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(7, empty, ab("u", 2)); err != nil {
		t.Fatal(err)
	}
	for parent, want := range map[common.Hash]byte{full: 1, empty: 2} {
		got, _ := s.Bundles(ctx, 7, parent)
		if len(got) != 1 || got[0].Txs[0][1] != want {
			t.Fatalf("parent %s: %+v, want tx %d", parent, got, want)
		}
	}
	s.Withdraw(7, full)
	if got, _ := s.Bundles(ctx, 7, full); len(got) != 0 {
		t.Fatal("withdrawn variant still served")
	}
	if got, _ := s.Bundles(ctx, 7, empty); len(got) != 1 {
		t.Fatal("withdrawing one parent removed the other's variant")
	}
}

func TestSinceAfterHistoryTrimmed(t *testing.T) {
	s := newStore(t, func(c *Config) { c.History = 2 })
	for i := range 4 {
		if _, err := s.Put(1, full, ab(string(rune('a'+i)), 1)); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok, _ := s.Since(1); ok {
		t.Fatal("events 2 to 4 reported complete with only 3 and 4 kept")
	}
	if ev, ok, _ := s.Since(2); !ok || len(ev) != 2 || ev[0].Seq != 3 {
		t.Fatalf("since 2: %+v ok=%v", ev, ok)
	}
	if _, ok, _ := s.Since(9); ok {
		t.Fatal("a sequence number from the future reported complete")
	}
	adds, seq, _ := s.Snapshot()
	if len(adds) != 4 || seq != 4 {
		t.Fatalf("snapshot %d bundles at %d", len(adds), seq)
	}
}

func TestChangedClosesOnEvent(t *testing.T) {
	s := newStore(t, nil)
	_, _, changed := s.Since(0)
	select {
	case <-changed:
		t.Fatal("closed before any event")
	default:
	}
	if _, err := s.Put(1, full, ab("u", 1)); err != nil {
		t.Fatal(err)
	}
	<-changed
}

func TestPutRefuses(t *testing.T) {
	s := newStore(t, func(c *Config) { c.MaxPerKey = 1 })
	if _, err := s.Put(100, full, ab("u", 1)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		slot    uint64
		b       bundle.AtomicBundle
		wantErr error
	}{
		{name: "no uuid", slot: 100, b: ab("", 1), wantErr: ErrNoUUID},
		{name: "no txs", slot: 100, b: bundle.AtomicBundle{ReplacementUUID: "x"}, wantErr: ErrEmpty},
		{name: "pruned slot", slot: 97, b: ab("v", 1), wantErr: ErrStaleSlot},
		{name: "full", slot: 100, b: ab("v", 1), wantErr: ErrFull},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.Put(tt.slot, full, tt.b); !errors.Is(err, tt.wantErr) {
				t.Fatalf("Put = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func TestOldSlotsArePruned(t *testing.T) {
	s := newStore(t, nil)
	for _, slot := range []uint64{10, 11, 12, 13} {
		if _, err := s.Put(slot, full, ab("u", 1)); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	if got, _ := s.Bundles(ctx, 10, full); len(got) != 0 {
		t.Fatal("slot 10 kept three slots later")
	}
	if got, _ := s.Bundles(ctx, 11, full); len(got) != 1 {
		t.Fatal("slot 11 pruned two slots later")
	}
}
