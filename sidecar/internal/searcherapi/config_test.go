package searcherapi

import (
	"errors"
	"testing"

	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/transport/httpserver"
)

func TestConfigCheck(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Config)
		want error
	}{
		{"no l1 chain", func(c *Config) { c.L1ChainID = 0 }, ErrConfig},
		{"no l2 chains", func(c *Config) { c.L2ChainIDs = nil }, ErrConfig},
		{"l2 equals l1", func(c *Config) { c.L2ChainIDs = []uint64{l1Chain} }, ErrConfig},
		{"no tx limit", func(c *Config) { c.Limits.MaxTxs = 0 }, ErrConfig},
		{"no rate", func(c *Config) { c.RatePerSecond = 0 }, ErrConfig},
		{"no burst", func(c *Config) { c.RateBurst = 0 }, ErrConfig},
		{"no batch", func(c *Config) { c.MaxBatch = 0 }, ErrConfig},
		{"no keep-alive", func(c *Config) { c.KeepAlive = 0 }, ErrConfig},
		{"no unverified bodies", func(c *Config) { c.MaxUnverifiedBodies = 0 }, ErrConfig},
		{"no streams per identity", func(c *Config) { c.MaxStreamsPerIdentity = 0 }, ErrConfig},
		{"streams below per identity", func(c *Config) { c.MaxStreams = c.MaxStreamsPerIdentity - 1 }, ErrConfig},
		{"watchers below streams", func(c *Config) { c.MaxWatchers = c.MaxStreams - 1 }, ErrConfig},
		{"no write timeout", func(c *Config) { c.HTTP.WriteTimeout = 0 }, httpserver.ErrConfig},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, _ := testConfig()
			tc.edit(&cfg)
			if err := cfg.Check(); !errors.Is(err, tc.want) {
				t.Fatalf("Check = %v, want %v", err, tc.want)
			}
		})
	}
	cfg, pcfg := testConfig()
	if err := cfg.Check(); err != nil {
		t.Fatalf("test config: %v", err)
	}
	p, _ := pool.New(pcfg, pool.Deps{})
	if _, err := New(cfg, Deps{Pool: p, Log: zerolog.Nop()}); !errors.Is(err, ErrNilDep) {
		t.Fatalf("New without slot source: %v", err)
	}
}
