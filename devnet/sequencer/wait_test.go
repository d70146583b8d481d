package sequencer_test

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/sequencer"
	"github.com/syncboost/syncboost/sidecar/feed"
)

// WaitSlot returns once the slot's facts satisfy the condition (here: an outcome arrived),
// and gives up with the context's error when they never do.
func TestWaitSlotWakesOnFacts(t *testing.T) {
	r := newRig(t)
	hasOutcome := func(f sequencer.SlotFacts) bool { return len(f.Outcomes) > 0 }
	type result struct {
		f   sequencer.SlotFacts
		err error
	}
	got := make(chan result, 1)
	bounded, stop := context.WithTimeout(context.Background(), 10*time.Second)
	defer stop()
	go func() {
		f, err := r.seq.WaitSlot(bounded, 2, hasOutcome)
		got <- result{f, err}
	}()
	oc := r.outcomeClient(sidecarID)
	o := feed.Outcome{L2ChainID: l2ChainID, L1Slot: 2, Kind: bundle.OutcomeNotLanded, Reason: "l1_slot_missed", L2BlockNumber: 2}
	must(t, oc.Report(context.Background(), o))
	res := <-got
	if res.err != nil || res.f.Slot != 2 || len(res.f.Outcomes) != 1 || !reflect.DeepEqual(res.f.Outcomes[0], o) {
		t.Fatalf("WaitSlot = %+v, %v; want slot 2 with outcome %+v", res.f, res.err, o)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := r.seq.WaitSlot(ctx, 10, hasOutcome); !errors.Is(err, context.Canceled) {
		t.Fatalf("WaitSlot on a slot without facts = %v, want context.Canceled", err)
	}
}
