// Package clock provides the sidecar's notion of time: a Clock interface with a
// real and a virtual implementation, the L1 slot clock, and the per-slot
// deadline schedule.
//
// All time-dependent code in the sidecar takes a Clock so that whole-slot
// timelines can be tested deterministically with the Virtual clock.
package clock

import (
	"context"
	"time"
)

// Clock tells the time and arms timers.
type Clock interface {
	// Now returns the current time.
	Now() time.Time
	// NewTimer returns a timer whose channel receives the time once d has elapsed.
	NewTimer(d time.Duration) Timer
	// NewTimerAt returns a timer whose channel receives the time once the clock
	// reads at or later; at once if it already does. Arm a timer for an
	// instant with it rather than with NewTimer(at.Sub(Now())): a clock that
	// moves between that Now and the arming would shift the deadline by as much.
	NewTimerAt(at time.Time) Timer
	// AfterFunc calls f once d has elapsed. The returned timer's C is nil.
	AfterFunc(d time.Duration, f func()) Timer
}

// Timer is a single-shot timer armed by a Clock.
type Timer interface {
	// C returns the channel the timer fires on (nil for AfterFunc timers).
	C() <-chan time.Time
	// Stop prevents the timer from firing. It reports whether the timer was
	// still pending. After Stop returns, C delivers no stale value.
	Stop() bool
	// Reset re-arms the timer to fire after d. It reports whether the timer
	// was still pending. After Reset returns, C delivers no stale value.
	Reset(d time.Duration) bool
}

// Sleep waits for d on clk, or until ctx is done, whichever comes first.
func Sleep(ctx context.Context, clk Clock, d time.Duration) error {
	t := clk.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C():
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Real is the wall clock.
type Real struct{}

var _ Clock = Real{}

// Now returns time.Now().
func (Real) Now() time.Time { return time.Now() }

// NewTimer wraps time.NewTimer.
func (Real) NewTimer(d time.Duration) Timer { return realTimer{t: time.NewTimer(d)} }

// NewTimerAt wraps time.NewTimer with the time until at.
func (Real) NewTimerAt(at time.Time) Timer { return realTimer{t: time.NewTimer(time.Until(at))} }

// AfterFunc wraps time.AfterFunc.
func (Real) AfterFunc(d time.Duration, f func()) Timer {
	return realTimer{t: time.AfterFunc(d, f)}
}

type realTimer struct{ t *time.Timer }

func (r realTimer) C() <-chan time.Time        { return r.t.C }
func (r realTimer) Stop() bool                 { return r.t.Stop() }
func (r realTimer) Reset(d time.Duration) bool { return r.t.Reset(d) }
