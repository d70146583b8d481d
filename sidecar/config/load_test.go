package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/relayapi"
)

func TestPrecedence(t *testing.T) {
	file := "[beacon]\ntimeout = \"3s\"\n[log]\nlevel = \"warn\"\n"
	tests := []struct {
		name    string
		file    string
		env     []string
		flags   []string
		timeout time.Duration
		level   string
	}{
		{"defaults", "", nil, nil, 2 * time.Second, "info"},
		{"file over defaults", file, nil, nil, 3 * time.Second, "warn"},
		{"env over file", file, []string{"SYNCBOOST_BEACON_TIMEOUT=4s"}, nil, 4 * time.Second, "warn"},
		{"flag over env", file, []string{"SYNCBOOST_BEACON_TIMEOUT=4s", "SYNCBOOST_LOG_LEVEL=error"},
			[]string{"-beacon.timeout=5s"}, 5 * time.Second, "error"},
		{"last flag wins", file, nil, []string{"-log.level=debug", "-log.level=trace"}, 3 * time.Second, "trace"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fl Flags
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fl.Register(fs)
			if err := fs.Parse(tt.flags); err != nil {
				t.Fatal(err)
			}
			path := writeConfig(t, minimalTOML+tt.file)
			cfg, err := Load(Sources{Path: path, Environ: testEnviron(tt.env...), Flags: fl})
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Beacon.Timeout != tt.timeout || cfg.Log.Level != tt.level {
				t.Errorf("got timeout %s level %s, want %s %s", cfg.Beacon.Timeout, cfg.Log.Level, tt.timeout, tt.level)
			}
		})
	}
}

func TestOverridesOfEveryType(t *testing.T) {
	env := testEnviron(
		"SYNCBOOST_SEARCHER_API_MAX_BODY_BYTES=123",
		"SYNCBOOST_SEARCHER_API_RATE_PER_SECOND=2.5",
		"SYNCBOOST_LIMITS_ALLOW_BLOB_TXS=true",
		"SYNCBOOST_LIMITS_MAX_GAS_PER_TX=1000",
		"SYNCBOOST_SEQUENCER_IMPLICIT_SLOT_ENDING_INDEX=7",
		"SYNCBOOST_IDENTITY_KEY=env:OTHER_ID",
		"OTHER_ID="+testL1Key,
	)
	cfg, err := Load(Sources{Path: writeConfig(t, minimalTOML), Environ: env})
	if err != nil {
		t.Fatal(err)
	}
	s := cfg.SearcherAPI
	if s.MaxBodyBytes != 123 || s.RatePerSecond != 2.5 || !cfg.Limits.AllowBlobTxs ||
		cfg.Limits.MaxGasPerTx != 1000 || cfg.Sequencer.ImplicitSlotEndingIndex != 7 {
		t.Errorf("overrides not applied: %+v %+v %+v", s, cfg.Limits, cfg.Sequencer)
	}
	id, _ := cfg.Identity.Key.PrivateKey()
	l1, _ := cfg.L1.Key.PrivateKey()
	if id == nil || !id.Equal(l1) {
		t.Error("identity key override did not switch the source")
	}
}

func TestOverrideRejections(t *testing.T) {
	tests := []struct {
		name  string
		env   []string
		flags []string
		parts []string
	}{
		{"unknown env variable", []string{"SYNCBOOST_LOG_LEVL=debug"}, nil, []string{"SYNCBOOST_LOG_LEVL", "names no config key"}},
		{"bad env value", []string{"SYNCBOOST_BEACON_TIMEOUT=soon"}, nil, []string{"beacon.timeout", "soon"}},
		{"bad env integer", []string{"SYNCBOOST_L1_CHAIN_ID=-1"}, nil, []string{"l1.chain_id"}},
		{"bad flag value", nil, []string{"-limits.allow_blob_txs=maybe"}, []string{"limits.allow_blob_txs"}},
		{"unknown flag", nil, []string{"-log.levle=debug"}, []string{"log.levle"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fl Flags
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.SetOutput(new(bytes.Buffer))
			fl.Register(fs)
			err := fs.Parse(tt.flags)
			if err == nil {
				_, err = Load(Sources{Path: writeConfig(t, minimalTOML), Environ: testEnviron(tt.env...), Flags: fl})
			}
			mustContain(t, err, tt.parts...)
		})
	}
}

func TestEnvNamesAreUnique(t *testing.T) {
	seen := map[string]string{}
	for _, k := range Keys() {
		env := EnvName(k)
		if prev, dup := seen[env]; dup {
			t.Errorf("%s and %s share %s", prev, k, env)
		}
		seen[env] = k
	}
	if EnvName("searcher_api.max_body_bytes") != "SYNCBOOST_SEARCHER_API_MAX_BODY_BYTES" {
		t.Error("EnvName")
	}
}

