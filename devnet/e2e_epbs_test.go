package devnet

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/sequencer"
)

// The ePBS devnet with a quarter of the payloads withheld: the beacon stand-in schedules Gloas
// at epoch 0 and the sidecar runs the epbs profile; each release after a revealed payload signs
// both variants and the sidecar sends both, each with its own replacement handle. Every slot
// whose proposer took the builder's block lands, in the variant whose parent the block built on
// (FULL after a revealed payload, EMPTY after a withheld one); no slot lands twice; and the
// variant on the parent that lost is reported void, not as an outcome of the slot. A junk
// bundle from a fresh identity, failing on both parents, is failed once its slot settles and
// costs the identity standing, as under MEV-Boost.
func TestE2EEPBSWithheldPayloads(t *testing.T) {
	d := startDevnet(t, func(c *Config) { c.EPBS, c.WithholdShareBps, c.FailEvery = true, 2500, 0 })
	if c := d.Sidecar.Beacon.Chain(); !c.Gloas.Scheduled || !c.GloasAt(d.L1.LastSlot()+1) {
		t.Fatalf("the sidecar's beacon chain %+v does not schedule Gloas", c.Gloas)
	}
	first := d.L1.LastSlot() + 3
	const n = 24
	last := first + n - 1
	junkID := testIdentity(t, "ePBS junk identity")
	junk := sendFailingBundle(t, d, first+1, gethnode.TestKey(keyUser+1), junkID)
	for slot := first; slot <= last; slot++ {
		if rep := waitSlot(t, d, slot); !rep.Withheld {
			outcome(t, d, slot) // in once the slot's payload is settled, or two slots later
		}
		rep, _ := d.L1.Report(slot)
		checkEPBSSlot(t, d, rep)
	}
	st := d.EPBSStats(first, last)
	var out strings.Builder
	st.Print(&out)
	t.Log(out.String())
	switch {
	case st.Withheld == 0 || st.EmptyWon == 0 || st.FullWon == 0 || st.TwoVariants == 0:
		t.Fatalf("the run did not show both parents winning and both variants signed: %+v", st)
	case st.LandedTwice > 0 || st.WrongVariant > 0:
		t.Fatalf("%d slots landed twice, %d in the wrong variant", st.LandedTwice, st.WrongVariant)
	case st.LandedFull+st.LandedEmpty < st.Taken:
		t.Fatalf("landed %d (FULL %d, EMPTY %d) of %d slots whose proposer took the builder's block",
			st.LandedFull+st.LandedEmpty, st.LandedFull, st.LandedEmpty, st.Taken)
	case st.LandedEmpty == 0 || st.LandedFull == 0 || st.Void == 0:
		t.Fatalf("want landings in both variants and void variants: %+v", st)
	}
	checkJunkFailed(t, d, junk, crypto.PubkeyToAddress(junkID.PublicKey))
}

// checkJunkFailed checks that the junk bundle failed on every parent and cost its identity.
func checkJunkFailed(t *testing.T, d *Devnet, junk common.Hash, identity common.Address) {
	t.Helper()
	e, err := d.Sidecar.Pool.Get(context.Background(), junk)
	if err != nil {
		t.Fatal(err)
	}
	if st := e.Status(); st.Status != bundle.StatusFailed || !strings.Contains(st.Reason, "every parent") {
		t.Fatalf("junk bundle %s: %s (%s), want failed on every parent", junk, st.Status, st.Reason)
	}
	if s := d.Sidecar.Reputation.Standing(identity); s >= 0 {
		t.Fatalf("junk identity's standing %v, want below 0", s)
	}
}

// checkEPBSSlot checks one slot: a withheld payload lands nothing; otherwise the sidecar's
// variant on the block's parent landed, the other (if sent) is void, and the sequencer heard
// one outcome for the slot.
func checkEPBSSlot(t *testing.T, d *Devnet, rep l1.SlotReport) {
	t.Helper()
	slot := rep.Slot
	f, _ := d.Seq.Slot(slot)
	if rep.Withheld {
		if f.Derived() {
			t.Fatalf("slot %d: a based block derived from a withheld payload", slot)
		}
		return
	}
	if rep.Block == nil {
		t.Fatalf("slot %d: no block and not withheld (%v)", slot, rep.Err)
	}
	parent := rep.Block.ParentHash()
	sent := d.Sidecar.SentFor(slot)
	void := d.Sidecar.VoidFor(slot)
	if want := sequencer.VariantFull; rep.Parent == l1.ParentEmpty {
		want = sequencer.VariantEmpty
		if len(f.Variants) != 1 || f.Variants[0].Variant != want {
			t.Fatalf("slot %d after a withheld payload: variants %+v, want only EMPTY", slot, f.Variants)
		}
	} else if len(f.Variants) != 2 {
		t.Fatalf("slot %d after a revealed payload: %d variants, want EMPTY and FULL", slot, len(f.Variants))
	}
	if len(sent) == 2 && sent[0].Target.ParentHash != sent[1].Target.ParentHash {
		if len(void) != 1 || void[0].Target.ParentHash == parent {
			t.Fatalf("slot %d: void variants %d (want the one off parent %s)", slot, len(void), parent)
		}
	}
	if f.Parent == "" || !landed(f) || !builtOnVariant(f, parent) {
		t.Fatalf("slot %d (parent %s): the variant on the block's parent did not land; facts %+v", slot, rep.Parent, f)
	}
	for _, o := range f.Outcomes {
		if o.Kind != bundle.OutcomeLanded {
			t.Fatalf("slot %d: outcome %s/%s reported beside the landing", slot, o.Kind, o.Reason)
		}
	}
}
