package clock

import (
	"errors"
	"fmt"
	"time"
)

// Profile names a deadline regime.
type Profile string

// Deadline profiles.
const (
	// ProfileMEVBoost: the bundle must be inside builders' blocks before the
	// proposer calls getHeader near the start of the target slot.
	ProfileMEVBoost Profile = "mevboost"
	// ProfileEPBS: the builder's bid is committed at the start of the target
	// slot and the payload must be revealed by PAYLOAD_DUE_BPS of the slot.
	ProfileEPBS Profile = "epbs"
)

// Check refuses a profile the schedule does not know.
func (p Profile) Check() error {
	if p != ProfileMEVBoost && p != ProfileEPBS {
		return fmt.Errorf("%w %q (want %s or %s)", ErrProfile, p, ProfileMEVBoost, ProfileEPBS)
	}
	return nil
}

// PayloadDueBps is consensus-specs PAYLOAD_DUE_BPS: under ePBS the payload is
// due this far into the slot.
const PayloadDueBps = 5000

// ScheduleConfig sets the deadlines as basis points of the slot. It is the
// [deadlines] section of the sidecar's configuration, decoded as is, so the
// field tags are the TOML keys and Check names them.
type ScheduleConfig struct {
	Profile Profile `toml:"profile"`
	// LeadBps: the submission deadline lies this far before the target slot starts.
	LeadBps uint32 `toml:"lead_bps"`
	// BuildBps: the time reserved to build, simulate and send; a slot-ending
	// message must arrive this far before the submission deadline.
	BuildBps uint32 `toml:"build_bps"`
	// ReplaceLeadBps (mevboost only): replacements and cancellations stop this
	// far before the target slot starts. At most LeadBps.
	ReplaceLeadBps uint32 `toml:"replace_lead_bps"`
	// RevealBps (epbs only): the payload is due this far into the target slot.
	// WithDefaults turns 0 into PayloadDueBps.
	RevealBps uint32 `toml:"reveal_bps"`
}

// DefaultMEVBoost returns the MEV-Boost defaults: submit 5 % of a slot before
// it starts (600 ms of 12 s), accept messages until 10 % before that.
func DefaultMEVBoost() ScheduleConfig {
	return ScheduleConfig{Profile: ProfileMEVBoost, LeadBps: 500, BuildBps: 1000}
}

// DefaultEPBS returns the ePBS defaults: the bid must be ready 5 % of a slot
// before the slot starts; the payload is due at 50 % of the slot.
func DefaultEPBS() ScheduleConfig {
	return ScheduleConfig{Profile: ProfileEPBS, LeadBps: 500, BuildBps: 1000, RevealBps: PayloadDueBps}
}

// WithDefaults fills what the profile implies: an ePBS reveal deadline left
// at 0 is PayloadDueBps.
func (c ScheduleConfig) WithDefaults() ScheduleConfig {
	if c.Profile == ProfileEPBS && c.RevealBps == 0 {
		c.RevealBps = PayloadDueBps
	}
	return c
}

// CheckBps requires v in 1..BpsDenominator: some of the slot, at most all of it.
func CheckBps(v uint32) error {
	if v < 1 || v > BpsDenominator {
		return fmt.Errorf("%w: %d (want 1..%d)", ErrBps, v, BpsDenominator)
	}
	return nil
}

