package pool_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

func TestReplacementHigherNonceWinsLowerRefused(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, roomy, nil)
	u := pooltest.UUID(1)
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

func TestCancelOnlyOwnBundleAndFinal(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, roomy, nil)
	u := pooltest.UUID(7)
	e := mustAdd(t, p, m.Entry(t, alice, 10, u, 4)).Entry

	if _, err := p.Cancel(ctx, pooltest.Addr(bob), u, pool.AnyNonce, "by bob"); !errors.Is(err, pool.ErrNotFound) {
		t.Fatalf("bob cancels alice's uuid: %v, want ErrNotFound", err)
	}
	if status(t, p, e.Hash).Status != bundle.StatusReceived {
		t.Fatal("bob's cancel changed alice's bundle")
	}
	c, err := p.Cancel(ctx, pooltest.Addr(alice), u, pool.AnyNonce, "cancelled by signer")
	if err != nil || c.Status().Status != bundle.StatusCancelled || c.Status().Reason != "cancelled by signer" {
		t.Fatalf("Cancel = %+v, %v", c, err)
	}
	if p.Len() != 0 {
		t.Fatalf("Len = %d after cancel", p.Len())
	}
	if again, err := p.Cancel(ctx, pooltest.Addr(alice), u, pool.AnyNonce, "again"); err != nil || len(again.History) != 2 {
		t.Fatalf("second cancel = %+v, %v; want the same cancelled bundle", again, err)
	}
	// a stale message cannot resurrect the uuid; a higher nonce can.
	if _, err := p.Add(ctx, m.Entry(t, alice, 10, u, 4)); !errors.Is(err, pool.ErrNonceTooLow) {
		t.Fatalf("same nonce after cancel: %v, want ErrNonceTooLow", err)
	}
	if r := mustAdd(t, p, m.Entry(t, alice, 10, u, 5)); r.Replaced != nil {
		t.Fatalf("new bundle after cancel replaced %v", r.Replaced)
	}
	if _, err := p.Cancel(ctx, pooltest.Addr(alice), pooltest.UUID(8), pool.AnyNonce, ""); !errors.Is(err, pool.ErrNotFound) {
		t.Fatalf("unknown uuid: %v", err)
	}
}

func TestCaps(t *testing.T) {
	ctx := context.Background()
	m := pooltest.NewMaker(l1Chain, l2Chain)
	p := newPool(t, pool.Config{MaxLive: 4, MaxPerSignerSlot: 2, Retention: time.Hour, MaxFinished: 100}, nil)
	mustAdd(t, p, m.Entry(t, alice, 10, pooltest.UUID(1), 0))
	mustAdd(t, p, m.Entry(t, alice, 10, "", 0))
	_, err := p.Add(ctx, m.Entry(t, alice, 10, "", 0))
	if !errors.Is(err, pool.ErrSlotCap) || !strings.Contains(err.Error(), "slot 10") {
		t.Fatalf("third bundle in slot 10: %v, want ErrSlotCap naming the slot", err)
	}
	mustAdd(t, p, m.Entry(t, alice, 10, pooltest.UUID(1), 1)) // a replacement fits under the cap
	mustAdd(t, p, m.Entry(t, alice, 11, "", 0))               // another slot has its own cap
	mustAdd(t, p, m.Entry(t, bob, 10, "", 0))                 // another signer too
	if _, err := p.Add(ctx, m.Entry(t, bob, 12, "", 0)); !errors.Is(err, pool.ErrPoolFull) {
		t.Fatalf("fifth live bundle: %v, want ErrPoolFull", err)
	}
	if _, err := p.Cancel(ctx, pooltest.Addr(alice), pooltest.UUID(1), pool.AnyNonce, ""); err != nil {
		t.Fatal(err)
	}
	mustAdd(t, p, m.Entry(t, bob, 12, "", 0)) // a cancelled bundle no longer counts
}
