package clock

import (
	"errors"
	"strings"
	"testing"
	"time"
)

var mainnetGenesis = time.Unix(1606824023, 0)

func TestSlotClock(t *testing.T) {
	tests := []struct {
		name      string
		slot      time.Duration
		at        time.Time
		wantSlot  uint64
		wantMs    int64
		wantStart time.Time
	}{
		{"12s genesis", 12 * time.Second, mainnetGenesis, 0, 0, mainnetGenesis},
		{"12s mid slot", 12 * time.Second, mainnetGenesis.Add(100*12*time.Second + 4321*time.Millisecond), 100, 4321, mainnetGenesis.Add(1200 * time.Second)},
		{"12s last ms", 12 * time.Second, mainnetGenesis.Add(24*time.Second - time.Millisecond), 1, 11999, mainnetGenesis.Add(12 * time.Second)},
		{"6s", 6 * time.Second, mainnetGenesis.Add(63 * time.Second), 10, 3000, mainnetGenesis.Add(60 * time.Second)},
		{"7.5s ms duration", 7500 * time.Millisecond, mainnetGenesis.Add(16 * time.Second), 2, 1000, mainnetGenesis.Add(15 * time.Second)},
		{"before genesis", 12 * time.Second, mainnetGenesis.Add(-1500 * time.Millisecond), 0, -1500, mainnetGenesis},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewSlotClock(mainnetGenesis, tc.slot)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.SlotAt(tc.at); got != tc.wantSlot {
				t.Errorf("SlotAt = %d, want %d", got, tc.wantSlot)
			}
			if got := c.MsIntoSlot(tc.at); got != tc.wantMs {
				t.Errorf("MsIntoSlot = %d, want %d", got, tc.wantMs)
			}
			if got := c.SlotStart(tc.wantSlot); !got.Equal(tc.wantStart) {
				t.Errorf("SlotStart = %s, want %s", got, tc.wantStart)
			}
		})
	}
}

func TestSlotClockRejects(t *testing.T) {
	for _, d := range []time.Duration{0, -time.Second, 1500 * time.Microsecond} {
		if _, err := NewSlotClock(mainnetGenesis, d); !errors.Is(err, ErrSlotDuration) {
			t.Errorf("duration %s: err = %v, want ErrSlotDuration", d, err)
		}
	}
	if _, err := NewSlotClock(time.Time{}, time.Second); !errors.Is(err, ErrGenesis) {
		t.Errorf("zero genesis: err = %v, want ErrGenesis", err)
	}
}

func TestBpsMatchesConsensusSpecs(t *testing.T) {
	// ATTESTATION_DUE_BPS = 3333 gives 3999 ms on 12 s slots (bps*ms//10000).
	c12, _ := NewSlotClock(mainnetGenesis, 12*time.Second)
	c6, _ := NewSlotClock(mainnetGenesis, 6*time.Second)
	if got := c12.Bps(3333); got != 3999*time.Millisecond {
		t.Errorf("12s 3333 bps = %s", got)
	}
	if got := c6.Bps(3333); got != 1999*time.Millisecond {
		t.Errorf("6s 3333 bps = %s", got)
	}
}

