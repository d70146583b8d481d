package inclusion

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// A newer message for the same slot and parent replaces what the tracker will settle.
func TestRecordReplacesTheSameParentsSend(t *testing.T) {
	f := newFixture(t)
	newer := *f.sent
	newer.Commitment = common.Hash{0xc2}
	f.tr.Record(&newer)
	if vs := f.tr.SentFor(slot); len(vs) != 1 || vs[0] != &newer {
		t.Fatalf("sent for slot %d: %v, want only the replacement", slot, vs)
	}
}

// A head change cancels what was sent on a parent the block can no longer use, and the tracker
// stops tracking it; the same head cancels nothing.
func TestHeadReturnsSendsOnAParentThatIsGone(t *testing.T) {
	f := newFixture(t)
	if stale := f.tr.Head(slot-1, slot, []common.Hash{f.parent.Hash()}); len(stale) != 0 {
		t.Fatalf("the same parent made %d sends stale", len(stale))
	}
	stale := f.tr.Head(slot-1, slot, []common.Hash{{0xbb}})
	if len(stale) != 1 || stale[0] != f.sent {
		t.Fatalf("stale %v, want the send on the old parent", stale)
	}
	if len(f.tr.SentFor(slot)) != 0 {
		t.Fatal("a withdrawn send must not be tracked for inclusion")
	}
	// A build that finishes after the head moved is stale at once.
	late := *f.sent
	if !f.tr.Record(&late) {
		t.Fatal("a send on a parent the head left must be reported stale")
	}
}

// The skip reason of a slot is what the latest message ended with: a later send clears it.
func TestSkipReasonFollowsTheLatestMessage(t *testing.T) {
	f := newFixture(t)
	f.tr.Skip(slot+1, bundle.SkipLate)
	if why, ok := f.tr.SkipReason(slot + 1); !ok || why != bundle.SkipLate {
		t.Fatalf("skip reason %q %v", why, ok)
	}
	next := &slots.Sent{Slot: slot + 1, Target: slots.Target{Slot: slot + 1, ParentHash: common.Hash{0xaa}}}
	f.tr.Record(next)
	if _, ok := f.tr.SkipReason(slot + 1); ok {
		t.Fatal("a send for the slot must clear its skip reason")
	}
}
