package l1_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/l1"
)

// racingClock is a virtual clock that advances to at just before a timer for at is armed:
// the test's AdvanceTo winning the race against a slot loop that has read the time but not
// yet armed its timer, which a loaded machine can schedule at any slot.
type racingClock struct {
	*clock.Virtual
	at   time.Time
	once sync.Once
}

func (c *racingClock) race(deadline time.Time) {
	if deadline.Equal(c.at) {
		c.once.Do(func() { c.AdvanceTo(c.at) })
	}
}

func (c *racingClock) NewTimer(d time.Duration) clock.Timer {
	c.race(c.Now().Add(d))
	return c.Virtual.NewTimer(d)
}

func (c *racingClock) NewTimerAt(at time.Time) clock.Timer {
	c.race(at)
	return c.Virtual.NewTimerAt(at)
}

// The slot loop builds a slot whose start the clock reached while the loop was arming its
// timer, instead of sleeping until the next slot (a test waiting for the slot would hang).
func TestSlotBuiltWhenClockReachesItWhileArming(t *testing.T) {
	t.Parallel()
	clk := &racingClock{Virtual: clock.NewVirtual(genesis), at: genesis.Add(l1.DefaultSlotDuration)}
	d := newDriver(t, l1.Config{GenesisTime: genesis}, clk)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := d.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	})
	rep, err := d.WaitSlot(ctx, 1)
	if err != nil {
		t.Fatalf("slot 1, whose start the clock reached while the loop armed its timer: %v", err)
	}
	if rep.Missed || rep.Block.Time() != d.SlotTime(1) {
		t.Fatalf("slot 1: missed %v err %v", rep.Missed, rep.Err)
	}
}
