// Package lease decides which of several sidecar replicas builds and sends each slot: one lease
// per slot on Redis, the single arbiter, with a fencing token from one counter. Every replica
// builds the slot (a follower is warm: it read the shared pool and simulated as the holder
// did); only the holder sends, after recording what it sends under its token; a replica whose
// lease lapsed (paused, partitioned, killed) is fenced off, and the replica that takes the slot
// over sends the holder's recorded bundle again, or its own when the holder recorded none.
package lease

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/urls"
)

var (
	ErrConfig = errors.New("invalid lease config")
	// ErrFenced: the slot's lease is not this holder's (it lapsed and another replica may hold
	// it): nothing may be sent under it.
	ErrFenced = errors.New("the slot's lease is not held")
	// ErrUnavailable: Redis did not answer; nothing is known about the lease.
	ErrUnavailable = errors.New("redis did not answer")
	// ErrCorrupt: a record in Redis does not decode.
	ErrCorrupt = errors.New("corrupt lease record")
)

// Config says where the lease lives and how long a silent holder keeps a slot.
type Config struct {
	URL    string // redis:// or rediss:// URL, credentials allowed (never logged)
	Prefix string // key prefix; replicas sharing slots share it
	// TTL is how long a holder that stopped renewing keeps the slot: the longest a follower
	// waits before it takes over. The holder renews every TTL/3.
	TTL time.Duration
	// Replica names this process in the lease; "" picks a random name (each start a new one).
	Replica string
}

// Check validates the config.
func (c Config) Check() error {
	if c.TTL < 30*time.Millisecond {
		return fmt.Errorf("%w: ttl %s must be at least 30ms", ErrConfig, c.TTL)
	}
	if c.Prefix == "" {
		return fmt.Errorf("%w: prefix: required", ErrConfig)
	}
	return urls.Check("redis_url", c.URL, "redis", "rediss")
}

// Deps are the lease's collaborators.
type Deps struct {
	Clock    clock.Clock
	Log      zerolog.Logger
	Registry *prometheus.Registry
}

// Hold is this replica's lease on one slot; Token fences what it sends.
type Hold struct {
	Slot  uint64
	Token uint64
	value string
}

// Lease is one replica's side of the slot leases. It is a component: Start runs the renewals.
type Lease struct {
	cfg     Config
	rdb     *redis.Client
	clk     clock.Clock
	log     zerolog.Logger
	m       *metrics
	replica string

	mu   sync.Mutex
	held map[uint64]held // renewed until their deadline

	cancel context.CancelFunc
	done   sync.WaitGroup
}

type held struct {
	h     Hold
	until time.Time
}

// New checks cfg; nothing is dialled until Start.
func New(cfg Config, d Deps) (*Lease, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if d.Clock == nil || d.Registry == nil {
		return nil, fmt.Errorf("%w: clock and registry are required", ErrConfig)
	}
	opt, err := redis.ParseURL(cfg.URL)
	if err != nil {
		return nil, fmt.Errorf("%w: redis_url %s: %w", ErrConfig, urls.Redact(cfg.URL), err)
	}
	// A lost reply of a claim or commit may have taken effect: retrying blindly could consume
	// a second token. The caller retries, and a claim recognises this replica's own lease.
	opt.MaxRetries = -1
	opt.DialTimeout, opt.ReadTimeout, opt.WriteTimeout = cfg.TTL, cfg.TTL, cfg.TTL
	m, err := newMetrics(d.Registry)
	if err != nil {
		return nil, err
	}
	replica := cfg.Replica
	if replica == "" {
		var b [8]byte
		_, _ = rand.Read(b[:])
		replica = hex.EncodeToString(b[:])
	}
	return &Lease{cfg: cfg, rdb: redis.NewClient(opt), clk: d.Clock, m: m, replica: replica, held: map[uint64]held{},
		log: d.Log.With().Str("component", "lease").Str("replica", replica).Logger()}, nil
}

// Replica is this process's name in the leases.
func (l *Lease) Replica() string { return l.replica }

// Start checks that Redis answers and runs the renewals until Stop.
func (l *Lease) Start(ctx context.Context) error {
	if err := l.rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	l.cancel = cancel
	l.done.Go(func() { l.renewals(ctx) })
	l.log.Info().Str("redis", urls.Redact(l.cfg.URL)).Dur("ttl", l.cfg.TTL).Msg("slot lease on redis")
	return nil
}

// Stop ends the renewals (held leases lapse within TTL) and closes the connections.
func (l *Lease) Stop(context.Context) error {
	if l.cancel != nil {
		l.cancel()
		l.done.Wait()
	}
	return l.rdb.Close()
}

func (l *Lease) key(slot uint64) string {
	return l.cfg.Prefix + "lease:" + strconv.FormatUint(slot, 10)
}

