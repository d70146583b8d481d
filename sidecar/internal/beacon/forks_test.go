package beacon

import (
	"testing"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common"
)

func TestGloasForkIsReadFromTheForkSchedule(t *testing.T) {
	gloasVersion := phase0.Version{7}
	withGloas := map[string]any{"GLOAS_FORK_VERSION": gloasVersion}
	schedule := []*phase0.Fork{
		{PreviousVersion: phase0.Version{5}, CurrentVersion: phase0.Version{6}, Epoch: 100},
		{PreviousVersion: phase0.Version{6}, CurrentVersion: gloasVersion, Epoch: 200},
	}
	farFuture := []*phase0.Fork{{PreviousVersion: phase0.Version{6}, CurrentVersion: gloasVersion, Epoch: farFutureEpoch}}
	for _, tc := range []struct {
		name  string
		spec  map[string]any
		forks []*phase0.Fork
		want  ForkEntry
	}{
		{"scheduled", withGloas, schedule, ForkEntry{Scheduled: true, Epoch: 200, Version: gloasVersion}},
		{"pre-Gloas node", map[string]any{}, schedule, ForkEntry{}},
		{"not in the schedule", withGloas, schedule[:1], ForkEntry{Version: gloasVersion}},
		{"far future", withGloas, farFuture, ForkEntry{Version: gloasVersion}},
		{"nil entry", withGloas, []*phase0.Fork{nil}, ForkEntry{Version: gloasVersion}},
	} {
		if got := gloasFork(tc.spec, tc.forks); got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestGloasAtStartsAtTheForkEpoch(t *testing.T) {
	c := Chain{SlotsPerEpoch: 32, Gloas: ForkEntry{Scheduled: true, Epoch: 2}}
	if c.GloasAt(63) || !c.GloasAt(64) || !c.GloasAt(1000) {
		t.Fatal("Gloas must start at the first slot of epoch 2")
	}
	if (Chain{SlotsPerEpoch: 32}).GloasAt(1 << 40) {
		t.Fatal("an unscheduled Gloas is never active")
	}
}

// The Gloas events a node sends are kept within KeepSlots of now: stale and far-future slots
// are ignored, a slot keeps at most maxBidsPerSlot bids, and old ones are dropped as time moves.
func TestGloasEventsStayBounded(t *testing.T) {
	st := state{bids: map[uint64][]Bid{}, payloads: map[common.Hash]payloadSeen{}}
	const now, keep = 100, 4
	st.addBid(Bid{Slot: now - keep - 1}, now, keep)
	st.addBid(Bid{Slot: now + keep + 1}, now, keep)
	st.notePayload(common.Hash{1}, 1<<40, now, keep, func(p *payloadSeen) { p.available = true })
	if len(st.bids) != 0 || len(st.payloads) != 0 {
		t.Fatalf("kept out-of-window events: bids %v payloads %v", st.bids, st.payloads)
	}
	for i := range maxBidsPerSlot + 3 {
		st.addBid(Bid{Slot: now + 1, BuilderIndex: uint64(i)}, now, keep)
	}
	if n := len(st.bids[now+1]); n != maxBidsPerSlot {
		t.Fatalf("%d bids kept for one slot, want %d", n, maxBidsPerSlot)
	}
	st.addBid(Bid{Slot: now + 20}, now+20, keep)
	if _, ok := st.bids[now+1]; ok || len(st.bids[now+20]) != 1 {
		t.Fatalf("old slot's bids not dropped: %v", st.bids)
	}
}
