package redispool_test

import (
	"context"
	"testing"
	"time"

	"github.com/syncboost/syncboost/devnet/redisnode"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

// BenchmarkAdd measures an acknowledged Add (one script, fsynced by appendfsync always) and a
// ForSlot of the slot's bundles, on a local redis-server.
func BenchmarkAdd(b *testing.B) {
	srv := redisnode.StartT(b)
	cfg := pool.Config{MaxLive: 1 << 20, MaxPerSignerSlot: 1 << 20, Retention: time.Hour, MaxFinished: 100}
	p := open(b, srv.URL(), freshPrefix(), cfg, nil, nil)
	m := pooltest.NewMaker(l1Chain, l2Chain)
	entries := make([]*pool.Entry, b.N)
	for i := range entries {
		entries[i] = m.Entry(b, alice, uint64(10+i/100), "", 0)
	}
	ctx := context.Background()
	b.ResetTimer()
	for _, e := range entries {
		if _, err := p.Add(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	start := time.Now()
	if _, err := p.ForSlot(ctx, pool.Key{L2ChainID: l2Chain, L1Slot: 10}); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(time.Since(start).Microseconds()), "forslot_us")
}

// BenchmarkAddParallel is BenchmarkAdd from 8 goroutines per core (16 on 2 cores): the writes
// of one Redis event-loop turn share one fsync.
func BenchmarkAddParallel(b *testing.B) {
	srv := redisnode.StartT(b)
	cfg := pool.Config{MaxLive: 1 << 20, MaxPerSignerSlot: 1 << 20, Retention: time.Hour, MaxFinished: 100}
	p := open(b, srv.URL(), freshPrefix(), cfg, nil, nil)
	m := pooltest.NewMaker(l1Chain, l2Chain)
	entries := make(chan *pool.Entry, b.N)
	for i := range b.N {
		entries <- m.Entry(b, alice, uint64(10+i/100), "", 0)
	}
	close(entries)
	b.SetParallelism(8)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := p.Add(context.Background(), <-entries); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