func TestSecretFilePathsResolveAgainstConfigDir(t *testing.T) {
	// The L1 key file sits next to the config; load from another directory.
	path := writeConfig(t, minimalTOML)
	t.Chdir(t.TempDir())
	if _, err := Load(Sources{Path: path, Environ: testEnviron()}); err != nil {
		t.Fatal(err)
	}
}

func TestSecretNeverPrinted(t *testing.T) {
	env := testEnviron("SYNCBOOST_BUILDER_HOOK_LISTEN=127.0.0.1:0", "SYNCBOOST_BUILDER_HOOK_JWT_SECRET=env:JWT",
		"JWT=0x"+strings.Repeat("ab", 32))
	cfg, err := Load(Sources{Path: writeConfig(t, minimalTOML), Environ: env})
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	log := zerolog.New(&logs)
	log.Info().Interface("config", cfg).Msg("loaded")
	log.Info().Stringer("key", cfg.L1.Key).Msg("key")
	var printed bytes.Buffer
	if err := cfg.WriteTOML(&printed); err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(cfg)
	outputs := map[string]string{
		"toml": printed.String(), "log": logs.String(), "json": string(js),
		"%v": fmt.Sprintf("%v", cfg), "%+v": fmt.Sprintf("%+v", *cfg), "%#v": fmt.Sprintf("%#v", *cfg),
		"%s secret": fmt.Sprintf("%s", cfg.Identity.Key),
	}
	for name, out := range outputs {
		for _, secret := range []string{testL1Key, testIdentityKey, strings.Repeat("ab", 32)} {
			if strings.Contains(out, secret) || strings.Contains(out, secret[:16]) {
				t.Errorf("%s output contains a secret:\n%s", name, out)
			}
		}
		if !strings.Contains(out, Redacted) {
			t.Errorf("%s output lacks %q:\n%s", name, Redacted, out)
		}
	}
	if !strings.Contains(printed.String(), `key = "[redacted] (file)"`) ||
		!strings.Contains(printed.String(), `jwt_secret = "[redacted] (env)"`) {
		t.Errorf("printed config does not show the source kinds:\n%s", printed.String())
	}
}

func TestSecretErrorsDoNotLeakValue(t *testing.T) {
	dir := t.TempDir()
	almost := "g" + testL1Key[1:] // one bad digit
	p := filepath.Join(dir, "k")
	if err := os.WriteFile(p, []byte(almost), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := NewSecret(p)
	if err != nil {
		t.Fatal(err)
	}
	_ = s.Load(nil)
	_, err = s.PrivateKey()
	if err == nil || strings.Contains(err.Error(), almost[:8]) || strings.Contains(err.Error(), "'g'") {
		t.Errorf("error leaks the value or is missing: %v", err)
	}
}

func TestExampleConfigPasses(t *testing.T) {
	cfg, err := Load(Sources{Path: "../../config.example.toml"})
	if err != nil {
		t.Fatalf("config.example.toml: %v", err)
	}
	if len(cfg.Relays) == 0 || !cfg.L1.Key.IsSet() {
		t.Error("example config lost its relays or key")
	}
}

// TestExampleDocumentsEveryKey: every key of the schema appears in the
// example with its default value, except the keys it gives example values
// for because they have no default.
func TestExampleDocumentsEveryKey(t *testing.T) {
	data, err := os.ReadFile("../../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	example, err := Decode(data, "")
	if err != nil {
		t.Fatal(err)
	}
	noDefault := map[string]bool{
		"l1.chain_id": true, "l1.key": true, "l2.chain_id": true, "sequencer.feed_url": true,
		"sequencer.outcome_url": true, "sequencer.address": true, "inbox.address": true, "identity.key": true,
	}
	def := Default()
	ex, dv := reflect.ValueOf(example).Elem(), reflect.ValueOf(&def).Elem()
	text := string(data)
	for _, f := range schema {
		if !strings.Contains(text, "["+f.section+"]") || !strings.Contains(text, "\n"+f.key+" = ") {
			t.Errorf("example does not document %s", f.name())
		}
		same := reflect.DeepEqual(ex.FieldByIndex(f.index).Interface(), dv.FieldByIndex(f.index).Interface())
		if same == noDefault[f.name()] {
			t.Errorf("%s: example value equals default = %v, want %v", f.name(), same, !noDefault[f.name()])
		}
	}
	for _, k := range []string{"name", "url", "method", "timeout_bps", "return_buffer_bps"} {
		if !strings.Contains(text, "\n"+k+" = ") {
			t.Errorf("example does not document relays.%s", k)
		}
	}
	if r := example.Relays[0]; r.Method != relayapi.MethodEthSendBundle || r.TimeoutBps != defaultRelayTimeoutBps ||
		r.ReturnBufferBps != defaultRelayReturnBufferBps {
		t.Errorf("example relay does not show the defaults: %+v", r)
	}
	if _, err := Load(Sources{}); !errors.Is(err, ErrRequired) {
		t.Errorf("defaults alone must lack required keys, got %v", err)
	}
}
