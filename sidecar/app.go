// Package sidecar wires a checked configuration into the running sidecar: the journal and bundle
// pool, the L1 head tracker, the searcher API, the per-slot pipeline with its simulators,
// prover, signer and relay clients, the inclusion tracker, the builder hook and the metrics
// listener. `syncboost run` and the devnet both use it, so the devnet runs the sidecar exactly
// as an operator does.
package sidecar

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/builderhook/pullstore"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/config"
	"github.com/syncboost/syncboost/sidecar/internal/accounts"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/committee"
	"github.com/syncboost/syncboost/sidecar/internal/journal"
	"github.com/syncboost/syncboost/sidecar/internal/l1signer"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/redispool"
	"github.com/syncboost/syncboost/sidecar/internal/reputation"
	"github.com/syncboost/syncboost/sidecar/internal/searcherapi"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
	"github.com/syncboost/syncboost/sidecar/internal/status"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
	"github.com/syncboost/syncboost/sidecar/obs"
)

// Deps are what the caller provides: the logger, the metrics registry and the clock.
type Deps struct {
	Log      zerolog.Logger
	Registry *prometheus.Registry
	Clock    clock.Clock
}

// App is the wired sidecar. Its components are on the supervisor in start order.
type App struct {
	Searcher *searcherapi.Server
	Pool     pool.Pool // pool.Memory with its journal, or the Redis pool replicas share
	// Bundles is the pool the pipeline and the inclusion tracker record statuses through: it
	// feeds Reputation, whose Standing orders the pipeline's simulations.
	Bundles    *reputation.Pool
	Reputation *reputation.Reputation
	Beacon     *beacon.Tracker
	Metrics    interface{ URL() string }
	loop       *slotLoop
	close      func()
}

// SentFor returns what the sidecar sent for slot, one per L1 parent, as the tracker holds it
// (nil before the slot loop started).
func (a *App) SentFor(slot uint64) []*slots.Sent {
	if p := a.loop.get(); p != nil {
		return p.tracker.SentFor(slot)
	}
	return nil
}

// VoidFor returns the variants sent for a settled slot whose parent the slot's block did not
// build on (ePBS): void, not failed.
func (a *App) VoidFor(slot uint64) []*slots.Sent {
	if p := a.loop.get(); p != nil {
		return p.tracker.VoidFor(slot)
	}
	return nil
}

// SkipReason returns why the sidecar skipped slot, if it did.
func (a *App) SkipReason(slot uint64) (string, bool) {
	if p := a.loop.get(); p != nil {
		return p.tracker.SkipReason(slot)
	}
	return "", false
}

// Close releases what Build opened (the journal, the RPC clients) when the supervisor was
// never started; a started supervisor's Stop releases them itself.
func (a *App) Close() { a.close() }

// Build opens the journal (restoring the pool from it), dials nothing yet, and adds every
// component to sup in start order; Stop runs in reverse. On error, whatever was opened is closed.
func Build(cfg *config.Config, d Deps, sup *lifecycle.Supervisor) (a *App, err error) {
	if d.Registry == nil || d.Clock == nil {
		return nil, errors.New("app: registry and clock are required")
	}
	// config check's own check: start refuses nothing that check passes, and says it the same way.
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	b := &builder{cfg: cfg, d: d, sup: sup, app: &App{}}
	b.app.close = b.closeAll
	defer func() {
		if err != nil {
			b.closeAll()
		}
	}()
	steps := []func() error{b.store, b.clients, b.beacon, b.statusBook, b.slots, b.searcher, b.builderHook, b.metrics}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return b.app, nil
}

type builder struct {
	cfg     *config.Config
	d       Deps
	sup     *lifecycle.Supervisor
	app     *App
	journal *journal.Journal
	l1rpc   *rpc.Client
	l2rpc   *rpc.Client
	l1, l2  *ethclient.Client
	signer  *l1signer.Signer
	pull    *pullstore.Store
	// committee certifies slot-ending messages and batches when sequencer.certificate is
	// "committee": sequencer.committee_file at start, then the committee on L1 as it rotates;
	// nil for ECDSA.
	committee *committee.Follower
	// status is what the status page shows of the last slots and the bundle endpoints.
	status  *status.Book
	closers []func()
}

func (b *builder) closeAll() {
	for i := len(b.closers) - 1; i >= 0; i-- {
		b.closers[i]()
	}
}

