package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	testL1Key       = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	testIdentityKey = "8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f"
)

// minimalTOML is the smallest valid configuration; the key files live next to it.
const minimalTOML = `
[l1]
chain_id = 1
key = "l1.key"

[l2]
chain_id = 2

[sequencer]
feed_url = "http://127.0.0.1:1/feed"
outcome_url = "http://127.0.0.1:1/v1/based-outcome"
address = "0x1111111111111111111111111111111111111111"

[inbox]
address = "0x2222222222222222222222222222222222222222"

[identity]
key = "env:TEST_IDENTITY_KEY"

[[relays]]
name = "r1"
url = "http://127.0.0.1:2"
`

// writeConfig writes body (plus the L1 key file) into a fresh directory and
// returns the config path.
func writeConfig(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "l1.key"), []byte(testL1Key+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "syncboost.toml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// testEnviron provides the identity key that minimalTOML reads from env.
func testEnviron(extra ...string) []string {
	return append([]string{"TEST_IDENTITY_KEY=" + testIdentityKey, "HOME=/nonexistent"}, extra...)
}

// loadMinimal loads minimalTOML with the given extra TOML appended.
func loadMinimal(t *testing.T, extra string) (*Config, error) {
	t.Helper()
	return Load(Sources{Path: writeConfig(t, minimalTOML+extra), Environ: testEnviron()})
}

func mustContain(t *testing.T, err error, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("want an error containing %q, got nil", parts)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error %q does not contain %q", err, p)
		}
	}
}