func TestScheduleTable(t *testing.T) {
	const slot = 1000
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	tests := []struct {
		name        string
		slotDur     time.Duration
		cfg         ScheduleConfig
		acceptBy    time.Duration // relative to the start of the target slot
		submitBy    time.Duration
		stopReplace time.Duration
		revealBy    time.Duration // 0: none
	}{
		{"mevboost 12s default", 12 * time.Second, DefaultMEVBoost(), ms(-1800), ms(-600), 0, 0},
		{"mevboost 6s default", 6 * time.Second, DefaultMEVBoost(), ms(-900), ms(-300), 0, 0},
		{"mevboost 12s replace lead", 12 * time.Second,
			ScheduleConfig{Profile: ProfileMEVBoost, LeadBps: 833, BuildBps: 1667, ReplaceLeadBps: 250},
			ms(-999 - 2000), ms(-999), ms(-300), 0},
		{"mevboost 6s replace lead", 6 * time.Second,
			ScheduleConfig{Profile: ProfileMEVBoost, LeadBps: 833, BuildBps: 1667, ReplaceLeadBps: 250},
			ms(-499 - 1000), ms(-499), ms(-150), 0},
		{"epbs 12s default", 12 * time.Second, DefaultEPBS(), ms(-1800), ms(-600), ms(-600), ms(6000)},
		{"epbs 6s default", 6 * time.Second, DefaultEPBS(), ms(-900), ms(-300), ms(-300), ms(3000)},
		{"epbs 12s short lead", 12 * time.Second,
			ScheduleConfig{Profile: ProfileEPBS, LeadBps: 100, BuildBps: 500, RevealBps: 5000},
			ms(-120 - 600), ms(-120), ms(-120), ms(6000)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := NewSlotClock(mainnetGenesis, tc.slotDur)
			if err != nil {
				t.Fatal(err)
			}
			s, err := NewSchedule(tc.cfg, sc)
			if err != nil {
				t.Fatal(err)
			}
			d := s.For(slot)
			start := mainnetGenesis.Add(slot * tc.slotDur)
			check := func(field string, got time.Time, want time.Duration) {
				t.Helper()
				if !got.Equal(start.Add(want)) {
					t.Errorf("%s = start%+v, want start%+v", field, got.Sub(start), want)
				}
			}
			if !d.SlotStart.Equal(start) || d.Slot != slot {
				t.Fatalf("slot %d start %s, want %d %s", d.Slot, d.SlotStart, slot, start)
			}
			check("Opens", d.Opens, -tc.slotDur)
			check("AcceptBy", d.AcceptBy, tc.acceptBy)
			check("SubmitBy", d.SubmitBy, tc.submitBy)
			check("StopReplacing", d.StopReplacing, tc.stopReplace)
			if tc.revealBy == 0 {
				if !d.RevealBy.IsZero() {
					t.Errorf("RevealBy = %s, want none", d.RevealBy)
				}
			} else {
				check("RevealBy", d.RevealBy, tc.revealBy)
			}
		})
	}
}

