package sidecar

import (
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
)

// The fan-out's deadline is the last instant the pipeline sends for the bundle's slot, read from
// the slot's timestamp; a bundle without one gets none rather than one in the past.
func TestSubmitterDeadlineIsTheSlotsStopReplacing(t *testing.T) {
	slots, err := clock.NewSlotClock(time.Unix(1_606_824_023, 0), 12*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	for _, cfg := range []clock.ScheduleConfig{clock.DefaultMEVBoost(), clock.DefaultEPBS().WithDefaults()} {
		sched, err := clock.NewSchedule(cfg, slots)
		if err != nil {
			t.Fatal(err)
		}
		a := &submitter{sched: sched}
		b := &bundle.AtomicBundle{MinTimestamp: uint64(slots.SlotStart(100).Unix())}
		if got, want := a.deadline(b), sched.For(100).StopReplacing; !got.Equal(want) {
			t.Errorf("%s: deadline %s, want %s", cfg.Profile, got, want)
		}
		if got := a.deadline(&bundle.AtomicBundle{}); !got.IsZero() {
			t.Errorf("%s: deadline %s for a bundle without a timestamp, want none", cfg.Profile, got)
		}
	}
}
