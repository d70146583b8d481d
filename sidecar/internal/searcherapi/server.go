// Package searcherapi is the searchers' way in: JSON-RPC 2.0 over HTTP POST / (single and
// batch), authenticated per request by X-Flashbots-Signature, with based_sendBundle,
// based_cancelBundle, based_getBundleStatus and based_callBundle, and a Server-Sent Events
// stream of one bundle's status at GET /v1/bundles/{hash}/events.
package searcherapi

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/mux"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/transport/httpserver"
)

// Sentinel errors of construction.
var (
	ErrConfig = errors.New("invalid searcher api config")
	ErrNilDep = errors.New("searcher api: missing dependency")
)

// Paths.
const (
	PathRPC    = "/"
	PathEvents = "/v1/bundles/{hash:0x[0-9a-fA-F]{64}}/events"
)

// Pool is what the API needs from the bundle pool.
type Pool interface {
	Add(ctx context.Context, e *pool.Entry) (pool.AddResult, error)
	Cancel(ctx context.Context, identity common.Address, uuid string, maxNonce uint64, reason string) (*pool.Entry, error)
	Get(ctx context.Context, hash common.Hash) (*pool.Entry, error)
	Watch(ctx context.Context, hash common.Hash) (*pool.Entry, <-chan bundle.StatusChange, func(), error)
}

// SlotSource tells which L1 slot the sidecar builds for next; l1Slot 0 in a request means it.
type SlotSource interface {
	NextSlot() uint64
}

// Config is the listener, the chains served and the abuse limits. The per-signer slot cap and
// the global cap are the pool's (pool.Config).
type Config struct {
	HTTP       httpserver.Config
	L1ChainID  uint64
	L2ChainIDs []uint64
	// Inbox is the BasedInbox signed calls must name (they are bound to it). Zero: bundles
	// with preCalls or postCalls are refused (calls_not_accepted).
	Inbox common.Address
	// Submitter is the sidecar's L1 address, the one sender of submitBased its searchers' calls
	// allow; signed calls are bound to it.
	Submitter     common.Address
	Limits        bundle.Limits
	RatePerSecond float64 // JSON-RPC calls (and event streams) per signer
	RateBurst     int     // calls a signer may make at once
	// RatePerIP and RateBurstPerIP bound the calls from one remote IP address, all signers
	// together: a swarm of fresh keys behind one address shares one bucket.
	RatePerIP      float64
	RateBurstPerIP int
	Calls          CallLimits    // based_callBundle's simulations (budgets.go)
	L1ReadTimeout  time.Duration // bounds the reads of one bundle's L1 senders (payers.go)
	MaxBatch       int           // calls in one batch request (DefaultMaxBatch)
	MaxSlotsAhead  uint64        // how far past the next slot a bundle may target
	KeepAlive      time.Duration // comment line on idle event streams
	// ReplayWindow is how far a state-changing request's signedAt (and an event stream's)
	// may be from the sidecar's clock; request digests are remembered for twice as long.
	ReplayWindow    time.Duration
	MaxSeenRequests int // request digests remembered at once
	// MaxUnverifiedBodies bounds the request bodies being read before their signature is
	// checked; more are refused with 503, so strangers cannot make the API hold memory.
	MaxUnverifiedBodies int
	// MaxUnverifiedPerIP is the part of them one remote address may hold.
	MaxUnverifiedPerIP int
	// MaxStreamsPerIdentity and MaxStreams bound the open event streams of one identity (429
	// over it) and of all (503); MaxWatchers bounds the pool subscriptions behind them (503).
	MaxStreamsPerIdentity int
	MaxStreams            int
	MaxWatchers           int
}

// Check validates every field.
func (c Config) Check() error {
	errs := []error{c.HTTP.Check()}
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrConfig}, args...)...))
	}
	if c.L1ChainID == 0 {
		bad("l1 chain id is 0")
	}
	if len(c.L2ChainIDs) == 0 {
		bad("no l2 chain ids")
	}
	for _, id := range c.L2ChainIDs {
		if id == 0 || id == c.L1ChainID {
			bad("l2 chain id %d", id)
		}
	}
	l := c.Limits
	if l.MaxTxs <= 0 || l.MaxBytes <= 0 || l.MaxGasPerTx == 0 || l.MaxGasPerBundle == 0 || l.MaxAssertions < 0 {
		bad("limits must be > 0: %+v", l)
	}
	if c.RatePerSecond <= 0 || c.RateBurst <= 0 {
		bad("rate %v/s burst %d must be > 0", c.RatePerSecond, c.RateBurst)
	}
	if c.RatePerIP <= 0 || c.RateBurstPerIP <= 0 {
		bad("rate per ip %v/s burst %d must be > 0", c.RatePerIP, c.RateBurstPerIP)
	}
	if err := c.Calls.Check(); err != nil {
		errs = append(errs, err)
	}
	if c.L1ReadTimeout <= 0 {
		bad("l1 read timeout %s must be > 0", c.L1ReadTimeout)
	}
	if c.MaxBatch <= 0 {
		bad("max batch %d must be > 0", c.MaxBatch)
	}
	if c.KeepAlive <= 0 {
		bad("keep-alive %s must be > 0", c.KeepAlive)
	}
	if c.ReplayWindow <= 0 || c.MaxSeenRequests <= 0 {
		bad("replay window %s and max seen requests %d must be > 0", c.ReplayWindow, c.MaxSeenRequests)
	}
	if c.MaxUnverifiedBodies <= 0 || c.MaxUnverifiedPerIP <= 0 {
		bad("max unverified bodies %d and per ip %d must be > 0", c.MaxUnverifiedBodies, c.MaxUnverifiedPerIP)
	}
	if c.MaxStreamsPerIdentity <= 0 || c.MaxStreams < c.MaxStreamsPerIdentity || c.MaxWatchers < c.MaxStreams {
		bad("streams per identity %d, streams %d, watchers %d: want 0 < per identity <= streams <= watchers",
			c.MaxStreamsPerIdentity, c.MaxStreams, c.MaxWatchers)
	}
	return errors.Join(errs...)
}

