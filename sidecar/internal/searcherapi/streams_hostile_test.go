package searcherapi

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/transport/sse"
)

// openStream opens key's stream of hash and reads its first event, so the stream is counted.
func (h *harness) openStream(t *testing.T, key *ecdsa.PrivateKey, hash common.Hash) *sse.Reader {
	t.Helper()
	path := eventsPath(hash)
	resp := h.openEvents(key, path, path, "")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("stream of %s: HTTP %d", pooltest.Addr(key).Hex(), resp.StatusCode)
	}
	r, err := sse.NewReader(resp.Body, 4096)
	if err != nil {
		t.Fatal(err)
	}
	nextEvent(t, r)
	return r
}

// refusedStream opens key's stream of hash and requires the refusal status and reason.
func (h *harness) refusedStream(t *testing.T, key *ecdsa.PrivateKey, hash common.Hash, status int, reason string) {
	t.Helper()
	path := eventsPath(hash)
	resp := h.openEvents(key, path, path, "")
	var r rpcResp
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != status || r.Error == nil || r.Error.Data.Reason != reason || r.Error.Code != CodeLimitExceeded {
		t.Fatalf("HTTP %d %+v, want %d %s", resp.StatusCode, r.Error, status, reason)
	}
}

// A sixth stream from one identity is refused with 429 naming the cap; its five streams and
// five other identities' streams stay open and still get the next change.
func TestHostileSixthStreamFromOneIdentityRefused(t *testing.T) {
	h := newHarness(t, func(c *Config, _ *pool.Config) { c.MaxStreamsPerIdentity = 5 })
	mine := h.mustSend(alice, h.maker.Bundle(alice, 1, 2, 0)).BundleHash
	var open []*sse.Reader
	var hashes []common.Hash
	for range 5 {
		open = append(open, h.openStream(t, alice, mine))
	}
	for i := range 5 {
		key := pooltest.Key(10 + i)
		hash := h.mustSend(key, h.maker.Bundle(key, 1, 2, 0)).BundleHash
		hashes = append(hashes, hash)
		open = append(open, h.openStream(t, key, hash))
	}
	h.refusedStream(t, alice, mine, http.StatusTooManyRequests, reasonIdentityStreams)
	if n := h.counter("sidecar_searcherapi_rejections_total", map[string]string{"reason": reasonIdentityStreams}); n != 1 {
		t.Fatalf("refusals counted %v, want 1", n)
	}
	for _, hash := range append(hashes, mine) {
		if _, err := h.pool.SetStatus(context.Background(), hash, bundle.StatusChange{Status: bundle.StatusSimulated}); err != nil {
			t.Fatal(err)
		}
	}
	for i, r := range open {
		if ev, _ := nextEvent(t, r); ev.Status != bundle.StatusSimulated {
			t.Fatalf("stream %d: %+v", i, ev)
		}
	}
}

// Fresh identities, each within its own cap, cannot open more than MaxStreams together; while
// they hold them an existing identity is refused with 503, and once they end it opens one.
func TestHostileFreshIdentityFloodBoundedByTotal(t *testing.T) {
	const total = 8
	h := newHarness(t, func(c *Config, _ *pool.Config) { c.MaxStreamsPerIdentity, c.MaxStreams = 2, total })
	mine := h.mustSend(alice, h.maker.Bundle(alice, 1, 2, 0)).BundleHash
	var held []*sse.Reader
	var floodHashes []common.Hash
	refused := 0
	for i := range 10 {
		key := pooltest.Key(100 + i)
		hash := h.mustSend(key, h.maker.Bundle(key, 1, 2, 0)).BundleHash
		for range 2 {
			if len(held) < total {
				held = append(held, h.openStream(t, key, hash))
				if len(floodHashes) == 0 || floodHashes[len(floodHashes)-1] != hash {
					floodHashes = append(floodHashes, hash)
				}
				continue
			}
			h.refusedStream(t, key, hash, http.StatusServiceUnavailable, reasonStreamsFull)
			refused++
		}
	}
	if open := h.counter("sidecar_searcherapi_event_streams", nil); open != total || refused != 20-total {
		t.Fatalf("%v streams open, %d refused; want %d and %d", open, refused, total, 20-total)
	}
	h.refusedStream(t, alice, mine, http.StatusServiceUnavailable, reasonStreamsFull)

	// The flood ends: its bundles land, its streams close.
	for _, hash := range floodHashes {
		for _, c := range []bundle.StatusChange{{Status: bundle.StatusSimulated}, {Status: bundle.StatusSubmitted}, {Status: bundle.StatusLanded, L1BlockNumber: 1}} {
			if _, err := h.pool.SetStatus(context.Background(), hash, c); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i, r := range held {
		for {
			if _, err := r.Next(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("flood stream %d: %v", i, err)
			}
		}
	}
	h.openStream(t, alice, mine)
}

// The pool watchers are capped on their own: with every watcher place taken, another owner's
// stream and a stranger's probe of a bundle are refused before either subscribes.
func TestHostileWatchersCapped(t *testing.T) {
	h := newHarness(t, func(c *Config, _ *pool.Config) {
		c.MaxStreamsPerIdentity, c.MaxStreams, c.MaxWatchers = 2, 2, 2
	})
	mine := h.mustSend(alice, h.maker.Bundle(alice, 1, 2, 0)).BundleHash
	theirs := h.mustSend(bob, h.maker.Bundle(bob, 1, 2, 0)).BundleHash
	h.openStream(t, alice, mine)
	h.openStream(t, alice, mine)
	h.refusedStream(t, bob, theirs, http.StatusServiceUnavailable, reasonWatchersFull)
	h.refusedStream(t, bob, mine, http.StatusServiceUnavailable, reasonWatchersFull)
	if n := h.counter("sidecar_searcherapi_pool_watchers", nil); n != 2 {
		t.Fatalf("%v watchers held, want 2", n)
	}
}
