package pipeline_test

import (
	"context"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
	"github.com/syncboost/syncboost/sidecar/sim"
)

// BenchmarkDeadTime measures arrival → the first byte of the eth_sendBundle request on a
// loopback endpoint's connection, for a slot with 100 pooled bundles (100 L2 transactions)
// against in-process go-ethereum nodes, with speculation off (the full path, split into its two
// phases: every bundle simulated alone, "evaluate", and the merged slot, "merge") and on (the
// slot speculated before each message, untimed; "speculate" is how long that took, and
// hit_rate the share of messages that reused the speculation whole). The floor is the merged
// slot's two eth_simulateV1 calls alone, on the same transactions, in the same run; in blob mode
// also the KZG work alone.
//
//	go test -run '^$' -bench DeadTime -benchtime 50x ./sidecar/internal/pipeline
func BenchmarkDeadTime(b *testing.B) {
	for _, mode := range []struct {
		name  string
		blobs int
		spec  bool
	}{{"calldata", 0, false}, {"calldata_speculated", 0, true}, {"blobs", 1, false}, {"blobs_speculated", 1, true}} {
		b.Run(mode.name, func(b *testing.B) {
			clk := &replayClock{}
			r := newRigWith(b, 110, clk)
			for i := range 100 {
				r.l2OnlyBundle(10 + i)
			}
			r.cfg.BlobThreshold, r.cfg.MaxSimulations = mode.blobs, 100
			r.deps.Submitter = newWireSubmitter(b, clk)
			if mode.spec {
				si, err := pipeline.NewStandIn(pipeline.StandInConfig{Inbox: r.inboxAddr, L1ChainID: l1ChainID, Sequencer: addr(sequencer)}, r.l1c)
				must(b, err)
				r.deps.StandIn = si
			}
			p, err := pipeline.New(r.cfg, r.deps)
			must(b, err)
			arrive := r.sched.Slots().SlotStart(slot - 1).Add(9 * time.Second)
			// One untimed slot first: KZG's trusted setup and the nodes' caches load lazily.
			if _, err := bundle.BlobSidecar(must2(bundle.BlobsFor([]byte{1}))); err != nil {
				b.Fatal(err)
			}
			var dead, evaluate, merge, spec, gather, sign []time.Duration
			var last *slots.Sent
			b.ResetTimer()
			for range b.N {
				if mode.spec {
					b.StopTimer()
					p, err = pipeline.New(r.cfg, r.deps) // nothing kept from the last slot
					must(b, err)
					clk.restart(arrive.Add(-time.Second))
					start := time.Now()
					must(b, p.Speculate(context.Background(), r.prediction()))
					spec = append(spec, time.Since(start))
					b.StartTimer()
				}
				clk.restart(arrive)
				msg := r.message()
				msg.Arrived = arrive
				sent, err := p.Handle(context.Background(), msg)
				if err != nil || len(sent.Included) != 100 {
					b.Fatalf("slot not built: %v", err)
				}
				last = sent
				dead, evaluate, merge = append(dead, sent.DeadTime), append(evaluate, sent.Timings["evaluate"]), append(merge, sent.Timings["merge"])
				gather, sign = append(gather, sent.Timings["gather"]), append(sign, sent.Timings["sign"])
			}
			b.StopTimer()
			deadP99 := report(b, "dead", dead)
			if mode.spec {
				report(b, "speculate", spec)
				report(b, "gather", gather)
				report(b, "sign", sign)
				hits := counterOf(b, r.reg, "sidecar_pipeline_speculation_total", "hit")
				b.ReportMetric(hits/float64(b.N), "hit_rate")
			} else {
				report(b, "evaluate", evaluate)
				report(b, "merge", merge)
			}
			floorP99 := report(b, "floor", r.simulationFloor(b, last))
			b.ReportMetric(deadP99/floorP99, "dead/floor_p99")
			if mode.blobs > 0 {
				kzgP99 := report(b, "kzg_floor", kzgFloor(b, last))
				b.ReportMetric(deadP99/kzgP99, "dead/kzg_p99")
			}
		})
	}
}

