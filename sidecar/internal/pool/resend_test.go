package pool_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

// A searcher whose bundle waited for slot S when S was skipped sends the very same bundle for
// S+1 before the pool pruned S: it pools for S+1, and the life for S ends expired with the
// reason, seen by whoever watched it. A bundle already submitted is not moved, and another
// signer never moves it.
func TestResendAfterSkippedSlotPoolsForTheNextSlot(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, pool.Config{MaxLive: 100, MaxPerSignerSlot: 1, Retention: time.Hour, MaxFinished: 100}, nil)
	first := m.Entry(t, alice, 10, pooltest.UUID(3), 1)
	mustAdd(t, p, first)
	_, changes, stop, err := p.Watch(ctx, first.Hash)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()

	again := *first.Bundle.ComposableBundle
	again.L1Slot = 11
	res := mustAdd(t, p, m.EntryOf(t, alice, &again))
	if res.Duplicate || res.Entry.Bundle.L1Slot != 11 || res.Entry.Status().Status != bundle.StatusReceived {
		t.Fatalf("resend = %+v, want a new life for slot 11", res)
	}
	if c := <-changes; c.Status != bundle.StatusExpired || c.Reason != "resent for slot 11" {
		t.Fatalf("the watcher of slot 10's bundle saw %+v", c)
	}
	for slot, want := range map[uint64]int{10: 0, 11: 1} {
		if live, _ := p.ForSlot(ctx, pool.Key{L2ChainID: l2Chain, L1Slot: slot}); len(live) != want {
			t.Fatalf("slot %d holds %d live bundles, want %d", slot, len(live), want)
		}
	}
	if p.Len() != 1 {
		t.Fatalf("Len = %d, want 1", p.Len())
	}
	// The signer's cap of one per slot counts the bundle once, in its new slot.
	if _, err := p.Add(ctx, m.Entry(t, alice, 10, "", 0)); err != nil {
		t.Fatalf("slot 10 after the move: %v", err)
	}

	// Submitted for 11: its outcome is pending, a resend for 12 is still a duplicate.
	if _, err := p.SetStatus(ctx, first.Hash, bundle.StatusChange{Status: bundle.StatusSubmitted}); err != nil {
		t.Fatal(err)
	}
	later := again
	later.L1Slot = 12
	if _, err := p.Add(ctx, m.EntryOf(t, alice, &later)); !errors.Is(err, pool.ErrDuplicate) {
		t.Fatalf("resend of a submitted bundle: %v, want ErrDuplicate", err)
	}
	stolen := m.EntryOf(t, alice, &later)
	stolen.Identity = pooltest.Addr(bob)
	if _, err := p.Add(ctx, stolen); !errors.Is(err, pool.ErrDuplicate) {
		t.Fatalf("another signer's resend: %v, want ErrDuplicate", err)
	}
}

type quotas map[common.Address]pool.Allowance

func (q quotas) Allowance(id common.Address) pool.Allowance { return q[id] }

// A swarm of signers without standing fills a slot up to the part not reserved and is then
// refused slot_full; a proven signer still pools into the reserve, and each signer's own
// allowance caps it below the configured per-signer cap.
func TestSlotFullReservesRoomForProvenSigners(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	q := quotas{pooltest.Addr(alice): {PerSlot: 10, Proven: true}}
	p, err := pool.New(pool.Config{MaxLive: 1000, MaxPerSignerSlot: 10, MaxPerSlot: 12, ReservedPerSlot: 4,
		Retention: time.Hour, MaxFinished: 100}, pool.Deps{Quotas: q})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 8 {
		key := pooltest.Key(100 + i)
		q[pooltest.Addr(key)] = pool.Allowance{PerSlot: 2}
		mustAdd(t, p, m.Entry(t, key, 10, "", 0))
	}
	fresh := pooltest.Key(200)
	q[pooltest.Addr(fresh)] = pool.Allowance{PerSlot: 2}
	if _, err := p.Add(ctx, m.Entry(t, fresh, 10, "", 0)); !errors.Is(err, pool.ErrSlotFull) {
		t.Fatalf("ninth fresh bundle: %v, want ErrSlotFull", err)
	}
	mustAdd(t, p, m.Entry(t, fresh, 11, "", 0)) // the next slot is another slot
	mustAdd(t, p, m.Entry(t, fresh, 11, "", 0))
	if _, err := p.Add(ctx, m.Entry(t, fresh, 11, "", 0)); !errors.Is(err, pool.ErrSlotCap) {
		t.Fatalf("third bundle of an identity allowed 2: %v, want ErrSlotCap", err)
	}
	for range 4 {
		mustAdd(t, p, m.Entry(t, alice, 10, "", 0))
	}
	if _, err := p.Add(ctx, m.Entry(t, alice, 10, "", 0)); !errors.Is(err, pool.ErrSlotFull) {
		t.Fatalf("over max_per_slot: %v, want ErrSlotFull", err)
	}
}
