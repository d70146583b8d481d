package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/sidecar/internal/journal"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/sidecar/internal/searcherapi"
	"github.com/syncboost/syncboost/sidecar/internal/searcherapi/apitest"
	"github.com/syncboost/syncboost/transport/fbsig"
	"github.com/syncboost/syncboost/transport/httpserver"
)

// The intake flood of BenchmarkDeadTime: the real searcher API server on loopback, on the
// pipeline's own pool made durable by a journal (group commit, fsync per acknowledgement, as in
// production), and floodSigners searchers on keep-alive HTTP/1.1 connections in the same
// process sending signed based_sendBundle requests (1 L1 + 2 L2 transactions, as
// BenchmarkIntake's) for the slot after the measured one. Each searcher replaces its own bundle
// (one replacement uuid, rising nonces), so the pool holds floodSigners of them however long
// the flood runs. The requests are all made and signed before anything is measured.

const (
	floodSigners = 64
	floodShare   = 0.7             // of the intake rate measured in the same run
	floodProbe   = time.Second     // how long the intake is driven flat out to measure it
	floodLead    = 2 * time.Second // flood before the first measured build, so GC and the journal are in their steady state
)

// floodReq is one ready-to-send request.
type floodReq struct {
	body   []byte
	header string
}

type floodSlots struct{}

func (floodSlots) NextSlot() uint64 { return slot }

// intakeFlood is the server and its searchers' requests, one queue per searcher.
type intakeFlood struct {
	srv      *searcherapi.Server
	addr     string
	maker    *pooltest.Maker
	nonces   []uint64 // each searcher's last replacement nonce made
	queues   [][]floodReq
	next     []int // the next request of each queue
	maxRate  float64
	rate     float64 // the paced rate
	accepted atomic.Int64
	refused  atomic.Int64
	ran      atomic.Bool // false once a queue ran dry: the flood no longer covers the builds
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	start    time.Time
	sent0    int64
}

// newIntakeFlood replaces the rig's pool with a journaled one of production-like capacity
// (before any bundle is pooled) and starts the searcher API on it.
func newIntakeFlood(b *testing.B, r *rig) *intakeFlood {
	j, err := journal.Open(journal.Config{Dir: b.TempDir(), GroupWindow: journal.DefaultGroupWindow}, zerolog.Nop(), prometheus.NewRegistry())
	must(b, err)
	b.Cleanup(func() { _ = j.Close() })
	r.pool, err = pool.New(pool.Config{MaxLive: 10_000, MaxPerSignerSlot: 1000, Retention: time.Hour, MaxFinished: 10_000},
		pool.Deps{Journal: j, Registry: prometheus.NewRegistry()})
	must(b, err)
	r.deps.Bundles = r.pool
	srv, err := searcherapi.New(floodConfig(), searcherapi.Deps{Pool: r.pool, Slots: floodSlots{}, Log: zerolog.Nop(), Now: time.Now})
	must(b, err)
	must(b, srv.Start(context.Background()))
	b.Cleanup(func() { _ = srv.Stop(context.Background()) })
	r.deps.Quiet = srv // as the sidecar wires it: the pipeline hushes the searcher API while it builds and sends
	return &intakeFlood{srv: srv, addr: srv.Addr().String(), maker: pooltest.NewMaker(l1ChainID, l2ChainID), nonces: make([]uint64, floodSigners)}
}

// floodConfig is the production server with limits that let the flood through: the rate
// limits per identity and per address are what the flood would meet from many machines.
func floodConfig() searcherapi.Config {
	return searcherapi.Config{
		HTTP: httpserver.Config{Listen: "127.0.0.1:0", ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
			WriteTimeout: 10 * time.Second, IdleTimeout: time.Minute, MaxHeaderBytes: 16 << 10, MaxBodyBytes: 256 << 10},
		L1ChainID: l1ChainID, L2ChainIDs: []uint64{l2ChainID}, Limits: pooltest.Limits(),
		RatePerSecond: 1e9, RateBurst: 1 << 30, RatePerIP: 1e9, RateBurstPerIP: 1 << 30,
		MaxBatch: searcherapi.DefaultMaxBatch, MaxSlotsAhead: 8, KeepAlive: time.Minute, L1ReadTimeout: 5 * time.Second,
		Calls:        searcherapi.CallLimits{PerIdentity: 1, PerIdentityBurst: 1, Fresh: 1, FreshBurst: 1, Total: 2, TotalBurst: 2, RetryAfter: time.Second},
		ReplayWindow: 10 * time.Minute, MaxSeenRequests: searcherapi.DefaultMaxSeenRequests,
		MaxUnverifiedBodies: searcherapi.DefaultMaxUnverifiedBodies, MaxUnverifiedPerIP: floodSigners,
		MaxStreamsPerIdentity: searcherapi.DefaultMaxStreamsPerIdentity, MaxStreams: searcherapi.DefaultMaxStreams,
		MaxWatchers: searcherapi.DefaultMaxWatchers,
	}
}

