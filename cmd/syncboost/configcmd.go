package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/syncboost/syncboost/sidecar/config"
)

// loadConfig loads path with the environment's and the flags' overrides.
func loadConfig(e env, path string, flags config.Flags) (*config.Config, error) {
	return config.Load(config.Sources{Path: path, Environ: e.environ, Flags: flags})
}

// printErrors writes a heading and one problem per line (joined errors
// print one per line).
func printErrors(w io.Writer, prefix string, err error) {
	fmt.Fprintf(w, "%s: invalid configuration:\n", prefix)
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Fprintf(w, "  %s\n", line)
	}
}

func cmdConfigCheck(e env, args []string) int {
	fs := flag.NewFlagSet("syncboost config check", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var overrides config.Flags
	overrides.Register(fs)
	fs.Usage = func() {
		fmt.Fprint(e.stderr, "Usage: syncboost config check [-section.key=value ...] FILE\n\n"+
			"Checks FILE with its overrides and prints the effective configuration, secrets redacted.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	cfg, err := loadConfig(e, fs.Arg(0), overrides)
	if err != nil {
		printErrors(e.stderr, "syncboost config check", err)
		return exitFail
	}
	if err := cfg.WriteTOML(e.stdout); err != nil {
		fmt.Fprintf(e.stderr, "syncboost config check: %v\n", err)
		return exitFail
	}
	return exitOK
}