// Every refusal names the [deadlines] key it is about, so the sidecar's
// configuration reports it as deadlines.<key>.
func TestScheduleConfigCheck(t *testing.T) {
	mev := func(f func(*ScheduleConfig)) ScheduleConfig { c := DefaultMEVBoost(); f(&c); return c }
	epbs := func(f func(*ScheduleConfig)) ScheduleConfig { c := DefaultEPBS(); f(&c); return c }
	tests := []struct {
		name string
		cfg  ScheduleConfig
		want error
		key  string
	}{
		{"mevboost default", DefaultMEVBoost(), nil, ""},
		{"epbs default", DefaultEPBS(), nil, ""},
		{"unknown profile", mev(func(c *ScheduleConfig) { c.Profile = "pbs" }), ErrProfile, "profile"},
		{"empty profile", ScheduleConfig{LeadBps: 1, BuildBps: 1}, ErrProfile, "profile"},
		{"no lead", mev(func(c *ScheduleConfig) { c.LeadBps = 0 }), ErrBps, "lead_bps"},
		{"no build time", mev(func(c *ScheduleConfig) { c.BuildBps = 0 }), ErrBps, "build_bps"},
		{"lead+build over a slot", mev(func(c *ScheduleConfig) { c.LeadBps, c.BuildBps = 6000, 4001 }), ErrBps, "build_bps"},
		{"replace lead beyond lead", mev(func(c *ScheduleConfig) { c.LeadBps, c.ReplaceLeadBps = 100, 200 }), ErrBps, "replace_lead_bps"},
		{"reveal under mevboost", mev(func(c *ScheduleConfig) { c.RevealBps = 5000 }), ErrBps, "reveal_bps"},
		{"epbs without reveal", epbs(func(c *ScheduleConfig) { c.RevealBps = 0 }), ErrBps, "reveal_bps"},
		{"epbs reveal beyond slot", epbs(func(c *ScheduleConfig) { c.RevealBps = 10001 }), ErrBps, "reveal_bps"},
		{"epbs replace lead", epbs(func(c *ScheduleConfig) { c.ReplaceLeadBps = 50 }), ErrBps, "replace_lead_bps"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.cfg.Check()
			if tc.want == nil {
				if err != nil {
					t.Fatalf("Check() = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, tc.want) || !strings.HasPrefix(err.Error(), tc.key+": ") {
				t.Fatalf("Check() = %v, want %v about %s", err, tc.want, tc.key)
			}
		})
	}
	if _, err := NewSchedule(DefaultMEVBoost(), nil); !errors.Is(err, ErrNilSlotClock) {
		t.Errorf("NewSchedule(nil slots) = %v", err)
	}
	sc, _ := NewSlotClock(mainnetGenesis, 12*time.Second)
	if _, err := NewSchedule(ScheduleConfig{}, sc); !errors.Is(err, ErrProfile) {
		t.Errorf("NewSchedule(bad cfg) = %v", err)
	}
}

// An ePBS schedule without a reveal deadline takes the spec's PAYLOAD_DUE_BPS;
// a mevboost one keeps none.
func TestScheduleWithDefaults(t *testing.T) {
	if got := (ScheduleConfig{Profile: ProfileEPBS}).WithDefaults().RevealBps; got != PayloadDueBps {
		t.Errorf("epbs reveal_bps = %d, want %d", got, PayloadDueBps)
	}
	if got := (ScheduleConfig{Profile: ProfileEPBS, RevealBps: 4000}).WithDefaults().RevealBps; got != 4000 {
		t.Errorf("configured epbs reveal_bps = %d, want 4000", got)
	}
	if got := DefaultMEVBoost().WithDefaults(); got != DefaultMEVBoost() {
		t.Errorf("mevboost defaults changed: %+v", got)
	}
}

func TestClassify(t *testing.T) {
	sc, _ := NewSlotClock(mainnetGenesis, 12*time.Second)
	s, _ := NewSchedule(DefaultMEVBoost(), sc)
	d := s.For(10)
	tests := []struct {
		at   time.Time
		want Timing
	}{
		{d.Opens.Add(-time.Millisecond), TimingEarly},
		{d.Opens, TimingOnTime},
		{d.AcceptBy, TimingOnTime},
		{d.AcceptBy.Add(time.Millisecond), TimingLate},
		{d.SlotStart, TimingLate},
	}
	for _, tc := range tests {
		if got := d.Classify(tc.at); got != tc.want {
			t.Errorf("Classify(start%+v) = %s, want %s", tc.at.Sub(d.SlotStart), got, tc.want)
		}
	}
}

func TestBackoffBounded(t *testing.T) {
	b := Backoff{Min: 100 * time.Millisecond, Max: 2 * time.Second, Jitter: 0.2}
	if err := b.Check(); err != nil {
		t.Fatal(err)
	}
	wantBase := []time.Duration{100, 200, 400, 800, 1600, 2000, 2000}
	for attempt, base := range wantBase {
		base *= time.Millisecond
		if got := b.Delay(attempt, 0); got != base {
			t.Errorf("attempt %d without jitter = %s, want %s", attempt, got, base)
		}
		if got := b.Delay(attempt, 0.999999); got < base*8/10 || got > base {
			t.Errorf("attempt %d with jitter = %s, want in [%s, %s]", attempt, got, base*8/10, base)
		}
	}
	if got := b.Delay(1_000_000, 0.5); got > b.Max || got < b.Max*8/10 {
		t.Errorf("huge attempt = %s", got)
	}
	for _, bad := range []Backoff{{}, {Min: time.Second, Max: time.Millisecond}, {Min: 1, Max: 2, Jitter: 1}, {Min: 1, Max: 2, Jitter: -0.1}} {
		if err := bad.Check(); !errors.Is(err, ErrBackoff) {
			t.Errorf("Check(%+v) = %v", bad, err)
		}
	}
}
