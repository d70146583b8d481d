package builder

import (
	"cmp"
	"context"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/builderhook"
)

// applyBundles applies the bundles for the block in bb by value: each is first measured
// alone on the parent state (the fee recipient's balance change), then they are applied
// from the most valuable down; one that no longer applies after the others is left out whole.
func (b *Builder) applyBundles(ctx context.Context, bb *builderhook.BlockBuilder, parent *types.Header,
	attrs builderhook.Attributes, entries []*entry,
) Outcomes {
	type candidate struct {
		e     *entry
		value *big.Int
	}
	var cands []candidate
	var out Outcomes
	for _, e := range entries {
		o := outcomeOf(e)
		if err := builderhook.Fits(e.b, bb.Header); err != nil {
			o.Err = err
			out = append(out, o)
			continue
		}
		value, err := b.measure(ctx, parent, attrs, e.txs)
		if err != nil {
			o.Err = err
			out = append(out, o)
			continue
		}
		cands = append(cands, candidate{e, value})
	}
	slices.SortStableFunc(cands, func(x, y candidate) int {
		if c := y.value.Cmp(x.value); c != 0 {
			return c
		}
		return cmp.Compare(x.e.seq, y.e.seq)
	})
	for _, c := range cands {
		o := outcomeOf(c.e)
		o.Value = c.value
		res, err := bb.ApplyBundle(ctx, c.e.txs)
		if err != nil {
			o.Err = err
		} else {
			o.Applied, o.Value, o.GasUsed = true, res.CoinbaseDelta, res.GasUsed
		}
		out = append(out, o)
	}
	return out
}

func outcomeOf(e *entry) BundleOutcome {
	o := BundleOutcome{Hash: e.hash, ReplacementUUID: e.b.ReplacementUUID, Signer: e.signer}
	for _, tx := range e.txs {
		o.Txs = append(o.Txs, tx.Hash())
	}
	return o
}

// measure applies txs atomically to a fresh block on parent and returns the fee recipient's
// balance change.
func (b *Builder) measure(ctx context.Context, parent *types.Header, attrs builderhook.Attributes, txs []*types.Transaction) (*big.Int, error) {
	probe, err := builderhook.NewBlockBuilder(ctx, b.chain, parent, attrs)
	if err != nil {
		return nil, err
	}
	res, err := probe.ApplyBundle(ctx, txs)
	if err != nil {
		return nil, err
	}
	return res.CoinbaseDelta, nil
}
