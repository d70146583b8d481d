package pipeline

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/mempool"
)

// Mempool lists the L2 node's pending transactions a based block can take (mempool.Source).
type Mempool interface {
	Pending(ctx context.Context, l mempool.Limits) ([]*bundle.Tx, error)
}

// mempoolRounds bounds the simulations spent finding the pooled transactions that still
// execute after the bundles: the pool is read at the head the block builds on, so only a
// collision with a forced entry or a bundle makes one invalid.
const mempoolRounds = 3

// withMempool adds the L2 mempool's transactions after the bundles of a based-mode slot, when
// configured: the sequencer that would have included them is absent. The slot is simulated
// again with them. A pooled transaction that cannot be included is dropped with its sender's
// later ones; the slot keeps the rest only if every leg still succeeds and it earns the
// sidecar at least what it earned without them (they pay priority fees, their calldata costs
// L1 gas). Reading the pool never fails the slot: it goes without.
func (p *Pipeline) withMempool(ctx context.Context, msg Message, base, b *built) *built {
	if !msg.Based || !p.mempoolOn() {
		return b
	}
	log := p.deps.Log.With().Uint64("slot", msg.L1Slot).Logger()
	var tail []*bundle.Tx
	err := p.stage("mempool", b.timings, func() (err error) {
		tail, err = p.deps.Mempool.Pending(ctx, p.mempoolLimits(b))
		return err
	})
	if err != nil {
		log.Warn().Err(err).Msg("L2 mempool not read; the based block goes without it")
		return b
	}
	for range mempoolRounds {
		if len(tail) == 0 {
			return b
		}
		t := base.fork()
		t.plan, t.failed, t.calldataOnly, t.tail, t.timings = b.plan.WithTail(raws(tail)), b.failed, b.calldataOnly, tail, b.timings
		f, err := p.run(ctx, msg, t)
		switch {
		case err == nil && f != nil && f.mempool != nil:
			tail = dropSender(tail, f.mempool)
			continue
		case err != nil || f != nil:
			log.Info().AnErr("error", err).Str("failure", failureReason(f)).Int("txs", len(tail)).
				Msg("the L2 mempool's transactions break the slot; it goes without them")
			return b
		case t.pays.Earned.Cmp(b.pays.Earned) < 0:
			log.Info().Int("txs", len(tail)).Str("with_wei", t.pays.Earned.String()).Str("without_wei", b.pays.Earned.String()).
				Msg("the L2 mempool's transactions earn less than their L1 cost; the based block goes without them")
			return b
		}
		p.deps.Metrics.mempoolTxs.Add(float64(len(tail)))
		return t
	}
	return b
}

// mempoolLimits are what the pool may add to b: the configured count, the searchers' L2 gas
// budget the bundles left, and no sender whose nonces the block already spends.
func (p *Pipeline) mempoolLimits(b *built) mempool.Limits {
	l := mempool.Limits{MaxTxs: p.cfg.MempoolTxs, MaxGas: p.cfg.MaxL2Gas, Taken: map[common.Address]bool{},
		BaseFee: bundle.BasedEnv(p.cfg.L2Rules, b.parent, p.cfg.Proposer).BaseFee}
	for _, raw := range b.forced.Txs {
		if tx, err := bundle.DecodeTx("forced", raw, p.cfg.L2ChainID); err == nil {
			l.Taken[tx.Sender] = true
		}
	}
	for _, cb := range b.plan.Selected {
		for _, tx := range cb.L2 {
			l.Taken[tx.Sender] = true
		}
		l.MaxGas -= min(cb.L2Gas, l.MaxGas)
	}
	return l
}

// dropSender is tail without bad and its sender's later transactions, which need its nonce.
func dropSender(tail []*bundle.Tx, bad *bundle.Tx) []*bundle.Tx {
	out := make([]*bundle.Tx, 0, len(tail))
	for _, tx := range tail {
		if tx.Sender != bad.Sender || tx.Nonce() < bad.Nonce() {
			out = append(out, tx)
		}
	}
	return out
}

func raws(txs []*bundle.Tx) [][]byte {
	out := make([][]byte, len(txs))
	for i, tx := range txs {
		out[i] = tx.Raw
	}
	return out
}

func failureReason(f *failure) string {
	if f == nil {
		return ""
	}
	return f.reason
}

func (p *Pipeline) mempoolOn() bool { return p.deps.Mempool != nil && p.cfg.MempoolTxs > 0 }
