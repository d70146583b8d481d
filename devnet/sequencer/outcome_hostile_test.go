package sequencer_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/sequencer"
	"github.com/syncboost/syncboost/sidecar/feed"
)

// Attacks on the sequencer's outcome receiver, over genuine HTTP on loopback: none may reach
// the sequencer's record. The rig's clock is in slot 1.

func TestHostileStrangerNotLandedNotRecorded(t *testing.T) {
	r := newRig(t)
	stranger, err := crypto.GenerateKey()
	must(t, err)
	forged := feed.Outcome{L2ChainID: l2ChainID, L1Slot: 1, Kind: bundle.OutcomeNotLanded, Reason: "l1_slot_missed", L2BlockNumber: 2}
	for name, oc := range map[string]*feed.OutcomeClient{"signed by a stranger": r.outcomeClient(stranger), "unsigned": r.outcomeClient(nil)} {
		if err := oc.Report(context.Background(), forged); !errors.Is(err, feed.ErrOutcomeRefused) {
			t.Errorf("%s: Report = %v, want ErrOutcomeRefused", name, err)
		}
	}
	// The allowed sidecar's report goes through, and is the only one recorded.
	genuine := forged
	genuine.Kind, genuine.Reason, genuine.L1BlockNumber, genuine.L1BlockHash, genuine.BasedBlockHash = bundle.OutcomeLanded, "", 1, [32]byte{1}, [32]byte{2}
	must(t, r.outcomeClient(sidecarID).Report(context.Background(), genuine))
	r.waitFor(sequencer.EventOutcome, nil)
	if got := r.seq.Outcomes(); len(got) != 1 || !reflect.DeepEqual(got[0], genuine) {
		t.Fatalf("recorded outcomes %+v, want only the sidecar's", got)
	}
	if f, _ := r.seq.Slot(1); len(f.Outcomes) != 1 || f.Outcomes[0].Kind != bundle.OutcomeLanded {
		t.Fatalf("slot 1 outcomes %+v", f.Outcomes)
	}
}

func TestHostileFarFutureFloodKeepsRealOutcome(t *testing.T) {
	r := newRig(t)
	genuine := feed.Outcome{L2ChainID: l2ChainID, L1Slot: 1, Kind: bundle.OutcomeNotLanded, Reason: "l1_slot_missed", L2BlockNumber: 2}
	must(t, r.outcomeClient(sidecarID).Report(context.Background(), genuine))
	r.waitFor(sequencer.EventOutcome, nil)
	stranger, err := crypto.GenerateKey()
	must(t, err)
	attacker := r.outcomeClient(stranger)
	for i := range uint64(1100) {
		o := genuine
		o.L1Slot = 1_000 + i
		if err := attacker.Report(context.Background(), o); !errors.Is(err, feed.ErrOutcomeRefused) {
			t.Fatalf("far-future report %d: %v", i, err)
		}
	}
	// Not even the allowed sidecar may report a far-future slot.
	far := genuine
	far.L1Slot = 5_000
	if err := r.outcomeClient(sidecarID).Report(context.Background(), far); !errors.Is(err, feed.ErrOutcomeRefused) {
		t.Fatalf("allowed sidecar, far-future slot: %v", err)
	}
	if f, ok := r.seq.Slot(1); !ok || len(f.Outcomes) != 1 || !reflect.DeepEqual(f.Outcomes[0], genuine) {
		t.Fatalf("slot 1 facts %+v, want the real outcome kept", f)
	}
	if got := r.seq.Outcomes(); len(got) != 1 {
		t.Fatalf("recorded %d outcomes, want 1", len(got))
	}
	for _, f := range r.seq.Slots() {
		if f.Slot >= 1_000 {
			t.Fatalf("a far-future slot entered the record: %d", f.Slot)
		}
	}
}
