package sequencer_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/devnet/sequencer"
)

// BenchmarkResumeAfterBasedBlock measures the sequencer's own share of the L2 dead time:
// from being told of the slot's L1 block to the next sequenced block, which covers reading
// the L1 head and the inbox logs, deriving and importing a confirmed based block of 100
// transfers, and building and importing the sequenced block on it. The rest of the dead
// time is the release lead (ReleaseLeadBps of the slot) plus how late L1 is noticed.
func BenchmarkResumeAfterBasedBlock(b *testing.B) {
	r := newRig(b)
	const perBlock = 100
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		slot := uint64(2 + i)
		msg, _ := r.release(slot)
		txs := make([]*types.Transaction, perBlock)
		for j := range txs {
			txs[j] = r.tx(users[j%len(users)], l2ChainID, &sink, nil, 21_000, big.NewInt(1))
		}
		parent := r.l1.BlockChain().CurrentBlock()
		l1txs, _ := r.l1Txs(onSlotEnding(msg, r.payload(txs...), 0), slot, parent, false)
		r.atSlotStart(slot)
		r.mustSucceed(r.mineL1(slot, parent, common.Address{0xfe}, l1txs...), 1)
		b.StartTimer()
		r.seq.NotifyL1()
		derived, _ := r.waitFor(sequencer.EventDerived, nil)
		r.waitFor(sequencer.EventResumed, nil)
		b.StopTimer()
		if len(derived.Block.Transactions()) != perBlock {
			b.Fatalf("based block holds %d txs, want %d", len(derived.Block.Transactions()), perBlock)
		}
		b.StartTimer()
	}
}
