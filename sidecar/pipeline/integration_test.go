package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/sidecar/pool"
)

func TestFullSlotOnRealNodes(t *testing.T) {
	r := newRig(t)
	a := r.searcherBundle(0, common.Address{0xa1}, true)
	b := r.searcherBundle(1, common.Address{0xb1}, true)
	sent, err := r.p.Handle(context.Background(), r.message())
	if err != nil {
		t.Fatal(err)
	}
	if len(sent.Included) != 2 || len(r.submitted) != 1 || len(sent.Bundle.Txs) != 6 {
		t.Fatalf("included %d bundles in %d txs, want both in 6", len(sent.Included), len(sent.Bundle.Txs))
	}
	_, confirmed := r.land(sent.Bundle)
	if !confirmed[sent.Commitment] {
		t.Fatalf("the L1 block holding the bundle must confirm commitment %s", sent.Commitment)
	}
	if derived := r.deriveL2(a, b); derived != sent.L2Hash {
		t.Fatalf("the based block's hash %s differs from the block derivation builds, %s", sent.L2Hash, derived)
	}
	for _, e := range []*pool.Entry{a, b} {
		if got, _ := r.pool.Get(context.Background(), e.Hash); got.Status().Status != pool.Submitted {
			t.Fatalf("status %s, want submitted", got.Status().Status)
		}
	}
}

func TestFailingAssertionRemovedOnRealNodes(t *testing.T) {
	r := newRig(t)
	good := r.searcherBundle(0, common.Address{0xa1}, true)
	bad := r.searcherBundle(1, common.Address{0xb1}, false)
	sent, err := r.p.Handle(context.Background(), r.message())
	if err != nil {
		t.Fatal(err)
	}
	if len(sent.Included) != 1 || sent.Included[0] != good.Hash {
		t.Fatalf("included %v, want only the bundle whose assertion holds", sent.Included)
	}
	if why := sent.Failed[bad.Hash]; !strings.HasPrefix(why, "assertion_failed") {
		t.Fatalf("bad bundle reason %q", why)
	}
	if _, confirmed := r.land(sent.Bundle); !confirmed[sent.Commitment] {
		t.Fatal("the remaining bundle must land confirmed")
	}
}

func TestRevertingL2LegDroppedOnRealNodes(t *testing.T) {
	r := newRig(t)
	good := r.searcherBundle(0, common.Address{0xa1}, true)
	bad := r.searcherBundle(1, reverter, true)
	sent, err := r.p.Handle(context.Background(), r.message())
	if err != nil {
		t.Fatal(err)
	}
	if len(sent.Included) != 1 || sent.Included[0] != good.Hash || !strings.HasPrefix(sent.Failed[bad.Hash], "l2_reverted") {
		t.Fatalf("included %v failed %v", sent.Included, sent.Failed)
	}
	if _, confirmed := r.land(sent.Bundle); !confirmed[sent.Commitment] {
		t.Fatal("the remaining bundle must land confirmed")
	}
}
