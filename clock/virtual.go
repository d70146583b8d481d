package clock

import (
	"context"
	"sync"
	"time"
)

// Virtual is a manually advanced clock for tests. Timers fire only inside
// Advance/AdvanceTo, in deadline order (creation order on ties), with Now()
// set to each timer's deadline while it fires. AfterFunc callbacks run
// synchronously in the advancing goroutine, so when Advance returns every
// callback due has run. It is safe for concurrent use.
type Virtual struct {
	mu      sync.Mutex
	now     time.Time
	seq     uint64
	pending map[*virtualTimer]struct{}
	changed chan struct{} // closed and replaced whenever pending changes
}

var _ Clock = (*Virtual)(nil)

// NewVirtual returns a virtual clock reading start.
func NewVirtual(start time.Time) *Virtual {
	return &Virtual{
		now:     start,
		pending: make(map[*virtualTimer]struct{}),
		changed: make(chan struct{}),
	}
}

// Now returns the virtual time.
func (v *Virtual) Now() time.Time {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.now
}

// NewTimer arms a channel timer. A timer with d <= 0 fires at once.
func (v *Virtual) NewTimer(d time.Duration) Timer {
	t := &virtualTimer{v: v, c: make(chan time.Time, 1)}
	t.Reset(d)
	return t
}

// NewTimerAt arms a channel timer for the instant at, read against the
// clock when the timer is armed: a deadline the clock has reached, even by an
// Advance that raced with the caller, fires at once.
func (v *Virtual) NewTimerAt(at time.Time) Timer {
	t := &virtualTimer{v: v, c: make(chan time.Time, 1)}
	v.mu.Lock()
	defer v.mu.Unlock()
	t.armLocked(at)
	return t
}

// AfterFunc arms a callback timer. With d <= 0, f runs on the next Advance
// (Advance(0) is enough), never inside AfterFunc itself.
func (v *Virtual) AfterFunc(d time.Duration, f func()) Timer {
	t := &virtualTimer{v: v, f: f}
	t.Reset(d)
	return t
}

// Pending returns the number of armed timers.
func (v *Virtual) Pending() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(v.pending)
}

// WaitForTimers blocks until at least n timers are armed, or ctx is done.
// Tests use it to know that the code under test is waiting on the clock.
func (v *Virtual) WaitForTimers(ctx context.Context, n int) error {
	for {
		v.mu.Lock()
		count, changed := len(v.pending), v.changed
		v.mu.Unlock()
		if count >= n {
			return nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Advance moves the clock forward by d, firing every timer that falls due.
func (v *Virtual) Advance(d time.Duration) {
	v.AdvanceTo(v.Now().Add(d))
}

// AdvanceTo moves the clock to target (never backwards), firing every timer
// that falls due on the way.
func (v *Virtual) AdvanceTo(target time.Time) {
	for {
		v.mu.Lock()
		next := v.earliestLocked()
		if next == nil || next.when.After(target) {
			if target.After(v.now) {
				v.now = target
			}
			v.mu.Unlock()
			return
		}
		if next.when.After(v.now) {
			v.now = next.when
		}
		v.removeLocked(next)
		if next.f == nil {
			next.sendLocked(v.now)
			v.mu.Unlock()
			continue
		}
		v.mu.Unlock()
		next.f() // outside the lock: the callback may arm timers
	}
}

func (v *Virtual) earliestLocked() *virtualTimer {
	var best *virtualTimer
	for t := range v.pending {
		if best == nil || t.when.Before(best.when) || (t.when.Equal(best.when) && t.seq < best.seq) {
			best = t
		}
	}
	return best
}

func (v *Virtual) removeLocked(t *virtualTimer) bool {
	if _, ok := v.pending[t]; !ok {
		return false
	}
	delete(v.pending, t)
	v.notifyLocked()
	return true
}

func (v *Virtual) notifyLocked() {
	close(v.changed)
	v.changed = make(chan struct{})
}

type virtualTimer struct {
	v    *Virtual
	c    chan time.Time
	f    func()
	when time.Time // guarded by v.mu
	seq  uint64    // guarded by v.mu
}

func (t *virtualTimer) C() <-chan time.Time { return t.c }

func (t *virtualTimer) Stop() bool {
	t.v.mu.Lock()
	defer t.v.mu.Unlock()
	t.drainLocked()
	return t.v.removeLocked(t)
}

func (t *virtualTimer) Reset(d time.Duration) bool {
	t.v.mu.Lock()
	defer t.v.mu.Unlock()
	return t.armLocked(t.v.now.Add(max(d, 0)))
}

// armLocked (re)arms the timer for when. A channel timer whose deadline the
// clock has reached fires at once; a callback timer waits for the next
// Advance, so its callback never runs inside the call that armed it.
func (t *virtualTimer) armLocked(when time.Time) bool {
	v := t.v
	wasPending := v.removeLocked(t)
	t.drainLocked()
	if t.c != nil && !when.After(v.now) {
		t.c <- v.now // buffered and just drained: never blocks
		return wasPending
	}
	v.seq++
	t.when, t.seq = when, v.seq
	v.pending[t] = struct{}{}
	v.notifyLocked()
	return wasPending
}

// drainLocked drops an undelivered tick so Stop/Reset leave no stale value.
func (t *virtualTimer) drainLocked() {
	if t.c == nil {
		return
	}
	select {
	case <-t.c:
	default:
	}
}

// sendLocked delivers a tick under v.mu so a concurrent Stop/Reset cannot
// interleave between removal and delivery.
func (t *virtualTimer) sendLocked(now time.Time) {
	select {
	case t.c <- now:
	default: // a tick is already waiting; like time.Timer, keep one
	}
}