// store opens the journal and restores the pool from it; bundles whose slot passed while the
// sidecar was down expire at the slot loop's first prune. With [pool] backend = "redis" the
// pool is the one every replica shares on Redis instead, and there is no journal.
func (b *builder) store() error {
	sa := b.cfg.SearcherAPI
	rc := reputation.DefaultConfig(sa.MaxBundlesPerIdentityPerSlot)
	rc.FreshPerSlot = sa.FreshBundlesPerSlot
	rep, err := reputation.New(rc, b.d.Clock.Now, b.d.Registry)
	if err != nil {
		return fmt.Errorf("reputation: %w", err)
	}
	b.app.Reputation = rep
	pc := pool.Config{MaxLive: sa.MaxPooledBundles, MaxPerSignerSlot: sa.MaxBundlesPerIdentityPerSlot,
		MaxPerSlot: sa.MaxBundlesPerSlot, ReservedPerSlot: sa.ReservedBundlesPerSlot,
		Retention: b.cfg.Journal.Retention, MaxFinished: b.cfg.Journal.MaxFinished,
		MaxFinishedPerIdentity: b.cfg.Journal.MaxFinishedPerIdentity, MaxWatchers: sa.MaxWatchers}
	if b.cfg.Pool.Backend == config.PoolRedis {
		return b.redisStore(pc, rep)
	}
	j, err := journal.Open(journal.Config{Dir: b.cfg.Journal.Dir, GroupWindow: journal.DefaultGroupWindow}, b.d.Log, b.d.Registry)
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	b.journal = j
	b.closers = append(b.closers, func() { _ = j.Close() })
	p, err := pool.New(pc, pool.Deps{Journal: j, Now: b.d.Clock.Now, Registry: b.d.Registry, Quotas: rep})
	if err != nil {
		return fmt.Errorf("pool: %w", err)
	}
	if b.app.Bundles, err = reputation.Feed(p, rep); err != nil {
		return fmt.Errorf("pool: %w", err)
	}
	entries, err := j.Load(context.Background())
	if err != nil {
		return fmt.Errorf("journal load: %w", err)
	}
	if err := p.Restore(entries); err != nil {
		return fmt.Errorf("pool restore: %w", err)
	}
	b.app.Pool = p
	b.d.Log.Info().Int("bundles", len(entries)).Msg("bundle pool restored from the journal")
	return b.sup.Add("journal", closer(func() error { return j.Close() }))
}

// redisStore connects to the pool shared on Redis; Build fails when Redis does not answer or
// could lose an acknowledged bundle (see redispool.New).
func (b *builder) redisStore(pc pool.Config, rep *reputation.Reputation) error {
	ctx, cancel := context.WithTimeout(context.Background(), redisConnectTimeout)
	defer cancel()
	p, err := redispool.New(ctx, redispool.Config{Config: pc, URL: b.cfg.Pool.RedisURL.Value(), Prefix: b.cfg.Pool.RedisPrefix},
		redispool.Deps{Log: b.d.Log, Registry: b.d.Registry, Now: b.d.Clock.Now, Quotas: rep})
	if err != nil {
		return fmt.Errorf("pool: %w", err)
	}
	b.closers = append(b.closers, func() { _ = p.Close() })
	if b.app.Bundles, err = reputation.Feed(p, rep); err != nil {
		return fmt.Errorf("pool: %w", err)
	}
	b.app.Pool = p
	return b.sup.Add("redis-pool", closer(p.Close))
}

// redisConnectTimeout bounds the first connection to Redis at start.
const redisConnectTimeout = 10 * time.Second

// clients creates the L1 and L2 JSON-RPC clients (HTTP dials lazily) and the L1 signer.
func (b *builder) clients() error {
	var err error
	if b.l1rpc, err = rpc.DialOptions(context.Background(), b.cfg.L1.RPCURL); err != nil {
		return fmt.Errorf("l1 rpc: %w", err)
	}
	b.closers = append(b.closers, b.l1rpc.Close)
	if b.l2rpc, err = rpc.DialOptions(context.Background(), b.cfg.L2.RPCURL); err != nil {
		return fmt.Errorf("l2 rpc: %w", err)
	}
	b.closers = append(b.closers, b.l2rpc.Close)
	b.l1, b.l2 = ethclient.NewClient(b.l1rpc), ethclient.NewClient(b.l2rpc)
	key, err := b.cfg.L1.Key.PrivateKey()
	if err != nil {
		return fmt.Errorf("l1.key: %w", err)
	}
	b.signer, err = l1signer.New(l1signer.Config{ChainID: new(big.Int).SetUint64(b.cfg.L1.ChainID), Tip: new(big.Int).SetUint64(b.cfg.Pipeline.PriorityFeeWei)},
		l1signer.Deps{Key: key, Nonces: b.l1, Fees: b.l1, Log: b.d.Log})
	if err != nil {
		return fmt.Errorf("l1 signer: %w", err)
	}
	return b.sup.Add("rpc-clients", closer(func() error { b.l1rpc.Close(); b.l2rpc.Close(); return nil }))
}

func (b *builder) beacon() error {
	bc := beacon.DefaultConfig(b.cfg.Beacon.URL)
	bc.Profile, bc.RequestTimeout = b.cfg.Deadlines.Schedule().Profile, b.cfg.Beacon.Timeout
	bc.SilenceSlots = b.cfg.Beacon.SilenceSlots
	t, err := beacon.New(bc, b.l1, b.d.Clock, b.d.Log, b.d.Registry)
	if err != nil {
		return fmt.Errorf("beacon: %w", err)
	}
	b.app.Beacon = t
	return b.sup.Add("beacon", t)
}

