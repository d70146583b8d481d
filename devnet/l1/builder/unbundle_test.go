package builder_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/devnet/l1/builder"
)

// Every ordered subset but the identity comes up exactly once per cycle.
func TestArrangementsCycleThroughEveryOrderedSubset(t *testing.T) {
	for n, want := range map[int]uint64{0: 1, 1: 2, 2: 5, 3: 16, 4: 65} {
		if got := builder.Arrangements(n); got != want {
			t.Fatalf("Arrangements(%d) = %d, want %d", n, got, want)
		}
	}
	for n := 1; n <= 5; n++ {
		cycle := builder.Arrangements(n) - 1
		seen := map[string]bool{}
		for i := range cycle {
			a := builder.Arrangement(n, i)
			if !slices.Equal(builder.Arrangement(n, i+cycle), a) {
				t.Fatalf("n=%d: arrangement %d does not repeat after %d", n, i, cycle)
			}
			if len(a) == n && slices.IsSorted(a) {
				t.Fatalf("n=%d: arrangement %d is the whole bundle in order", n, i)
			}
			key := fmt.Sprint(a)
			if seen[key] {
				t.Fatalf("n=%d: %s twice", n, key)
			}
			seen[key] = true
			for j, x := range a {
				if x < 0 || x >= n || slices.Contains(a[j+1:], x) {
					t.Fatalf("n=%d: arrangement %v is not an ordered subset", n, a)
				}
			}
		}
	}
}

// Past the cap, the first eight are arranged and the rest follow a full-length arrangement.
func TestArrangementOfALongBundle(t *testing.T) {
	last := builder.Arrangements(8) - 2 // the last dishonest one: the reverse of the first eight
	a := builder.Arrangement(10, last)
	if want := []int{7, 6, 5, 4, 3, 2, 1, 0, 8, 9}; !slices.Equal(a, want) {
		t.Fatalf("arrangement %d of 10 = %v, want %v", last, a, want)
	}
	if a := builder.Arrangement(10, 3); !slices.Equal(a, []int{2}) {
		t.Fatalf("arrangement 3 of 10 = %v, want [2]", a)
	}
}

func TestTamperedSlotsSpreadEvenly(t *testing.T) {
	u := builder.Unbundle{ShareBps: 5000}
	var n uint64
	for s := range uint64(100) {
		tampered, ordinal := u.Tampered(s)
		if tampered {
			if ordinal != n {
				t.Fatalf("slot %d: ordinal %d, want %d", s, ordinal, n)
			}
			n++
		}
	}
	if n != 50 {
		t.Fatalf("%d of 100 slots tampered at 50%%", n)
	}
	if tampered, _ := (builder.Unbundle{}).Tampered(7); tampered {
		t.Fatal("a zero share tampers")
	}
}

// With every slot tampered, a bundle [a, b after a, c that reverts] lands as the slot's
// arrangement says: invalid and reverting transactions are left out, the rest stay in order.
func TestUnbundlingBuilderLandsArrangement(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	cfg := builder.DefaultConfig(feeRecipient, slot)
	cfg.Unbundle = builder.Unbundle{ShareBps: 10_000, GenesisTime: time.Unix(1_700_000_000, 0)}
	b, err := builder.New(cfg, r.node.BlockChain(), r.node.Backend().TxPool(), zerolog.Nop(), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	r.b = b
	for range 6 { // six slots: six different arrangements
		a, bb, c := r.tx(1, r.nonce(1), sink, 1, 2), r.tx(1, r.nonce(1)+1, sink, 1, 2), r.tx(2, r.nonce(2), reverter, 0, 2)
		if _, err := b.SendBundle(feeRecipient, r.bundleOf("", a, bb, c)); err != nil {
			t.Fatal(err)
		}
		head := r.head()
		tamper, ordinal := cfg.Unbundle.Tampered((head.Time + 2 - 1_700_000_000) / 2)
		blk := r.build()
		order := builder.Arrangement(3, ordinal)
		var want []*types.Transaction
		for _, i := range order {
			switch {
			case i == 0:
				want = append(want, a)
			case i == 1 && slices.Contains(want, a):
				want = append(want, bb)
			}
		}
		if got := txHashes(blk.Block); !tamper || !blk.Tampered || !slices.Equal(got, hashesOf(want...)) {
			t.Fatalf("arrangement %v: block txs %v, want %v (tampered %v)", order, got, hashesOf(want...), blk.Tampered)
		}
		if tm := blk.Bundles[0].Tampered; tm == nil || !slices.Equal(tm.Order, order) || len(tm.Landed) != len(want) {
			t.Fatalf("outcome %+v, want order %v with %d landed", tm, order, len(want))
		}
	}
	if s := b.Stats(); s.Tampered != 6 {
		t.Fatalf("stats %+v", s)
	}
}
