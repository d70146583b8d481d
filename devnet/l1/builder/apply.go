package builder

import (
	"cmp"
	"container/heap"
	"context"
	"errors"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

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

// fillFromPool applies the node's pending transactions by effective tip, each sender's in
// nonce order, until the block is full, and returns how many went in.
func (b *Builder) fillFromPool(ctx context.Context, bb *builderhook.BlockBuilder) int {
	baseFee := uint256.MustFromBig(bb.Header.BaseFee)
	pending, _ := b.txs.Pending(txpool.PendingFilter{BaseFee: baseFee, GasLimitCap: params.MaxTxGas})
	q := newTipQueue(pending, baseFee)
	n := 0
	for q.Len() > 0 && bb.GasPool.Available(false) >= params.TxGas && ctx.Err() == nil {
		lazy := q.peek()
		tx := lazy.Resolve()
		if tx == nil { // dropped from the pool meanwhile
			q.pop()
			continue
		}
		_, err := bb.ApplyTx(ctx, tx)
		switch {
		case err == nil:
			n++
			q.shift()
		case errors.Is(err, core.ErrNonceTooLow):
			q.shift() // already in the block through a bundle
		default:
			q.pop() // the sender's later transactions cannot apply either
		}
	}
	return n
}

// tipQueue orders senders by the effective tip of their next transaction (then by arrival).
type tipQueue struct {
	baseFee *uint256.Int
	heads   [][]*txpool.LazyTransaction
}

func newTipQueue(pending map[common.Address][]*txpool.LazyTransaction, baseFee *uint256.Int) *tipQueue {
	q := &tipQueue{baseFee: baseFee}
	for _, list := range pending {
		if len(list) > 0 {
			q.heads = append(q.heads, list)
		}
	}
	heap.Init(q)
	return q
}

func (q *tipQueue) tip(tx *txpool.LazyTransaction) *uint256.Int {
	headroom := new(uint256.Int).Sub(tx.GasFeeCap, q.baseFee) // PendingFilter ensures fee cap >= base fee
	if headroom.Lt(tx.GasTipCap) {
		return headroom
	}
	return tx.GasTipCap
}

func (q *tipQueue) Len() int { return len(q.heads) }
func (q *tipQueue) Less(i, j int) bool {
	a, b := q.heads[i][0], q.heads[j][0]
	if c := q.tip(a).Cmp(q.tip(b)); c != 0 {
		return c > 0
	}
	return a.Time.Before(b.Time)
}
func (q *tipQueue) Swap(i, j int) { q.heads[i], q.heads[j] = q.heads[j], q.heads[i] }
func (q *tipQueue) Push(x any)    { q.heads = append(q.heads, x.([]*txpool.LazyTransaction)) }
func (q *tipQueue) Pop() any {
	last := q.heads[len(q.heads)-1]
	q.heads = q.heads[:len(q.heads)-1]
	return last
}

func (q *tipQueue) peek() *txpool.LazyTransaction { return q.heads[0][0] }

// shift moves to the best sender's next transaction.
func (q *tipQueue) shift() {
	if len(q.heads[0]) == 1 {
		heap.Pop(q)
		return
	}
	q.heads[0] = q.heads[0][1:]
	heap.Fix(q, 0)
}

// pop drops the best sender.
func (q *tipQueue) pop() { heap.Pop(q) }
