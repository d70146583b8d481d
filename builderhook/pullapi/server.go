package pullapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/mux"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"github.com/syncboost/syncboost/builderhook/jwtauth"
	"github.com/syncboost/syncboost/builderhook/pullstore"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/httpserver"
)

// Errors of construction.
var (
	ErrConfig        = errors.New("pullapi: bad config")
	ErrNilDependency = errors.New("pullapi: nil dependency")
)

// Store is what the server reads; *pullstore.Store implements it.
type Store interface {
	Bundles(ctx context.Context, slot uint64, parent common.Hash) ([]bundle.AtomicBundle, error)
	Epoch() string
	Since(seq uint64) (events []pullstore.Event, ok bool, changed <-chan struct{})
	Snapshot() (adds []pullstore.Event, seq uint64, changed <-chan struct{})
}

// SealedRecorder keeps builders' sealed-block reports next to the inclusion tracker's view.
type SealedRecorder interface {
	RecordSealed(ctx context.Context, r SealedReport) error
}

// Config of the builder API listener.
type Config struct {
	HTTP   httpserver.Config
	Secret [32]byte // shared with the builder, as the Engine API's JWT secret
	// KeepAlive is the interval of comment lines on idle streams.
	KeepAlive time.Duration
	// StreamWriteTimeout bounds each write to a stream client; a client that does not read
	// is cut off.
	StreamWriteTimeout time.Duration
	// MaxStreams bounds concurrent stream clients.
	MaxStreams int
}

// DefaultConfig is the listener on listen with limits suited to one co-located builder:
// requests bounded at 5 s and 1 MiB, keep-alives every 15 s, at most 8 stream clients.
func DefaultConfig(listen string, secret [32]byte) Config {
	return Config{
		HTTP: httpserver.Config{
			Listen: listen, ReadHeaderTimeout: 2 * time.Second, ReadTimeout: 5 * time.Second,
			WriteTimeout: 5 * time.Second, IdleTimeout: time.Minute, MaxHeaderBytes: 16 << 10, MaxBodyBytes: 1 << 20,
		},
		Secret: secret, KeepAlive: 15 * time.Second, StreamWriteTimeout: 5 * time.Second, MaxStreams: 8,
	}
}

// Check validates the listener and the stream bounds.
func (c Config) Check() error {
	var errs []error
	if err := c.HTTP.Check(); err != nil {
		errs = append(errs, err)
	}
	if err := jwtauth.CheckSecret(c.Secret); err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrConfig, err))
	}
	if c.KeepAlive <= 0 {
		errs = append(errs, fmt.Errorf("%w: keep_alive must be > 0", ErrConfig))
	}
	if c.StreamWriteTimeout <= 0 {
		errs = append(errs, fmt.Errorf("%w: stream_write_timeout must be > 0", ErrConfig))
	}
	if c.MaxStreams <= 0 {
		errs = append(errs, fmt.Errorf("%w: max_streams must be > 0", ErrConfig))
	}
	return errors.Join(errs...)
}

// Deps are the server's collaborators; all are required.
type Deps struct {
	Store    Store
	Recorder SealedRecorder
	Clock    clock.Clock
	Registry *prometheus.Registry
	Log      zerolog.Logger
}

// Server is the builder API: a lifecycle component with Start and Stop.
type Server struct {
	cfg     Config
	deps    Deps
	log     zerolog.Logger
	metrics *metrics
	streams chan struct{} // one token per stream client
	http    *httpserver.Server

	quitOnce sync.Once
	quit     chan struct{} // closed by Stop: ends every stream
}

// New builds the server; it listens from Start.
func New(cfg Config, deps Deps) (*Server, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if deps.Store == nil || deps.Recorder == nil || deps.Clock == nil || deps.Registry == nil {
		return nil, ErrNilDependency
	}
	m, err := newMetrics(deps.Registry)
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg: cfg, deps: deps, metrics: m,
		log:     deps.Log.With().Str("component", "builderapi").Logger(),
		streams: make(chan struct{}, cfg.MaxStreams),
		quit:    make(chan struct{}),
	}
	s.http, err = httpserver.New(cfg.HTTP, s.Handler(), s.log)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Handler is the routed, authenticated API, for tests and for mounting elsewhere.
