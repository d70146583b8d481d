package clock

import (
	"errors"
	"fmt"
	"time"
)

// BpsDenominator is the denominator of basis-point fractions of a slot.
const BpsDenominator = 10000

// Sentinel errors of the slot clock and the schedule.
var (
	ErrSlotDuration = errors.New("slot duration must be a positive whole number of milliseconds")
	ErrGenesis      = errors.New("genesis time must be set")
	ErrProfile      = errors.New("unknown deadline profile")
	ErrBps          = errors.New("basis points out of range")
	ErrNilSlotClock = errors.New("slot clock is nil")
)

// SlotClock maps wall time to L1 slots. The slot duration comes from the
// beacon node's spec (SLOT_DURATION_MS or SECONDS_PER_SLOT), never a constant.
type SlotClock struct {
	genesis time.Time
	slot    time.Duration
}

// NewSlotClock returns a slot clock for a chain with the given genesis time
// and slot duration.
func NewSlotClock(genesis time.Time, slotDuration time.Duration) (*SlotClock, error) {
	if genesis.IsZero() {
		return nil, ErrGenesis
	}
	if slotDuration <= 0 || slotDuration%time.Millisecond != 0 {
		return nil, fmt.Errorf("%w: got %s", ErrSlotDuration, slotDuration)
	}
	return &SlotClock{genesis: genesis, slot: slotDuration}, nil
}

// Genesis returns the start of slot 0.
func (c *SlotClock) Genesis() time.Time { return c.genesis }

// SlotDuration returns the length of one slot.
func (c *SlotClock) SlotDuration() time.Duration { return c.slot }

// SlotAt returns the slot that contains t (0 before genesis).
func (c *SlotClock) SlotAt(t time.Time) uint64 {
	if t.Before(c.genesis) {
		return 0
	}
	return uint64(t.Sub(c.genesis) / c.slot)
}

// SlotStart returns the start of slot s, which is also the timestamp of the
// execution block for slot s.
func (c *SlotClock) SlotStart(s uint64) time.Time {
	return c.genesis.Add(time.Duration(s) * c.slot)
}

// MsIntoSlot returns how many milliseconds t lies after the start of the slot
// containing it (negative before genesis: milliseconds until genesis).
func (c *SlotClock) MsIntoSlot(t time.Time) int64 {
	if t.Before(c.genesis) {
		return t.Sub(c.genesis).Milliseconds()
	}
	return (t.Sub(c.genesis) % c.slot).Milliseconds()
}

// Bps returns bps basis points of the slot, rounded down to whole
// milliseconds as the consensus specs do (bps * SLOT_DURATION_MS // 10000).
func (c *SlotClock) Bps(bps uint32) time.Duration {
	ms := uint64(c.slot / time.Millisecond)
	return time.Duration(uint64(bps)*ms/BpsDenominator) * time.Millisecond
}
