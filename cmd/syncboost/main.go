// Command syncboost is the builder sidecar for based rollups. This package
// only parses the command line and wires the sidecar's packages together.
package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit codes.
const (
	exitOK     = 0
	exitFail   = 1
	exitUsage  = 2
	exitForced = 130
)

// env is everything the commands take from the process, injected for tests.
type env struct {
	stdout, stderr io.Writer
	environ        []string
	// signals returns the channel of termination signals (SIGINT, SIGTERM).
	signals func() <-chan os.Signal
	// exit ends the process at once; used when a second signal forces exit.
	exit func(code int)
}

func main() {
	e := env{
		stdout:  os.Stdout,
		stderr:  os.Stderr,
		environ: os.Environ(),
		signals: func() <-chan os.Signal {
			c := make(chan os.Signal, 2)
			signal.Notify(c, syscall.SIGINT, syscall.SIGTERM)
			return c
		},
		exit: os.Exit,
	}
	os.Exit(dispatch(e, os.Args[1:]))
}

const usage = `syncboost: builder sidecar for based rollups

Usage:
  syncboost run --config FILE [-section.key=value ...]
  syncboost config check [-section.key=value ...] FILE
  syncboost version

Overrides: flags > SYNCBOOST_<SECTION>_<KEY> environment variables > FILE > defaults.
Run "syncboost run -h" for every override flag. Docs: docs/configuration.md.
`

// dispatch runs the subcommand named by args[0] and returns the exit code.
func dispatch(e env, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return exitUsage
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "run":
		return cmdRun(e, rest)
	case "config":
		if len(rest) == 0 || rest[0] != "check" {
			fmt.Fprint(e.stderr, "syncboost config: want \"config check FILE\"\n\n"+usage)
			return exitUsage
		}
		return cmdConfigCheck(e, rest[1:])
	case "version":
		return cmdVersion(e, rest)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(e.stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(e.stderr, "syncboost: unknown command %q\n\n%s", cmd, usage)
		return exitUsage
	}
}
