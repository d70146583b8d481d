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

// BenchmarkDeadTime measures arrival → the first byte of the eth_sendBundle request on the
// first of three loopback endpoints' connections ("dead"), and on the last of them ("dead_all"),
// for a slot with 100 pooled bundles (100 L2 transactions) against in-process go-ethereum
// nodes, with speculation off (the full path, split into its two phases: every bundle simulated
// alone, "evaluate", and the merged slot, "merge") and on (the slot speculated before each
// message, untimed; "speculate" is how long that took, and hit_rate the share of messages that
// reused the speculation whole). The floor is the merged slot's two eth_simulateV1 calls alone,
// on the same transactions, in the same run; in blob mode also the KZG work alone.
//
// The _flood rows run the same builds during an intake flood (flood_bench_test.go): signed
// based_sendBundle requests over loopback HTTP to the real searcher API, on the pipeline's own
// pool, at floodShare of the intake rate measured flat out in the same run (intake_max).
//
//	go test -run '^$' -bench DeadTime -benchtime 50x ./sidecar/internal/pipeline
func BenchmarkDeadTime(b *testing.B) {
	for _, mode := range []deadTimeMode{{"calldata", 0, false}, {"calldata_speculated", 0, true}, {"blobs", 1, false}, {"blobs_speculated", 1, true}} {
		for _, flood := range []bool{false, true} {
			name := mode.name
			if flood {
				name += "_flood"
			}
			b.Run(name, func(b *testing.B) { benchDeadTime(b, mode, flood) })
		}
	}
}

type deadTimeMode struct {
	name  string
	blobs int
	spec  bool
}

// deadTimes are one run's samples.
type deadTimes struct {
	dead, all, evaluate, merge, spec, gather, sign []time.Duration
	flooded                                        int     // builds measured while the flood ran
	hits0                                          float64 // speculation hits before the measured builds
}

func benchDeadTime(b *testing.B, mode deadTimeMode, flood bool) {
	clk := &replayClock{}
	r := newRigWith(b, 110, clk)
	var fl *intakeFlood
	if flood {
		fl = newIntakeFlood(b, r) // before the bundles: it replaces the pool
	}
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
	var err error
	r.p, err = pipeline.New(r.cfg, r.deps) // with the bench's submitter (spec mode makes one per slot)
	must(b, err)
	// KZG's trusted setup and the nodes' caches load lazily: one untimed slot first, which
	// also sizes the flood.
	if _, err := bundle.BlobSidecar(must2(bundle.BlobsFor([]byte{1}))); err != nil {
		b.Fatal(err)
	}
	arrive := r.sched.Slots().SlotStart(slot - 1).Add(9 * time.Second)
	var ts deadTimes
	pilot := time.Now()
	r.buildOnce(b, mode, arrive, &deadTimes{})
	if fl != nil {
		fl.makeRequests(20_000)
		fl.probe(b, floodProbe)
		// Enough requests for the whole run at three times the pilot's pace under the flood.
		need := fl.maxRate * floodShare * (floodLead + 3*time.Duration(b.N)*time.Since(pilot) + time.Second).Seconds()
		fl.makeRequests(int(need))
		fl.startPaced(b, floodShare)
		time.Sleep(floodLead) // the load's steady state, not a synchronisation
	}
	ts.hits0 = counterOf(b, r.reg, "sidecar_pipeline_speculation_total", "hit")
	var last *slots.Sent
	b.ResetTimer()
	for range b.N {
		last = r.buildOnce(b, mode, arrive, &ts)
		if fl != nil && fl.ran.Load() {
			ts.flooded++
		}
		b.StopTimer()
		_, _ = r.pool.Prune(context.Background(), slot) // as the sidecar does once a slot: the flood's replaced bundles
		b.StartTimer()
	}
	b.StopTimer()
	if fl != nil {
		b.ReportMetric(fl.maxRate, "intake_max/s")
		b.ReportMetric(fl.stop(), "flood/s")
		b.ReportMetric(float64(ts.flooded), "flooded_builds")
		b.ReportMetric(float64(fl.refused.Load()), "flood_refused")
	}
	r.reportDeadTimes(b, mode, ts, last)
}

// buildOnce handles one slot-ending message arriving at arrive (speculated first, untimed, in
// spec mode, on a fresh pipeline) and records its times in ts.
func (r *rig) buildOnce(b *testing.B, mode deadTimeMode, arrive time.Time, ts *deadTimes) *slots.Sent {
	clk := r.clk.(*replayClock)
	if mode.spec {
		b.StopTimer()
		p, err := pipeline.New(r.cfg, r.deps) // nothing kept from the last slot
		must(b, err)
		r.p = p
		clk.restart(arrive.Add(-time.Second))
		start := time.Now()
		must(b, p.Speculate(context.Background(), r.prediction()))
		ts.spec = append(ts.spec, time.Since(start))
		b.StartTimer()
	}
	clk.restart(arrive)
	msg := r.message()
	msg.Arrived = arrive
	sent, err := r.p.Handle(context.Background(), msg)
	if err != nil || len(sent.Included) != 100 {
		b.Fatalf("slot not built: %v", err)
	}
	all, err := sent.All(context.Background())
	must(b, err)
	ts.dead, ts.all = append(ts.dead, sent.DeadTime), append(ts.all, all.LastByte.Sub(arrive))
	ts.evaluate, ts.merge = append(ts.evaluate, sent.Timings["evaluate"]), append(ts.merge, sent.Timings["merge"])
	ts.gather, ts.sign = append(ts.gather, sent.Timings["gather"]), append(ts.sign, sent.Timings["sign"])
	return sent
}

func (r *rig) reportDeadTimes(b *testing.B, mode deadTimeMode, ts deadTimes, last *slots.Sent) {
	deadP99 := report(b, "dead", ts.dead)
	report(b, "dead_all", ts.all)
	if mode.spec {
		report(b, "speculate", ts.spec)
		report(b, "gather", ts.gather)
		report(b, "sign", ts.sign)
		hits := counterOf(b, r.reg, "sidecar_pipeline_speculation_total", "hit") - ts.hits0
		b.ReportMetric(hits/float64(len(ts.dead)), "hit_rate")
	} else {
		report(b, "evaluate", ts.evaluate)
		report(b, "merge", ts.merge)
	}
	floorP99 := report(b, "floor", r.simulationFloor(b, last))
	b.ReportMetric(deadP99/floorP99, "dead/floor_p99")
	if mode.blobs > 0 {
		kzgP99 := report(b, "kzg_floor", kzgFloor(b, last))
		b.ReportMetric(deadP99/kzgP99, "dead/kzg_p99")
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
