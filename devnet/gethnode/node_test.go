package gethnode

import (
	"context"
	"errors"
	"math/big"
	"testing"
)

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		ok   bool
	}{
		{name: "zero value", cfg: Config{}, ok: true},
		{name: "gas limit too low", cfg: Config{GasLimit: 100}},
		{name: "negative accounts", cfg: Config{Accounts: -1}},
		{name: "too many accounts", cfg: Config{Accounts: maxAccounts + 1}},
		{name: "negative balance", cfg: Config{Balance: big.NewInt(-1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Check()
			if tt.ok != (err == nil) {
				t.Fatalf("Check() = %v, want ok=%v", err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrConfig) {
				t.Fatalf("Check() = %v, not ErrConfig", err)
			}
		})
	}
}

func TestStopLeavesNoGoroutines(t *testing.T) {
	cycle := func() {
		n, err := New(Config{Accounts: 1})
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		if err := n.Start(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := n.EthClient().BlockNumber(ctx); err != nil {
			t.Fatal(err)
		}
		if err := n.Stop(ctx); err != nil {
			t.Fatal(err)
		}
	}
	cycle() // starts go-ethereum's process-wide goroutines, which live on by design
	before := goroutineCounts()
	cycle()
	checkNoLeak(t, before)
}

func TestStopTwiceAndBeforeStart(t *testing.T) {
	n, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := n.Stop(ctx); !errors.Is(err, ErrNotStarted) {
		t.Fatalf("Stop before Start = %v, want ErrNotStarted", err)
	}
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := n.Start(ctx); !errors.Is(err, ErrStarted) {
		t.Fatalf("second Start = %v, want ErrStarted", err)
	}
	if err := n.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := n.Stop(ctx); err != nil {
		t.Fatalf("second Stop = %v", err)
	}
}