func (s *Server) Handler() http.Handler {
	r := mux.NewRouter()
	r.Handle(PathBundles, s.instrument("bundles", s.handleBundles)).Methods(http.MethodGet)
	r.Handle(PathStream, s.instrument("stream", s.handleStream)).Methods(http.MethodGet)
	r.Handle(PathSealed, s.instrument("sealed", s.handleSealed)).Methods(http.MethodPost)
	return recoverer(s.log, jwtauth.Middleware(s.cfg.Secret, s.deps.Clock.Now, r))
}

// Start binds the listener.
func (s *Server) Start(ctx context.Context) error { return s.http.Start(ctx) }

// Stop ends every stream, then drains the other requests until ctx ends.
func (s *Server) Stop(ctx context.Context) error {
	s.quitOnce.Do(func() { close(s.quit) })
	return s.http.Stop(ctx)
}

// Fatal reports the listener dying after Start (lifecycle.Failer).
func (s *Server) Fatal() <-chan error { return s.http.Fatal() }

// URL is the listener's base URL ("" before Start).
func (s *Server) URL() string { return s.http.URL() }

func (s *Server) handleBundles(w http.ResponseWriter, r *http.Request) int {
	vars := mux.Vars(r)
	slot, err := strconv.ParseUint(vars["slot"], 10, 64)
	if err != nil {
		return respondError(w, http.StatusBadRequest, "slot: not a uint64")
	}
	parent := common.HexToHash(vars["parent_hash"])
	bundles, err := s.deps.Store.Bundles(r.Context(), slot, parent)
	if err != nil {
		s.log.Error().Err(err).Uint64("slot", slot).Msg("read bundles")
		return respondError(w, http.StatusInternalServerError, "bundles unavailable")
	}
	if len(bundles) == 0 {
		w.WriteHeader(http.StatusNoContent)
		return http.StatusNoContent
	}
	return respondJSON(w, http.StatusOK, bundles)
}

func (s *Server) handleSealed(w http.ResponseWriter, r *http.Request) int {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return respondError(w, http.StatusRequestEntityTooLarge, "body too large")
		}
		return respondError(w, http.StatusBadRequest, "body unreadable")
	}
	report, err := DecodeSealedReport(body)
	if err != nil {
		return respondError(w, http.StatusBadRequest, err.Error())
	}
	if err := s.deps.Recorder.RecordSealed(r.Context(), *report); err != nil {
		s.log.Error().Err(err).Uint64("slot", report.Slot).Msg("record sealed block")
		return respondError(w, http.StatusInternalServerError, "not recorded")
	}
	s.log.Info().Uint64("slot", report.Slot).Str("block_hash", report.BlockHash.Hex()).
		Bool("included", report.Included).Msg("builder sealed a block")
	w.WriteHeader(http.StatusNoContent)
	return http.StatusNoContent
}

func respondJSON(w http.ResponseWriter, code int, v any) int {
	data, err := json.Marshal(v)
	if err != nil {
		return respondError(w, http.StatusInternalServerError, "encode response")
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_, _ = w.Write(data)
	return code
}

func respondError(w http.ResponseWriter, code int, msg string) int {
	return respondJSON(w, code, map[string]any{"code": code, "message": msg})
}

func recoverer(log zerolog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler { //nolint:errorlint // sentinel panic value
					panic(v)
				}
				log.Error().Interface("panic", v).Str("path", r.URL.Path).Msg("handler panicked")
				respondError(w, http.StatusInternalServerError, "internal error")
			}
		}()
		next.ServeHTTP(w, r)
	})
}