// Check validates the configuration. Every problem starts with the key it is
// about ("lead_bps: ..."), so a caller can prefix its section name. None
// depends on the slot duration: every deadline is a share of the slot.
func (c ScheduleConfig) Check() error {
	var errs []error
	add := func(key string, err error) {
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", key, err))
		}
	}
	add("profile", c.Profile.Check())
	add("lead_bps", CheckBps(c.LeadBps))
	add("build_bps", CheckBps(c.BuildBps))
	if uint64(c.LeadBps)+uint64(c.BuildBps) > BpsDenominator {
		add("build_bps", fmt.Errorf("%w: lead_bps %d + build_bps %d exceed one slot", ErrBps, c.LeadBps, c.BuildBps))
	}
	switch c.Profile {
	case ProfileMEVBoost:
		if c.ReplaceLeadBps > c.LeadBps {
			add("replace_lead_bps", fmt.Errorf("%w: %d exceeds lead_bps %d", ErrBps, c.ReplaceLeadBps, c.LeadBps))
		}
		if c.RevealBps != 0 {
			add("reveal_bps", fmt.Errorf("%w: applies to the epbs profile only; leave it 0", ErrBps))
		}
	case ProfileEPBS:
		add("reveal_bps", CheckBps(c.RevealBps))
		if c.ReplaceLeadBps != 0 {
			add("replace_lead_bps", fmt.Errorf("%w: applies to the mevboost profile only (an ePBS bid commits its block hash); leave it 0", ErrBps))
		}
	}
	return errors.Join(errs...)
}

// Schedule computes the deadlines of a target slot.
type Schedule struct {
	cfg   ScheduleConfig
	slots *SlotClock
}

// NewSchedule returns the schedule for cfg on the given slot clock.
func NewSchedule(cfg ScheduleConfig, slots *SlotClock) (*Schedule, error) {
	if slots == nil {
		return nil, ErrNilSlotClock
	}
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("schedule config: %w", err)
	}
	return &Schedule{cfg: cfg, slots: slots}, nil
}

// Profile returns the schedule's profile.
func (s *Schedule) Profile() Profile { return s.cfg.Profile }

// Slots returns the underlying slot clock.
func (s *Schedule) Slots() *SlotClock { return s.slots }

// Deadlines are the instants the pipeline works against for one target slot
// (the slot of the L1 block that will contain the based block).
type Deadlines struct {
	Slot      uint64
	SlotStart time.Time
	// Opens: the start of the previous slot, when the target becomes the slot
	// being built. A message for Slot before then is early.
	Opens time.Time
	// AcceptBy: the latest arrival of a slot-ending message that can still be built.
	AcceptBy time.Time
	// SubmitBy: the bundle (or ePBS bid) must be with builders by then.
	SubmitBy time.Time
	// StopReplacing: no replacement or cancellation is sent after this.
	StopReplacing time.Time
	// RevealBy: ePBS only, the payload envelope is due (zero under mevboost).
	RevealBy time.Time
}

// For returns the deadlines of target slot s. Slot 0 has no previous slot;
// its Opens is genesis.
func (s *Schedule) For(slot uint64) Deadlines {
	start := s.slots.SlotStart(slot)
	opens := s.slots.Genesis()
	if slot > 0 {
		opens = s.slots.SlotStart(slot - 1)
	}
	submit := start.Add(-s.slots.Bps(s.cfg.LeadBps))
	d := Deadlines{
		Slot:      slot,
		SlotStart: start,
		Opens:     opens,
		AcceptBy:  submit.Add(-s.slots.Bps(s.cfg.BuildBps)),
		SubmitBy:  submit,
	}
	switch s.cfg.Profile {
	case ProfileEPBS:
		d.StopReplacing = submit
		d.RevealBy = start.Add(s.slots.Bps(s.cfg.RevealBps))
	default:
		d.StopReplacing = start.Add(-s.slots.Bps(s.cfg.ReplaceLeadBps))
	}
	return d
}

// Timing classifies an arrival against a target slot's deadlines.
type Timing int

// Arrival classes.
const (
	TimingEarly  Timing = iota + 1 // before Opens
	TimingOnTime                   // Opens <= t <= AcceptBy
	TimingLate                     // after AcceptBy: skip, never send half-built
)

func (t Timing) String() string {
	switch t {
	case TimingEarly:
		return "early"
	case TimingOnTime:
		return "on_time"
	case TimingLate:
		return "late"
	default:
		return "unknown"
	}
}

// Classify reports whether an arrival at t is early, on time or late.
func (d Deadlines) Classify(t time.Time) Timing {
	switch {
	case t.Before(d.Opens):
		return TimingEarly
	case t.After(d.AcceptBy):
		return TimingLate
	default:
		return TimingOnTime
	}
}
