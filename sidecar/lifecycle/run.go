package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/rs/zerolog"
)

// Run's outcomes other than a clean stop.
var (
	// ErrForced: a second signal cut the graceful stop short.
	ErrForced = errors.New("stop forced by a second signal")
	// ErrInterrupted: a signal arrived before every component had started.
	ErrInterrupted = errors.New("interrupted during startup")
)

// RunConfig controls Run.
type RunConfig struct {
	// Signals delivers termination signals (cmd connects it to os/signal).
	Signals <-chan os.Signal
	// StopTimeout bounds the graceful stop.
	StopTimeout time.Duration
	// Force is called on a second signal; cmd exits the process there. When
	// it returns (in tests), Run cancels the stop and returns ErrForced.
	Force func()
	// OnStarted, if set, is called once every component has started.
	OnStarted func()
}

// Run starts sup, serves until ctx ends, a signal arrives or a component
// fails, then stops sup within StopTimeout. A signal or a failure during
// startup cancels the start (the components already started are stopped). A
// second signal during the stop calls Force. After a component's failure Run
// returns its *FatalError (joined with any stop error).
func Run(ctx context.Context, sup *Supervisor, cfg RunConfig, log zerolog.Logger) error {
	if cfg.StopTimeout <= 0 {
		return fmt.Errorf("lifecycle: stop timeout must be > 0 (got %s)", cfg.StopTimeout)
	}
	sig, err := start(ctx, sup, cfg.Signals, log)
	if err != nil {
		return err
	}
	if sig != nil {
		// Every Start returned before it saw the cancellation.
		return errors.Join(ErrInterrupted, stop(ctx, sup, cfg, log))
	}
	if fatal := sup.Err(); fatal != nil {
		return errors.Join(fatal, stop(ctx, sup, cfg, log))
	}
	log.Info().Msg("started")
	if cfg.OnStarted != nil {
		cfg.OnStarted()
	}
	select {
	case <-ctx.Done():
		log.Info().Msg("context ended, stopping")
	case sig := <-cfg.Signals:
		log.Info().Str("signal", sig.String()).Dur("stop_timeout", cfg.StopTimeout).Msg("stopping; signal again to force")
	case <-sup.Failed():
		fatal := sup.Err()
		log.Error().Err(fatal).Dur("stop_timeout", cfg.StopTimeout).Msg("a component failed; stopping")
		return errors.Join(fatal, stop(ctx, sup, cfg, log))
	}
	return stop(ctx, sup, cfg, log)
}

// start runs sup.Start, cancelling it when a signal or a component's failure
// arrives first. A Start that fails on the cancellation has already stopped,
// with the cancelled context, the components it started. It returns the
// signal if one arrived; after a failure the caller finds it in sup.Err.
func start(ctx context.Context, sup *Supervisor, signals <-chan os.Signal, log zerolog.Logger) (os.Signal, error) {
	startCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- sup.Start(startCtx) }()
	select {
	case err := <-done:
		return nil, err
	case <-sup.Failed():
		log.Error().Err(sup.Err()).Msg("a component failed during startup, cancelling")
		cancel()
		if err := <-done; err != nil {
			return nil, errors.Join(sup.Err(), err)
		}
		return nil, nil
	case sig := <-signals:
		log.Info().Str("signal", sig.String()).Msg("signal during startup, cancelling")
		cancel()
		if err := <-done; err != nil {
			return sig, fmt.Errorf("%w: %w", ErrInterrupted, err)
		}
		return sig, nil
	}
}

// stop stops sup within the stop timeout; a second signal forces.
func stop(ctx context.Context, sup *Supervisor, cfg RunConfig, log zerolog.Logger) error {
	// The stop gets its own deadline: the run context may already be done.
	stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.StopTimeout)
	defer cancel()
	stopped := make(chan error, 1)
	go func() { stopped <- sup.Stop(stopCtx) }()
	select {
	case err := <-stopped:
		if err != nil {
			return fmt.Errorf("stop: %w", err)
		}
		log.Info().Msg("stopped")
		return nil
	case sig := <-cfg.Signals:
		log.Warn().Str("signal", sig.String()).Msg("second signal, forcing exit")
		if cfg.Force != nil {
			cfg.Force()
		}
		cancel()
		return errors.Join(ErrForced, <-stopped)
	}
}
