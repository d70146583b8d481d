package bindings_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/syncboost/syncboost/contracts/bindings"
)

// ruleVector is one case of bundle/testdata/slot_ending_rule.json, the vectors the
// sidecar's feed client is tested against too.
type ruleVector struct {
	Implicit   uint32 `json:"implicitSlotEndingIndex"`
	SeqIndex   uint32 `json:"seqIndex"`
	SlotEnding bool   `json:"slotEnding"`
	EndsSlot   bool   `json:"endsSlot"`
}

func ruleVectors(t *testing.T) []ruleVector {
	raw, err := os.ReadFile("../../bundle/testdata/slot_ending_rule.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct{ Vectors []ruleVector }
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	return file.Vectors
}

// The inbox ends slots by the same rule as the sidecar: every shared vector, on an inbox
// deployed with the vector's implicit index.
func TestInboxSlotEndingRuleMatchesTheSidecar(t *testing.T) {
	inboxes := map[uint32]*fixture{}
	for _, v := range ruleVectors(t) {
		f, ok := inboxes[v.Implicit]
		if !ok {
			f = newFixture(t, func(c *bindings.InboxConfig) { c.ImplicitSlotEndingIndex = v.Implicit })
			inboxes[v.Implicit] = f
		}
		m := f.slotEnding(1, 10)
		m.SeqIndex, m.SlotEnding = v.SeqIndex, v.SlotEnding
		got, err := f.ib.UnpackIsSlotEnding(f.call(f.inbox, f.ib.PackIsSlotEnding(m)))
		if err != nil || got != v.EndsSlot {
			t.Errorf("%+v: isSlotEnding %v (%v)", v, got, err)
		}
	}
}

// With an implicit index, a certified message without the flag at that index is proposed; the
// same message one index earlier, flagged, is refused NotSlotEnding, the feed client's reason.
func TestImplicitSlotEndingIndexOnChain(t *testing.T) {
	f := newFixture(t, func(c *bindings.InboxConfig) { c.ImplicitSlotEndingIndex = 4 })
	f.enterSlot(2)
	early := f.certified(2, 40, []byte{1})
	early.SlotEnding.SeqIndex, early.SlotEnding.SlotEnding = 3, true
	early.Certificate = f.certify(early.SlotEnding)
	tx := f.submit(f.sidecar, early, 1)
	f.chain.Commit()
	revertAs[bindings.BasedInboxNotSlotEnding](f, tx)

	s := f.certified(2, 40, []byte{1})
	s.SlotEnding.SeqIndex, s.SlotEnding.SlotEnding = 4, false
	s.Certificate = f.certify(s.SlotEnding)
	tx = f.submit(f.sidecar, s, 1)
	f.chain.Commit()
	f.mustSucceed(tx)
}
