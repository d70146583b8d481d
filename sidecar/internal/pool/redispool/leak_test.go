package redispool_test

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/syncboost/syncboost/devnet/redisnode"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

// ours counts the goroutines started by the pool or its Redis client.
func ours() (int, string) {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	n, sample := 0, ""
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "redispool") && !strings.Contains(g, "testing.tRunner") ||
			strings.Contains(g, "go-redis") {
			n++
			sample = g
		}
	}
	return n, sample
}

// Close stops every goroutine the pool started: its listener and the client's. The client's
// exit asynchronously after Close, so this waits for them, for a bounded time.
func TestCloseStopsEveryGoroutine(t *testing.T) {
	srv := redisnode.StartT(t)
	p := open(t, srv.URL(), freshPrefix(), roomy, pooltest.NewClock().Now, nil)
	e := mustAdd(t, p, pooltest.NewMaker(l1Chain, l2Chain).Entry(t, alice, 10, "", 0)).Entry
	_, changes, _, err := p.Watch(context.Background(), e.Hash)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := ours(); n == 0 {
		t.Fatal("no goroutine of the pool found while it runs: the count sees nothing")
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if _, ok := pooltest.Next(t, changes); ok {
		t.Fatal("a watch outlived Close")
	}
	deadline := time.Now().Add(5 * time.Second)
	for wait := time.Millisecond; ; wait *= 2 {
		n, sample := ours()
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines left after Close, e.g.:\n%s", n, sample)
		}
		time.Sleep(wait)
	}
}
