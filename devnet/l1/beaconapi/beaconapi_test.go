package beaconapi

import (
	"errors"
	"testing"
	"time"
)

func TestConfigCheck(t *testing.T) {
	ok := Config{GenesisTime: time.Unix(1_700_000_000, 0), SlotDuration: 2 * time.Second, SlotsPerEpoch: 32, Validators: 8}
	if err := ok.Check(); err != nil {
		t.Fatal(err)
	}
	bad := []func(*Config){
		func(c *Config) { c.GenesisTime = time.Time{} },
		func(c *Config) { c.GenesisTime = c.GenesisTime.Add(time.Millisecond) },
		func(c *Config) { c.SlotDuration = 1500 * time.Millisecond },
		func(c *Config) { c.SlotsPerEpoch = 0 },
		func(c *Config) { c.Validators = 0 },
	}
	for i, edit := range bad {
		c := ok
		edit(&c)
		if err := c.Check(); !errors.Is(err, ErrConfig) {
			t.Errorf("case %d: Check() = %v", i, err)
		}
	}
}
