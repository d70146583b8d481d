package searcherapi

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/journal"
	"github.com/syncboost/syncboost/sidecar/internal/journal/journaltest"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/sidecar/internal/searcherapi/apitest"
	"github.com/syncboost/syncboost/transport/fbsig"
)

// signed is one ready-to-send based_sendBundle request: 3 transactions (1 L1 + 2 L2).
type signed struct {
	body   []byte
	header string
}

var corpus struct {
	mu    sync.Mutex
	items []signed
	maker *pooltest.Maker
}

const benchSigners = 64

// benchCorpus returns at least n distinct signed requests, made once and reused.
func benchCorpus(n int) []signed {
	corpus.mu.Lock()
	defer corpus.mu.Unlock()
	if corpus.maker == nil {
		corpus.maker = pooltest.NewMaker(l1Chain, l2Chain)
	}
	have := len(corpus.items)
	if have >= n {
		return corpus.items
	}
	more := make([]signed, n-have)
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Go(func() {
			for i := w; i < len(more); i += 2 {
				key := pooltest.Key(1000 + (have+i)%benchSigners)
				bb := corpus.maker.Bundle(key, 1, 2, 0)
				bb.SignedAt = testStart // benchServer's clock
				params, _ := json.Marshal([]any{bb})
				body := fmt.Appendf(nil, `{"jsonrpc":"2.0","id":%d,"method":"based_sendBundle","params":%s}`, have+i, params)
				h, err := fbsig.Sign(body, key)
				if err != nil {
					panic(err)
				}
				more[i] = signed{body: body, header: h}
			}
		})
	}
	wg.Wait()
	corpus.items = append(corpus.items, more...)
	return corpus.items
}

// floorIntake is the work no intake can avoid: the header signature, decoding, and decoding
// and recovering the sender of every transaction.
func floorIntake(cfg Config, s signed) error {
	if _, err := fbsig.Verify(s.header, s.body); err != nil {
		return err
	}
	var req struct {
		Params []json.RawMessage `json:"params"`
	}
	if err := json.Unmarshal(s.body, &req); err != nil {
		return err
	}
	b, err := bundle.DecodeComposableBundle(req.Params[0])
	if err != nil {
		return err
	}
	_, err = b.Validate(cfg.Limits, bundle.Chains{L1: l1Chain, L2: l2Chain})
	return err
}

// BenchmarkIntake measures accepted bundles per second through the real HTTP server with
// the journal syncing every acknowledgement, at 1, 16 and 64 concurrent signed clients, and
// the floor (floorIntake on the same requests and cores) in the same run. fsync=disk is the
// machine's disk; fsync=slow adds slowSync to every sync (journaltest.SlowFS), as on a busy or
// network-attached disk.
//
//	go test -run '^$' -bench BenchmarkIntake -benchtime 3s ./sidecar/internal/searcherapi/
func BenchmarkIntake(b *testing.B) {
	cfg, _ := testConfig()
	b.Run("floor", func(b *testing.B) {
		items := benchCorpus(4096)
		var next atomic.Int64
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if err := floorIntake(cfg, items[int(next.Add(1))%len(items)]); err != nil {
					b.Error(err)
					return
				}
			}
		})
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "bundles/s")
	})
	for _, row := range []struct {
		clients int
		slow    bool
	}{{1, false}, {16, false}, {64, false}, {1, true}, {64, true}} {
		disk := "disk"
		if row.slow {
			disk = "slow"
		}
		b.Run(fmt.Sprintf("http/c=%d/fsync=%s", row.clients, disk), func(b *testing.B) { benchHTTP(b, row.clients, row.slow) })
	}
}

// slowSync is what fsync=slow adds to every sync.
const slowSync = 5 * time.Millisecond

