package pipeline_test

import (
	"context"
	"maps"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

func TestFullSlotOnRealNodes(t *testing.T) {
	r := newRig(t)
	a := r.searcherBundle(0, common.Address{0xa1}, true)
	b := r.searcherBundle(1, common.Address{0xb1}, true)
	sent, err := r.p.Handle(context.Background(), r.message())
	if err != nil {
		t.Fatal(err)
	}
	if len(sent.Included) != 2 || len(r.submitted) != 1 || len(sent.Bundle.Txs) != 5 {
		t.Fatalf("included %d bundles in %d txs, want both in 5 (raw pre, pre, submit, post, post)", len(sent.Included), len(sent.Bundle.Txs))
	}
	_, confirmed := r.land(sent.Bundle)
	if !confirmed[sent.Commitment] {
		t.Fatalf("the L1 block holding the bundle must confirm commitment %s", sent.Commitment)
	}
	if derived := r.deriveL2(sent, a, b); derived != sent.L2Hash {
		t.Fatalf("the based block's hash %s differs from the block derivation builds, %s", sent.L2Hash, derived)
	}
	for _, e := range []*pool.Entry{a, b} {
		if got, _ := r.pool.Get(context.Background(), e.Hash); got.Status().Status != bundle.StatusSubmitted {
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

// based_callBundle: every leg of one bundle simulated on the latest slot-ending message, the
// failing leg named, nothing sent.
func TestCallBundleOnRealNodes(t *testing.T) {
	r := newRig(t)
	msg := r.message()
	if _, err := r.p.Handle(context.Background(), msg); err == nil {
		t.Fatal("no bundles: the slot must be skipped")
	}
	base := maps.Clone(r.nonces)
	check := func(e *pool.Entry, leg string) *pipeline.CallResult {
		t.Helper()
		res, err := r.p.Call(context.Background(), &msg, e.Bundle)
		r.nonces = maps.Clone(base) // dry runs change no chain state: the next bundle reuses the nonces
		if err != nil {
			t.Fatal(err)
		}
		if res.FailedLeg != leg || (leg == "") != res.AssertionsOK {
			t.Fatalf("failed leg %q (%s), assertions ok %v; want leg %q", res.FailedLeg, res.Error, res.AssertionsOK, leg)
		}
		return res
	}
	good := check(r.searcherBundle(0, common.Address{0xa1}, true), "")
	if len(good.Pre) != 1 || len(good.L2) != 1 || len(good.Post) != 1 || good.L2[0].Status != "success" || good.L2StateRoot == (common.Hash{}) {
		t.Fatalf("every leg must be reported: %+v", good)
	}
	if res := check(r.searcherBundle(1, common.Address{0xb1}, false), pipeline.LegAssertions); uint(*res.FailedIndex) != 0 {
		t.Fatalf("failed assertion index %d, want 0", *res.FailedIndex)
	}
	if res := check(r.searcherBundle(0, reverter, true), pipeline.LegL2); res.L2[0].Status != "reverted" {
		t.Fatalf("L2 leg %+v", res.L2)
	}
	if len(r.submitted) != 0 {
		t.Fatal("based_callBundle must send nothing")
	}
}

// Blob mode on the real inbox: the based block travels in a blob (a type-3 submitBased with its
// cell proofs), and the commitment the sidecar predicted over the blob hashes is the one the
// inbox confirms.
func TestBlobModeSlotOnRealNodes(t *testing.T) {
	r := newRig(t)
	cfg := r.cfg
	cfg.BlobThreshold = 1
	p, err := pipeline.New(cfg, r.deps)
	if err != nil {
		t.Fatal(err)
	}
	r.searcherBundle(0, common.Address{0xa1}, true)
	sent, err := p.Handle(context.Background(), r.message())
	if err != nil {
		t.Fatal(err)
	}
	var propose types.Transaction
	if err := propose.UnmarshalBinary(sent.Bundle.Txs[1]); err != nil {
		t.Fatal(err)
	}
	if propose.Type() != types.BlobTxType || propose.BlobTxSidecar() == nil || len(propose.BlobTxSidecar().Proofs) != 128 {
		t.Fatalf("submitBased must be a blob transaction carrying 128 cell proofs, got type %d", propose.Type())
	}
	if _, confirmed := r.land(sent.Bundle); !confirmed[sent.Commitment] {
		t.Fatalf("the blob-mode based block must confirm commitment %s", sent.Commitment)
	}
}
