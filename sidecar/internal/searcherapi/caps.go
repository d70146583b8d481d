package searcherapi

import (
	"net/http"
	"sync"
)

// Defaults of the concurrency caps (Config).
const (
	// DefaultMaxUnverifiedBodies bounds the request bodies read before their signature is
	// checked: with the default 2 MiB body limit, at most 128 MiB held for strangers.
	DefaultMaxUnverifiedBodies = 64
	// DefaultMaxUnverifiedPerIP is the bodies one remote address may have read at once before
	// their signature is checked: one source stalling bodies cannot take every place.
	DefaultMaxUnverifiedPerIP = 8
	// DefaultMaxStreamsPerIdentity is the event streams one identity may hold open.
	DefaultMaxStreamsPerIdentity = 4
	// DefaultMaxStreams is the event streams open at once, all identities together.
	DefaultMaxStreams = 256
	// DefaultMaxWatchers bounds the pool subscriptions the API holds: the open streams plus
	// those still being checked (a stranger's watch lasts until the owner check refuses it).
	DefaultMaxWatchers = 2 * DefaultMaxStreams
)

// Refusal reasons of the caps: the metric label and error.data.reason.
const (
	reasonUnverifiedFull  = "unverified_bodies_full"
	reasonIPUnverified    = "ip_unverified_bodies_full"
	reasonIdentityStreams = "identity_streams_full"
	reasonStreamsFull     = "streams_full"
	reasonWatchersFull    = "watchers_full"
)

// gate is a counting semaphore that refuses at once instead of queueing, so a flood holds no
// goroutine waiting for a place.
type gate struct{ slots chan struct{} }

func newGate(n int) *gate { return &gate{slots: make(chan struct{}, n)} }

func (g *gate) tryAcquire() bool {
	select {
	case g.slots <- struct{}{}:
		return true
	default:
		return false
	}
}

func (g *gate) release() { <-g.slots }

// keyedCaps counts places held per key (an identity's event streams, a remote address's
// unverified bodies) and in total. A key's entry is dropped when its last place is released, so
// the map holds at most total entries.
type keyedCaps[K comparable] struct {
	perKey, total      int
	keyFull, totalFull string // the refusal reasons

	mu   sync.Mutex
	open map[K]int
	n    int
}

func newKeyedCaps[K comparable](perKey, total int, keyFull, totalFull string) *keyedCaps[K] {
	return &keyedCaps[K]{perKey: perKey, total: total, keyFull: keyFull, totalFull: totalFull, open: map[K]int{}}
}

// acquire takes a place for who, or names the cap that is full. The key's own cap is checked
// first, so a key at its cap is told so even when all places are taken.
func (c *keyedCaps[K]) acquire(who K) (release func(), reason string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.open[who] >= c.perKey:
		return nil, c.keyFull
	case c.n >= c.total:
		return nil, c.totalFull
	}
	c.open[who]++
	c.n++
	var once sync.Once
	return func() { once.Do(func() { c.drop(who) }) }, ""
}

func (c *keyedCaps[K]) drop(who K) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n--
	if c.open[who]--; c.open[who] <= 0 {
		delete(c.open, who)
	}
}

// refuseCap answers a request turned away by a full cap: 429 for the caller's own cap, 503 for
// a shared one. The connection is closed rather than drained: a stalled body would hold it.
func (s *Server) refuseCap(w http.ResponseWriter, method, reason string) {
	status, msg := http.StatusServiceUnavailable, ""
	switch reason {
	case reasonUnverifiedFull:
		msg = "too many request bodies are being read before their signature is checked (limit %d); retry"
	case reasonIPUnverified:
		status, msg = http.StatusTooManyRequests, "this address has its limit of %d request bodies being read before their signature is checked"
	case reasonIdentityStreams:
		status, msg = http.StatusTooManyRequests, "this identity has its limit of %d event streams open"
	case reasonStreamsFull:
		msg = "the limit of %d open event streams is reached; retry"
	case reasonWatchersFull:
		msg = "the limit of %d bundle watchers is reached; retry"
	}
	limit := map[string]int{reasonUnverifiedFull: s.cfg.MaxUnverifiedBodies, reasonIPUnverified: s.cfg.MaxUnverifiedPerIP, reasonIdentityStreams: s.cfg.MaxStreamsPerIdentity,
		reasonStreamsFull: s.cfg.MaxStreams, reasonWatchersFull: s.cfg.MaxWatchers}[reason]
	w.Header().Set("Connection", "close")
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	s.m.outcome(method, reason)
	s.write(w, status, response{JSONRPC: "2.0", ID: nullID, Error: newErr(CodeLimitExceeded, reason, "", msg, limit)})
}
