package batcher_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/batcher"
)

func TestConfigCheck(t *testing.T) {
	ok := batcher.DefaultConfig(1, common.Address{1}, 2)
	tests := []struct {
		name string
		edit func(*batcher.Config)
	}{
		{"no inbox", func(c *batcher.Config) { c.Inbox = common.Address{} }},
		{"no l1 chain", func(c *batcher.Config) { c.L1ChainID = 0 }},
		{"no l2 chain", func(c *batcher.Config) { c.L2ChainID = 0 }},
		{"negative threshold", func(c *batcher.Config) { c.BlobThreshold = -1 }},
		{"no tip", func(c *batcher.Config) { c.Tip = nil }},
		{"bump below the pools' rule", func(c *batcher.Config) { c.FeeBumpPercent = 9 }},
		{"blob bump below the pools' rule", func(c *batcher.Config) { c.BlobFeeBumpPercent = 5 }},
		{"no fee cap", func(c *batcher.Config) { c.MaxFeeCap = big.NewInt(0) }},
		{"no poll", func(c *batcher.Config) { c.PollInterval = 0 }},
		{"no timeout", func(c *batcher.Config) { c.RPCTimeout = 0 }},
	}
	if err := ok.Check(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := ok
			tc.edit(&c)
			if err := c.Check(); !errors.Is(err, batcher.ErrConfig) {
				t.Fatalf("err %v, want ErrConfig", err)
			}
		})
	}
}

func TestNewRefusesMissingDeps(t *testing.T) {
	_, err := batcher.New(batcher.DefaultConfig(1, common.Address{1}, 2), batcher.Deps{Log: zerolog.Nop(), Registry: prometheus.NewRegistry()})
	if !errors.Is(err, batcher.ErrDeps) {
		t.Fatalf("err %v, want ErrDeps", err)
	}
}
