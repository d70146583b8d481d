package pooltest

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

func tForSlotIndexesByChainAndSlotInArrivalOrder(t *testing.T, f Factory) {
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, roomy)
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

func tDuplicateByHash(t *testing.T, f Factory) {
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, roomy)
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
	stolen.Identity = Addr(bob)
	if _, err := p.Add(context.Background(), &stolen); !errors.Is(err, pool.ErrDuplicate) {
		t.Fatalf("same bundle from another signer: %v, want ErrDuplicate", err)
	}
	earlier := *e.Bundle.ComposableBundle
	earlier.L1Slot = 9
	if _, err := p.Add(context.Background(), m.EntryOf(t, alice, &earlier)); !errors.Is(err, pool.ErrDuplicate) {
		t.Fatalf("same bundle for an earlier slot: %v, want ErrDuplicate", err)
	}
}

func tReplacementHigherNonceWinsLowerRefused(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, roomy)
	u := UUID(1)
	v1 := mustAdd(t, p, m.Entry(t, alice, 10, u, 1)).Entry
	res := mustAdd(t, p, m.Entry(t, alice, 10, u, 2))
	if res.Replaced == nil || *res.Replaced != v1.Hash {
		t.Fatalf("Replaced = %v, want %s", res.Replaced, v1.Hash)
	}
	old := status(t, p, v1.Hash)
	if old.Status != bundle.StatusCancelled || old.Reason != "replaced by "+res.Entry.Hash.Hex() {
		t.Fatalf("replaced bundle status = %+v", old)
	}
	live, _ := p.ForSlot(ctx, pool.Key{L2ChainID: l2Chain, L1Slot: 10})
	if len(live) != 1 || live[0].Hash != res.Entry.Hash {
		t.Fatalf("ForSlot = %v, want only the replacement", hashes(live))
	}
	for _, n := range []uint64{1, 2} {
		if _, err := p.Add(ctx, m.Entry(t, alice, 10, u, n)); !errors.Is(err, pool.ErrNonceTooLow) {
			t.Fatalf("nonce %d after 2: %v, want ErrNonceTooLow", n, err)
		}
	}
	// uuids are per signer: bob's bundle with alice's uuid replaces nothing.
	if r := mustAdd(t, p, m.Entry(t, bob, 10, u, 0)); r.Replaced != nil {
		t.Fatalf("another signer's uuid replaced %s", r.Replaced)
	}
	// a replacement may move to another slot; the cap and the index follow it.
	moved := mustAdd(t, p, m.Entry(t, alice, 11, u, 3))
	if moved.Replaced == nil || *moved.Replaced != res.Entry.Hash {
		t.Fatalf("slot move replaced %v", moved.Replaced)
	}
	if live, _ := p.ForSlot(ctx, pool.Key{L2ChainID: l2Chain, L1Slot: 10}); len(live) != 1 {
		t.Fatalf("slot 10 keeps %d live bundles, want bob's only", len(live))
	}
}

func tCancelOnlyOwnBundleAndFinal(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, roomy)
	u := UUID(7)
	e := mustAdd(t, p, m.Entry(t, alice, 10, u, 4)).Entry

	if _, err := p.Cancel(ctx, Addr(bob), u, pool.AnyNonce, "by bob"); !errors.Is(err, pool.ErrNotFound) {
		t.Fatalf("bob cancels alice's uuid: %v, want ErrNotFound", err)
	}
	if status(t, p, e.Hash).Status != bundle.StatusReceived {
		t.Fatal("bob's cancel changed alice's bundle")
	}
	c, err := p.Cancel(ctx, Addr(alice), u, pool.AnyNonce, "cancelled by signer")
	if err != nil || c.Status().Status != bundle.StatusCancelled || c.Status().Reason != "cancelled by signer" {
		t.Fatalf("Cancel = %+v, %v", c, err)
	}
	if p.Len() != 0 {
		t.Fatalf("Len = %d after cancel", p.Len())
	}
	if again, err := p.Cancel(ctx, Addr(alice), u, pool.AnyNonce, "again"); err != nil || len(again.History) != 2 {
		t.Fatalf("second cancel = %+v, %v; want the same cancelled bundle", again, err)
	}
	// a stale message cannot resurrect the uuid; a higher nonce can.
	if _, err := p.Add(ctx, m.Entry(t, alice, 10, u, 4)); !errors.Is(err, pool.ErrNonceTooLow) {
		t.Fatalf("same nonce after cancel: %v, want ErrNonceTooLow", err)
	}
	if r := mustAdd(t, p, m.Entry(t, alice, 10, u, 5)); r.Replaced != nil {
		t.Fatalf("new bundle after cancel replaced %v", r.Replaced)
	}
	if _, err := p.Cancel(ctx, Addr(alice), UUID(8), pool.AnyNonce, ""); !errors.Is(err, pool.ErrNotFound) {
		t.Fatalf("unknown uuid: %v", err)
	}
}

