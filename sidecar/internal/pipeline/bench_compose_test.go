package pipeline_test

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/sim"
)

// BenchmarkComposition measures a slot's build (gather, every bundle simulated alone, the
// merge, the send) for 100, 1,000 and 5,000 pooled bundles of one L2 transfer, a third of them
// reverting on L2, on in-process go-ethereum nodes. The floor is the same simulations alone in
// the same run, on the same number of workers: each bundle's L2 and L1 eth_simulateV1 calls
// and the merged slot's, without composing, encoding, proving or signing.
//
//	go test -run '^$' -bench Composition -benchtime 1x ./sidecar/internal/pipeline
func BenchmarkComposition(b *testing.B) {
	for _, n := range []int{100, 1000, 5000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			r := newRigWith(b, n+10, clock.NewVirtual(time.Time{}))
			r.cfg.MaxSimulations = n
			single := r.singleSubmit(b)
			var built, floor []time.Duration
			for range b.N {
				b.StopTimer()
				r.repool(n)
				for i := range n {
					r.transferBundle(10+i, i%3 == 0)
				}
				p, err := pipeline.New(r.cfg, r.deps)
				must(b, err)
				b.StartTimer()
				start := time.Now()
				sent, err := p.Handle(context.Background(), r.message())
				// Past 666 transfers the searchers' L2 gas budget (20 M in the rig) leaves the rest out.
				if err != nil || len(sent.Included) != min(n-(n+2)/3, 666) || len(sent.Failed) != (n+2)/3 {
					b.Fatalf("slot built with %d bundles and %d failed: %v", len(sent.Included), len(sent.Failed), err)
				}
				built = append(built, time.Since(start))
				floor = append(floor, r.evaluationFloor(b, single, sent.Bundle.Txs[0]))
			}
			report(b, "compose", built)
			report(b, "floor", floor)
		})
	}
}

// repool gives the rig a pool that holds n bundles for the slot.
func (r *rig) repool(n int) {
	var err error
	r.pool, err = pool.New(pool.Config{MaxLive: n, MaxPerSignerSlot: 10, Retention: time.Hour, MaxFinished: n},
		pool.Deps{Registry: prometheus.NewRegistry()})
	must(r.t, err)
	r.deps.Bundles = r.pool
}

// transferBundle pools a bundle of one L2 call from test account i: a transfer, or a call to
// a contract that reverts. Each call signs with the same nonce, for a fresh pool.
func (r *rig) transferBundle(i int, reverting bool) {
	to := common.Address{0xd0, byte(i), byte(i >> 8)}
	if reverting {
		to = reverter
	}
	tx := types.MustSignNewTx(gethnode.TestKey(i), types.LatestSignerForChainID(big.NewInt(l2ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l2ChainID), Gas: 30_000, GasTipCap: big.NewInt(searcherTip), GasFeeCap: big.NewInt(100 * params.GWei),
		To: &to, Value: big.NewInt(1)})
	raw, err := tx.MarshalBinary()
	must(r.t, err)
	r.poolBundle(gethnode.TestAddress(i), &bundle.ComposableBundle{L2ChainID: l2ChainID, L1Slot: slot, L2Txs: [][]byte{raw}})
}

// singleSubmit is the atomic transaction of a slot with one such bundle, as the pipeline signs it.
func (r *rig) singleSubmit(b *testing.B) []byte {
	r.repool(1)
	r.transferBundle(10, false)
	p, err := pipeline.New(r.cfg, r.deps)
	must(b, err)
	sent, err := p.Handle(context.Background(), r.message())
	must(b, err)
	return sent.Bundle.Txs[0]
}

// evaluationFloor times the simulations the build cannot do without, on the pipeline's number
// of workers: every pooled bundle's L2 leg alone and, for those that succeed, a one-bundle
// atomic transaction (single); then the merged slot's L2 block and atomic transaction (merged).
func (r *rig) evaluationFloor(b *testing.B, single, merged []byte) time.Duration {
	ctx := context.Background()
	one, err := bundle.DecodeTx("submit", single, l1ChainID)
	must(b, err)
	submit, err := bundle.DecodeTx("submit", merged, l1ChainID)
	must(b, err)
	env := bundle.BasedEnv(r.l2.ChainConfig(), r.l2Genesis, addr(sidecar))
	target, _ := r.Target(ctx, slot, r.parent.Hash())
	l1env := sim.L1Env{ParentHash: target.ParentHash, Time: target.Time, FeeRecipient: target.FeeRecipient, GasLimit: target.GasLimit}
	entries := must2(r.pool.ForSlot(ctx, pool.Key{L2ChainID: l2ChainID, L1Slot: slot}))
	start := time.Now()
	jobs := make(chan *pool.Entry)
	var wg sync.WaitGroup
	for range r.cfg.SimWorkers {
		wg.Go(func() {
			for e := range jobs {
				res, err := r.deps.L2.SimulateL2(ctx, env, e.Bundle.L2)
				must(b, err)
				if res.Txs[0].OK {
					_, err = r.deps.L1.SimulateL1(ctx, l1env, []*bundle.Tx{one})
					must(b, err)
				}
			}
		})
	}
	var all []*bundle.Tx
	for _, e := range entries {
		jobs <- e
		all = append(all, e.Bundle.L2...)
	}
	close(jobs)
	wg.Wait()
	_, _ = r.deps.L2.SimulateL2(ctx, env, all)
	_, err = r.deps.L1.SimulateL1(ctx, l1env, []*bundle.Tx{submit})
	must(b, err)
	return time.Since(start)
}
