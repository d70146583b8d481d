package searcherapi

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func addrN(i int) common.Address { return common.BigToAddress(big.NewInt(int64(i) + 1)) }

// Throwaway signers cannot grow the limiter without bound: buckets that refilled are
// dropped. Signers still within their burst are kept, so the map may outgrow the threshold.
func TestLimiterForgetsIdleSigners(t *testing.T) {
	l := newLimiter[common.Address](1000, 1) // a bucket refills in 1 ms
	t0 := time.Unix(1_700_000_000, 0)
	for i := range 3 * sweepAt {
		if !l.allow(addrN(i), t0.Add(time.Duration(i)*time.Millisecond)) {
			t.Fatalf("signer %d refused on its first call", i)
		}
		if n := len(l.buckets); n > sweepAt {
			t.Fatalf("%d buckets tracked after %d signers, want at most %d", n, i+1, sweepAt)
		}
	}
	busy := newLimiter[common.Address](0.001, 1) // nothing refills: every signer stays
	for i := range sweepAt + 10 {
		busy.allow(addrN(i), t0)
	}
	if n := len(busy.buckets); n != sweepAt+10 {
		t.Fatalf("%d buckets, want every busy signer kept", n)
	}
	if busy.allow(addrN(0), t0) {
		t.Fatal("a busy signer's spent bucket was forgotten")
	}
}
