package devnet

import (
	"context"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/devnet/l1"
)

// The end-to-end tests run the whole devnet on loopback with 2 s slots and real clocks; each
// waits for slots with the L1 driver's WaitSlot, never by sleeping.

// startDevnet runs a devnet for the test, edited by opts, and stops it at cleanup.
func startDevnet(t *testing.T, opts ...func(*Config)) *Devnet {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end devnet test")
	}
	cfg := Config{DataDir: t.TempDir(), Log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)}
	for _, o := range opts {
		o(&cfg)
	}
	d, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := d.Stop(ctx); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
	return d
}

// waitSlot waits until the L1 block of slot (or its absence) is known, bounded by the slot count.
func waitSlot(t *testing.T, d *Devnet, slot uint64) l1.SlotReport {
	t.Helper()
	var ahead uint64 // a slot already past is reported at once
	if last := d.L1.LastSlot(); slot > last {
		ahead = slot - last
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(ahead+3)*d.cfg.SlotDuration+10*time.Second)
	defer cancel()
	r, err := d.L1.WaitSlot(ctx, slot)
	if err != nil {
		t.Fatalf("waiting for slot %d: %v", slot, err)
	}
	return r
}

// outcome waits for the sequencer to be told slot's outcome, for at most two more slots.
func outcome(t *testing.T, d *Devnet, slot uint64) string {
	t.Helper()
	for s := slot; s <= slot+2; s++ {
		waitSlot(t, d, s)
		if f, ok := d.Seq.Slot(slot); ok && len(f.Outcomes) > 0 {
			return string(f.Outcomes[len(f.Outcomes)-1].Kind)
		}
	}
	return ""
}
