package pipeline

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

func mustSkip(t *testing.T, err error, reason string) {
	t.Helper()
	var se *SkipError
	if !errors.As(err, &se) || se.Reason != reason || !errors.Is(err, ErrSkipped) {
		t.Fatalf("got %v, want skip %q", err, reason)
	}
}

func TestSlotSubmitsOrderedAtomicBundle(t *testing.T) {
	h := newHarness(t)
	a, b := h.add(1, 10), h.add(2, 10)
	sent, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(h.sub.sent) != 1 || h.sub.sent[0] != sent.Bundle {
		t.Fatalf("want exactly one submission, got %d", len(h.sub.sent))
	}
	ab := sent.Bundle
	slotTime := uint64(h.sched.Slots().SlotStart(10).Unix())
	if ab.BlockNumber != 100 || ab.MinTimestamp != slotTime || ab.MaxTimestamp != slotTime || ab.ReplacementUUID != bundle.ReplacementUUIDFor(l2Chain, 10) {
		t.Fatalf("bundle header: block %d ts %d..%d uuid %s", ab.BlockNumber, ab.MinTimestamp, ab.MaxTimestamp, ab.ReplacementUUID)
	}
	if len(ab.Txs) != 5 || !bytes.Equal(ab.Txs[2], signedL1(0, "submit")) {
		t.Fatalf("want [pre, pre, submit, post, post], got %d txs", len(ab.Txs))
	}
	for _, e := range []*pool.Entry{a, b} {
		if st := h.status(e.Hash); st.Status != bundle.StatusSubmitted {
			t.Fatalf("bundle %s status %s, want submitted", e.Hash, st.Status)
		}
	}
}

func TestRevertingL2LegDropsOnlyThatBundle(t *testing.T) {
	h := newHarness(t)
	bad := h.oneReverting()
	if st := h.status(bad.Hash); st.Status != bundle.StatusFailed || !strings.HasPrefix(st.Reason, "l2_reverted") {
		t.Fatalf("bad bundle: %s %q, want failed l2_reverted", st.Status, st.Reason)
	}
}

// A bundle whose assertion fails alone is failed with the inbox's reason, in the one pass of
// simulations before composition (each bundle alone); the other is sent alone, as simulated,
// without another simulation.
func TestFailingAssertionDropsItsBundle(t *testing.T) {
	h := newHarness(t)
	a, b := h.add(1, 10), h.add(2, 10)
	h.l1.failAssertion[b.Bundle.Pre[0].Hash()] = true
	sent, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(sent.Included) != 1 || sent.Included[0] != a.Hash || len(sent.Failed) != 1 {
		t.Fatalf("included %v failed %v, want only the first bundle in and one failed", sent.Included, sent.Failed)
	}
	if why := sent.Failed[b.Hash]; !strings.HasPrefix(why, "assertion_failed: index 0: AssertionFailed(callReverted=false") {
		t.Fatalf("failed bundle's reason %q", why)
	}
	if n := h.l1.simulated(); n != 2 {
		t.Fatalf("%d L1 simulations, want 2: each bundle alone", n)
	}
}

func TestLateMessageIsSkippedAndNothingSent(t *testing.T) {
	h := newHarness(t)
	h.add(1, 10)
	_, err := h.p.Handle(context.Background(), h.message(10, 11900*time.Millisecond))
	mustSkip(t, err, bundle.SkipLate)
	if len(h.sub.sent) != 0 || h.l2.calls != 0 {
		t.Fatal("a late message must not be simulated or sent")
	}
}

func TestDeadlinePassingMidBuildSendsNothing(t *testing.T) {
	h := newHarness(t)
	h.add(1, 10)
	msg := h.message(10, 9*time.Second)
	h.l2.during = func() { h.clk.AdvanceTo(h.sched.For(10).SubmitBy.Add(time.Millisecond)) }
	_, err := h.p.Handle(context.Background(), msg)
	mustSkip(t, err, bundle.SkipLate)
	if len(h.sub.sent) != 0 {
		t.Fatal("a bundle built past its deadline must not be sent")
	}
}

func TestProposerBuildingLocallySkipsSlot(t *testing.T) {
	h := newHarness(t)
	h.add(1, 10)
	h.locals[10] = true
	_, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
	mustSkip(t, err, bundle.SkipProposerLocal)
	if h.l2.calls != 0 || len(h.sub.sent) != 0 {
		t.Fatal("nothing may be simulated or sent for a locally built slot")
	}
}

func TestNoBundlesSkipsSlot(t *testing.T) {
	h := newHarness(t)
	_, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
	mustSkip(t, err, bundle.SkipNoBundles)
}

func TestSecondMessageReplacesWithSameUUID(t *testing.T) {
	h := newHarness(t)
	h.add(1, 10)
	first, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	h.add(2, 10)
	msg := h.message(10, 9500*time.Millisecond)
	msg.L2BlockNumber++
	second, err := h.p.Handle(context.Background(), msg)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.sub.sent) != 2 || first.Bundle.ReplacementUUID != second.Bundle.ReplacementUUID || len(second.Included) != 2 {
		t.Fatal("a newer message for the slot must resend under the same replacement uuid")
	}
}

// A withdrawn bundle is cancelled at every endpoint under its replacement uuid, and searchers'
// bundles stay live for a rebuild on the new parent.
func TestWithdrawCancelsSentBundle(t *testing.T) {
	h := newHarness(t)
	e := h.add(1, 10)
	sent, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	h.p.Withdraw(context.Background(), sent)
	if len(h.sub.cancels) != 1 || h.sub.cancels[0] != sent.Bundle.ReplacementUUID {
		t.Fatalf("cancels %v", h.sub.cancels)
	}
	if st := h.status(e.Hash); st.Status != bundle.StatusSubmitted {
		t.Fatalf("status %s: the bundle must stay live for a rebuild on the new parent", st.Status)
	}
}

// A slot whose only bundle fails its assertion is skipped, and the searcher learns why.
func TestOnlyBundleFailingIsReportedFailed(t *testing.T) {
	h := newHarness(t)
	e := h.add(1, 10)
	h.l1.failAssertion[e.Bundle.Pre[0].Hash()] = true
	_, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
	mustSkip(t, err, bundle.SkipNoBundles)
	if st := h.status(e.Hash); st.Status != bundle.StatusFailed || !strings.HasPrefix(st.Reason, "assertion_failed: index 0") {
		t.Fatalf("status %s %q, want failed with the assertion named", st.Status, st.Reason)
	}
}
