package searcherapi

import (
	"bufio"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// stalled sends a request's headers declaring length body bytes and none of them.
func stalled(t *testing.T, addr, header string, length int) net.Conn {
	return stalledFrom(t, "127.0.0.1", addr, header, length)
}

// stalledFrom is stalled from the local address ip.
func stalledFrom(t *testing.T, ip, addr, header string, length int) net.Conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	req := "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + strconv.Itoa(length) + "\r\n"
	if header != "" {
		req += "X-Flashbots-Signature: " + header + "\r\n"
	}
	if _, err := c.Write([]byte(req + "\r\n")); err != nil {
		t.Fatal(err)
	}
	return c
}

// answer reads the response the server sent on c. The deadline only ends a failing test: the
// server answers (or not) without waiting for the body, which is never sent.
func answer(t *testing.T, c net.Conn) *http.Response {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("no answer before the body was sent: %v", err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// A request without a signature header, or with one that does not parse, is refused from its
// headers alone: the answer comes while the declared body has not been sent at all.
func TestHostileUnsignedRefusedBeforeBody(t *testing.T) {
	h := newHarness(t, nil)
	for _, tc := range []struct {
		name, header string
		status       int
	}{
		{"missing", "", http.StatusUnauthorized},
		{"not address:signature", "garbage", http.StatusForbidden},
		{"short signature", "0x00000000000000000000000000000000000000ab:0x1234", http.StatusForbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := stalled(t, h.srv.Addr().String(), tc.header, 200<<10)
			resp := answer(t, c)
			if resp.StatusCode != tc.status || !resp.Close {
				t.Fatalf("HTTP %d close %v, want %d and the connection closed", resp.StatusCode, resp.Close, tc.status)
			}
		})
	}
	if n := h.counter("sidecar_searcherapi_unverified_bodies", nil); n != 0 {
		t.Fatalf("%v bodies being read for refused requests", n)
	}
}

// waitGauge waits until the gauge reads want; it yields rather than sleeps, and gives up after
// 5 s so a broken server fails the test instead of hanging it.
func (h *harness) waitGauge(name string, want float64) {
	h.t.Helper()
	for end := time.Now().Add(5 * time.Second); h.counter(name, nil) != want; runtime.Gosched() {
		if time.Now().After(end) {
			h.t.Fatalf("%s = %v, want %v", name, h.counter(name, nil), want)
		}
	}
}

// Forged but well-formed headers with a huge declared length and a stalled body hold neither
// the declared memory nor more than MaxUnverifiedBodies places; the next one is refused at
// once naming the cap, and once they go a real searcher is served.
func TestHostileStalledHugeBodiesDoNotAllocate(t *testing.T) {
	const flood, declared = 32, 4 << 20
	h := newHarness(t, func(c *Config, _ *pool.Config) {
		c.MaxUnverifiedBodies, c.MaxUnverifiedPerIP = flood, flood+1 // the total trips first
		c.HTTP.MaxBodyBytes = declared
	})
	forged := sign(t, []byte("not this body"), bob)
	runtime.GC()
	before := heapBytes()
	conns := make([]net.Conn, flood)
	for i := range conns {
		conns[i] = stalled(t, h.srv.Addr().String(), forged, declared)
	}
	h.waitGauge("sidecar_searcherapi_unverified_bodies", flood)
	if grown := heapBytes() - before; grown > flood*declared/8 {
		t.Fatalf("heap grew %d MiB for %d stalled bodies of %d MiB", grown>>20, flood, declared>>20)
	}
	resp := answer(t, stalled(t, h.srv.Addr().String(), forged, declared))
	if resp.StatusCode != http.StatusServiceUnavailable || h.counter("sidecar_searcherapi_rejections_total", map[string]string{"reason": reasonUnverifiedFull}) != 1 {
		t.Fatalf("one over the cap: HTTP %d", resp.StatusCode)
	}
	for _, c := range conns {
		_ = c.Close()
	}
	h.waitGauge("sidecar_searcherapi_unverified_bodies", 0)
	if r := h.send(alice, h.maker.Bundle(alice, 1, 2, 0)); r.Error != nil {
		t.Fatalf("after the flood: %+v", *r.Error)
	}
}

// One source stalling forged bodies holds at most its own share of the places: its next one is
// refused at once (429, naming the per-address cap), and a searcher from another address is
// served while the stalled bodies are still open.
func TestHostileOneSourceCannotTakeEveryUnverifiedPlace(t *testing.T) {
	h := newHarness(t, nil)
	forged := sign(t, []byte("not this body"), bob)
	for range DefaultMaxUnverifiedPerIP {
		stalled(t, h.srv.Addr().String(), forged, 16<<10)
	}
	h.waitGauge("sidecar_searcherapi_unverified_bodies", DefaultMaxUnverifiedPerIP)
	resp := answer(t, stalled(t, h.srv.Addr().String(), forged, 16<<10))
	if resp.StatusCode != http.StatusTooManyRequests ||
		h.counter("sidecar_searcherapi_rejections_total", map[string]string{"reason": reasonIPUnverified}) != 1 {
		t.Fatalf("the source's next stalled body: HTTP %d, want 429 %s", resp.StatusCode, reasonIPUnverified)
	}
	b := h.maker.Bundle(alice, 1, 2, 0)
	b.SignedAt = h.signedAt()
	if _, _, r := h.callVia(clientFrom(t, "127.0.0.2"), alice, bundle.MethodSendBundle, b); r.Error != nil {
		t.Fatalf("a searcher from another address: %+v", *r.Error)
	}
}
