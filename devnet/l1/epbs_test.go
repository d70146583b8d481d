package l1_test

import (
	"testing"
	"time"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/l1/beaconapi"
)

// Under the ePBS timeline the builder's block of a withheld slot never reaches the chain, and
// the next slot's block builds on the last revealed one (the EMPTY parent), with the withheld
// slot's beacon block as its beacon parent; a revealed payload is imported by PAYLOAD_DUE_BPS
// and the next block builds on it (FULL). A third of the slots withheld: slot 2 of 1..4.
func TestEPBSWithheldPayloadIsLikeAMissedSlot(t *testing.T) {
	t.Parallel()
	r := newRig(t, l1.Config{SlotDuration: 2 * time.Second, EPBS: true, WithholdShareBps: 3334})
	chain := r.d.Node().BlockChain()
	prev, prevRoot := chain.Genesis().Header(), r.d.Beacon().BlockRoot(chain.Genesis().Header())
	wantParent := map[uint64]string{1: l1.ParentFull, 3: l1.ParentEmpty, 4: l1.ParentFull}
	if err := r.clk.WaitForTimers(r.ctx, 1); err != nil { // the slot loop's first timer
		t.Fatal(err)
	}
	for s := uint64(1); s <= 4; s++ {
		r.clk.AdvanceTo(r.d.Slots().SlotStart(s))
		if err := r.clk.WaitForTimers(r.ctx, 1); err != nil { // the reveal (or due) instant
			t.Fatal(err)
		}
		r.clk.AdvanceTo(r.d.Slots().SlotStart(s).Add(r.d.Slots().Bps(clock.PayloadDueBps)))
		rep, err := r.d.WaitSlot(r.ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		if withheld := s == 2; withheld != rep.Withheld || withheld != r.d.Config().Withheld(s) {
			t.Fatalf("slot %d: withheld %v, want %v", s, rep.Withheld, withheld)
		}
		if rep.Withheld {
			if rep.Block != nil || !rep.Missed || chain.CurrentHeader().Hash() != prev.Hash() {
				t.Fatalf("slot %d withheld, but the chain moved to %s", s, chain.CurrentHeader().Hash())
			}
			prevRoot = rep.BeaconRoot
			continue
		}
		h := rep.Block.Header()
		switch {
		case h.ParentHash != prev.Hash() || *h.ParentBeaconRoot != prevRoot:
			t.Fatalf("slot %d: parent %s beacon root %s, want the last revealed %s under %s", s, h.ParentHash, h.ParentBeaconRoot, prev.Hash(), prevRoot)
		case rep.Parent != wantParent[s]:
			t.Fatalf("slot %d: parent kind %s, want %s", s, rep.Parent, wantParent[s])
		case chain.CurrentHeader().Hash() != h.Hash() || h.Time != uint64(r.d.Slots().SlotStart(s).Unix()):
			t.Fatalf("slot %d: head %s at %d, want the revealed block", s, chain.CurrentHeader().Hash(), h.Time)
		case rep.BeaconRoot != beaconapi.BlockRoot(s, h.Hash()):
			t.Fatalf("slot %d: beacon root %s", s, rep.BeaconRoot)
		}
		prev, prevRoot = h, rep.BeaconRoot
	}
}
