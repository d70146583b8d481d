package redispool_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/devnet/redisnode"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/sidecar/internal/pool/redispool"
)

var prefixes atomic.Int64

// freshPrefix gives each test a pool of its own on a shared server.
func freshPrefix() string { return fmt.Sprintf("test%d:", prefixes.Add(1)) }

// open opens a pool replica on url under prefix, closed at the end of the test.
func open(t testing.TB, url, prefix string, cfg pool.Config, now func() time.Time, q pool.Quotas) *redispool.Pool {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	p, err := redispool.New(ctx, redispool.Config{Config: cfg, URL: url, Prefix: prefix},
		redispool.Deps{Log: zerolog.Nop(), Registry: prometheus.NewRegistry(), Now: now, Quotas: q})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := p.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return p
}

// The Redis pool keeps the contract pool.Memory keeps, against a real redis-server.
func TestRedisConformance(t *testing.T) {
	srv := redisnode.StartT(t)
	pooltest.Run(t, func(t *testing.T, cfg pool.Config, now func() time.Time, q pool.Quotas) pool.Pool {
		return open(t, srv.URL(), freshPrefix(), cfg, now, q)
	})
}
