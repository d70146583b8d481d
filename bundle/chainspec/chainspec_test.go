package chainspec

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/params/forks"
)

// The rules stay on the mainnet fork at every time: go-ethereum knows later forks (Amsterdam
// with block access lists, Bogota, BPO3 and up) and must not enable any of them, however far
// the chain runs.
func TestMainnetNeverSchedulesALaterFork(t *testing.T) {
	cfg := Mainnet(424242)
	if err := cfg.CheckConfigForkOrder(); err != nil {
		t.Fatalf("fork order: %v", err)
	}
	for _, at := range []uint64{0, 1_700_000_000, math.MaxUint64} {
		if got := cfg.LatestFork(at); got != forks.BPO2 {
			t.Fatalf("latest fork at %d is %v, want BPO2", at, got)
		}
		if cfg.IsAmsterdam(big.NewInt(1), at) {
			t.Fatalf("Amsterdam active at %d", at)
		}
	}
	if cfg.AmsterdamTime != nil || cfg.BogotaTime != nil || cfg.BPO3Time != nil {
		t.Fatal("a fork after BPO2 is scheduled")
	}
	if cfg.ChainID.Uint64() != 424242 {
		t.Fatalf("chain id %v", cfg.ChainID)
	}
}