// floorOver runs floorIntake over items on every core and returns bundles/s.
func floorOver(b *testing.B, items []signed) float64 {
	cfg, _ := testConfig()
	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(items); i = int(next.Add(1)) - 1 {
				if err := floorIntake(cfg, items[i]); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	return float64(len(items)) / time.Since(start).Seconds()
}

func benchHTTP(b *testing.B, clients int, slow bool) {
	items := benchCorpus(b.N)[:b.N]
	// The machine is shared: the floor is measured right before and after, on the same
	// requests, and the ratio uses their mean.
	b.StopTimer()
	before := floorOver(b, items)
	addr, reg, stop := benchServer(b, slow)
	defer stop()
	conns := make([]*apitest.Conn, clients)
	for i := range conns {
		c, err := apitest.Dial(addr)
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		conns[i] = c
	}
	lat := make([]time.Duration, b.N)
	var next atomic.Int64
	var accepted atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	b.StartTimer()
	for _, c := range conns {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(items) {
					return
				}
				start := time.Now()
				status, out, err := c.Post(items[i].body, items[i].header)
				lat[i] = time.Since(start)
				if err == nil && !apitest.Accepted(status, out) {
					err = fmt.Errorf("HTTP %s %s", status, out)
				}
				if err != nil {
					b.Error(err)
					return
				}
				accepted.Add(1)
			}
		})
	}
	wg.Wait()
	b.StopTimer()
	floor := (before + floorOver(b, items)) / 2
	if int(accepted.Load()) != b.N {
		b.Fatalf("%d of %d bundles accepted", accepted.Load(), b.N)
	}
	rate := float64(accepted.Load()) / b.Elapsed().Seconds()
	slices.Sort(lat)
	b.ReportMetric(rate, "bundles/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(floor, "floor-bundles/s")
	syncs, syncSum := histogram(b, reg, "sidecar_journal_sync_duration_seconds")
	if syncs > 0 {
		b.ReportMetric(syncSum/syncs*1e3, "fsync-ms")
		b.ReportMetric(float64(b.N)/syncs, "bundles/fsync")
	}
	b.ReportMetric(rate/floor, "x-floor")
	b.ReportMetric(0, "ns/op")
}

// histogram returns a histogram's sample count and sum.
func histogram(b *testing.B, reg *prometheus.Registry, name string) (float64, float64) {
	mfs, err := reg.Gather()
	if err != nil {
		b.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			h := mf.GetMetric()[0].GetHistogram()
			return float64(h.GetSampleCount()), h.GetSampleSum()
		}
	}
	return 0, 0
}

// benchServer is the production stack: journal with group commit, pool, server on loopback.
func benchServer(b *testing.B, slow bool) (string, *prometheus.Registry, func()) {
	cfg, pcfg := testConfig()
	pcfg.MaxLive, pcfg.MaxPerSignerSlot = 1<<30, 1<<30
	cfg.RatePerSecond, cfg.RateBurst = 1e9, 1<<30
	// Every client is on loopback, one remote address: lift its share of unverified bodies,
	// which bursts of acknowledgements after a slow sync would otherwise fill.
	cfg.MaxUnverifiedBodies, cfg.MaxUnverifiedPerIP = 1024, 1024
	reg := prometheus.NewRegistry()
	jcfg := journal.Config{Dir: b.TempDir(), GroupWindow: journal.DefaultGroupWindow}
	if slow {
		jcfg.FS = journaltest.SlowSync(slowSync)
	}
	j, err := journal.Open(jcfg, zerolog.Nop(), reg)
	if err != nil {
		b.Fatal(err)
	}
	p, err := pool.New(pcfg, pool.Deps{Journal: j})
	if err != nil {
		b.Fatal(err)
	}
	sl := &slots{}
	sl.next.Store(nextSlot)
	srv, err := New(cfg, Deps{Pool: p, Slots: sl, Log: zerolog.Nop(), Now: clock.NewVirtual(time.Unix(testStart, 0)).Now})
	if err != nil {
		b.Fatal(err)
	}
	if err := srv.Start(context.Background()); err != nil {
		b.Fatal(err)
	}
	return srv.Addr().String(), reg, func() {
		_ = srv.Stop(context.Background())
		_ = j.Close()
	}
}
