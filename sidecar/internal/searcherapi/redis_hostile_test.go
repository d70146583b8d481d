package searcherapi

import (
	"context"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/devnet/redisnode"
	"github.com/syncboost/syncboost/sidecar/internal/pool/redispool"
)

// A replica whose Redis is gone answers a send with -32004 pool_unavailable (retry, here or on
// another replica), not an internal error, and acknowledges nothing.
func TestSendWhileRedisIsDownIsRetryable(t *testing.T) {
	srv := redisnode.StartT(t)
	cfg, pcfg := testConfig()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	p, err := redispool.New(ctx, redispool.Config{Config: pcfg, URL: srv.URL()},
		redispool.Deps{Registry: prometheus.NewRegistry(), Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Close() })
	h := startHarnessDeps(t, cfg, pcfg, t.TempDir(), func(d *Deps) { d.Pool = p })
	if err := srv.Kill(); err != nil {
		t.Fatal(err)
	}
	r := h.send(alice, h.maker.Bundle(alice, 1, 2, 0))
	if r.Error == nil || r.Error.Code != CodeNotAvailable || reasonOf(r) != "pool_unavailable" {
		t.Fatalf("send with Redis down: %+v, want -32004 pool_unavailable", r.Error)
	}
}
