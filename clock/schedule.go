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

// ScheduleConfig sets the deadlines as basis points of the slot.
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
	// RevealBps (epbs only): the payload is due this far into the target slot
	// (consensus-specs PAYLOAD_DUE_BPS, 5000).
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
	return ScheduleConfig{Profile: ProfileEPBS, LeadBps: 500, BuildBps: 1000, RevealBps: 5000}
}

// Check validates the configuration.
func (c ScheduleConfig) Check() error {
	var errs []error
	switch c.Profile {
	case ProfileMEVBoost:
		if c.ReplaceLeadBps > c.LeadBps {
			errs = append(errs, fmt.Errorf("%w: replace_lead_bps %d exceeds lead_bps %d", ErrBps, c.ReplaceLeadBps, c.LeadBps))
		}
		if c.RevealBps != 0 {
			errs = append(errs, fmt.Errorf("%w: reveal_bps applies to the epbs profile only", ErrBps))
		}
	case ProfileEPBS:
		if c.RevealBps == 0 || c.RevealBps > BpsDenominator {
			errs = append(errs, fmt.Errorf("%w: reveal_bps %d must be in 1..%d", ErrBps, c.RevealBps, BpsDenominator))
		}
		if c.ReplaceLeadBps != 0 {
			errs = append(errs, fmt.Errorf("%w: replace_lead_bps applies to the mevboost profile only (an ePBS bid commits its block hash)", ErrBps))
		}
	default:
		errs = append(errs, fmt.Errorf("%w: %q (want %q or %q)", ErrProfile, c.Profile, ProfileMEVBoost, ProfileEPBS))
	}
	if c.LeadBps+c.BuildBps > BpsDenominator {
		errs = append(errs, fmt.Errorf("%w: lead_bps %d + build_bps %d exceed one slot", ErrBps, c.LeadBps, c.BuildBps))
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
