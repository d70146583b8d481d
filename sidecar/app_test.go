package sidecar_test

import (
	"context"
	"errors"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/redisnode"
	"github.com/syncboost/syncboost/sidecar"
	"github.com/syncboost/syncboost/sidecar/config"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/sidecar/internal/pool/redispool"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
)

func exampleConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Load(config.Sources{Path: "../config.example.toml",
		Environ: []string{"SYNCBOOST_JOURNAL_DIR=" + t.TempDir(), "SYNCBOOST_METRICS_LISTEN=127.0.0.1:0", "SYNCBOOST_SEARCHER_API_LISTEN=127.0.0.1:0"}})
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func build(t *testing.T, cfg *config.Config) *sidecar.App {
	t.Helper()
	a, err := sidecar.Build(cfg, sidecar.Deps{Log: zerolog.Nop(), Registry: prometheus.NewRegistry(), Clock: clock.Real{}}, lifecycle.NewSupervisor(zerolog.Nop()))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// A bundle the pool acknowledged is back after the sidecar is rebuilt on the same journal.
func TestBuildRestoresAcknowledgedBundles(t *testing.T) {
	cfg := exampleConfig(t)
	a := build(t, cfg)
	e := pooltest.NewMaker(cfg.L1.ChainID, cfg.L2.ChainID).Entry(t, pooltest.Key(1), 7, "", 0)
	if _, err := a.Pool.Add(context.Background(), e); err != nil {
		t.Fatal(err)
	}
	a.Close() // never started: Close releases the journal
	again := build(t, cfg)
	defer again.Close()
	got, err := again.Pool.Get(context.Background(), e.Hash)
	if err != nil || got.Status().Status != bundle.StatusReceived {
		t.Fatalf("acknowledged bundle lost across a rebuild: %v", err)
	}
}

// With [pool] backend = "redis", two sidecars built on one Redis share the pool: a bundle one
// acknowledged is served by the other, also after the first is closed. A Redis that does not
// answer fails the build with the reason.
func TestBuildSharesThePoolOnRedis(t *testing.T) {
	srv := redisnode.StartT(t)
	cfg := exampleConfig(t)
	cfg.Pool.Backend, cfg.Pool.RedisURL = config.PoolRedis, config.RedisURL(srv.URL())
	a, b := build(t, cfg), build(t, cfg)
	defer b.Close()
	e := pooltest.NewMaker(cfg.L1.ChainID, cfg.L2.ChainID).Entry(t, pooltest.Key(1), 7, "", 0)
	if _, err := a.Pool.Add(context.Background(), e); err != nil {
		t.Fatal(err)
	}
	a.Close()
	got, err := b.Pool.Get(context.Background(), e.Hash)
	if err != nil || got.Status().Status != bundle.StatusReceived {
		t.Fatalf("the other replica does not serve the acknowledged bundle: %v", err)
	}

	if err := srv.Kill(); err != nil {
		t.Fatal(err)
	}
	_, err = sidecar.Build(cfg, sidecar.Deps{Log: zerolog.Nop(), Registry: prometheus.NewRegistry(), Clock: clock.Real{}}, lifecycle.NewSupervisor(zerolog.Nop()))
	if !errors.Is(err, redispool.ErrUnavailable) {
		t.Fatalf("Build with redis down: %v, want ErrUnavailable", err)
	}
}
