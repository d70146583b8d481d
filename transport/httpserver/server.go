// Package httpserver runs an http.Handler as a lifecycle component: it binds
// in Start (port 0 picks a free port), sets every server timeout and header
// limit, caps request bodies, reports a serve loop that dies on Fatal, and
// drains in Stop until the context ends.
package httpserver

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/rs/zerolog"
)

// Sentinel errors.
var (
	ErrConfig     = errors.New("httpserver: invalid config")
	ErrNilHandler = errors.New("httpserver: nil handler")
	ErrStarted    = errors.New("httpserver: already started")
)

// Config is the listener and its limits. Every field must be set.
type Config struct {
	Listen            string // host:port; port 0 picks a free port
	ReadHeaderTimeout time.Duration
	ReadTimeout       time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	MaxHeaderBytes    int
	MaxBodyBytes      int64
}

// Check requires a listen address and positive timeouts and limits.
func (c Config) Check() error {
	var errs []error
	if c.Listen == "" {
		errs = append(errs, fmt.Errorf("%w: listen is empty", ErrConfig))
	}
	timeouts := []struct {
		name string
		d    time.Duration
	}{
		{"read_header_timeout", c.ReadHeaderTimeout}, {"read_timeout", c.ReadTimeout},
		{"write_timeout", c.WriteTimeout}, {"idle_timeout", c.IdleTimeout},
	}
	for _, t := range timeouts {
		if t.d <= 0 {
			errs = append(errs, fmt.Errorf("%w: %s must be > 0", ErrConfig, t.name))
		}
	}
	if c.MaxHeaderBytes <= 0 {
		errs = append(errs, fmt.Errorf("%w: max_header_bytes must be > 0", ErrConfig))
	}
	if c.MaxBodyBytes <= 0 {
		errs = append(errs, fmt.Errorf("%w: max_body_bytes must be > 0", ErrConfig))
	}
	return errors.Join(errs...)
}

// Server is one HTTP listener.
type Server struct {
	cfg   Config
	log   zerolog.Logger
	srv   *http.Server
	fatal chan error // the serve loop's error, if it dies before Stop
	mu    sync.Mutex
	ln    net.Listener
	addr  net.Addr
	done  chan struct{} // closed when Serve returns
}

// New returns a server for h; it does not bind until Start.
func New(cfg Config, h http.Handler, log zerolog.Logger) (*Server, error) {
	if h == nil {
		return nil, ErrNilHandler
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &Server{
		cfg:   cfg,
		log:   log,
		fatal: make(chan error, 1),
		srv: &http.Server{
			Handler:           limitBody(cfg.MaxBodyBytes, h),
			ReadHeaderTimeout: cfg.ReadHeaderTimeout,
			ReadTimeout:       cfg.ReadTimeout,
			WriteTimeout:      cfg.WriteTimeout,
			IdleTimeout:       cfg.IdleTimeout,
			MaxHeaderBytes:    cfg.MaxHeaderBytes,
		},
	}, nil
}

// Start binds the listener and serves in the background until Stop.
func (s *Server) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done != nil {
		return ErrStarted
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("httpserver: listen %s: %w", s.cfg.Listen, err)
	}
	s.ln, s.addr = ln, ln.Addr()
	s.done = make(chan struct{})
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			// The listener is gone: nothing reaches this server any more.
			s.log.Error().Err(err).Str("addr", ln.Addr().String()).Msg("http server stopped serving")
			s.fatal <- fmt.Errorf("httpserver: serve %s: %w", ln.Addr(), err)
		}
	}()
	s.log.Info().Str("addr", s.addr.String()).Msg("http server listening")
	return nil
}

// Fatal delivers the error that ended the serve loop before Stop, at most
// once (lifecycle.Failer): the server no longer accepts connections.
func (s *Server) Fatal() <-chan error { return s.fatal }

// Addr is the bound address; nil before Start.
func (s *Server) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addr
}

// URL is "http://" plus the bound address; "" before Start.
func (s *Server) URL() string {
	if a := s.Addr(); a != nil {
		return "http://" + a.String()
	}
	return ""
}

// Stop stops accepting connections and waits for in-flight requests until
// ctx ends; then it closes the remaining connections. It returns ctx's error
// when it had to force.
func (s *Server) Stop(ctx context.Context) error {
	s.mu.Lock()
	done := s.done
	s.mu.Unlock()
	if done == nil {
		return nil
	}
	err := s.srv.Shutdown(ctx)
	if err != nil {
		// Deadline reached with requests still running: cut them off.
		_ = s.srv.Close()
		err = fmt.Errorf("httpserver: drain %s: %w", s.addr, err)
	}
	<-done
	return err
}

// limitBody caps every request body at n bytes; reading past it fails with
// *http.MaxBytesError and the handler answers as it sees fit.
func limitBody(n int64, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > n {
			http.Error(w, fmt.Sprintf("request body exceeds %d bytes", n), http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, n)
		h.ServeHTTP(w, r)
	})
}
