package clock

import (
	"context"
	"sync"
	"testing"
	"time"
)

var t0 = time.Unix(1_700_000_000, 0)

func recv(t *testing.T, c <-chan time.Time) (time.Time, bool) {
	t.Helper()
	select {
	case v := <-c:
		return v, true
	default:
		return time.Time{}, false
	}
}

func TestVirtualTimersFireInOrderAtTheirDeadline(t *testing.T) {
	v := NewVirtual(t0)
	var mu sync.Mutex
	var order []string
	var seenAt []time.Duration
	add := func(name string, d time.Duration) {
		v.AfterFunc(d, func() {
			mu.Lock()
			defer mu.Unlock()
			order = append(order, name)
			seenAt = append(seenAt, v.Now().Sub(t0))
		})
	}
	add("c", 3*time.Second)
	add("a", time.Second)
	add("b", 2*time.Second)
	add("b2", 2*time.Second) // same deadline: creation order
	v.Advance(2500 * time.Millisecond)
	mu.Lock()
	if got := len(order); got != 3 || order[0] != "a" || order[1] != "b" || order[2] != "b2" {
		t.Fatalf("after 2.5s fired %v", order)
	}
	if seenAt[0] != time.Second || seenAt[1] != 2*time.Second {
		t.Fatalf("callbacks saw Now at %v", seenAt)
	}
	mu.Unlock()
	if v.Pending() != 1 {
		t.Fatalf("pending = %d, want 1", v.Pending())
	}
	if got := v.Now().Sub(t0); got != 2500*time.Millisecond {
		t.Fatalf("now = +%s", got)
	}
	v.Advance(time.Second)
	mu.Lock()
	defer mu.Unlock()
	if len(order) != 4 || order[3] != "c" {
		t.Fatalf("fired %v", order)
	}
}

func TestVirtualChannelTimer(t *testing.T) {
	v := NewVirtual(t0)
	tm := v.NewTimer(time.Second)
	v.Advance(999 * time.Millisecond)
	if _, ok := recv(t, tm.C()); ok {
		t.Fatal("fired early")
	}
	v.Advance(time.Millisecond)
	got, ok := recv(t, tm.C())
	if !ok || !got.Equal(t0.Add(time.Second)) {
		t.Fatalf("fired=%v at %s", ok, got)
	}
	if tm.Stop() {
		t.Fatal("Stop on a fired timer reported pending")
	}
}

// A timer armed for an instant fires at it, and at once if the clock already
// reached it, even by an Advance between the caller reading Now and arming
// (which would shift NewTimer(at.Sub(now)) by the whole advance).
func TestVirtualNewTimerAt(t *testing.T) {
	v := NewVirtual(t0)
	at := t0.Add(time.Second)
	tm := v.NewTimerAt(at)
	v.Advance(999 * time.Millisecond)
	if _, ok := recv(t, tm.C()); ok {
		t.Fatal("fired early")
	}
	v.Advance(time.Millisecond)
	if got, ok := recv(t, tm.C()); !ok || !got.Equal(at) {
		t.Fatalf("fired=%v at %s, want %s", ok, got, at)
	}

	stale := v.Now()
	at = stale.Add(time.Second)
	v.Advance(time.Second) // wins the race against the caller below
	if got, ok := recv(t, v.NewTimerAt(at).C()); !ok || !got.Equal(at) {
		t.Fatalf("reached deadline: fired=%v at %s, want at once at %s", ok, got, at)
	}
	if got, ok := recv(t, v.NewTimerAt(t0).C()); !ok || !got.Equal(v.Now()) {
		t.Fatalf("past deadline: fired=%v at %s, want at once at %s", ok, got, v.Now())
	}
}

func TestVirtualStopAndResetLeaveNoStaleTick(t *testing.T) {
	v := NewVirtual(t0)
	tm := v.NewTimer(time.Second)
	v.Advance(time.Second) // fired, tick waiting unread
	if tm.Reset(time.Second) {
		t.Fatal("Reset of a fired timer reported pending")
	}
	if _, ok := recv(t, tm.C()); ok {
		t.Fatal("stale tick after Reset")
	}
	if !tm.Stop() {
		t.Fatal("Stop of an armed timer reported not pending")
	}
	v.Advance(time.Hour)
	if _, ok := recv(t, tm.C()); ok {
		t.Fatal("stopped timer fired")
	}
	zero := v.NewTimer(0)
	if _, ok := recv(t, zero.C()); !ok {
		t.Fatal("timer with d=0 did not fire at once")
	}
}

func TestVirtualAfterFuncZeroRunsOnNextAdvance(t *testing.T) {
	v := NewVirtual(t0)
	ran := make(chan struct{}, 1)
	v.AfterFunc(0, func() { ran <- struct{}{} })
	select {
	case <-ran:
		t.Fatal("ran inside AfterFunc")
	default:
	}
	v.Advance(0)
	select {
	case <-ran:
	default:
		t.Fatal("did not run on Advance(0)")
	}
}

func TestVirtualWaitForTimers(t *testing.T) {
	v := NewVirtual(t0)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- Sleep(ctx, v, 5*time.Second) }()
	if err := v.WaitForTimers(ctx, 1); err != nil {
		t.Fatal(err)
	}
	v.Advance(5 * time.Second)
	if err := <-done; err != nil {
		t.Fatalf("Sleep = %v", err)
	}
	short, cancelShort := context.WithCancel(context.Background())
	cancelShort()
	if err := v.WaitForTimers(short, 5); err == nil {
		t.Fatal("WaitForTimers ignored a done context")
	}
}

func TestVirtualConcurrentUse(t *testing.T) {
	v := NewVirtual(t0)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	const n = 50
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			if err := Sleep(ctx, v, time.Duration(i+1)*time.Millisecond); err != nil {
				t.Error(err)
			}
		})
	}
	if err := v.WaitForTimers(ctx, n); err != nil {
		t.Fatal(err)
	}
	v.Advance(n * time.Millisecond)
	wg.Wait()
	if v.Pending() != 0 {
		t.Fatalf("pending = %d", v.Pending())
	}
}

func TestRealClockTimerFires(t *testing.T) {
	var c Clock = Real{}
	tm := c.NewTimer(0)
	<-tm.C()
	done := make(chan struct{})
	c.AfterFunc(0, func() { close(done) })
	<-done
}
