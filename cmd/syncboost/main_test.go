package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/sidecar/lifecycle"
)

const example = "../../config.example.toml"

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, environ []string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	e := env{
		stdout: &out, stderr: &errOut, environ: environ,
		signals: func() <-chan os.Signal { return make(chan os.Signal) },
		exit:    func(code int) { t.Fatalf("exit(%d) called", code) },
	}
	code := dispatch(e, args)
	return result{code, out.String(), errOut.String()}
}

func TestConfigCheckExample(t *testing.T) {
	r := runCLI(t, nil, "config", "check", example)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "[l1]") || !strings.Contains(r.stdout, `key = "[redacted] (file)"`) {
		t.Errorf("effective config missing or not redacted:\n%s", r.stdout)
	}
	for _, f := range []string{"l1.key", "identity.key"} {
		secret, err := os.ReadFile(filepath.Join("../../testdata/devnet", f))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.stdout+r.stderr, strings.TrimSpace(string(secret))) {
			t.Errorf("output contains the secret of %s", f)
		}
	}
}

func writeFile(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bad.toml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// exampleWith writes the example with each (from, to) pair of edits replaced once.
func exampleWith(t *testing.T, edits ...string) string {
	t.Helper()
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(s, edits[i]) {
			t.Fatalf("example lacks %q", edits[i])
		}
		s = strings.Replace(s, edits[i], edits[i+1], 1)
	}
	// Keep the example's relative secret paths valid from the temp dir.
	abs, _ := filepath.Abs("../../testdata")
	return writeFile(t, strings.ReplaceAll(s, `"testdata/`, `"`+abs+`/`))
}

func TestConfigCheckRejects(t *testing.T) {
	tests := []struct {
		name  string
		path  func(t *testing.T) string
		parts []string
	}{
		{"unknown key", func(t *testing.T) string {
			return exampleWith(t, "[beacon]\n", "[beacon]\ntimout = \"1s\"\n")
		}, []string{"beacon.timout", "unknown key", "line "}},
		{"zero timeout", func(t *testing.T) string {
			return exampleWith(t, `read_timeout = "5s"`, `read_timeout = "0s"`)
		}, []string{"searcher_api.read_timeout", "must be > 0"}},
		{"malformed URL", func(t *testing.T) string {
			return exampleWith(t, `rpc_url = "http://127.0.0.1:8545"`, `rpc_url = "127.0.0.1:8545"`)
		}, []string{"l1.rpc_url", "invalid URL"}},
		{"missing file", func(t *testing.T) string { return filepath.Join(t.TempDir(), "absent.toml") }, []string{"absent.toml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, nil, "config", "check", tt.path(t))
			if r.code != exitFail {
				t.Fatalf("exit %d, want %d; stderr %s", r.code, exitFail, r.stderr)
			}
			for _, p := range tt.parts {
				if !strings.Contains(r.stderr, p) {
					t.Errorf("stderr does not name %q:\n%s", p, r.stderr)
				}
			}
			if strings.Contains(r.stdout, "[l1]") {
				t.Error("printed a configuration that failed its check")
			}
		})
	}
}

func TestConfigCheckOverrides(t *testing.T) {
	r := runCLI(t, []string{"SYNCBOOST_LOG_FORMAT=console", "SYNCBOOST_LOG_LEVEL=warn"},
		"config", "check", "-log.level=debug", example)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, `level = "debug"`) || !strings.Contains(r.stdout, `format = "console"`) {
		t.Errorf("overrides not in the effective config:\n%s", r.stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"bogus"}, {"config"}, {"config", "check"}, {"run"}, {"version", "x"}, {"config", "check", "-nope", example},
		{"devnet"}} {
		if r := runCLI(t, nil, args...); r.code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, r.code, exitUsage)
		}
	}
}

func TestVersion(t *testing.T) {
	r := runCLI(t, nil, "version")
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "syncboost ") ||
		!strings.Contains(r.stdout, "\ncommit ") || !strings.Contains(r.stdout, "go "+runtime.Version()) {
		t.Errorf("exit %d output %q", r.code, r.stdout)
	}
	commit = "0123abc"
	defer func() { commit = "" }()
	if r := runCLI(t, nil, "version"); !strings.Contains(r.stdout, "commit 0123abc\n") {
		t.Errorf("injected commit not printed: %q", r.stdout)
	}
}

func TestRunRejectsInvalidConfig(t *testing.T) {
	bad := runCLI(t, nil, "run", "--config", writeFile(t, "[log]\nlevel = \"loud\"\n"))
	if bad.code != exitFail || !strings.Contains(bad.stderr, "log.level") {
		t.Errorf("invalid config: exit %d stderr %s", bad.code, bad.stderr)
	}
}

type component struct{ stopped chan struct{} }

func (c *component) Start(context.Context) error { return nil }
func (c *component) Stop(ctx context.Context) error {
	close(c.stopped)
	<-ctx.Done() // a component that never finishes on its own
	return ctx.Err()
}

func TestServeSignals(t *testing.T) {
	sigs := make(chan os.Signal)
	exited := make(chan int, 1)
	e := env{
		stdout: new(bytes.Buffer), stderr: new(bytes.Buffer),
		signals: func() <-chan os.Signal { return sigs },
		exit:    func(code int) { exited <- code },
	}
	sup := lifecycle.NewSupervisor(zerolog.Nop())
	c := &component{stopped: make(chan struct{})}
	if err := sup.Add("stuck", c); err != nil {
		t.Fatal(err)
	}
	code := make(chan int, 1)
	go func() { code <- serve(context.Background(), e, sup, time.Hour, zerolog.Nop()) }()
	sigs <- syscall.SIGTERM
	<-c.stopped
	sigs <- syscall.SIGINT
	if got := <-exited; got != exitForced {
		t.Errorf("forced exit code %d", got)
	}
	if got := <-code; got != exitForced {
		t.Errorf("serve returned %d", got)
	}
}

// failing fails once the test says so, like a listener whose socket dies.
type failing struct {
	fatal   chan error
	stopped chan struct{}
}

func (f *failing) Start(context.Context) error { return nil }
func (f *failing) Stop(context.Context) error  { close(f.stopped); return nil }
func (f *failing) Fatal() <-chan error         { return f.fatal }

func TestServeExitsOnComponentFailure(t *testing.T) {
	var stderr bytes.Buffer
	e := env{
		stdout: new(bytes.Buffer), stderr: &stderr,
		signals: func() <-chan os.Signal { return make(chan os.Signal) },
		exit:    func(code int) { t.Errorf("exit(%d) called", code) },
	}
	var logs bytes.Buffer
	sup := lifecycle.NewSupervisor(zerolog.Nop())
	c := &failing{fatal: make(chan error, 1), stopped: make(chan struct{})}
	if err := sup.Add("searcher-api", c); err != nil {
		t.Fatal(err)
	}
	c.fatal <- errors.New("httpserver: serve 127.0.0.1:9000: accept: use of closed network connection")
	code := serve(context.Background(), e, sup, time.Minute, zerolog.New(&logs))
	if code != exitFail {
		t.Errorf("exit %d, want %d", code, exitFail)
	}
	want := "syncboost run: searcher-api failed: httpserver: serve 127.0.0.1:9000: accept: use of closed network connection\n"
	if stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
	if !strings.Contains(logs.String(), `"name":"searcher-api"`) || !strings.Contains(logs.String(), "a component failed") {
		t.Errorf("no log line naming the component:\n%s", logs.String())
	}
	select {
	case <-c.stopped:
	default:
		t.Error("the failed component was not stopped")
	}
}
