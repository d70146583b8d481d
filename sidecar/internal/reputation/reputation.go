// Package reputation keeps a standing per searcher identity (the request signer): bundles that
// fail simulation on their own lower it, landed bundles raise it, and a lowered standing
// recovers with time. The pool asks it how many bundles an identity may hold per slot
// (pool.Quotas), the searcher API whether an identity is proven (its simulation budget), the
// pipeline how to order simulations (Standing).
package reputation

import (
	"errors"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// ErrConfig is returned for an invalid Config.
var ErrConfig = errors.New("invalid reputation config")

// Config sets how standing moves and what it buys. Standing is a score in [-1, 1]; a fresh
// identity has 0.
type Config struct {
	// FreshPerSlot is the bundles per slot of a fresh identity; ProvenPerSlot those of an
	// identity at ProvenScore or above (the pool's per-signer cap). In between they grow
	// linearly; below 0 they shrink towards one bundle per slot, never none.
	FreshPerSlot  int
	ProvenPerSlot int
	ProvenScore   float64 // in (0, 1]
	FailPenalty   float64 // taken per bundle that failed on its own, in (0, 2]
	LandGain      float64 // given per bundle that landed, in (0, 1]
	// Recovery is how long a score of -1 takes to come back to 0 (linearly); positive scores
	// do not decay.
	Recovery time.Duration
	// MaxIdentities bounds the identities remembered. Over it, those at or below 0 are
	// forgotten first (a forgotten one is fresh, no better than a new key), then the lowest.
	MaxIdentities int
}

// DefaultConfig: two bundles per slot fresh, the pool's cap after five landed bundles, four
// failures in a row take a fresh identity to the floor, which it leaves within an hour.
func DefaultConfig(provenPerSlot int) Config {
	return Config{FreshPerSlot: min(2, provenPerSlot), ProvenPerSlot: provenPerSlot, ProvenScore: 0.5,
		FailPenalty: 0.25, LandGain: 0.1, Recovery: time.Hour, MaxIdentities: 100_000}
}

// Check validates every field.
func (c Config) Check() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrConfig}, args...)...))
	}
	if c.FreshPerSlot <= 0 || c.ProvenPerSlot < c.FreshPerSlot {
		bad("want 0 < fresh_per_slot <= proven_per_slot (got %d, %d)", c.FreshPerSlot, c.ProvenPerSlot)
	}
	if !(c.ProvenScore > 0 && c.ProvenScore <= 1) {
		bad("proven_score %v must be in (0, 1]", c.ProvenScore)
	}
	if !(c.FailPenalty > 0 && c.FailPenalty <= 2) || !(c.LandGain > 0 && c.LandGain <= 1) {
		bad("fail_penalty %v must be in (0, 2] and land_gain %v in (0, 1]", c.FailPenalty, c.LandGain)
	}
	if c.Recovery <= 0 || c.MaxIdentities <= 0 {
		bad("recovery %s and max_identities %d must be > 0", c.Recovery, c.MaxIdentities)
	}
	return errors.Join(errs...)
}

// Reputation is the standing of every identity that has a history. Safe for concurrent use.
type Reputation struct {
	cfg Config
	now func() time.Time
	m   *metrics

	mu  sync.Mutex
	ids map[common.Address]*record
}

type record struct {
	score float64
	at    time.Time // when score was last set
}

var _ pool.Quotas = (*Reputation)(nil)

// New returns an empty reputation; now nil means time.Now, reg nil leaves the metrics
// unregistered.
func New(cfg Config, now func() time.Time, reg *prometheus.Registry) (*Reputation, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if now == nil {
		now = time.Now
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, err
	}
	return &Reputation{cfg: cfg, now: now, m: m, ids: map[common.Address]*record{}}, nil
}

// Standing is identity's score in [-1, 1]: 0 fresh, higher is better.
func (r *Reputation) Standing(identity common.Address) float64 {
	now := r.now()
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.scoreAt(identity, now)
}

// Proven reports whether identity has reached the proven score.
func (r *Reputation) Proven(identity common.Address) bool {
	return r.Standing(identity) >= r.cfg.ProvenScore
}

// Allowance is pool.Quotas: the bundles per slot identity's standing buys, and whether it may
// use the part of a slot reserved for proven identities.
func (r *Reputation) Allowance(identity common.Address) pool.Allowance {
	s := r.Standing(identity)
	return pool.Allowance{PerSlot: r.perSlot(s), Proven: s >= r.cfg.ProvenScore}
}

func (r *Reputation) perSlot(s float64) int {
	c := r.cfg
	switch {
	case s >= c.ProvenScore:
		return c.ProvenPerSlot
	case s >= 0:
		return c.FreshPerSlot + int(float64(c.ProvenPerSlot-c.FreshPerSlot)*s/c.ProvenScore)
	default:
		return max(1, int(math.Floor(float64(c.FreshPerSlot)*(1+s))))
	}
}

// Observe records that one of identity's bundles reached status: failed lowers the score,
// landed raises it, anything else changes nothing.
func (r *Reputation) Observe(identity common.Address, status bundle.Status) {
	var delta float64
	switch status {
	case bundle.StatusFailed:
		delta = -r.cfg.FailPenalty
	case bundle.StatusLanded:
		delta = r.cfg.LandGain
	default:
		return
	}
	r.m.events.WithLabelValues(string(status)).Inc()
	now := r.now()
	r.mu.Lock()
	defer r.mu.Unlock()
	s := max(-1, min(1, r.scoreAt(identity, now)+delta))
	rec, ok := r.ids[identity]
	if !ok {
		if len(r.ids) >= r.cfg.MaxIdentities {
			r.sweep(now)
		}
		rec = &record{}
		r.ids[identity] = rec
	}
	rec.score, rec.at = s, now
	r.m.identities.Set(float64(len(r.ids)))
}

// scoreAt is identity's score at now, with the recovery since it was set. Called with mu.
func (r *Reputation) scoreAt(identity common.Address, now time.Time) float64 {
	rec, ok := r.ids[identity]
	if !ok {
		return 0
	}
	if rec.score >= 0 {
		return rec.score
	}
	back := float64(now.Sub(rec.at)) / float64(r.cfg.Recovery)
	return min(0, rec.score+max(0, back))
}

// sweep makes room for one more identity: those at or below 0 first, else the lowest.
// Called with mu.
func (r *Reputation) sweep(now time.Time) {
	var lowest common.Address
	low := math.Inf(1)
	for id := range r.ids {
		s := r.scoreAt(id, now)
		if s <= 0 {
			delete(r.ids, id)
			continue
		}
		if s < low {
			lowest, low = id, s
		}
	}
	if len(r.ids) >= r.cfg.MaxIdentities {
		delete(r.ids, lowest)
	}
	r.m.swept.Inc()
}

// Len is the number of identities remembered.
func (r *Reputation) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.ids)
}
