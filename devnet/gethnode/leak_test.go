package gethnode

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// upstreamLeaks are goroutines go-ethereum starts and never stops: catalyst.NewConsensusAPI
// starts a heartbeat that loops forever, with no way to stop it.
var upstreamLeaks = []string{"catalyst.NewConsensusAPI"}

// goroutineCounts counts live goroutines by the function they were started with.
func goroutineCounts() map[string]int {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	counts := make(map[string]int)
	for _, g := range strings.Split(string(buf), "\n\n") {
		key := "unknown"
		if i := strings.LastIndex(g, "\ncreated by "); i >= 0 {
			key = strings.SplitN(g[i+len("\ncreated by "):], "\n", 2)[0]
			key = strings.Split(key, " in goroutine")[0]
		}
		counts[key]++
	}
	return counts
}

func leaked(before, after map[string]int) []string {
	var out []string
	for key, n := range after {
		if n <= before[key] || isUpstreamLeak(key) {
			continue
		}
		out = append(out, fmt.Sprintf("%s (+%d)", key, n-before[key]))
	}
	return out
}

func isUpstreamLeak(key string) bool {
	for _, s := range upstreamLeaks {
		if strings.Contains(key, s) {
			return true
		}
	}
	return false
}

// checkNoLeak fails t if goroutines started since before are still alive. Goroutines of
// go-ethereum exit asynchronously after Close and offer nothing to wait on, so this retries
// with backoff for a bounded time, as goleak does.
func checkNoLeak(t *testing.T, before map[string]int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	wait := time.Millisecond
	for {
		l := leaked(before, goroutineCounts())
		if len(l) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("goroutines leaked: %v", l)
		}
		time.Sleep(wait)
		wait = min(2*wait, 100*time.Millisecond)
	}
}
