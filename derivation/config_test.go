package derivation_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/derivation"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
)

func TestConfigCheck(t *testing.T) {
	good := derivation.DefaultConfig()
	good.Inbox, good.Sequencer = common.Address{1}, common.Address{2}
	cases := []struct {
		name string
		edit func(*derivation.Config)
		ok   bool
	}{
		{"good", func(*derivation.Config) {}, true},
		{"no inbox", func(c *derivation.Config) { c.Inbox = common.Address{} }, false},
		{"no sequencer", func(c *derivation.Config) { c.Sequencer = common.Address{} }, false},
		{"no reorg memory", func(c *derivation.Config) { c.MaxReorgDepth = 0 }, false},
		{"no poll", func(c *derivation.Config) { c.PollInterval = 0 }, false},
		{"no timeout", func(c *derivation.Config) { c.RPCTimeout = -1 }, false},
		{"no faults kept", func(c *derivation.Config) { c.MaxFaults = 0 }, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := good
			tc.edit(&c)
			err := c.Check()
			if tc.ok != (err == nil) || (err != nil && !errors.Is(err, derivation.ErrConfig)) {
				t.Fatalf("Check() = %v", err)
			}
		})
	}
}

func TestNewRejectsMissingDeps(t *testing.T) {
	cfg := derivation.DefaultConfig()
	cfg.Inbox, cfg.Sequencer = common.Address{1}, common.Address{2}
	if _, err := derivation.New(cfg, derivation.Deps{}); !errors.Is(err, derivation.ErrDeps) {
		t.Fatalf("New without deps: %v", err)
	}
	if _, err := derivation.NewBlobClient(derivation.BlobClientConfig{URL: "ftp://x"}); !errors.Is(err, derivation.ErrBlobClientConfig) {
		t.Fatalf("NewBlobClient: %v", err)
	}
	n := gethnodetest.Start(t, gethnode.Config{})
	l1 := newL1(t)
	if _, err := derivation.New(cfg, derivation.Deps{L1: l1.client, L2: n, Clock: clock.Real{}, Registry: prometheus.NewRegistry()}); err != nil {
		t.Fatal(err)
	}
}

// TestDeriverLoopFollowsL1: started, the Deriver follows L1 on its own (Notify after a block)
// and reports each head to OnHead; Stop ends its goroutine.
func TestDeriverLoopFollowsL1(t *testing.T) {
	r := newRig(t, nil)
	heads := make(chan derivation.Head, 64)
	cfg := derivation.DefaultConfig()
	cfg.Inbox, cfg.Sequencer = r.inbox, addr(r.sequencer)
	d, err := derivation.New(cfg, derivation.Deps{L1: r.l1.client, L2: r.dst, Clock: clock.Real{}, Registry: prometheus.NewRegistry(),
		OnHead: func(h derivation.Head) { heads <- h }})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(r.ctx()); err != nil {
		t.Fatal(err)
	}
	if err := d.Start(r.ctx()); !errors.Is(err, derivation.ErrStarted) {
		t.Fatalf("second Start: %v", err)
	}
	blocks, lists := r.sequence(2)
	b, _ := r.batch(blocks, lists, bundle.DataCalldata)
	l1 := r.submitBatch(b, nil)
	d.Notify()
	for h := range heads {
		if h.L1Hash == l1.Hash() {
			if h.Hash != blocks[1].Hash() {
				t.Fatalf("head %+v", h)
			}
			break
		}
	}
	if h, err := d.WaitL1(r.ctx(), l1.Number.Uint64()); err != nil || h.Hash != blocks[1].Hash() {
		t.Fatalf("WaitL1: %+v, %v", h, err)
	}
	if err := d.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}
