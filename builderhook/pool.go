package builderhook

import (
	"container/heap"
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// Pending is the transaction pool's view of executable transactions; go-ethereum's
// *txpool.TxPool satisfies it.
type Pending interface {
	Pending(filter txpool.PendingFilter) (map[common.Address][]*txpool.LazyTransaction, int)
}

// FillFromPool applies the pool's pending transactions by effective tip, highest first, each
// sender's in nonce order (the order go-ethereum's miner uses, ties by arrival), until the block
// is full or ctx ends, and returns how many went in. A sender whose nonce a bundle already used
// moves on to its next transaction; a sender whose transaction cannot apply is skipped for the
// rest of the block, since its later nonces cannot follow.
//
// Blob transactions come first, as far as the block's blob limit allows: go-ethereum's pool
// hands them out only to a request for blob transactions, at the block's blob base fee.
func (b *BlockBuilder) FillFromPool(ctx context.Context, pool Pending) int {
	baseFee := uint256.MustFromBig(b.Header.BaseFee)
	filter := txpool.PendingFilter{MinTip: new(uint256.Int), BaseFee: baseFee, GasLimitCap: params.MaxTxGas}
	n := 0
	if b.maxBlobs() > 0 && b.Header.ExcessBlobGas != nil {
		blobs := filter
		blobs.BlobTxs, blobs.BlobVersion = true, types.BlobSidecarVersion1
		blobs.BlobFee = uint256.MustFromBig(eip4844.CalcBlobFee(b.Config, b.Header))
		n += b.fill(ctx, pool, blobs, baseFee)
	}
	return n + b.fill(ctx, pool, filter, baseFee)
}

// fill applies the pending transactions filter selects, by tip.
func (b *BlockBuilder) fill(ctx context.Context, pool Pending, filter txpool.PendingFilter, baseFee *uint256.Int) int {
	pending, _ := pool.Pending(filter)
	q := newTipQueue(pending, baseFee)
	n := 0
	for q.Len() > 0 && b.GasPool.Available(false) >= params.TxGas && ctx.Err() == nil {
		lazy := q.heads[0][0]
		tx := lazy.Resolve()
		if tx == nil || lazy.Gas > b.GasPool.Available(false) { // gone from the pool, or too big
			heap.Pop(q)
			continue
		}
		_, err := b.ApplyTx(ctx, tx)
		switch {
		case err == nil:
			n++
			q.shift()
		case errors.Is(err, core.ErrNonceTooLow):
			q.shift()
		default:
			heap.Pop(q)
		}
	}
	return n
}

// tipQueue orders senders by the effective tip of their next transaction, then by arrival.
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

// tip is min(tip cap, fee cap - base fee); the pending filter dropped fee caps below the base fee.
func (q *tipQueue) tip(tx *txpool.LazyTransaction) *uint256.Int {
	headroom := new(uint256.Int).Sub(tx.GasFeeCap, q.baseFee)
	if headroom.Lt(tx.GasTipCap) {
		return headroom
	}
	return tx.GasTipCap
}

// shift moves to the best sender's next transaction.
func (q *tipQueue) shift() {
	if len(q.heads[0]) == 1 {
		heap.Pop(q)
		return
	}
	q.heads[0] = q.heads[0][1:]
	heap.Fix(q, 0)
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
