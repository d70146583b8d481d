package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar"
	"github.com/syncboost/syncboost/sidecar/config"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
)

// problems returns the problem lines of a refused configuration, without the command's heading.
func problems(t *testing.T, stderr string) []string {
	t.Helper()
	lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	if len(lines) < 2 || !strings.HasSuffix(lines[0], ": invalid configuration:") {
		t.Fatalf("not a configuration refusal:\n%s", stderr)
	}
	out := make([]string, len(lines)-1)
	for i, l := range lines[1:] {
		out[i] = strings.TrimPrefix(l, "  ")
	}
	return out
}

// tempFile writes body to a fresh file and returns its path.
func tempFile(t *testing.T, name, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Whatever start refuses, config check refuses first, with the words start uses: the CLI's
// `config check` and `run` print the same problems, and sidecar.Build (the start path `run`
// and the devnet share) refuses the loaded configuration with the very same error.
func TestConfigCheckRefusesWhatStartRefuses(t *testing.T) {
	tests := []struct {
		name  string
		edits func(t *testing.T) []string // (from, to) pairs applied to the example
		want  string
	}{
		{"committee file without members", func(t *testing.T) []string {
			return []string{`certificate = "ecdsa"`, `certificate = "committee"`,
				`committee_file = ""`, `committee_file = "` + tempFile(t, "committee.json", "{}") + `"`}
		}, "sequencer.committee_file: invalid committee file: committee.pubkeys: missing: empty committee"},
		{"builder hook with the zero secret", func(t *testing.T) []string {
			return []string{`listen = ""`, `listen = "127.0.0.1:0"`,
				`jwt_secret = ""`, `jwt_secret = "` + tempFile(t, "jwt.hex", strings.Repeat("0", 64)) + `"`}
		}, `builder_hook.jwt_secret: secret is all zero`},
		{"deadline schedule", edit("lead_bps = 500", "lead_bps = 9500"),
			`deadlines.build_bps: basis points out of range: lead_bps 9500 + build_bps 1000 exceed one slot`},
		{"feed client", edit(`feed_url = "http://127.0.0.1:8560"`, `feed_url = "ws://127.0.0.1:8560"`),
			`sequencer.feed_url: invalid URL "ws://127.0.0.1:8560": scheme "ws" (want http or https)`},
		{"relay endpoint", edit(`method = "eth_sendBundle"`, `method = "eth_sendRawTransaction"`),
			`relays[0].method: unknown bundle method "eth_sendRawTransaction" (want eth_sendBundle or mev_sendBundle)`},
		{"proposers", edit(`validators_url = ""`, `validators_url = "ftp://relay.example"`),
			`relays[0].validators_url: invalid URL "ftp://relay.example": scheme "ftp" (want http or https)`},
		{"prover", edit(`kind = "none"`, `kind = "rpc"`, "\nurl = \"\"", "\nurl = \"prover.example\""),
			`prover.url: invalid URL "prover.example": need scheme://host`},
		{"inbox", edit(`address = "0x5FbDB2315678afecb367f032d93F642f64180aa3"`, `address = "0x0000000000000000000000000000000000000000"`),
			`inbox.address: invalid address "0x0000000000000000000000000000000000000000": zero address`},
		{"pipeline", edit("max_rounds = 4", "max_rounds = 0"), `pipeline.max_rounds: must be > 0 (got 0)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { sameRefusal(t, exampleWith(t, tt.edits(t)...), tt.want) })
	}
}

// sameRefusal asserts that config check, run and sidecar.Build all refuse the file at path,
// with want among the problems, in the same words.
func sameRefusal(t *testing.T, path, want string) {
	t.Helper()
	check := runCLI(t, nil, "config", "check", path)
	run := runCLI(t, nil, "run", "--config", path)
	if check.code != exitFail || run.code != exitFail {
		t.Fatalf("exit codes: config check %d, run %d; want %d\n%s%s", check.code, run.code, exitFail, check.stderr, run.stderr)
	}
	got := problems(t, check.stderr)
	if !slices.Contains(got, want) {
		t.Errorf("config check does not say %q:\n%s", want, check.stderr)
	}
	if ran := problems(t, run.stderr); !slices.Equal(got, ran) {
		t.Errorf("run says\n%q\nconfig check says\n%q", ran, got)
	}
	cfg, loadErr := config.Load(config.Sources{Path: path})
	if cfg == nil || loadErr == nil {
		t.Fatalf("load: %v", loadErr)
	}
	deps := sidecar.Deps{Log: zerolog.Nop(), Registry: prometheus.NewRegistry(), Clock: clock.Real{}}
	a, err := sidecar.Build(cfg, deps, lifecycle.NewSupervisor(zerolog.Nop()))
	if a != nil {
		a.Close()
	}
	if err == nil || err.Error() != loadErr.Error() {
		t.Errorf("start refuses with\n%v\nconfig check with\n%v", err, loadErr)
	}
}

func edit(pairs ...string) func(*testing.T) []string {
	return func(*testing.T) []string { return pairs }
}
