package driver

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
)

// TestSupersedesKeepsABasedBuildFromALateMessage: a based-mode build starts at accept_by, so
// the sequencer's message for the same slot can only be late; it must not end the build it
// cannot replace. Everything else supersedes as before.
func TestSupersedesKeepsABasedBuildFromALateMessage(t *testing.T) {
	p, other := common.Hash{1}, common.Hash{2}
	msg := func(s uint64, parent common.Hash, based bool) pipeline.Message {
		return pipeline.Message{SignedSlotEnding: &bundle.SignedSlotEnding{SlotEnding: bundle.SlotEnding{L1Slot: s, L1ParentHash: parent}}, Based: based}
	}
	tests := []struct {
		name       string
		m          pipeline.Message
		curBased   bool
		supersedes bool
	}{
		{"certified replaces certified", msg(5, p, false), false, true},
		{"late certified keeps the based build", msg(5, p, false), true, false},
		{"based replaces based", msg(5, p, true), true, true},
		{"a later slot replaces a based build", msg(6, p, false), true, true},
		{"the other parent's variant is built beside", msg(5, other, false), false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := supersedes(tc.m, 5, p, tc.curBased); got != tc.supersedes {
				t.Fatalf("supersedes = %v, want %v", got, tc.supersedes)
			}
		})
	}
}
