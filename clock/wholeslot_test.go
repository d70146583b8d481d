package clock

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// slotRunner models how the pipeline uses the schedule for one target slot:
// it classifies each slot-ending message on arrival, submits the newest
// on-time one at SubmitBy, and (ePBS) reveals at RevealBy. Every wait is on
// the Clock, so the test drives it with the virtual clock and never sleeps.
func slotRunner(ctx context.Context, clk Clock, d Deadlines, msgs <-chan string, events chan<- string) {
	submit := clk.NewTimer(d.SubmitBy.Sub(clk.Now()))
	defer submit.Stop()
	var best string
	for {
		select {
		case <-ctx.Done():
			return
		case m := <-msgs:
			timing := d.Classify(clk.Now())
			if timing == TimingOnTime {
				best = m
			}
			events <- fmt.Sprintf("%s:%s", m, timing)
		case <-submit.C():
			events <- "submit:" + best
			if !d.RevealBy.IsZero() {
				reveal := clk.NewTimer(d.RevealBy.Sub(clk.Now()))
				defer reveal.Stop()
				select {
				case at := <-reveal.C(): // the tick carries the firing time
					events <- fmt.Sprintf("reveal@%dms", at.Sub(d.SlotStart).Milliseconds())
				case <-ctx.Done():
				}
			}
			return
		}
	}
}

func TestWholeSlotVirtualTimeline(t *testing.T) {
	for _, tc := range []struct {
		name    string
		slotDur time.Duration
		cfg     ScheduleConfig
		reveal  string
	}{
		{"mevboost 12s", 12 * time.Second, DefaultMEVBoost(), ""},
		{"mevboost 6s", 6 * time.Second, DefaultMEVBoost(), ""},
		{"epbs 12s", 12 * time.Second, DefaultEPBS(), "reveal@6000ms"},
		{"epbs 6s", 6 * time.Second, DefaultEPBS(), "reveal@3000ms"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			runWholeSlot(t, tc.slotDur, tc.cfg, tc.reveal)
		})
	}
}

func runWholeSlot(t *testing.T, slotDur time.Duration, cfg ScheduleConfig, wantReveal string) {
	sc, err := NewSlotClock(mainnetGenesis, slotDur)
	if err != nil {
		t.Fatal(err)
	}
	sched, err := NewSchedule(cfg, sc)
	if err != nil {
		t.Fatal(err)
	}
	const target = 500
	d := sched.For(target)
	v := NewVirtual(d.Opens.Add(-slotDur / 2)) // middle of slot S-2
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	msgs, events := make(chan string), make(chan string, 4)
	done := make(chan struct{})
	go func() { defer close(done); slotRunner(ctx, v, d, msgs, events) }()
	defer func() { cancel(); <-done }()

	expect := func(want string) {
		t.Helper()
		select {
		case got := <-events:
			if got != want {
				t.Fatalf("event %q, want %q", got, want)
			}
		case <-ctx.Done():
			t.Fatalf("no event, want %q", want)
		}
	}
	if err := v.WaitForTimers(ctx, 1); err != nil {
		t.Fatal(err)
	}
	msgs <- "early"
	expect("early:early")

	v.AdvanceTo(d.AcceptBy.Add(-time.Millisecond))
	msgs <- "ontime"
	expect("ontime:on_time")

	v.AdvanceTo(d.AcceptBy)
	msgs <- "edge"
	expect("edge:on_time")

	v.AdvanceTo(d.AcceptBy.Add(time.Millisecond))
	msgs <- "late"
	expect("late:late")

	v.AdvanceTo(d.SubmitBy.Add(-time.Millisecond))
	select {
	case e := <-events:
		t.Fatalf("event %q before SubmitBy", e)
	default:
	}
	v.AdvanceTo(d.SubmitBy)
	expect("submit:edge")
	if wantReveal == "" {
		return
	}
	if err := v.WaitForTimers(ctx, 1); err != nil {
		t.Fatal(err)
	}
	v.AdvanceTo(d.SlotStart.Add(slotDur))
	expect(wantReveal)
}
