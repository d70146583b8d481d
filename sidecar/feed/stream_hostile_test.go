package feed

import (
	"crypto/ecdsa"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/clock"
)

// Attacks on GET /v1/slot-ending/stream, over real HTTP on loopback. Each one must fail.

// streamRequest returns a stream request, signed by key at at when key is set.
func streamRequest(t *testing.T, url string, key *ecdsa.PrivateKey, at time.Time) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url+PathStream, nil)
	if err != nil {
		t.Fatal(err)
	}
	if key != nil {
		if err := SignStreamRequest(req, chainID, key, at); err != nil {
			t.Fatal(err)
		}
	}
	return req
}

// holdStream opens req and keeps the response open until the test ends.
func holdStream(t *testing.T, req *http.Request) (int, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	if resp.StatusCode == http.StatusOK {
		return resp.StatusCode, ""
	}
	var b strings.Builder
	buf := make([]byte, 512)
	n, _ := resp.Body.Read(buf)
	b.Write(buf[:n])
	return resp.StatusCode, b.String()
}

// With the defaults no unsigned stream is served: 70 anonymous attempts are refused before
// they count; with a public pool of 64 held full, the anonymous 65th is refused. Either way
// the signed sidecar connects and receives the next message.
func TestHostileAnonymousFloodDoesNotLockOutSidecar(t *testing.T) {
	for _, tc := range []struct {
		name string
		anon int
		code int
	}{
		{"anonymous refused (default)", 0, http.StatusUnauthorized},
		{"public pool of 64 held full", 64, http.StatusServiceUnavailable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clk := clock.NewVirtual(slotClock.SlotStart(buildSlot - 1).Add(10500 * time.Millisecond))
			srv := startServer(t, clk, func(c *ServerConfig) { c.MaxAnonymousStreams = tc.anon })
			for i := range tc.anon {
				if code, _ := holdStream(t, streamRequest(t, srv.URL(), nil, time.Time{})); code != http.StatusOK {
					t.Fatalf("public stream %d: %d", i, code)
				}
			}
			for i := range 70 - tc.anon {
				if code, _ := holdStream(t, streamRequest(t, srv.URL(), nil, time.Time{})); code != tc.code {
					t.Fatalf("anonymous %d over the pool: %d, want %d", i, code, tc.code)
				}
			}
			s := newSeq(t)
			rig := startClient(t, srv.URL(), s, newHead(), clk, func(c *ClientConfig) { c.Identity = sidecarKey })
			waitConnected(t, rig.c)
			m := s.msg(100)
			if err := srv.Publish(m); err != nil {
				t.Fatal(err)
			}
			if got := rig.next(t); got.SlotEnding != m.SlotEnding {
				t.Fatalf("sidecar got %+v", got.SlotEnding)
			}
		})
	}
}

// waitConnected waits for the client's stream to be accepted (a failure bound, not a sleep).
func waitConnected(t *testing.T, c *Client) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		changed := c.streamChanged()
		if c.Ready() == nil {
			return
		}
		select {
		case <-changed:
		case <-deadline:
			t.Fatalf("sidecar not connected: %v", c.Ready())
		}
	}
}

func TestHostileStreamSignatureRefused(t *testing.T) {
	clk := clock.NewVirtual(slotClock.SlotStart(buildSlot))
	srv := startServer(t, clk, func(c *ServerConfig) { c.MaxAnonymousStreams = 0 })
	stranger, _ := crypto.GenerateKey()
	now := clk.Now()
	replayed := streamRequest(t, srv.URL(), sidecarKey, now)
	if code, msg := holdStream(t, replayed); code != http.StatusOK {
		t.Fatalf("fresh signed stream: %d %s", code, msg)
	}
	otherChain, _ := http.NewRequest(http.MethodGet, srv.URL()+PathStream, nil)
	if err := SignStreamRequest(otherChain, chainID+1, sidecarKey, now); err != nil {
		t.Fatal(err)
	}
	again, _ := http.NewRequest(http.MethodGet, srv.URL()+PathStream, nil)
	again.Header = replayed.Header.Clone()
	for _, tc := range []struct {
		name string
		req  *http.Request
		code int
		want string
	}{
		{"expired", streamRequest(t, srv.URL(), sidecarKey, now.Add(-31*time.Second)), http.StatusUnauthorized, "skew"},
		{"from the future", streamRequest(t, srv.URL(), sidecarKey, now.Add(31*time.Second)), http.StatusUnauthorized, "skew"},
		{"replayed", again, http.StatusUnauthorized, "already used"},
		{"signed for another chain", otherChain, http.StatusUnauthorized, "signature"},
		{"stranger", streamRequest(t, srv.URL(), stranger, now), http.StatusForbidden, "not an allowed sidecar"},
		{"unsigned", streamRequest(t, srv.URL(), nil, now), http.StatusUnauthorized, "sign the request"},
	} {
		if code, msg := holdStream(t, tc.req); code != tc.code || !strings.Contains(msg, tc.want) {
			t.Errorf("%s: %d %s, want %d naming %q", tc.name, code, msg, tc.code, tc.want)
		}
	}
	if n := metricValue(srv.m.streams); n != 1 {
		t.Errorf("open streams %v, want the one signed stream", n)
	}
}

// A sidecar at its stream limit (its old connections half-dead) gets in: its oldest goes.
func TestSidecarNewStreamEvictsItsOldest(t *testing.T) {
	clk := clock.NewVirtual(slotClock.SlotStart(buildSlot))
	srv := startServer(t, clk, func(c *ServerConfig) { c.MaxStreamsPerSidecar = 2 })
	for i := range 5 {
		at := clk.Now().Add(time.Duration(i) * time.Millisecond) // each signature is single-use
		if code, msg := holdStream(t, streamRequest(t, srv.URL(), sidecarKey, at)); code != http.StatusOK {
			t.Fatalf("stream %d: %d %s", i, code, msg)
		}
	}
	if n := metricValue(srv.m.evicted); n != 3 {
		t.Errorf("evicted %v, want 3", n)
	}
}
