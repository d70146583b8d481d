package mempool

import (
	"bytes"
	"container/heap"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// Limits bound what the mempool adds to one based block.
type Limits struct {
	MaxTxs int
	MaxGas uint64 // the transactions' gas limits together
	// BaseFee is the based block's: a transaction whose fee cap is below it cannot execute.
	BaseFee *big.Int
	// Taken are senders whose nonces the block's other transactions (forced entries, bundles)
	// already spend: their pooled transactions would collide with them.
	Taken map[common.Address]bool
}

// Select orders pending transactions the way a block builder does: each sender's in nonce
// order, senders by the effective tip of their next transaction (highest first, ties by
// address so every run picks the same), until a limit is reached. A sender whose next
// transaction cannot pay the base fee or does not fit the gas left contributes nothing more.
func Select(pending map[common.Address][]*bundle.Tx, l Limits) []*bundle.Tx {
	h := &heads{baseFee: l.BaseFee}
	for sender, txs := range pending {
		if len(txs) > 0 && !l.Taken[sender] {
			h.queues = append(h.queues, txs)
		}
	}
	heap.Init(h)
	var out []*bundle.Tx
	gas := uint64(0)
	for h.Len() > 0 && len(out) < l.MaxTxs {
		q := h.queues[0]
		tx := q[0]
		if l.BaseFee != nil && tx.GasFeeCap().Cmp(l.BaseFee) < 0 || tx.Gas() > l.MaxGas-gas {
			heap.Pop(h)
			continue
		}
		out, gas = append(out, tx), gas+tx.Gas()
		if h.queues[0] = q[1:]; len(q) == 1 {
			heap.Pop(h)
		} else {
			heap.Fix(h, 0)
		}
	}
	return out
}

// heads is a max-heap of senders' queues by their next transaction's effective tip.
type heads struct {
	queues  [][]*bundle.Tx
	baseFee *big.Int
}

func (h *heads) Len() int { return len(h.queues) }
func (h *heads) Less(i, j int) bool {
	a, b := h.queues[i][0], h.queues[j][0]
	if c := a.EffectiveGasTipValue(h.baseFee).Cmp(b.EffectiveGasTipValue(h.baseFee)); c != 0 {
		return c > 0
	}
	return bytes.Compare(a.Sender[:], b.Sender[:]) < 0
}
func (h *heads) Swap(i, j int) { h.queues[i], h.queues[j] = h.queues[j], h.queues[i] }
func (h *heads) Push(x any)    { h.queues = append(h.queues, x.([]*bundle.Tx)) }
func (h *heads) Pop() any {
	q := h.queues[len(h.queues)-1]
	h.queues = h.queues[:len(h.queues)-1]
	return q
}
