package feed

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/mux"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/httpserver"
	"github.com/syncboost/syncboost/transport/sse"
)

// Sentinel errors of the server.
var (
	ErrConfig      = errors.New("feed: invalid config")
	ErrNilClock    = errors.New("feed: clock is nil")
	ErrNilRegistry = errors.New("feed: metrics registry is nil")
	ErrNilHead     = errors.New("feed: head source is nil")
	ErrNilSlots    = errors.New("feed: slot clock is nil")
	ErrWrongChain  = errors.New("feed: message for another L2 chain")
	ErrClosed      = errors.New("feed: closed")
	ErrNoListener  = errors.New("feed: no listen address configured")
)

// ServerConfig configures the sequencer's end of the feed.
type ServerConfig struct {
	L2ChainID uint64
	// History is how many messages are kept for resuming streams (Last-Event-ID).
	History int
	// KeepAlive is the interval of keep-alive comments on idle streams.
	KeepAlive time.Duration
	// WriteTimeout drops a stream whose reader does not take a write in time.
	WriteTimeout time.Duration
	// Sidecars are the identity addresses (each sidecar's [identity] key) allowed to report
	// outcomes and to open signed streams. Anyone else is refused before being counted.
	Sidecars []common.Address
	// AuthMaxSkew bounds how far a signed request's timestamp may be from this server's
	// clock, either way.
	AuthMaxSkew time.Duration
	// MaxStreamsPerSidecar bounds one sidecar's open streams; a new one over it closes that
	// sidecar's oldest, so its own half-dead connections never lock it out.
	MaxStreamsPerSidecar int
	// MaxAnonymousStreams is a separate pool for unsigned streams (public followers); it
	// never counts against a sidecar. 0 refuses unsigned streams.
	MaxAnonymousStreams int
	// MaxOutcomeBytes bounds an outcome report's body.
	MaxOutcomeBytes int64
	// UnsignedOutcomes accepts outcome reports without a signature, from anyone (a private
	// network); the slot window and the per-slot bound still apply.
	UnsignedOutcomes bool
	// Slots maps the clock to L1 slots, for the outcome window (NewServer requires it).
	Slots *clock.SlotClock
	// OutcomePastSlots and OutcomeFutureSlots: outcomes are accepted for slots from
	// current-past to current+future, the current slot on this server's clock.
	OutcomePastSlots, OutcomeFutureSlots uint64
	// MaxOutcomesPerSlot bounds the distinct reports per (slot, sidecar); a repeat of one
	// already taken is answered but not delivered again.
	MaxOutcomesPerSlot int
	// OutcomeBuffer is the capacity of the Outcomes channel; when it is full
	// reports are refused with 503 and the sidecar retries.
	OutcomeBuffer int
	// HTTP is used by Start. Leave HTTP.Listen empty to mount Handler on your
	// own server instead (then call Close before shutting that server down).
	HTTP httpserver.Config
}

// DefaultServerConfig returns safe defaults for chain l2ChainID listening on listen: only
// signed streams and signed outcomes, from the Sidecars still to be listed, and a Slots
// still to be set.
func DefaultServerConfig(l2ChainID uint64, listen string) ServerConfig {
	return ServerConfig{
		L2ChainID: l2ChainID, History: 64, KeepAlive: 15 * time.Second, WriteTimeout: 5 * time.Second,
		AuthMaxSkew: 30 * time.Second, MaxStreamsPerSidecar: 4, MaxOutcomeBytes: 16 << 10, OutcomeBuffer: 256,
		OutcomePastSlots: 64, OutcomeFutureSlots: 1, MaxOutcomesPerSlot: 4,
		HTTP: httpserver.Config{
			Listen: listen, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
			WriteTimeout: 10 * time.Second, IdleTimeout: 60 * time.Second, MaxHeaderBytes: 16 << 10, MaxBodyBytes: 16 << 10,
		},
	}
}

// Check validates the configuration.
func (c ServerConfig) Check() error {
	var errs []error
	positive := func(name string, ok bool) {
		if !ok {
			errs = append(errs, fmt.Errorf("%w: %s must be positive", ErrConfig, name))
		}
	}
	positive("l2_chain_id", c.L2ChainID > 0)
	positive("history", c.History > 0)
	positive("keep_alive", c.KeepAlive > 0)
	positive("write_timeout", c.WriteTimeout > 0)
	positive("auth_max_skew", c.AuthMaxSkew > 0)
	positive("max_streams_per_sidecar", c.MaxStreamsPerSidecar > 0)
	positive("max_outcome_bytes", c.MaxOutcomeBytes > 0)
	positive("outcome_buffer", c.OutcomeBuffer > 0)
	positive("outcome_past_slots", c.OutcomePastSlots > 0)
	positive("max_outcomes_per_slot", c.MaxOutcomesPerSlot > 0)
	if c.MaxAnonymousStreams < 0 {
		errs = append(errs, fmt.Errorf("%w: max_anonymous_streams must not be negative", ErrConfig))
	}
	errs = append(errs, checkSidecars(c.Sidecars))
	if c.HTTP.Listen != "" {
		if err := c.HTTP.Check(); err != nil {
			errs = append(errs, fmt.Errorf("%w: http: %w", ErrConfig, err))
		}
	}
	return errors.Join(errs...)
}

func checkSidecars(sidecars []common.Address) error {
	seen := map[common.Address]bool{}
	for i, a := range sidecars {
		switch {
		case a == (common.Address{}):
			return fmt.Errorf("%w: sidecars[%d]: zero address", ErrConfig, i)
		case seen[a]:
			return fmt.Errorf("%w: sidecars[%d]: %s listed twice", ErrConfig, i, a.Hex())
		}
		seen[a] = true
	}
	return nil
}