// l2OnlyBundle pools a bundle of one L2 transfer from test account i.
func (r *rig) l2OnlyBundle(i int) {
	to := common.Address{0xd0, byte(i)}
	tx := types.MustSignNewTx(gethnode.TestKey(i), types.LatestSignerForChainID(big.NewInt(l2ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l2ChainID), Gas: 21_000, GasTipCap: big.NewInt(searcherTip), GasFeeCap: big.NewInt(100 * params.GWei), To: &to, Value: big.NewInt(1)})
	raw, _ := tx.MarshalBinary()
	r.poolBundle(gethnode.TestAddress(i), &bundle.ComposableBundle{L2ChainID: l2ChainID, L1Slot: slot, L2Txs: [][]byte{raw}})
}

// simulationFloor times the L2 and L1 eth_simulateV1 calls of the last submitted bundle alone.
func (r *rig) simulationFloor(b *testing.B, sent *slots.Sent) []time.Duration {
	ctx := context.Background()
	var l2txs []*bundle.Tx
	for _, e := range must2(r.pool.ForSlot(ctx, pool.Key{L2ChainID: l2ChainID, L1Slot: slot})) {
		l2txs = append(l2txs, e.Bundle.L2...)
	}
	var l1txs []*bundle.Tx
	for i, raw := range sent.Bundle.Txs {
		tx, err := bundle.DecodeTx("tx", raw, l1ChainID)
		must(b, err)
		l1txs, _ = append(l1txs, tx), i
	}
	env := bundle.BasedEnv(r.l2.ChainConfig(), r.l2Genesis, addr(sidecar))
	l2sim, l1sim := r.deps.L2, r.deps.L1.(*sim.Client)
	target, _ := r.Target(ctx, slot, r.parent.Hash())
	l1env := sim.L1Env{ParentHash: target.ParentHash, Time: target.Time, FeeRecipient: target.FeeRecipient, GasLimit: target.GasLimit}
	out := make([]time.Duration, 0, 200)
	for range 200 {
		start := time.Now()
		_, err := l2sim.SimulateL2(ctx, env, l2txs)
		must(b, err)
		_, err = l1sim.SimulateL1(ctx, l1env, l1txs)
		must(b, err)
		out = append(out, time.Since(start))
	}
	return out
}

// kzgFloor times the blob commitments and cell proofs of the last based block alone.
func kzgFloor(b *testing.B, sent *slots.Sent) []time.Duration {
	tx, err := bundle.DecodeTx("submit", sent.Bundle.Txs[0], l1ChainID)
	must(b, err)
	sc := tx.BlobTxSidecar()
	if sc == nil {
		b.Fatal("blob mode sent no blob sidecar")
	}
	out := make([]time.Duration, 0, 20)
	for range 20 {
		start := time.Now()
		_, err := bundle.BlobSidecar(sc.Blobs)
		must(b, err)
		out = append(out, time.Since(start))
	}
	return out
}

func must2[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// report reports the p50 and p99 of ds in milliseconds and returns the p99.
func report(b *testing.B, name string, ds []time.Duration) float64 {
	slices.Sort(ds)
	q := func(f float64) float64 { return float64(ds[int(f*float64(len(ds)-1))].Microseconds()) / 1000 }
	b.ReportMetric(q(0.5), name+"_p50_ms")
	b.ReportMetric(q(0.99), name+"_p99_ms")
	return q(0.99)
}

// replayClock replays the same instant of the slot at the start of each iteration and then
// runs in real time, so every iteration is on time and durations are real.
type replayClock struct {
	mu    sync.Mutex
	base  time.Time
	start time.Time
}

func (c *replayClock) restart(at time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.base, c.start = at, time.Now()
}

func (c *replayClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.base.Add(time.Since(c.start))
}

func (c *replayClock) NewTimer(d time.Duration) clock.Timer { return clock.Real{}.NewTimer(d) }

func (c *replayClock) NewTimerAt(at time.Time) clock.Timer {
	return clock.Real{}.NewTimer(at.Sub(c.Now()))
}

func (c *replayClock) AfterFunc(d time.Duration, f func()) clock.Timer {
	return clock.Real{}.AfterFunc(d, f)
}
