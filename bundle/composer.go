package bundle

import (
	"bytes"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// Reasons a bundle is left out of a based block. They reach searchers in their bundle status.
const (
	DropConflict        = "conflicts_with_higher_value_bundle"
	DropTimestamp       = "outside_timestamp_window"
	DropL2GasBudget     = "l2_gas_budget_exhausted"
	DropL1GasBudget     = "l1_gas_budget_exhausted"
	DropAssertionBudget = "assertion_budget_exhausted"
	DropWrongTarget     = "wrong_chain_or_slot"
	// DropTxGasCap: with this bundle the sidecar's atomic transaction would exceed EIP-7825's
	// per-transaction gas cap; the lowest-valued bundle goes first.
	DropTxGasCap = "l1_tx_gas_cap"
	// DropNotSimulated: the slot's simulation budget (count or time) ran out before this
	// bundle's turn; identities take turns, best standing first.
	DropNotSimulated = "not_simulated_in_time"
	// DropUnderpays: alone, the bundle pays the sidecar less than the L1 gas it adds.
	DropUnderpays = "underpays_sidecar"
	// DropMergeBudget: the merge rounds ended with a composition without this bundle.
	DropMergeBudget = "merge_budget_exhausted"
)

// ValueModel estimates what including a bundle is worth to the builder, in wei.
type ValueModel func(*CheckedBundle) *big.Int

// TipValue values a bundle by the priority fees its L1 transactions pay at baseFee, which is
// what a builder earns from them before simulation tells the exact coinbase transfer.
func TipValue(baseFee *big.Int) ValueModel {
	return func(b *CheckedBundle) *big.Int {
		total := new(big.Int)
		for _, leg := range [][]*Tx{b.Pre, b.Post} {
			for _, tx := range leg {
				tip := tx.EffectiveGasTipValue(baseFee)
				if tip.Sign() > 0 {
					total.Add(total, tip.Mul(tip, new(big.Int).SetUint64(tx.Gas())))
				}
			}
		}
		return total
	}
}

// ComposeInput is everything the composer needs; it performs no I/O.
type ComposeInput struct {
	L2ChainID uint64
	L1Slot    uint64
	SlotTime  uint64 // timestamp of the L1 block of L1Slot
	Forced    [][]byte
	Bundles   []*CheckedBundle
	Value     ValueModel
	// Excluded bundles failed simulation earlier in this slot; the value is the reason.
	Excluded map[common.Hash]string
	// Budgets: gas the searchers' L2 and L1 legs may use in total, assertions in the atomic transaction.
	MaxL2Gas, MaxL1Gas uint64
	MaxAssertions      int
}

// Dropped records a bundle left out and why.
type Dropped struct {
	Hash   common.Hash
	Reason string
	// Simulated: the bundle had simulated green alone (it lost to others or paid too little);
	// it stays live and its searcher is told why.
	Simulated bool
}

// Plan is a composed slot: the based block's transactions and the searcher parts of the L1 bundle.
type Plan struct {
	L2ChainID uint64
	L1Slot    uint64
	BasedTxs  [][]byte // forced entries first, then selected bundles' L2 transactions
	Selected  []*CheckedBundle
	// Assertions are every selected bundle's, in selection order (CallGroups has them per bundle).
	Assertions []Assertion
	Dropped    []Dropped
	Value      *big.Int
}

// WithTail is the plan with txs after the selected bundles' L2 transactions: what the sidecar
// adds of its own (the L2 mempool's, in based mode). p is not changed.
func (p *Plan) WithTail(txs [][]byte) *Plan {
	q := *p
	q.BasedTxs = append(slices.Clip(p.BasedTxs), txs...)
	return &q
}

type ranked struct {
	b     *CheckedBundle
	value *big.Int
}

// Compose selects bundles greedily by value (ties broken by bundle hash, so the same inputs
// always give the same plan), skipping any that conflict with an already selected bundle or do
// not fit the budgets.
func Compose(in ComposeInput) *Plan {
	p := &Plan{L2ChainID: in.L2ChainID, L1Slot: in.L1Slot, Value: new(big.Int)}
	p.BasedTxs = append(p.BasedTxs, in.Forced...)
	cands := make([]ranked, 0, len(in.Bundles))
	for _, b := range in.Bundles {
		if reason, ok := in.Excluded[b.Hash]; ok {
			p.Dropped = append(p.Dropped, Dropped{Hash: b.Hash, Reason: reason})
			continue
		}
		cands = append(cands, ranked{b, in.Value(b)})
	}
	slices.SortFunc(cands, func(x, y ranked) int {
		if c := y.value.Cmp(x.value); c != 0 {
			return c
		}
		return bytes.Compare(x.b.Hash[:], y.b.Hash[:])
	})
	used := newUsage()
	var l1Gas, l2Gas uint64
	for _, c := range cands {
		b := c.b
		if reason := admit(in, b, used, l1Gas, l2Gas, len(p.Assertions)); reason != "" {
			p.Dropped = append(p.Dropped, Dropped{Hash: b.Hash, Reason: reason})
			continue
		}
		used.add(b)
		l1Gas, l2Gas = l1Gas+b.L1Gas, l2Gas+b.L2Gas
		p.Selected = append(p.Selected, b)
		p.BasedTxs = append(p.BasedTxs, b.L2Txs...)
		p.Assertions = append(p.Assertions, b.Assertions...)
		p.Value.Add(p.Value, c.value)
	}
	return p
}

func admit(in ComposeInput, b *CheckedBundle, used *usage, l1Gas, l2Gas uint64, assertions int) string {
	switch {
	case b.L2ChainID != in.L2ChainID || b.L1Slot != in.L1Slot:
		return DropWrongTarget
	case b.MinTimestamp > in.SlotTime || b.MaxTimestamp != 0 && b.MaxTimestamp < in.SlotTime:
		return DropTimestamp
	case used.conflicts(b):
		return DropConflict
	case l2Gas+b.L2Gas > in.MaxL2Gas:
		return DropL2GasBudget
	case l1Gas+b.L1Gas > in.MaxL1Gas:
		return DropL1GasBudget
	case assertions+len(b.Assertions) > in.MaxAssertions:
		return DropAssertionBudget
	}
	return ""
}

// usage tracks what selected bundles already claim: transaction hashes and (chain, sender,
// nonce) slots, and (account, call nonce) slots. Two bundles that spend the same nonce cannot
// both execute.
type usage struct {
	hashes map[common.Hash]bool
	nonces map[nonceKey]bool
}

type nonceKey struct {
	kind   nonceKind
	sender common.Address
	nonce  uint64
}

type nonceKind uint8

const (
	l1TxNonce nonceKind = iota
	l2TxNonce
	callNonceKey
)

func newUsage() *usage {
	return &usage{hashes: map[common.Hash]bool{}, nonces: map[nonceKey]bool{}}
}

// each calls f with every claim of b (a zero hash for calls, which have no transaction hash)
// until f returns true.
func (u *usage) each(b *CheckedBundle, f func(hash common.Hash, key nonceKey) bool) bool {
	for _, leg := range []struct {
		txs  []*Tx
		kind nonceKind
	}{{b.Pre, l1TxNonce}, {b.L2, l2TxNonce}, {b.Post, l1TxNonce}} {
		for _, tx := range leg.txs {
			if f(tx.Hash(), nonceKey{leg.kind, tx.Sender, tx.Nonce()}) {
				return true
			}
		}
	}
	for _, calls := range [][]SignedCall{b.PreCalls, b.PostCalls} {
		for _, c := range calls {
			if f(common.Hash{}, nonceKey{callNonceKey, c.Account, c.Call.Nonce}) {
				return true
			}
		}
	}
	return false
}

func (u *usage) conflicts(b *CheckedBundle) bool {
	return u.each(b, func(h common.Hash, k nonceKey) bool { return h != (common.Hash{}) && u.hashes[h] || u.nonces[k] })
}

func (u *usage) add(b *CheckedBundle) {
	u.each(b, func(h common.Hash, k nonceKey) bool {
		if h != (common.Hash{}) {
			u.hashes[h] = true
		}
		u.nonces[k] = true
		return false
	})
}
