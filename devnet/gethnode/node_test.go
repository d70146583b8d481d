package gethnode

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
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

func TestStartRefusesBadJWTSecretFile(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{"short": "0x2a", "not hex": strings.Repeat("zz", 32)} {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(dir, strings.ReplaceAll(name, " ", "_"))
			if err := os.WriteFile(file, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			n, err := New(Config{JWTSecretFile: file})
			if err != nil {
				t.Fatal(err)
			}
			if err := n.Start(context.Background()); !errors.Is(err, ErrJWTSecret) {
				t.Fatalf("Start = %v, want ErrJWTSecret", err)
			}
		})
	}
	n, err := New(Config{JWTSecretFile: filepath.Join(dir, "missing")})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); !errors.Is(err, ErrJWTSecret) {
		t.Fatalf("Start with a missing secret file = %v, want ErrJWTSecret", err)
	}
}
