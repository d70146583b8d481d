// Package lifecycle starts the sidecar's components in order, stops them in
// reverse, reports readiness, watches for a component's fatal failure, and
// turns termination signals into a graceful stop with a deadline.
package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/rs/zerolog"
)

// Component is a long-lived part of the service. Start returns once the
// component is serving (listeners bound, goroutines running); a Start that
// fails must release what it acquired itself. Stop ends the component's work
// and waits for its goroutines, giving up when ctx ends.
type Component interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Checker is implemented by components that can be started but not ready,
// e.g. a feed client that has not connected yet. Ready returns nil when the
// component can serve, else the reason; the supervisor's Ready names the
// component in front of it.
type Checker interface {
	Ready() error
}

// Failer is implemented by components that can fail after Start returned,
// e.g. a listener whose accept loop dies. The channel delivers at most one
// non-nil error; the supervisor watches it from the component's Start until
// Stop and treats that error as fatal to the whole service (Run stops every
// component and returns a *FatalError). A nil channel never fails.
type Failer interface {
	Fatal() <-chan error
}

// FatalError is the first fatal error a component reported.
type FatalError struct {
	Component string // the name the component was added under
	Err       error
}

func (e *FatalError) Error() string { return fmt.Sprintf("%s failed: %v", e.Component, e.Err) }

// Unwrap returns the component's error.
func (e *FatalError) Unwrap() error { return e.Err }

// Sentinel errors.
var (
	ErrNotReady = errors.New("not ready")
	ErrStarted  = errors.New("supervisor already started")
	ErrNil      = errors.New("nil component")
)

type entry struct {
	name string
	c    Component
}

// Supervisor owns an ordered list of components.
type Supervisor struct {
	log     zerolog.Logger
	mu      sync.Mutex
	entries []entry
	started int  // how many entries have started
	began   bool // Start was called
	running bool // all started and not stopping
	fatal   *FatalError

	failed   chan struct{} // closed on the first fatal error
	quit     chan struct{} // closed by Stop: ends the watchers
	quitOnce sync.Once
	watchers sync.WaitGroup // one per started Failer
}

// NewSupervisor returns an empty supervisor.
func NewSupervisor(log zerolog.Logger) *Supervisor {
	return &Supervisor{
		log:    log.With().Str("component", "lifecycle").Logger(),
		failed: make(chan struct{}),
		quit:   make(chan struct{}),
	}
}

// Add appends a component; components start in the order they are added.
func (s *Supervisor) Add(name string, c Component) error {
	if c == nil {
		return fmt.Errorf("%w: %s", ErrNil, name)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.began {
		return ErrStarted
	}
	s.entries = append(s.entries, entry{name: name, c: c})
	return nil
}

// Start starts every component in order. If one fails, the ones already
// started are stopped in reverse order (with ctx) and the error names the
// component that failed.
func (s *Supervisor) Start(ctx context.Context) error {
	s.mu.Lock()
	if s.began {
		s.mu.Unlock()
		return ErrStarted
	}
	s.began = true
	entries := s.entries
	s.mu.Unlock()

	for i, e := range entries {
		if err := e.c.Start(ctx); err != nil {
			err = fmt.Errorf("start %s: %w", e.name, err)
			s.log.Error().Err(err).Str("name", e.name).Msg("start failed; stopping the started components")
			return errors.Join(err, s.Stop(ctx))
		}
		s.mu.Lock()
		s.started = i + 1
		s.mu.Unlock()
		s.watch(e)
		s.log.Debug().Str("name", e.name).Msg("started")
	}
	s.mu.Lock()
	s.running = true
	s.mu.Unlock()
	return nil
}

// Stop stops the started components in reverse order. Every component gets
// its Stop even when an earlier one fails; the errors are joined.
func (s *Supervisor) Stop(ctx context.Context) error {
	// A component failing while it is being stopped is no news.
	s.quitOnce.Do(func() { close(s.quit) })
	s.watchers.Wait()
	s.mu.Lock()
	s.running = false
	started := s.entries[:s.started]
	s.started = 0
	s.mu.Unlock()

	var errs []error
	for i := len(started) - 1; i >= 0; i-- {
		e := started[i]
		if err := e.c.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop %s: %w", e.name, err))
			s.log.Error().Err(err).Str("name", e.name).Msg("stop failed")
			continue
		}
		s.log.Debug().Str("name", e.name).Msg("stopped")
	}
	return errors.Join(errs...)
}

// Ready returns nil when every component has started, none is stopping or
// has failed, and every Checker reports ready; otherwise an error wrapping
// ErrNotReady with one line per reason, each naming its component.
func (s *Supervisor) Ready() error {
	s.mu.Lock()
	running, entries, fatal := s.running, s.entries, s.fatal
	s.mu.Unlock()
	if fatal != nil {
		return fmt.Errorf("%w: %w", ErrNotReady, fatal)
	}
	if !running {
		return fmt.Errorf("%w: not running", ErrNotReady)
	}
	var errs []error
	for _, e := range entries {
		if c, ok := e.c.(Checker); ok {
			if err := c.Ready(); err != nil {
				errs = append(errs, fmt.Errorf("%w: %s: %w", ErrNotReady, e.name, err))
			}
		}
	}
	return errors.Join(errs...)
}

// Failed is closed when a component reports a fatal error; Err returns it.
func (s *Supervisor) Failed() <-chan struct{} { return s.failed }

// Err returns the first fatal error (a *FatalError), or nil.
func (s *Supervisor) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fatal == nil {
		return nil
	}
	return s.fatal
}

// watch follows a started Failer's channel until Stop.
func (s *Supervisor) watch(e entry) {
	f, ok := e.c.(Failer)
	if !ok {
		return
	}
	ch := f.Fatal()
	if ch == nil {
		return
	}
	s.watchers.Go(func() {
		select {
		case err, ok := <-ch:
			if ok && err != nil {
				s.fail(e.name, err)
			}
		case <-s.quit:
		}
	})
}

// fail records the first fatal error and closes Failed; later ones are logged.
func (s *Supervisor) fail(name string, err error) {
	s.mu.Lock()
	first := s.fatal == nil
	if first {
		s.fatal = &FatalError{Component: name, Err: err}
		close(s.failed)
	}
	s.mu.Unlock()
	if !first {
		s.log.Warn().Err(err).Str("name", name).Msg("another component failed")
		return
	}
	s.log.Error().Err(err).Str("name", name).Msg("component failed")
}
