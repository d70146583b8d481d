package searcherapi

import (
	"fmt"
	"net"
	"os"
	"runtime"
	rtmetrics "runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

const (
	floodConns    = 400
	floodDeclared = 1 << 20 // the Content-Length each flood connection declares
)

// BenchmarkPreAuthFlood opens 400 connections, from 50 addresses, that send a well-formed (forged) signature header
// and a 1 MiB Content-Length, then stall without a body byte. It reports the process's resident
// memory growth at its peak while they are held (rss_mb) and the connections the server turned
// away at once (refused). Run with -benchtime=1x: the figure is the point, not the time.
func BenchmarkPreAuthFlood(b *testing.B) {
	h := newHarness(b, func(c *Config, _ *pool.Config) {
		c.HTTP.MaxBodyBytes = 2 << 20
		c.HTTP.ReadTimeout = time.Minute // the stall outlasts the measurement
	})
	addr := h.srv.Addr().String()
	header := sign(b, []byte("forged"), alice) // parses, does not verify
	var peak, heapPeak, refusedAll float64
	for range b.N {
		runtime.GC()
		base, heapBase := rssBytes(b), heapBytes()
		conns, refused := flood(b, addr, header)
		top, heapTop := base, heapBase
		for range 50 { // sample for 0.5 s: the allocation happens as handlers start
			top, heapTop = max(top, rssBytes(b)), max(heapTop, heapBytes())
			time.Sleep(10 * time.Millisecond)
		}
		for _, c := range conns {
			_ = c.Close()
		}
		peak = max(peak, float64(top-base)/(1<<20))
		heapPeak = max(heapPeak, float64(heapTop-heapBase)/(1<<20))
		refusedAll = max(refusedAll, float64(refused))
	}
	b.ReportMetric(peak, "rss_mb")
	b.ReportMetric(heapPeak, "heap_mb")
	b.ReportMetric(refusedAll, "refused")
}

// flood opens the connections and counts those answered before any body byte was sent.
func flood(b *testing.B, addr, header string) ([]net.Conn, int) {
	b.Helper()
	req := "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
		"X-Flashbots-Signature: " + header + "\r\nContent-Length: " + strconv.Itoa(floodDeclared) + "\r\n\r\n"
	conns := make([]net.Conn, 0, floodConns)
	for i := range floodConns {
		// From 50 loopback addresses: the worst case is a flood from many sources, which the
		// per-address share does not stop and the total cap does.
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, byte(1+i%50))}}
		c, err := d.Dial("tcp", addr)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := c.Write([]byte(req)); err != nil {
			b.Fatal(err)
		}
		conns = append(conns, c)
	}
	var refused atomic.Int64
	var wg sync.WaitGroup
	deadline := time.Now().Add(200 * time.Millisecond) // one wait for all, not one each
	for _, c := range conns {
		wg.Go(func() {
			buf := make([]byte, 64)
			_ = c.SetReadDeadline(deadline)
			if n, _ := c.Read(buf); n > 0 && (strings.HasPrefix(string(buf[:n]), "HTTP/1.1 5") || strings.HasPrefix(string(buf[:n]), "HTTP/1.1 4")) {
				refused.Add(1)
			}
		})
	}
	wg.Wait()
	return conns, int(refused.Load())
}

// rssBytes is the process's resident set size, from /proc (Linux).
func rssBytes(b *testing.B) int64 {
	b.Helper()
	raw, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		b.Skipf("no /proc: %v", err)
	}
	var size, resident int64
	if _, err := fmt.Sscan(string(raw), &size, &resident); err != nil {
		b.Fatal(err)
	}
	return resident * int64(os.Getpagesize())
}

// heapBytes is the memory held by live and not yet swept heap objects.
func heapBytes() int64 {
	s := []rtmetrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	rtmetrics.Read(s)
	return int64(s[0].Value.Uint64())
}
