package sequencer

import (
	"container/heap"
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
)

// buildSequenced assembles a sequenced block on parent: the header environment of
// bundle.BasedEnv (time = parent + 1, the sequencer as fee recipient), then the txpool's
// pending transactions by tip, each sender's in nonce order.
func (s *Sequencer) buildSequenced(ctx context.Context, parent *types.Header) (*builderhook.Sealed, error) {
	chain := s.l2.BlockChain()
	env := bundle.BasedEnv(chain.Config(), parent, s.addr)
	b, err := builderhook.NewBlockBuilder(ctx, chain, parent,
		builderhook.Attributes{Timestamp: env.Time, FeeRecipient: env.Coinbase})
	if err != nil {
		return nil, fmt.Errorf("sequenced block on %s: %w", parent.Hash(), err)
	}
	baseFee := uint256.MustFromBig(b.Header.BaseFee)
	pending, _ := s.l2.Backend().TxPool().Pending(txpool.PendingFilter{
		MinTip: new(uint256.Int), BaseFee: baseFee, GasLimitCap: params.MaxTxGas,
	})
	order := newTipOrder(pending, baseFee)
	for lazy := order.peek(); lazy != nil; lazy = order.peek() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if b.GasPool.Available(false) < params.TxGas {
			break
		}
		tx := lazy.Resolve()
		if tx == nil || lazy.Gas > b.GasPool.Available(false) {
			order.pop() // gone from the pool, or too big: the sender's later nonces cannot follow
			continue
		}
		_, err := b.ApplyTx(ctx, tx)
		switch {
		case err == nil, errors.Is(err, core.ErrNonceTooLow):
			order.shift() // included, or included before: the sender's next nonce may follow
		default:
			order.pop()
		}
	}
	sealed, err := b.Seal(ctx)
	if err != nil {
		return nil, fmt.Errorf("seal sequenced block on %s: %w", parent.Hash(), err)
	}
	return sealed, nil
}

// tipOrder yields pending transactions by effective tip, highest first, each sender's in
// nonce order (the order go-ethereum's miner uses), ties broken by arrival time.
type tipOrder struct {
	heads tipHeap
	rest  map[common.Address][]*txpool.LazyTransaction
}

type tipHead struct {
	from common.Address
	tx   *txpool.LazyTransaction
	tip  *uint256.Int
}

func newTipOrder(pending map[common.Address][]*txpool.LazyTransaction, baseFee *uint256.Int) *tipOrder {
	o := &tipOrder{heads: tipHeap{baseFee: baseFee}, rest: map[common.Address][]*txpool.LazyTransaction{}}
	for from, txs := range pending {
		if len(txs) == 0 {
			continue
		}
		o.heads.items = append(o.heads.items, o.heads.head(from, txs[0]))
		o.rest[from] = txs[1:]
	}
	heap.Init(&o.heads)
	return o
}

func (o *tipOrder) peek() *txpool.LazyTransaction {
	if len(o.heads.items) == 0 {
		return nil
	}
	return o.heads.items[0].tx
}

// shift replaces the best transaction with its sender's next one.
func (o *tipOrder) shift() {
	top := o.heads.items[0]
	if next := o.rest[top.from]; len(next) > 0 {
		o.heads.items[0] = o.heads.head(top.from, next[0])
		o.rest[top.from] = next[1:]
		heap.Fix(&o.heads, 0)
		return
	}
	heap.Pop(&o.heads)
}

// pop drops the best transaction and every later one of its sender.
func (o *tipOrder) pop() {
	delete(o.rest, o.heads.items[0].from)
	heap.Pop(&o.heads)
}

type tipHeap struct {
	baseFee *uint256.Int
	items   []tipHead
}

func (h *tipHeap) head(from common.Address, tx *txpool.LazyTransaction) tipHead {
	return tipHead{from: from, tx: tx, tip: effectiveTip(tx, h.baseFee)}
}

// effectiveTip is min(tip cap, fee cap - base fee); the pending filter already dropped
// transactions whose fee cap is below the base fee.
func effectiveTip(tx *txpool.LazyTransaction, baseFee *uint256.Int) *uint256.Int {
	if tx.GasFeeCap.Lt(baseFee) {
		return new(uint256.Int)
	}
	room := new(uint256.Int).Sub(tx.GasFeeCap, baseFee)
	if tx.GasTipCap.Lt(room) {
		return new(uint256.Int).Set(tx.GasTipCap)
	}
	return room
}

func (h *tipHeap) Len() int { return len(h.items) }
func (h *tipHeap) Less(i, j int) bool {
	if c := h.items[i].tip.Cmp(h.items[j].tip); c != 0 {
		return c > 0
	}
	return h.items[i].tx.Time.Before(h.items[j].tx.Time)
}
func (h *tipHeap) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *tipHeap) Push(x any)    { h.items = append(h.items, x.(tipHead)) }
func (h *tipHeap) Pop() any {
	last := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return last
}
