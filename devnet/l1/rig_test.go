package l1_test

import (
	"context"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/l1/builder"
	"github.com/syncboost/syncboost/sidecar/clock"
	"github.com/syncboost/syncboost/sidecar/httpserver"
)

var genesis = time.Unix(1_700_000_000, 0)

type rig struct {
	t   *testing.T
	ctx context.Context
	clk *clock.Virtual
	d   *l1.Driver
	reg *prometheus.Registry
}

// newRig starts a driver on a virtual clock reading the genesis time.
func newRig(t *testing.T, cfg l1.Config) *rig {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	clk := clock.NewVirtual(genesis)
	cfg.GenesisTime = genesis
	reg := prometheus.NewRegistry()
	d, err := l1.New(cfg, clk, zerolog.Nop(), reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := d.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	})
	return &rig{t: t, ctx: ctx, clk: clk, d: d, reg: reg}
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

func newRigClock() *clock.Virtual        { return clock.NewVirtual(genesis) }
func zerologNop() zerolog.Logger         { return zerolog.Nop() }
func promRegistry() *prometheus.Registry { return prometheus.NewRegistry() }
