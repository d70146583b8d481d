package clock

import (
	"errors"
	"fmt"
	"time"
)

// ErrBackoff is returned by Backoff.Check.
var ErrBackoff = errors.New("invalid backoff")

// Backoff is a capped exponential backoff with jitter, for reconnect loops.
type Backoff struct {
	Min time.Duration
	Max time.Duration
	// Jitter is the fraction (0..1) by which a delay may be shortened at
	// random, so that many clients do not reconnect in step.
	Jitter float64
}

// Check validates the backoff.
func (b Backoff) Check() error {
	switch {
	case b.Min <= 0:
		return fmt.Errorf("%w: min %s must be positive", ErrBackoff, b.Min)
	case b.Max < b.Min:
		return fmt.Errorf("%w: max %s below min %s", ErrBackoff, b.Max, b.Min)
	case b.Jitter < 0 || b.Jitter >= 1:
		return fmt.Errorf("%w: jitter %g must be in [0, 1)", ErrBackoff, b.Jitter)
	}
	return nil
}

// Delay returns the wait before retry number attempt (0 for the first
// retry): Min doubled per attempt, capped at Max, then shortened by up to
// Jitter of itself using r, a random number in [0, 1). The result always lies
// in [Min*(1-Jitter), Max].
func (b Backoff) Delay(attempt int, r float64) time.Duration {
	d := b.Min
	for i := 0; i < attempt && d < b.Max; i++ {
		d *= 2
	}
	d = min(d, b.Max)
	r = min(max(r, 0), 1)
	return d - time.Duration(float64(d)*b.Jitter*r)
}
