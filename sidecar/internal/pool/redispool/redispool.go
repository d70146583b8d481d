// Package redispool is a pool.Pool shared by several sidecar replicas through one Redis server:
// the same contract as pool.Memory with its journal (an acknowledged bundle is in Redis's
// fsynced AOF before Add returns; replacement, de-duplication, caps, status rules, watches,
// pruning), with every change one Lua script, so that replicas never see each other's changes
// half done. Watches follow the changes of every replica through Redis pub/sub.
package redispool

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/transport/urls"
)

// Sentinel errors besides pool's.
var (
	// ErrUnavailable (pool's): Redis did not answer. A change whose reply was lost may have
	// been made; an Add sent again is then a duplicate.
	ErrUnavailable = pool.ErrUnavailable
	// ErrDurability: the server does not make every write durable before it replies.
	ErrDurability = errors.New("redis is not configured for durable writes")
	ErrCorrupt    = errors.New("corrupt pool record")
	ErrNilDep     = errors.New("redispool: nil dependency")
)

// DefaultPrefix is the default key prefix.
const DefaultPrefix = "syncboost:pool:"

// Config is the pool's limits and where its Redis is.
type Config struct {
	pool.Config
	URL    string // redis:// or rediss:// URL, credentials allowed (never logged)
	Prefix string // key prefix; "" means DefaultPrefix. Replicas sharing a pool share it.
}

// Check validates the limits and the URL.
func (c Config) Check() error {
	return errors.Join(c.Config.Check(), urls.Check("redis_url", c.URL, "redis", "rediss"))
}

// Deps are the pool's collaborators. Now nil means time.Now; Quotas nil gives every signer
// MaxPerSignerSlot and the reserved part of each slot.
type Deps struct {
	Log      zerolog.Logger
	Registry *prometheus.Registry
	Now      func() time.Time
	Quotas   pool.Quotas
}

// Pool is the Redis-backed pool.Pool. Close releases it.
type Pool struct {
	cfg    Config
	rdb    *redis.Client
	sc     *scripts
	quotas pool.Quotas
	now    func() time.Time
	log    zerolog.Logger
	m      *metrics
	hub    *hub
	cache  *bundleCache

	psMu   sync.Mutex
	ps     *redis.PubSub // the listener's current subscription
	closed bool
	cancel context.CancelFunc
	done   chan struct{}
	once   sync.Once
}

var _ pool.Pool = (*Pool)(nil)

// New connects, checks that the server fsyncs every write before replying and never evicts,
// subscribes to the pool's changes and returns the pool.
func New(ctx context.Context, cfg Config, d Deps) (*Pool, error) {
	if d.Registry == nil {
		return nil, fmt.Errorf("%w: registry", ErrNilDep)
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Prefix == "" {
		cfg.Prefix = DefaultPrefix
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	opt, err := redis.ParseURL(cfg.URL)
	if err != nil {
		return nil, fmt.Errorf("%w: redis_url %s: %w", pool.ErrConfig, urls.Redact(cfg.URL), err)
	}
	sc, err := loadScripts()
	if err != nil {
		return nil, err
	}
	// A script whose reply was lost may have run: retrying it would record a change twice.
	// The caller gets ErrUnavailable instead (an Add sent again is a duplicate).
	opt.MaxRetries = -1
	p := &Pool{cfg: cfg, rdb: redis.NewClient(opt), sc: sc, quotas: d.Quotas, now: d.Now,
		log: d.Log.With().Str("component", "redispool").Logger(), done: make(chan struct{})}
	p.hub = newHub(cfg.MaxWatchers)
	p.cache = newBundleCache(cfg.MaxLive)
	if err := p.start(ctx, d.Registry); err != nil {
		_ = p.rdb.Close()
		return nil, err
	}
	p.log.Info().Str("redis", urls.Redact(cfg.URL)).Str("prefix", cfg.Prefix).Msg("shared bundle pool on redis")
	return p, nil
}

func (p *Pool) start(ctx context.Context, reg *prometheus.Registry) error {
	if err := p.checkServer(ctx); err != nil {
		return err
	}
	m, err := newMetrics(p, reg)
	if err != nil {
		return err
	}
	p.m = m
	ps := p.rdb.Subscribe(ctx, p.cfg.Prefix+"events")
	if _, err := ps.Receive(ctx); err != nil { // the confirmation: from now on no change is missed
		_ = ps.Close()
		return fmt.Errorf("%w: subscribe: %w", ErrUnavailable, err)
	}
	p.hub.setReady(true)
	p.ps = ps // before the listener starts: no lock needed yet
	lctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	go p.listen(lctx, ps)
	return nil
}

// checkServer refuses a server that could lose an acknowledged bundle: without appendonly yes
// and appendfsync always a reply can precede the fsync, and an evicting maxmemory-policy drops
// keys. A server that hides CONFIG (some managed services) is accepted with a warning.
func (p *Pool) checkServer(ctx context.Context) error {
	want := map[string]string{"appendonly": "yes", "appendfsync": "always", "maxmemory-policy": "noeviction"}
	for key, v := range want {
		got, err := p.rdb.ConfigGet(ctx, key).Result()
		if err != nil {
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || isNetErr(err) {
				return fmt.Errorf("%w: %w", ErrUnavailable, err)
			}
			p.log.Warn().Err(err).Str("setting", key).Msg("cannot read the redis setting; make sure it is " + v)
			continue
		}
		if got[key] != v {
			return fmt.Errorf("%w: %s is %q, want %q", ErrDurability, key, got[key], v)
		}
	}
	return nil
}

// Close stops following changes, ends every watch and closes the connections.
func (p *Pool) Close() error {
	var err error
	p.once.Do(func() {
		p.cancel()
		p.psMu.Lock()
		p.closed = true
		err = p.ps.Close() // unblocks the listener's read
		p.psMu.Unlock()
		<-p.done
		p.hub.setReady(false)
		err = errors.Join(err, p.rdb.Close())
	})
	return err
}

// Len returns the number of live bundles in the whole shared pool (0 when Redis does not answer).
func (p *Pool) Len() int {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	s, err := p.rdb.Get(ctx, p.cfg.Prefix+"live").Result()
	if errors.Is(err, redis.Nil) {
		return 0
	}
	if err != nil {
		p.log.Warn().Err(err).Msg("pool size unknown")
		return 0
	}
	n, _ := strconv.Atoi(s)
	return n
}
