package searcherapi

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// sweepAt is the least number of tracked signers at which idle (full) buckets are dropped, so
// a stream of throwaway keys cannot grow the map without bound.
const sweepAt = 10_000

// limiter is one token bucket per key: a signer, or a remote IP.
type limiter[K comparable] struct {
	rate  rate.Limit
	burst int

	mu        sync.Mutex
	buckets   map[K]*rate.Limiter
	nextSweep int // map size that triggers the next sweep
}

func newLimiter[K comparable](perSecond float64, burst int) *limiter[K] {
	return &limiter[K]{rate: rate.Limit(perSecond), burst: burst, buckets: map[K]*rate.Limiter{}, nextSweep: sweepAt}
}

// allow takes one token from who's bucket.
func (l *limiter[K]) allow(who K, now time.Time) bool {
	l.mu.Lock()
	b, ok := l.buckets[who]
	if !ok {
		if len(l.buckets) >= l.nextSweep {
			l.sweep(now)
			// Sweep again only once the map has doubled: when many signers are busy at once,
			// a sweep per new signer would scan them all under the lock every time.
			l.nextSweep = max(sweepAt, 2*len(l.buckets))
		}
		b = rate.NewLimiter(l.rate, l.burst)
		l.buckets[who] = b
	}
	l.mu.Unlock()
	return b.AllowN(now, 1)
}

// sweep drops buckets that have refilled: forgetting them changes nothing. Called with mu.
func (l *limiter[K]) sweep(now time.Time) {
	for who, b := range l.buckets {
		if b.TokensAt(now) >= float64(l.burst) {
			delete(l.buckets, who)
		}
	}
}
