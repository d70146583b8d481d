package pullapi

import (
	"context"
	"testing"
)

// The stream drops past slots without an event: Forget is how a Mirror lets them go.
func TestMirrorForgetsSlotsBefore(t *testing.T) {
	m := NewMirror()
	for slot := uint64(99); slot <= 101; slot++ {
		b := ab(uuidA, byte(slot))
		if err := m.Apply(Event{Kind: EventAdd, Slot: slot, ParentHash: parentF, ReplacementUUID: uuidA, Bundle: &b}); err != nil {
			t.Fatal(err)
		}
	}
	m.Forget(100)
	for slot, want := range map[uint64]int{99: 0, 100: 1, 101: 1} {
		if got, _ := m.Bundles(context.Background(), slot, parentF); len(got) != want {
			t.Fatalf("slot %d: %d bundles after Forget(100), want %d", slot, len(got), want)
		}
	}
}