func (l *Lease) recordKey(slot uint64, parent common.Hash) string {
	return l.cfg.Prefix + "sent:" + strconv.FormatUint(slot, 10) + ":" + parent.Hex()
}

// Claim takes slot's lease when it is free, or confirms this replica holds it; ok is false
// when another replica does. A held lease is renewed until until (the slot's last send).
func (l *Lease) Claim(ctx context.Context, slot uint64, until time.Time) (Hold, bool, error) {
	ttl := strconv.FormatInt(l.cfg.TTL.Milliseconds(), 10)
	tok, err := claimScript.Run(ctx, l.rdb, []string{l.key(slot), l.cfg.Prefix + "fence"}, l.replica, ttl).Uint64()
	if err != nil {
		l.m.errors.Inc()
		return Hold{}, false, fmt.Errorf("%w: claim slot %d: %w", ErrUnavailable, slot, err)
	}
	if tok == 0 {
		return Hold{}, false, nil
	}
	h := Hold{Slot: slot, Token: tok, value: strconv.FormatUint(tok, 10) + ":" + l.replica}
	l.mu.Lock()
	_, had := l.held[slot]
	if prev := l.held[slot].until; prev.After(until) {
		until = prev
	}
	l.held[slot] = held{h: h, until: until}
	l.mu.Unlock()
	if !had {
		l.m.claims.Inc()
		l.log.Debug().Uint64("slot", slot).Uint64("token", tok).Msg("slot lease taken")
	}
	return h, true, nil
}

// Await claims slot's lease every TTL/3 until this replica holds it (the holder stopped
// renewing: it died or lost Redis), until passes (ErrFenced) or ctx ends.
func (l *Lease) Await(ctx context.Context, slot uint64, until time.Time) (Hold, error) {
	for {
		h, ok, err := l.Claim(ctx, slot, until)
		if ok {
			l.m.takeovers.Inc()
			l.log.Info().Uint64("slot", slot).Uint64("token", h.Token).Msg("slot taken over from a silent holder")
			return h, nil
		}
		if err != nil && ctx.Err() != nil {
			return Hold{}, err
		}
		wait := min(l.cfg.TTL/3, until.Sub(l.clk.Now()))
		if wait <= 0 {
			return Hold{}, fmt.Errorf("%w: slot %d is another replica's until its last send", ErrFenced, slot)
		}
		if err := clock.Sleep(ctx, l.clk, wait); err != nil {
			return Hold{}, err
		}
	}
}

// Commit records rec as what h sends for (slot, parent), if h still holds the lease (else
// ErrFenced). When an earlier holder recorded a bundle for the same slot and parent, that
// record is returned, and it is what must be sent instead of rec.
func (l *Lease) Commit(ctx context.Context, h Hold, parent common.Hash, rec Record) (Record, error) {
	b, err := rec.encode()
	if err != nil {
		return Record{}, err
	}
	keep := strconv.FormatInt(l.keepRecord(h.Slot).Milliseconds(), 10)
	res, err := commitScript.Run(ctx, l.rdb, []string{l.key(h.Slot), l.recordKey(h.Slot, parent)},
		h.value, strconv.FormatUint(h.Token, 10), b, keep).Slice()
	if err != nil {
		l.m.errors.Inc()
		return Record{}, fmt.Errorf("%w: commit slot %d: %w", ErrUnavailable, h.Slot, err)
	}
	code, _ := res[0].(int64)
	switch {
	case code < 0:
		l.m.fenced.Inc()
		l.forget(h)
		return Record{}, fmt.Errorf("%w: slot %d token %d", ErrFenced, h.Slot, h.Token)
	case code == 0 && len(res) == 2:
		s, _ := res[1].(string)
		prev, err := decodeRecord([]byte(s))
		if err != nil {
			return Record{}, fmt.Errorf("slot %d: earlier holder's record: %w", h.Slot, err)
		}
		l.m.resent.Inc()
		return prev, nil
	}
	return rec, nil
}

// Release gives slot's lease up before it lapses, when its holder sends nothing: a follower
// may send instead.
func (l *Lease) Release(ctx context.Context, h Hold) error {
	l.forget(h)
	if err := releaseScript.Run(ctx, l.rdb, []string{l.key(h.Slot)}, h.value).Err(); err != nil {
		return fmt.Errorf("%w: release slot %d: %w", ErrUnavailable, h.Slot, err)
	}
	return nil
}

// keepRecord is how long a slot's record outlives now: past the slot's last send by a few
// TTLs, so a takeover in the slot's last moment still finds it.
func (l *Lease) keepRecord(slot uint64) time.Duration {
	l.mu.Lock()
	until := l.held[slot].until
	l.mu.Unlock()
	return max(until.Sub(l.clk.Now()), 0) + 4*l.cfg.TTL
}

func (l *Lease) forget(h Hold) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if cur, ok := l.held[h.Slot]; ok && cur.h.Token == h.Token {
		delete(l.held, h.Slot)
	}
}