func (b *builder) searcher() error {
	sc := searcherapi.Config{HTTP: b.cfg.SearcherAPI.Server(), L1ChainID: b.cfg.L1.ChainID, L2ChainIDs: []uint64{b.cfg.L2.ChainID},
		Limits: b.cfg.Limits.Bundle(), RatePerSecond: b.cfg.SearcherAPI.RatePerSecond, RateBurst: b.cfg.SearcherAPI.RateBurst,
		MaxBatch: searcherapi.DefaultMaxBatch, MaxSlotsAhead: 64, KeepAlive: 15 * time.Second,
		ReplayWindow: searcherapi.DefaultReplayWindow, MaxSeenRequests: searcherapi.DefaultMaxSeenRequests,
		MaxUnverifiedBodies: b.cfg.SearcherAPI.MaxUnverifiedBodies, MaxUnverifiedPerIP: b.cfg.SearcherAPI.MaxUnverifiedPerIP,
		MaxStreamsPerIdentity: b.cfg.SearcherAPI.MaxStreamsPerIdentity,
		MaxStreams:            b.cfg.SearcherAPI.MaxStreams, MaxWatchers: b.cfg.SearcherAPI.MaxWatchers, Inbox: b.cfg.Inbox.ContractAddress(),
		Submitter: b.signer.Address(), RatePerIP: b.cfg.SearcherAPI.RatePerIP, RateBurstPerIP: b.cfg.SearcherAPI.RateBurstPerIP,
		Calls: callLimits(b.cfg.SearcherAPI), L1ReadTimeout: searcherapi.DefaultL1ReadTimeout}
	nonces, err := accounts.NewNonces(b.l1)
	if err != nil {
		return fmt.Errorf("searcher api: %w", err)
	}
	payers, err := accounts.NewSenders(b.l1)
	if err != nil {
		return fmt.Errorf("searcher api: %w", err)
	}
	slots := nextSlot{beacon: b.app.Beacon, clock: b.d.Clock}
	s, err := searcherapi.New(sc, searcherapi.Deps{Pool: b.app.Pool, Slots: slots, SlotTimes: slots, Nonces: nonces,
		Payers: payers, Standing: b.app.Reputation,
		Sim: callBundle{b.app.loop}, Log: b.d.Log, Registry: b.d.Registry, Now: b.d.Clock.Now})
	if err != nil {
		return fmt.Errorf("searcher api: %w", err)
	}
	b.app.Searcher = s
	return b.sup.Add("searcher-api", s)
}

// callLimits are based_callBundle's budgets from the searcher_api section: bursts of two
// seconds' worth per identity, one second's for the shared budgets.
func callLimits(sa config.SearcherAPI) searcherapi.CallLimits {
	burst := func(r float64) int { return max(1, int(math.Ceil(r))) }
	return searcherapi.CallLimits{PerIdentity: sa.CallRatePerIdentity, PerIdentityBurst: burst(2 * sa.CallRatePerIdentity),
		Fresh: sa.CallRateFresh, FreshBurst: burst(sa.CallRateFresh), Total: sa.CallRateTotal, TotalBurst: burst(sa.CallRateTotal),
		RetryAfter: searcherapi.DefaultCallLimits.RetryAfter}
}

// statusBook is fed by the tracker, the driver and the relay fan-out, and read by the status page.
func (b *builder) statusBook() error {
	var eps []status.EndpointConfig
	for _, r := range b.cfg.Relays {
		if r.ReceivesBundles() {
			eps = append(eps, status.EndpointConfig{Name: r.Name, URL: r.URL})
		}
	}
	var err error
	b.status, err = status.New(status.Config{Slots: status.DefaultSlots, Endpoints: eps})
	return err
}

// metrics is added last, so /readyz is ready only once everything before it started. The
// status page is served there too: read-only, and redacted of URL credentials.
func (b *builder) metrics() error {
	page, err := status.NewPage(b.status, b.readiness, b.d.Clock.Now)
	if err != nil {
		return err
	}
	routes := []obs.Route{{Pattern: "GET " + status.PathHTML, Handler: http.HandlerFunc(page.ServeHTML)},
		{Pattern: "GET " + status.PathJSON, Handler: http.HandlerFunc(page.ServeJSON)}}
	s, err := obs.NewServer(b.cfg.Metrics.Listen, b.d.Registry, b.sup.Ready, b.d.Log, routes...)
	if err != nil {
		return fmt.Errorf("metrics listener: %w", err)
	}
	b.app.Metrics = s
	return b.sup.Add("metrics", s)
}

// readiness is each component's readiness for the status page.
func (b *builder) readiness() []status.Part {
	var parts []status.Part
	for _, r := range b.sup.Readiness() {
		p := status.Part{Name: r.Name, Ready: r.Err == nil}
		if r.Err != nil {
			p.Reason = r.Err.Error()
		}
		parts = append(parts, p)
	}
	return parts
}

// closer is a component that only has something to release at stop.
type closer func() error

func (c closer) Start(context.Context) error { return nil }
func (c closer) Stop(context.Context) error  { return c() }