// makeRequests signs n requests, spread over the searchers' queues (replacing what is left
// of the last ones), on both cores.
func (f *intakeFlood) makeRequests(n int) {
	per := n/floodSigners + 1
	f.queues, f.next = make([][]floodReq, floodSigners), make([]int, floodSigners)
	signedAt := uint64(time.Now().Unix())
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Go(func() {
			for k := w; k < floodSigners; k += 2 {
				key := pooltest.Key(2000 + k)
				q := make([]floodReq, per)
				for i := range q {
					bb := f.maker.Bundle(key, 1, 2, 0)
					f.nonces[k]++
					bb.L1Slot, bb.SignedAt = slot+1, signedAt
					bb.ReplacementUUID, bb.ReplacementNonce = pooltest.UUID(k), f.nonces[k]
					params, _ := json.Marshal([]any{bb})
					body := fmt.Appendf(nil, `{"jsonrpc":"2.0","id":%d,"method":"based_sendBundle","params":%s}`, i, params)
					h, err := fbsig.Sign(body, key)
					if err != nil {
						panic(err)
					}
					q[i] = floodReq{body: body, header: h}
				}
				f.queues[k] = q
			}
		})
	}
	wg.Wait()
}

// probe drives the intake flat out for d and records the accepted rate.
func (f *intakeFlood) probe(b *testing.B, d time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	before := f.accepted.Load()
	start := time.Now()
	f.run(b, ctx, 0)
	f.wg.Wait()
	f.maxRate = float64(f.accepted.Load()-before) / time.Since(start).Seconds()
}

// startPaced floods at share of the measured rate until stop.
func (f *intakeFlood) startPaced(b *testing.B, share float64) {
	f.rate = share * f.maxRate
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel = cancel
	f.ran.Store(true)
	f.start, f.sent0 = time.Now(), f.accepted.Load()+f.refused.Load()
	f.run(b, ctx, f.rate)
}

// stop ends the flood, waits for its searchers and returns the rate it kept.
func (f *intakeFlood) stop() float64 {
	f.cancel()
	f.wg.Wait()
	return float64(f.accepted.Load()+f.refused.Load()-f.sent0) / time.Since(f.start).Seconds()
}

// run starts one goroutine per searcher, each on its own connection, sending its queue in
// order (rate 0: as fast as answers come; else rate/floodSigners each, on a fixed schedule).
func (f *intakeFlood) run(b *testing.B, ctx context.Context, rate float64) {
	var every time.Duration
	if rate > 0 {
		every = time.Duration(float64(time.Second) * floodSigners / rate)
	}
	for k := range floodSigners {
		c, err := apitest.Dial(f.addr)
		must(b, err)
		f.wg.Go(func() {
			defer c.Close()
			start := time.Now().Add(time.Duration(k) * every / floodSigners) // spread the searchers' phases
			for n := 0; ctx.Err() == nil; n++ {
				if f.next[k] >= len(f.queues[k]) {
					f.ran.Store(false)
					return
				}
				if every > 0 {
					if wait := time.Until(start.Add(time.Duration(n) * every)); wait > 0 {
						select {
						case <-ctx.Done():
							return
						case <-time.After(wait):
						}
					}
				}
				req := f.queues[k][f.next[k]]
				f.next[k]++
				switch status, out, err := c.Post(req.body, req.header); {
				case err != nil:
					b.Errorf("flood searcher %d: %v", k, err)
					return
				case apitest.Accepted(status, out):
					f.accepted.Add(1)
				default:
					f.refused.Add(1)
				}
			}
		})
	}
}
