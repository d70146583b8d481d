package bundle

import (
	"encoding/json"
	"os"
	"testing"
)

// SlotEndingVector is one case of testdata/slot_ending_rule.json.
type slotEndingVector struct {
	Implicit   uint32 `json:"implicitSlotEndingIndex"`
	SeqIndex   uint32 `json:"seqIndex"`
	SlotEnding bool   `json:"slotEnding"`
	EndsSlot   bool   `json:"endsSlot"`
}

// The feed client's slot-ending rule gives every shared vector's answer (the inbox's test
// checks the same file on-chain).
func TestEndsSlotVectors(t *testing.T) {
	raw, err := os.ReadFile("testdata/slot_ending_rule.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct{ Vectors []slotEndingVector }
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	for _, v := range file.Vectors {
		m := SlotEnding{SeqIndex: v.SeqIndex, IsSlotEnding: v.SlotEnding}
		if got := m.EndsSlot(v.Implicit); got != v.EndsSlot {
			t.Errorf("%+v: EndsSlot %v", v, got)
		}
	}
}
