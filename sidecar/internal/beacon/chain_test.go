package beacon

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
)

func TestParseSpec(t *testing.T) {
	tests := []struct {
		name string
		spec map[string]any
		want time.Duration
		err  bool
	}{
		{"ms preferred", map[string]any{"SLOT_DURATION_MS": uint64(6000), "SECONDS_PER_SLOT": 12 * time.Second, "SLOTS_PER_EPOCH": uint64(32)}, 6 * time.Second, false},
		{"sub-second ms", map[string]any{"SLOT_DURATION_MS": uint64(7500), "SLOTS_PER_EPOCH": uint64(32)}, 7500 * time.Millisecond, false},
		{"seconds", map[string]any{"SECONDS_PER_SLOT": 12 * time.Second, "SLOTS_PER_EPOCH": uint64(32)}, 12 * time.Second, false},
		{"none", map[string]any{"SLOTS_PER_EPOCH": uint64(32)}, 0, true},
		{"zero ms", map[string]any{"SLOT_DURATION_MS": uint64(0), "SLOTS_PER_EPOCH": uint64(32)}, 0, true},
		{"text ms", map[string]any{"SLOT_DURATION_MS": "x", "SLOTS_PER_EPOCH": uint64(32)}, 0, true},
		{"no epoch", map[string]any{"SECONDS_PER_SLOT": 12 * time.Second}, 0, true},
		{"bad payload due", map[string]any{"SECONDS_PER_SLOT": 12 * time.Second, "SLOTS_PER_EPOCH": uint64(32), "PAYLOAD_DUE_BPS": uint64(10001)}, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseSpec(tc.spec)
			if tc.err {
				if !errors.Is(err, ErrSpec) {
					t.Fatalf("err = %v, want ErrSpec", err)
				}
				return
			}
			if err != nil || c.SlotDuration != tc.want {
				t.Fatalf("got %s, %v; want %s", c.SlotDuration, err, tc.want)
			}
		})
	}
}

func TestConfigAndConstructor(t *testing.T) {
	good := DefaultConfig("http://127.0.0.1:5052")
	if err := good.Check(); err != nil {
		t.Fatal(err)
	}
	bad := []func(c *Config){
		func(c *Config) { c.Address = "127.0.0.1:5052" },
		func(c *Config) { c.Profile = "pbs" },
		func(c *Config) { c.RequestTimeout = 0 },
		func(c *Config) { c.Reconnect.Min = 0 },
		func(c *Config) { c.SilenceSlots = 0 },
		func(c *Config) { c.MaxEventBytes = 0 },
		func(c *Config) { c.MaxBlockBytes = 0 },
		func(c *Config) { c.KeepSlots = 0 },
		func(c *Config) { c.ExecRetry = 0 },
	}
	for i, f := range bad {
		c := good
		f(&c)
		if err := c.Check(); !errors.Is(err, ErrConfig) {
			t.Errorf("case %d: Check() = %v", i, err)
		}
	}
	reg := prometheus.NewRegistry()
	if _, err := New(good, nil, clock.Real{}, zerolog.Nop(), reg); !errors.Is(err, ErrNilExecution) {
		t.Errorf("nil execution: %v", err)
	}
	if _, err := New(good, nilHeaders{}, nil, zerolog.Nop(), reg); !errors.Is(err, ErrNilClock) {
		t.Errorf("nil clock: %v", err)
	}
	if _, err := New(good, nilHeaders{}, clock.Real{}, zerolog.Nop(), nil); !errors.Is(err, ErrNilRegistry) {
		t.Errorf("nil registry: %v", err)
	}
}

type nilHeaders struct{ ExecutionHeaders }

func TestSlotOfTimestamp(t *testing.T) {
	genesis := time.Unix(1_700_000_000, 0)
	for _, tc := range []struct {
		name string
		slot time.Duration
		ts   uint64
		want uint64
		ok   bool
	}{
		{"genesis", 12 * time.Second, 1_700_000_000, 0, true},
		{"slot 7", 3 * time.Second, 1_700_000_021, 7, true},
		{"inside a slot", 12 * time.Second, 1_700_000_013, 0, false},
		{"before genesis", 12 * time.Second, 1_699_999_988, 0, false},
		{"past int64", 12 * time.Second, math.MaxUint64, 0, false},
		// 1.5 s slots: slot 1 starts at +1.5 s and carries the timestamp +1 s.
		{"sub-second start", 1500 * time.Millisecond, 1_700_000_001, 1, true},
		{"sub-second whole", 1500 * time.Millisecond, 1_700_000_003, 2, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc, err := clock.NewSlotClock(genesis, tc.slot)
			if err != nil {
				t.Fatal(err)
			}
			got, ok := Chain{Slots: sc}.SlotOfTimestamp(tc.ts)
			if got != tc.want || ok != tc.ok {
				t.Fatalf("SlotOfTimestamp(%d) = %d, %v; want %d, %v", tc.ts, got, ok, tc.want, tc.ok)
			}
		})
	}
	if _, ok := (Chain{}).SlotOfTimestamp(1); ok {
		t.Fatal("a chain without a slot clock mapped a timestamp")
	}
}
