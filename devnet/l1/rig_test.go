package l1_test

import (
	"context"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/l1/builder"
	"github.com/syncboost/syncboost/transport/httpserver"
)

var genesis = time.Unix(1_700_000_000, 0)

type rig struct {
	t   *testing.T
	ctx context.Context
	clk *clock.Virtual
	d   *l1.Driver
}

// newRig starts a driver on a virtual clock reading the genesis time.
func newRig(t *testing.T, cfg l1.Config) *rig {
	t.Helper()
	return newRigAt(t, cfg, genesis)
}

// newRigAt starts a driver with the genesis time on a virtual clock reading now.
func newRigAt(t *testing.T, cfg l1.Config, now time.Time) *rig {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	clk := clock.NewVirtual(now)
	cfg.GenesisTime = genesis
	d := newDriver(t, cfg, clk)
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := d.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	})
	return &rig{t: t, ctx: ctx, clk: clk, d: d}
}

// newDriver prepares a driver on clk without starting it.
func newDriver(t *testing.T, cfg l1.Config, clk clock.Clock) *l1.Driver {
	t.Helper()
	d, err := l1.New(cfg, clk, zerolog.Nop(), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// slot moves the clock to slot's start and waits for the driver to process it.
func (r *rig) slot(s uint64) l1.SlotReport {
	r.t.Helper()
	r.clk.AdvanceTo(r.d.Slots().SlotStart(s))
	rep, err := r.d.WaitSlot(r.ctx, s)
	if err != nil {
		r.t.Fatalf("slot %d: %v", s, err)
	}
	return rep
}

func builderRPCWithoutTimeouts() builder.ServerConfig {
	return builder.ServerConfig{HTTP: httpserver.Config{Listen: "127.0.0.1:0"}}
}
