package builder

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/builderhook"
)

// Unbundle makes the builder dishonest on purpose, so the devnet exercises what bundle
// atomicity does not guarantee: in a share of slots it lands, instead of each received bundle
// whole, one arrangement (an ordered subset) of the bundle's transactions, and leaves out every
// transaction that is invalid or reverts in that order.
type Unbundle struct {
	// ShareBps is the share of slots tampered with, in basis points (0: never, 10000: always).
	// Slot s is tampered iff ⌊(s+1)·share⌋ > ⌊s·share⌋, which spreads them evenly and needs no
	// randomness: a test knows from the slot number alone.
	ShareBps uint32
	// GenesisTime is the start of slot 0; a block's slot is its timestamp's.
	GenesisTime time.Time
}

// maxArrangedTxs bounds the transactions an arrangement reorders (the count grows like n!);
// later ones follow in order a full-length arrangement and are left out of shorter ones. The
// sidecar's bundles carry a few: [raw preTxs..., the atomic tx, raw postTxs...].
const maxArrangedTxs = 8

// Tampering is what the builder did to one bundle in a tampered slot.
type Tampering struct {
	// Arrangement is the index of the arrangement among every ordered subset of the bundle's
	// transactions except the whole bundle in order (see Arrangement).
	Arrangement uint64
	// Order lists the bundle's transaction indices the builder tried, in the order it tried them.
	Order []int
	// Landed lists those of Order that are in the block; the others were invalid or reverted.
	Landed []int
}

// TakesSlot reports whether slot is among the share ⌊(s+1)·share⌋ > ⌊s·share⌋ of slots.
func (u Unbundle) TakesSlot(slot uint64) bool {
	t, _ := u.Tampered(slot)
	return t
}

// Tampered reports whether slot is one the builder tampers with, and its ordinal among the
// tampered slots (0 for the first), which picks the arrangement.
func (u Unbundle) Tampered(slot uint64) (bool, uint64) {
	bps := uint64(u.ShareBps)
	if bps == 0 {
		return false, 0
	}
	k := slot * bps / 10_000
	return (slot+1)*bps/10_000 > k, k
}

// Arrangements is the number of ordered subsets of n transactions (the empty one included),
// Σ_k n!/(n-k)!, with n capped at maxArrangedTxs.
func Arrangements(n int) uint64 {
	n = min(n, maxArrangedTxs)
	var total, p uint64 = 0, 1
	for k := 0; k <= n; k++ {
		total += p
		p *= uint64(n - k)
	}
	return total
}

// Arrangement returns the i-th dishonest arrangement of n transactions, i taken modulo their
// number: every ordered subset except the identity (all n in order), shortest first, each
// length in lexicographic order. Successive tampered slots thus cycle through all of them.
func Arrangement(n int, i uint64) []int {
	m := min(n, maxArrangedTxs)
	total := Arrangements(m)
	if total <= 1 {
		return identity(n)[:0] // nothing to reorder: leave everything out
	}
	i %= total - 1
	var p uint64 = 1 // m!/(m-k)!, the arrangements of length k
	k := 0
	for ; i >= p; k++ {
		i -= p
		p *= uint64(m - k)
	}
	if k == m { // a full-length permutation: skip the identity, index 0 of that length
		i++
	}
	order := decodePermutation(m, k, i)
	if k == m {
		order = append(order, identity(n)[m:]...) // the uncapped tail keeps its order
	}
	return order
}

// decodePermutation picks k of m indices in the order the mixed-radix digits of i name them.
func decodePermutation(m, k int, i uint64) []int {
	left := identity(m)
	var p uint64 = 1
	for j := 1; j < k; j++ {
		p *= uint64(m - j)
	}
	order := make([]int, 0, k)
	for j := 0; j < k; j++ {
		d := i / p
		i %= p
		order = append(order, left[d])
		left = append(left[:d], left[d+1:]...)
		if rem := uint64(m - j - 1); rem > 0 && j+1 < k {
			p /= rem
		}
	}
	return order
}

func identity(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// applyTampered lands arrangement ordinal of each bundle's transactions, one at a time, as a
// builder that ignores bundle atomicity would: a transaction that is invalid or reverts in that
// order is left out and the rest stay. A bundle counts as applied when any of it landed.
func (b *Builder) applyTampered(ctx context.Context, bb *builderhook.BlockBuilder, number, slot, ordinal uint64, entries []*entry) Outcomes {
	var out Outcomes
	for _, e := range entries {
		o := outcomeOf(e)
		t := &Tampering{Arrangement: ordinal % max(Arrangements(len(e.txs))-1, 1), Order: Arrangement(len(e.txs), ordinal)}
		for _, i := range t.Order {
			// One transaction as a bundle of one: a revert leaves it out, as a block builder
			// filtering reverting bundle transactions does.
			res, err := bb.ApplyBundle(ctx, []*types.Transaction{e.txs[i]})
			if err != nil {
				continue
			}
			t.Landed = append(t.Landed, i)
			o.GasUsed += res.GasUsed
		}
		o.Tampered, o.Applied = t, len(t.Landed) > 0
		if !o.Applied {
			o.Err = fmt.Errorf("%w: arrangement %v landed nothing", ErrTampered, t.Order)
		}
		b.log.Info().Uint64("slot", slot).Uint64("block_number", number).Str("bundle_hash", e.hash.Hex()).
			Int("txs", len(e.txs)).Uint64("arrangement", t.Arrangement).Ints("order", t.Order).Ints("landed", t.Landed).
			Msg("bundle unbundled on purpose")
		out = append(out, o)
	}
	return out
}

// slotOf is the slot of a block with timestamp ts.
func (u Unbundle) slotOf(ts uint64, slot time.Duration) uint64 {
	g := uint64(u.GenesisTime.Unix())
	if ts < g || slot <= 0 {
		return 0
	}
	return (ts - g) / uint64(slot/time.Second)
}
