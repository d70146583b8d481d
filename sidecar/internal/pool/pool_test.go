package pool_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

const (
	l1Chain = 1337
	l2Chain = 167000
)

var (
	alice = pooltest.Key(1)
	bob   = pooltest.Key(2)
)

func newPool(t *testing.T, cfg pool.Config, j pool.Journal) *pool.Memory {
	t.Helper()
	p, err := pool.New(cfg, pool.Deps{Journal: j, Now: pooltest.NewClock().Now})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var roomy = pool.Config{MaxLive: 100, MaxPerSignerSlot: 10, Retention: time.Hour, MaxFinished: 100}

func mustAdd(t *testing.T, p pool.Pool, e *pool.Entry) pool.AddResult {
	t.Helper()
	res, err := p.Add(context.Background(), e)
	if err != nil {
		t.Fatalf("Add: %v", err)
	}
	return res
}

func hashes(es []*pool.Entry) []common.Hash {
	out := make([]common.Hash, len(es))
	for i, e := range es {
		out[i] = e.Hash
	}
	return out
}

func TestConfigCheck(t *testing.T) {
	for _, cfg := range []pool.Config{
		{MaxPerSignerSlot: 1, MaxFinished: 1}, {MaxLive: 1, MaxFinished: 1}, {MaxLive: 1, MaxPerSignerSlot: 1},
		{MaxLive: 1, MaxPerSignerSlot: 1, MaxFinished: 1, Retention: -time.Second},
	} {
		if _, err := pool.New(cfg, pool.Deps{}); !errors.Is(err, pool.ErrConfig) {
			t.Errorf("New(%+v) = %v, want ErrConfig", cfg, err)
		}
	}
}

// The in-memory pool keeps the pool contract (the Redis pool runs the same suite).
func TestMemoryConformance(t *testing.T) {
	pooltest.Run(t, func(t *testing.T, cfg pool.Config, now func() time.Time, q pool.Quotas) pool.Pool {
		p, err := pool.New(cfg, pool.Deps{Now: now, Quotas: q})
		if err != nil {
			t.Fatal(err)
		}
		return p
	})
}
