package beacon_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/syncboost/syncboost/devnet/beaconstandin"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/beacon/beacontest"
)

// The tracker against what Prysm v5.3.0 sent (testdata/beacon/prysm-v5.3.0), replayed
// through the stand-in on loopback into the tracker's own streams.

// forever is later than every recorded event.
var forever = time.Unix(1<<40, 0)

func replayer(t *testing.T, name string) (*beacontest.Replayer, context.Context) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	rec, err := beacontest.LoadPrysm(name)
	if err != nil {
		t.Fatal(err)
	}
	r, err := beacontest.NewReplayer(rec, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := r.Close(); err != nil {
			t.Error(err)
		}
	})
	return r, ctx
}

// startAfterHead primes the stand-in with the recording up to its first head event (the node
// ran before the sidecar), starts the tracker just after it, and checks the tracker knows the
// head's execution block before any event: from the head block it reads after connecting.
func startAfterHead(t *testing.T, ctx context.Context, r *beacontest.Replayer) beacon.Snapshot {
	t.Helper()
	n := 0
	for r.Rec.Events[n].Topic != "head" {
		n++
	}
	head := r.Rec.Events[n]
	if err := r.Prime(n+1, head.At.Add(time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	want := recordedExecOf(t, r, n)
	if err := r.Start(ctx); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	s, err := r.Tracker.WaitFor(wctx, func(s beacon.Snapshot) bool { return s.Ready })
	if err != nil {
		t.Fatalf("not ready at start-up: %v; %+v", err, s)
	}
	if s.HeadExecHash != want.ParentHash || s.HeadExecNumber != want.ParentNumber {
		t.Fatalf("start-up: head execution block %d %s, want %d %s", s.HeadExecNumber, s.HeadExecHash, want.ParentNumber, want.ParentHash)
	}
	return s
}

// recordedExecOf is the execution block that the attributes before event n name for its head.
func recordedExecOf(t *testing.T, r *beacontest.Replayer, n int) beacontest.Attributes {
	t.Helper()
	for i := n - 1; i >= 0; i-- {
		if ev := r.Rec.Events[i]; ev.Topic == "payload_attributes" {
			a, err := r.Rec.AttributesOf(ev)
			if err != nil {
				t.Fatal(err)
			}
			return a
		}
	}
	t.Fatal("no payload_attributes before the head")
	return beacontest.Attributes{}
}

// replaySlots replays every event before until. At the end of each slot it checks what the
// sidecar needs then: a ready view whose build slot's payload attributes, on the offered
// parent, are known. It returns the snapshots taken at those ends.
func replaySlots(t *testing.T, ctx context.Context, r *beacontest.Replayer, until time.Time) []beacon.Snapshot {
	t.Helper()
	var ends []beacon.Snapshot
	for {
		ev, ok := r.Peek()
		if !ok || !ev.At.Before(until) {
			return ends
		}
		for cur := r.Rec.SlotAt(r.Clock.Now()); cur < r.Rec.SlotAt(ev.At); cur++ {
			r.Clock.AdvanceTo(r.Rec.SlotStart(cur + 1).Add(-time.Millisecond))
			ends = append(ends, checkBuildSlot(t, ctx, r))
		}
		if _, err := r.Next(ctx); err != nil {
			t.Fatal(err)
		}
	}
}

func checkBuildSlot(t *testing.T, ctx context.Context, r *beacontest.Replayer) beacon.Snapshot {
	t.Helper()
	wctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	s, err := r.Tracker.WaitFor(wctx, func(s beacon.Snapshot) bool {
		if !s.Ready {
			return false
		}
		_, ok := r.Tracker.PayloadAttributes(beacon.AttributesKey{Slot: s.BuildSlot, ParentBlockHash: s.Parents[0].Hash})
		return ok
	})
	if err != nil {
		t.Fatalf("end of slot %d: no payload attributes for build slot %d on the head (%v); %+v", s.Slot, s.BuildSlot, err, s)
	}
	return s
}

func TestPrysmStockLabelsFindTheBuildSlotsAttributes(t *testing.T) {
	t.Parallel()
	r, ctx := replayer(t, beacontest.StockLabels)
	startAfterHead(t, ctx, r)
	mislabelled := 0
	for _, ev := range r.Pending() {
		if ev.Topic != "payload_attributes" {
			continue
		}
		a, err := r.Rec.AttributesOf(ev)
		if err != nil {
			t.Fatal(err)
		}
		if a.ProposalSlot != a.Slot {
			mislabelled++
		}
	}
	ends := replaySlots(t, ctx, r, forever)
	if len(ends) < 19 { // slots 7 to 26 but the last, still open
		t.Fatalf("checked %d slots", len(ends))
	}
	got := beacontest.Counter(r.Registry, "sidecar_beacon_attributes_slot_mismatch_total", "", "")
	if mislabelled == 0 || got != float64(mislabelled) {
		t.Fatalf("slot mismatch metric %v, the recording mislabels %d events", got, mislabelled)
	}
}

func TestPrysmMissedSlotsStayReady(t *testing.T) {
	t.Parallel()
	r, ctx := replayer(t, beacontest.MissedSlots)
	startAfterHead(t, ctx, r)
	ends := replaySlots(t, ctx, r, forever)
	var endedOld []uint64
	for _, s := range ends {
		if s.HeadSlot < s.Slot { // no block in this slot: the next is built on an older head
			endedOld = append(endedOld, s.Slot)
		}
	}
	if want := missedSlots(t, r); len(want) < 4 || !slices.Equal(endedOld, want) {
		t.Fatalf("slots ended ready on an older head: %v, want the recording's missed slots %v", endedOld, want)
	}
}

// missedSlots are the slots between the recording's first and last head without a head event.
func missedSlots(t *testing.T, r *beacontest.Replayer) []uint64 {
	t.Helper()
	heads := map[uint64]bool{}
	first, last := uint64(1<<63), uint64(0)
	for _, ev := range r.Rec.Events {
		if ev.Topic == "head" {
			var h struct {
				Slot uint64 `json:"slot,string"`
			}
			if err := json.Unmarshal(ev.Data, &h); err != nil {
				t.Fatal(err)
			}
			heads[h.Slot], first, last = true, min(first, h.Slot), max(last, h.Slot)
		}
	}
	var missed []uint64
	for s := first; s < last; s++ {
		if !heads[s] {
			missed = append(missed, s)
		}
	}
	return missed
}

// frozen replays the frozen-node recording up to the freeze and freezes the stand-in: the view
// stays ready within the silence rule and is not ready past it, while a reconnect attempt
// waits on the frozen node. The clock ends at the first event after the freeze.
func frozen(t *testing.T) (*beacontest.Replayer, context.Context) {
	t.Helper()
	r, ctx := replayer(t, beacontest.Frozen)
	startAfterHead(t, ctx, r)
	resume, _ := time.Parse(time.RFC3339, "2026-12-02T05:17:00Z") // after the last event before the freeze
	replaySlots(t, ctx, r, resume)
	last, silence := r.Clock.Now(), 2*r.Rec.SlotDuration // beacon.DefaultSilenceSlots

	r.BN.Freeze()
	requests := r.BN.Requests("/eth/v1/events")
	r.Clock.AdvanceTo(last.Add(silence - time.Millisecond))
	if s := r.Tracker.Snapshot(); !s.Ready {
		t.Fatalf("not ready within the silence rule: %+v", s)
	}
	r.Clock.AdvanceTo(last.Add(silence))
	s, err := r.Tracker.WaitFor(ctx, func(s beacon.Snapshot) bool { return !s.Ready })
	if err != nil || s.Reason != beacon.ReasonStreamDown || len(s.Parents) != 0 {
		t.Fatalf("silent for %s: %+v %v", silence, s, err)
	}
	if _, _, err := r.Tracker.BuildTarget(); !errors.Is(err, beacon.ErrNotReady) || !strings.Contains(err.Error(), beacon.ReasonStreamDown) {
		t.Fatalf("BuildTarget on a frozen node: %v", err)
	}
	if err := r.BN.WaitUnsubscribed(ctx, "payload_attributes"); err != nil {
		t.Fatal(err)
	}
	if err := r.Clock.WaitForTimers(ctx, 1); err != nil { // the reconnect backoff
		t.Fatal(err)
	}
	next, _ := r.Peek()
	r.Clock.AdvanceTo(next.At)
	if err := r.BN.WaitRequests(ctx, "/eth/v1/events", requests+1); err != nil {
		t.Fatal(err)
	}
	if s := r.Tracker.Snapshot(); s.Ready || s.Reason != beacon.ReasonStreamDown {
		t.Fatalf("frozen for %s: %+v", r.Clock.Now().Sub(last), s)
	}
	return r, ctx
}

func TestPrysmFrozenNodeIsNotReady(t *testing.T) {
	t.Parallel()
	t.Run("reconnect as the node resumes", func(t *testing.T) {
		t.Parallel()
		r, ctx := frozen(t)
		// The node comes back with the head it had, 13 slots old and vouched for by nothing
		// newer: re-synced, execution block known, still not ready.
		r.BN.Thaw()
		if err := r.WaitSubscribed(ctx); err != nil {
			t.Fatal(err)
		}
		s, err := r.Tracker.WaitFor(ctx, func(s beacon.Snapshot) bool { return s.Reason == beacon.ReasonHeadStale })
		if err != nil || s.Ready || len(s.Parents) != 0 || s.HeadSlot != 188 || s.HeadExecNumber != 182 {
			t.Fatalf("resumed: %+v %v", s, err)
		}
		replaySlots(t, ctx, r, forever)
	})
	t.Run("reconnect after the node imported a block", func(t *testing.T) {
		t.Parallel()
		r, ctx := frozen(t)
		// The node resumes and imports the block of slot 201 before the tracker's
		// payload_attributes stream is back: the attributes naming that block go to no one,
		// its head event to the head stream.
		var head beaconstandin.Recorded
		for head.Topic != "head" {
			ev, err := r.Send()
			if err != nil {
				t.Fatal(err)
			}
			head = ev
		}
		r.BN.Thaw()
		if err := r.WaitSubscribed(ctx); err != nil {
			t.Fatal(err)
		}
		// Known from the head block read on reconnecting, before the next block.
		want := r.Rec.Exec.ByNumber(183).Hash()
		s, err := r.Tracker.WaitFor(ctx, func(s beacon.Snapshot) bool { return s.Ready && s.HeadSlot == 201 })
		if err != nil || s.HeadExecHash != want || s.Parents[0].Hash != want {
			t.Fatalf("after reconnecting: %+v %v, want execution block %s", s, err, want)
		}
		if next, _ := r.Peek(); next.Topic != "payload_attributes" || r.Rec.SlotAt(next.At) != 202 {
			t.Fatalf("next event %s at %s", next.Topic, next.At)
		}
		// Slot 202's attributes on that block went to no one; from slot 202 on, all arrive.
		r.Clock.AdvanceTo(r.Rec.SlotStart(202))
		replaySlots(t, ctx, r, forever)
	})
}
