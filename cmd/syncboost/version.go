package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// commit is set at build time: -ldflags "-X main.commit=<git sha>".
var commit string

// buildInfo is what "syncboost version" prints.
type buildInfo struct {
	Version, Commit, Go, Platform string
}

func readBuildInfo() buildInfo {
	b := buildInfo{Version: "(unknown)", Commit: commit, Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return withDefault(b)
	}
	b.Version = info.Main.Version
	if b.Commit == "" {
		// Fall back to what the go command stamped from the VCS.
		var rev string
		var dirty bool
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if rev != "" && dirty {
			rev += "-dirty"
		}
		b.Commit = rev
	}
	return withDefault(b)
}

func withDefault(b buildInfo) buildInfo {
	if b.Commit == "" {
		b.Commit = "unknown"
	}
	if b.Version == "" {
		b.Version = "(devel)"
	}
	return b
}

func cmdVersion(e env, args []string) int {
	if len(args) != 0 {
		fmt.Fprintf(e.stderr, "syncboost version: unexpected arguments %q\n", args)
		return exitUsage
	}
	b := readBuildInfo()
	fmt.Fprintf(e.stdout, "syncboost %s\ncommit %s\ngo %s %s\n", b.Version, b.Commit, b.Go, b.Platform)
	return exitOK
}
