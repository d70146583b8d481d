package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar"
	"github.com/syncboost/syncboost/sidecar/config"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
	"github.com/syncboost/syncboost/sidecar/obs"
)

const defaultStopTimeout = 30 * time.Second

func cmdRun(e env, args []string) int {
	fs := flag.NewFlagSet("syncboost run", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	path := fs.String("config", "", "TOML configuration `file` (required)")
	stopTimeout := fs.Duration("stop-timeout", defaultStopTimeout, "graceful stop deadline after SIGINT/SIGTERM; a second signal forces exit")
	var overrides config.Flags
	overrides.Register(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *path == "" || fs.NArg() != 0 {
		fmt.Fprintln(e.stderr, "Usage: syncboost run --config FILE [-section.key=value ...]")
		return exitUsage
	}
	cfg, err := loadConfig(e, *path, overrides)
	if err != nil {
		printErrors(e.stderr, "syncboost run", err)
		return exitFail
	}
	log, err := obs.NewLogger(obs.LogConfig{Level: cfg.Log.Level, Format: cfg.Log.Format, Writer: e.stderr})
	if err != nil {
		fmt.Fprintf(e.stderr, "syncboost run: %v\n", err)
		return exitFail
	}
	b := readBuildInfo()
	log.Info().Str("version", b.Version).Str("commit", b.Commit).Msg("syncboost starting")
	// sidecar/app adds the components to sup in start order; they stop in reverse.
	sup := lifecycle.NewSupervisor(log)
	deps := sidecar.Deps{Log: log, Registry: obs.NewRegistry(b.Version, b.Commit), Clock: clock.Real{}}
	if _, err := sidecar.Build(cfg, deps, sup); err != nil {
		log.Error().Err(err).Msg("wiring failed")
		fmt.Fprintf(e.stderr, "syncboost run: %v\n", err)
		return exitFail
	}
	return serve(context.Background(), e, sup, *stopTimeout, log)
}

// serve runs the supervisor until a signal or a component's failure and maps
// the outcome to an exit code.
func serve(ctx context.Context, e env, sup *lifecycle.Supervisor, stopTimeout time.Duration, log zerolog.Logger) int {
	err := lifecycle.Run(ctx, sup, lifecycle.RunConfig{
		Signals:     e.signals(),
		StopTimeout: stopTimeout,
		Force:       func() { e.exit(exitForced) },
	}, log)
	var fatal *lifecycle.FatalError
	switch {
	case errors.Is(err, lifecycle.ErrForced):
		return exitForced
	case errors.As(err, &fatal):
		log.Error().Err(err).Str("name", fatal.Component).Msg("a component failed; stopped the sidecar")
		fmt.Fprintf(e.stderr, "syncboost run: %v\n", err)
		return exitFail
	case err != nil:
		log.Error().Err(err).Msg("exited with an error")
		return exitFail
	}
	return exitOK
}
