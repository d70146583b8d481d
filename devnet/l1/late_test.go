package l1_test

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core"

	"github.com/syncboost/syncboost/devnet/l1"
)

// A driver that starts a few slots after its genesis (a slow start on a loaded machine) never
// reports the slots before its first: WaitSlot on one of them says so instead of blocking
// forever, and Deploy, which waits from slot 1 on, still finds its transactions.
func TestLateStartPassesOverEarlySlots(t *testing.T) {
	t.Parallel()
	r := newRigAt(t, l1.Config{}, genesis.Add(3*l1.DefaultSlotDuration+time.Second))
	ctx, d := r.ctx, r.d
	events := make(chan core.NewTxsEvent, 8)
	sub := d.Node().Backend().TxPool().SubscribeTransactions(events, false)
	defer sub.Unsubscribe()
	done := make(chan error, 1)
	go func() {
		_, err := l1.Deploy(ctx, d, deployConfig())
		done <- err
	}()
	for pending := 0; pending < 4; { // Deploy sends four creations
		select {
		case ev := <-events:
			pending += len(ev.Txs)
		case err := <-done:
			t.Fatalf("Deploy returned before its transactions were pending: %v", err)
		}
	}
	r.clk.AdvanceTo(d.Slots().SlotStart(4))
	if err := <-done; err != nil {
		t.Fatalf("Deploy after a late start: %v", err)
	}
	if _, err := d.WaitSlot(ctx, 1); !errors.Is(err, l1.ErrNoReport) {
		t.Fatalf("WaitSlot(1), a slot before the first = %v, want ErrNoReport", err)
	}
}
