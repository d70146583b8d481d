package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/rs/zerolog"
)

// ErrForced is returned when a second signal cut the graceful stop short.
var ErrForced = errors.New("stop forced by a second signal")

// RunConfig controls Run.
type RunConfig struct {
	// Signals delivers termination signals (cmd connects it to os/signal).
	Signals <-chan os.Signal
	// StopTimeout bounds the graceful stop.
	StopTimeout time.Duration
	// Force is called on a second signal; cmd exits the process there. When
	// it returns (in tests), Run cancels the stop and returns ErrForced.
	Force func()
}

// Run starts sup, serves until ctx ends or a signal arrives, then stops sup
// within StopTimeout. A second signal during the stop calls Force.
func Run(ctx context.Context, sup *Supervisor, cfg RunConfig, log zerolog.Logger) error {
	if cfg.StopTimeout <= 0 {
		return fmt.Errorf("lifecycle: stop timeout must be > 0 (got %s)", cfg.StopTimeout)
	}
	if err := sup.Start(ctx); err != nil {
		return err
	}
	log.Info().Msg("started")
	select {
	case <-ctx.Done():
		log.Info().Msg("context ended, stopping")
	case sig := <-cfg.Signals:
		log.Info().Str("signal", sig.String()).Dur("stop_timeout", cfg.StopTimeout).Msg("stopping; signal again to force")
	}

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