func tCaps(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, pool.Config{MaxLive: 4, MaxPerSignerSlot: 2, Retention: time.Hour, MaxFinished: 100})
	mustAdd(t, p, m.Entry(t, alice, 10, UUID(1), 0))
	mustAdd(t, p, m.Entry(t, alice, 10, "", 0))
	_, err := p.Add(ctx, m.Entry(t, alice, 10, "", 0))
	if !errors.Is(err, pool.ErrSlotCap) || !strings.Contains(err.Error(), "slot 10") {
		t.Fatalf("third bundle in slot 10: %v, want ErrSlotCap naming the slot", err)
	}
	mustAdd(t, p, m.Entry(t, alice, 10, UUID(1), 1)) // a replacement fits under the cap
	mustAdd(t, p, m.Entry(t, alice, 11, "", 0))      // another slot has its own cap
	mustAdd(t, p, m.Entry(t, bob, 10, "", 0))        // another signer too
	if _, err := p.Add(ctx, m.Entry(t, bob, 12, "", 0)); !errors.Is(err, pool.ErrPoolFull) {
		t.Fatalf("fifth live bundle: %v, want ErrPoolFull", err)
	}
	if _, err := p.Cancel(ctx, Addr(alice), UUID(1), pool.AnyNonce, ""); err != nil {
		t.Fatal(err)
	}
	mustAdd(t, p, m.Entry(t, bob, 12, "", 0)) // a cancelled bundle no longer counts
}

// A searcher whose bundle waited for slot S when S was skipped sends the very same bundle for
// S+1 before the pool pruned S: it pools for S+1, and the life for S ends expired with the
// reason, seen by whoever watched it. A bundle already submitted is not moved, and another
// signer never moves it.
func tResendAfterSkippedSlotPoolsForTheNextSlot(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	p := newPool(t, f, pool.Config{MaxLive: 100, MaxPerSignerSlot: 1, Retention: time.Hour, MaxFinished: 100})
	first := m.Entry(t, alice, 10, UUID(3), 1)
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
	if c := next(t, changes); c.Status != bundle.StatusExpired || c.Reason != "resent for slot 11" {
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
	stolen.Identity = Addr(bob)
	if _, err := p.Add(ctx, stolen); !errors.Is(err, pool.ErrDuplicate) {
		t.Fatalf("another signer's resend: %v, want ErrDuplicate", err)
	}
}

type quotas map[common.Address]pool.Allowance

func (q quotas) Allowance(id common.Address) pool.Allowance { return q[id] }

// A swarm of signers without standing fills a slot up to the part not reserved and is then
// refused slot_full; a proven signer still pools into the reserve, and each signer's own
// allowance caps it below the configured per-signer cap.
func tSlotFullReservesRoomForProvenSigners(t *testing.T, f Factory) {
	ctx := context.Background()
	m := NewMaker(l1Chain, l2Chain)
	q := quotas{Addr(alice): {PerSlot: 10, Proven: true}}
	p := f(t, pool.Config{MaxLive: 1000, MaxPerSignerSlot: 10, MaxPerSlot: 12, ReservedPerSlot: 4,
		Retention: time.Hour, MaxFinished: 100}, NewClock().Now, q)
	for i := range 8 {
		key := Key(100 + i)
		q[Addr(key)] = pool.Allowance{PerSlot: 2}
		mustAdd(t, p, m.Entry(t, key, 10, "", 0))
	}
	fresh := Key(200)
	q[Addr(fresh)] = pool.Allowance{PerSlot: 2}
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