// Simulator answers based_callBundle: every leg of one bundle simulated, nothing sent.
type Simulator interface {
	Call(ctx context.Context, b *bundle.CheckedBundle) (any, error)
}

// Deps are the server's collaborators. Now nil means time.Now; Registry nil means the
// metrics are not registered.
type Deps struct {
	Pool     Pool
	Slots    SlotSource
	Sim      Simulator // nil: based_callBundle answers "not available"
	Log      zerolog.Logger
	Registry *prometheus.Registry
	Now      func() time.Time
	// Nonces reads signed calls' accounts' nonces on L1, to refuse replayed calls at intake.
	// nil: not checked here (the simulation and the account contract still refuse them).
	Nonces CallNonces
	// SlotTimes dates a bundle's slot, so that a call expiring before its slot starts is
	// refused. nil: a call's deadline is checked against Now only.
	SlotTimes SlotTimes
	// Payers reads L1 senders' balances and nonces, to refuse L1 transactions their senders
	// cannot pay. nil: not checked here (the simulation still fails them).
	Payers Payers
	// Standing tells proven identities from fresh ones for based_callBundle's budgets. nil:
	// every identity is fresh.
	Standing Standings
}

// Server is the searcher API. It implements the lifecycle Start/Stop contract.
type Server struct {
	cfg       Config
	pool      Pool
	slots     SlotSource
	sim       Simulator
	nonces    CallNonces
	slotTimes SlotTimes
	log       zerolog.Logger
	now       func() time.Time
	m         *metrics
	limiter   *limiter[common.Address]
	repeats   *limiter[common.Address] // repeated reads and streams: replays of them cannot drain limiter
	perIP     *limiter[string]         // every call from one remote IP, whoever signed it
	calls     *callBudgets             // based_callBundle's simulations (budgets.go)
	valid     *validators              // based_sendBundle's validations (validators.go)
	payers    Payers
	standing  Standings
	seen      *seen
	// unverified, streams and watchers are the concurrency caps (caps.go).
	unverified *keyedCaps[string] // per remote address
	streams    *keyedCaps[common.Address]
	watchers   *gate
	started    atomic.Int64 // unix seconds of Start: older signedAt is refused (seen is not durable)
	l2         map[uint64]bool
	methods    map[string]method
	http       *httpserver.Server
	stopping   chan struct{}
}

// New builds the server; it binds nothing until Start.
func New(cfg Config, d Deps) (*Server, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if d.Pool == nil || d.Slots == nil {
		return nil, fmt.Errorf("%w: pool and slot source are required", ErrNilDep)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	m, err := newMetrics(d.Registry)
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg: cfg, pool: d.Pool, slots: d.Slots, sim: d.Sim, now: d.Now, m: m, nonces: d.Nonces, slotTimes: d.SlotTimes,
		log:        d.Log.With().Str("component", "searcherapi").Logger(),
		limiter:    newLimiter[common.Address](cfg.RatePerSecond, cfg.RateBurst),
		repeats:    newLimiter[common.Address](cfg.RatePerSecond, cfg.RateBurst),
		perIP:      newLimiter[string](cfg.RatePerIP, cfg.RateBurstPerIP),
		calls:      newCallBudgets(cfg.Calls),
		valid:      newValidators(),
		payers:     d.Payers,
		standing:   d.Standing,
		seen:       newSeen(cfg.MaxSeenRequests),
		unverified: newKeyedCaps[string](cfg.MaxUnverifiedPerIP, cfg.MaxUnverifiedBodies, reasonIPUnverified, reasonUnverifiedFull),
		streams:    newKeyedCaps[common.Address](cfg.MaxStreamsPerIdentity, cfg.MaxStreams, reasonIdentityStreams, reasonStreamsFull),
		watchers:   newGate(cfg.MaxWatchers),
		l2:         map[uint64]bool{},
		stopping:   make(chan struct{}),
	}
	for _, id := range cfg.L2ChainIDs {
		s.l2[id] = true
	}
	s.methods = s.methodTable()
	if s.http, err = httpserver.New(cfg.HTTP, s.Handler(), s.log); err != nil {
		return nil, err
	}
	return s, nil
}

// Handler returns the routes, for tests and for embedding.
func (s *Server) Handler() http.Handler {
	r := mux.NewRouter()
	r.HandleFunc(PathRPC, s.handleRPC).Methods(http.MethodPost)
	r.HandleFunc(PathEvents, s.handleEvents).Methods(http.MethodGet)
	return r
}

// Start binds the listener.
func (s *Server) Start(ctx context.Context) error {
	s.started.Store(s.now().Unix())
	return s.http.Start(ctx)
}

// Stop ends the event streams and drains the listener until ctx ends.
func (s *Server) Stop(ctx context.Context) error {
	select {
	case <-s.stopping:
	default:
		close(s.stopping)
	}
	return s.http.Stop(ctx)
}

// Fatal reports the listener dying after Start (lifecycle.Failer).
func (s *Server) Fatal() <-chan error { return s.http.Fatal() }

// Addr is the bound address; nil before Start.
func (s *Server) Addr() net.Addr { return s.http.Addr() }

// URL is "http://" plus the bound address.
func (s *Server) URL() string { return s.http.URL() }
