package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), env{stdout: &out, stderr: &errOut}, args)
	return code, out.String(), errOut.String()
}

func TestHelp(t *testing.T) {
	code, stdout, stderr := runCLI(t, "-h")
	if code != exitOK || stdout != "" {
		t.Fatalf("exit %d stdout %q", code, stdout)
	}
	for _, want := range []string{"Usage: syncboost-devnet [flags]", "devnet.json", "-datadir", "-slot duration",
		"-block-interval", "-fail-every", "-slots", "-log-level", "-epbs", "-withhold-share", "-flood", "-flood-rate"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("-h text lacks %q:\n%s", want, stderr)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"-nope"}, "flag provided but not defined: -nope"},
		{"argument", []string{"run"}, `unexpected arguments ["run"]`},
		{"log level", []string{"-log-level", "loud"}, `level "loud"`},
		{"slot not whole seconds", []string{"-slot", "1500ms"}, "must be whole seconds"},
		{"block interval beyond the slot", []string{"-slot", "2s", "-block-interval", "3s"}, "within a slot"},
		{"withhold share above one", []string{"-epbs", "-withhold-share", "1.5"}, "-withhold-share 1.5 must be in [0, 1]"},
		{"ePBS with the fault schedule", []string{"-epbs", "-faults"}, "MEV-Boost timeline only"},
		{"flood without a rate", []string{"-flood", "-flood-rate", "0"}, "-flood needs -flood-rate > 0"},
		{"flood with replicas", []string{"-flood", "-replicas", "2"}, "the in-process sidecar (no -replicas)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, append([]string{"-datadir", t.TempDir()}, tt.args...)...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr does not say %q:\n%s", tt.want, stderr)
			}
			if strings.Contains(stdout, "starting the devnet") {
				t.Error("started despite the usage error")
			}
		})
	}
}