type published struct {
	id    string
	msg   *bundle.SignedSlotEnding
	frame []byte // the encoded SSE event
}

// Server is the sequencer's end of the feed.
type Server struct {
	cfg      ServerConfig
	clk      clock.Clock
	log      zerolog.Logger
	m        *serverMetrics
	outcomes chan Outcome
	auth     *authenticator
	gate     *outcomeGate

	mu      sync.Mutex
	history []published
	subs    map[*stream]struct{}
	bySide  map[common.Address][]*stream // signed streams per sidecar, oldest first
	anon    int                          // unsigned streams open
	closed  bool
	http    *httpserver.Server
}

// NewServer returns a feed server for one L2 chain.
func NewServer(cfg ServerConfig, clk clock.Clock, log zerolog.Logger, reg *prometheus.Registry) (*Server, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	switch {
	case clk == nil:
		return nil, ErrNilClock
	case reg == nil:
		return nil, ErrNilRegistry
	case cfg.Slots == nil:
		return nil, fmt.Errorf("%w: ServerConfig.Slots, for the outcome window", ErrNilSlots)
	}
	m, err := newServerMetrics(reg)
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg: cfg, clk: clk, log: log.With().Str("component", "feed_server").Logger(), m: m,
		outcomes: make(chan Outcome, cfg.OutcomeBuffer), subs: map[*stream]struct{}{},
		auth: newAuthenticator(cfg.Sidecars, cfg.AuthMaxSkew), bySide: map[common.Address][]*stream{},
		gate: newOutcomeGate(cfg.OutcomePastSlots, cfg.OutcomeFutureSlots, cfg.MaxOutcomesPerSlot),
	}
	if len(cfg.Sidecars) == 0 {
		s.log.Warn().Msg("no sidecars allowed: signed streams and outcome reports are refused")
	}
	return s, nil
}

// Handler serves the feed's three endpoints.
func (s *Server) Handler() http.Handler {
	r := mux.NewRouter()
	r.HandleFunc(PathStream, s.handleStream).Methods(http.MethodGet)
	r.HandleFunc(PathLatest, s.handleLatest).Methods(http.MethodGet)
	r.HandleFunc(PathOutcome, s.handleOutcome).Methods(http.MethodPost)
	return r
}

// Outcomes delivers the outcomes sidecars report, one per accepted POST.
func (s *Server) Outcomes() <-chan Outcome { return s.outcomes }

// Publish sends a certified slot-ending message to every stream and keeps it
// for resuming ones. The sequencer signs; the server does not re-check.
func (s *Server) Publish(m *bundle.SignedSlotEnding) error {
	if m.L2ChainID != s.cfg.L2ChainID {
		return fmt.Errorf("%w: %d, serving %d", ErrWrongChain, m.L2ChainID, s.cfg.L2ChainID)
	}
	data, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("feed: encode message: %w", err)
	}
	id := EventID(m.L2ChainID, m.L2BlockNumber)
	frame, err := sse.Encode(sse.Event{Type: EventSlotEnding, ID: id, Data: data})
	if err != nil {
		return fmt.Errorf("feed: encode event: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	s.history = append(s.history, published{id: id, msg: m, frame: frame})
	if over := len(s.history) - s.cfg.History; over > 0 {
		s.history = append(s.history[:0:0], s.history[over:]...)
	}
	for sub := range s.subs {
		select {
		case sub.frames <- frame:
		default: // too slow: drop it; it resumes from its Last-Event-ID
			s.m.dropped.Inc()
			sub.close()
		}
	}
	s.m.published.Inc()
	return nil
}

// Latest returns the last published message.
func (s *Server) Latest() (*bundle.SignedSlotEnding, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.history) == 0 {
		return nil, false
	}
	return s.history[len(s.history)-1].msg, true
}

// Close ends every stream and refuses new ones and new messages. Call it
// before shutting down the HTTP server: open streams never go idle.
func (s *Server) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	for sub := range s.subs {
		sub.close()
	}
}

// Start serves Handler on cfg.HTTP.Listen.
func (s *Server) Start(ctx context.Context) error {
	if s.cfg.HTTP.Listen == "" {
		return ErrNoListener
	}
	srv, err := httpserver.New(s.cfg.HTTP, s.Handler(), s.log)
	if err != nil {
		return err
	}
	if err := srv.Start(ctx); err != nil {
		return err
	}
	s.mu.Lock()
	s.http = srv
	s.mu.Unlock()
	return nil
}

// Fatal reports the listener started by Start dying (lifecycle.Failer);
// nil before Start, or when Handler is mounted elsewhere.
func (s *Server) Fatal() <-chan error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.http == nil {
		return nil
	}
	return s.http.Fatal()
}

// Addr returns the bound address after Start.
func (s *Server) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.http == nil {
		return nil
	}
	return s.http.Addr()
}

// URL returns the base URL after Start.
func (s *Server) URL() string {
	if a := s.Addr(); a != nil {
		return "http://" + a.String()
	}
	return ""
}

// Stop closes the feed and then the HTTP server started by Start.
func (s *Server) Stop(ctx context.Context) error {
	s.Close()
	s.mu.Lock()
	srv := s.http
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	return srv.Stop(ctx)
}

func respondJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func respondError(w http.ResponseWriter, code int, msg string) {
	respondJSON(w, code, map[string]string{"error": msg})
}

func (s *Server) handleLatest(w http.ResponseWriter, _ *http.Request) {
	m, ok := s.Latest()
	if !ok {
		respondError(w, http.StatusNotFound, "no slot-ending message published yet")
		return
	}
	respondJSON(w, http.StatusOK, m)
}
