package config

import (
	"errors"
	"strings"
	"testing"

	"github.com/syncboost/syncboost/relayapi"
)

func TestMinimalConfigLoads(t *testing.T) {
	cfg, err := loadMinimal(t, "")
	if err != nil {
		t.Fatalf("minimal config: %v", err)
	}
	if got := cfg.Relays[0].Method; got != relayapi.MethodEthSendBundle {
		t.Errorf("relay method default = %q, want %q", got, relayapi.MethodEthSendBundle)
	}
	if got := cfg.Relays[0].TimeoutBps; got != defaultRelayTimeoutBps {
		t.Errorf("relay timeout_bps default = %d, want %d", got, defaultRelayTimeoutBps)
	}
	if got := cfg.Relays[0].ReturnBufferBps; got != defaultRelayReturnBufferBps {
		t.Errorf("relay return_buffer_bps default = %d, want %d", got, defaultRelayReturnBufferBps)
	}
	if cfg.Limits.MaxGasPerTx != 16777216 {
		t.Errorf("max_gas_per_tx default = %d", cfg.Limits.MaxGasPerTx)
	}
}

func TestUnknownKeyNamesKeyAndLine(t *testing.T) {
	tests := []struct {
		name string
		toml string
		key  string
		line int
	}{
		{"typo in a section", "[searcher_api]\nlisten = \"127.0.0.1:0\"\nread_timout = \"1s\"\n", "searcher_api.read_timout", 3},
		{"unknown section", "\n\n[bogus]\nx = 1\n", "bogus", 3},
		{"unknown top-level key", "x = 1\n[log]\n", "x", 1},
		{"dotted key", "[log]\nlevel = \"info\"\nextra.deep = 1\n", "log.extra.deep", 3},
		{"inline table", "[log]\nformat = \"json\"\nsub = { a = 1 }\n", "log.sub", 3},
		{"in an array of tables", "[[relays]]\nname = \"a\"\nurl = \"http://x:1\"\n\n[[relays]]\nname = \"b\"\nurll = \"http://x:1\"\n", "relays.urll", 7},
		{"wrong case", "[log]\n\nLevel = \"debug\"\n", "log.Level", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.toml), "")
			if !errors.Is(err, ErrUnknownKey) {
				t.Fatalf("want ErrUnknownKey, got %v", err)
			}
			var ke *KeyError
			if !errors.As(err, &ke) {
				t.Fatalf("want *KeyError, got %T", err)
			}
			if ke.Key != tt.key || ke.Line != tt.line {
				t.Errorf("got key %q line %d, want %q line %d", ke.Key, ke.Line, tt.key, tt.line)
			}
			mustContain(t, err, tt.key, "line ")
		})
	}
}

func TestUnknownKeysAreAllReported(t *testing.T) {
	_, err := Decode([]byte("[log]\na = 1\nb = 2\n[metrics]\nc = 3\n"), "")
	mustContain(t, err, "line 2: log.a: unknown key", "line 3: log.b: unknown key", "line 5: metrics.c: unknown key")
}

func TestDecodeErrorsNameKeyAndLine(t *testing.T) {
	tests := []struct {
		name  string
		toml  string
		parts []string
	}{
		{"bare integer duration", "[beacon]\ntimeout = 5\n", []string{"beacon.timeout", "line 2", "durations are strings"}},
		{"bad duration", "[beacon]\n\ntimeout = \"5 parsecs\"\n", []string{"beacon.timeout", "line 3"}},
		{"wrong type", "[metrics]\nlisten = 9090\n", []string{"metrics.listen", "line 2"}},
		{"syntax", "[log]\nlevel = = 1\n", []string{"line 2"}},
		{"bad env secret name", "[l1]\nkey = \"env:1BAD\"\n", []string{"l1.key", "line 2", "1BAD"}},
		{"negative unsigned", "[l1]\nchain_id = -1\n", []string{"l1.chain_id", "line 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.toml), "")
			mustContain(t, err, tt.parts...)
		})
	}
}

func TestRelayDefaultsOnlyForOmittedKeys(t *testing.T) {
	cfg, err := Decode([]byte("[[relays]]\nname = \"a\"\ntimeout_bps = 0\nreturn_buffer_bps = 0\n[[relays]]\nname = \"b\"\nmethod = \"mev_sendBundle\"\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Relays[0].TimeoutBps != 0 || cfg.Relays[0].ReturnBufferBps != 0 || cfg.Relays[0].Method != relayapi.MethodEthSendBundle {
		t.Errorf("relay a: %+v (explicit 0 must stay 0: Check rejects the timeout, the buffer means none)", cfg.Relays[0])
	}
	if r := cfg.Relays[1]; r.TimeoutBps != defaultRelayTimeoutBps || r.ReturnBufferBps != defaultRelayReturnBufferBps || r.Method != relayapi.MethodMevSendBundle {
		t.Errorf("relay b: %+v", cfg.Relays[1])
	}
	inline, err := Decode([]byte("relays = [{ name = \"a\", url = \"http://x:1\" }]\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	if inline.Relays[0].TimeoutBps != defaultRelayTimeoutBps || inline.Relays[0].Method != relayapi.MethodEthSendBundle {
		t.Errorf("inline relay: %+v", inline.Relays[0])
	}
}

func TestRelativePathsResolveAgainstConfigDir(t *testing.T) {
	cfg, err := Decode([]byte("[journal]\ndir = \"j\"\n[sequencer]\ncommittee_file = \"/abs/c.json\"\n"), "/etc/syncboost")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Journal.Dir != "/etc/syncboost/j" || cfg.Sequencer.CommitteeFile != "/abs/c.json" {
		t.Errorf("paths: %q %q", cfg.Journal.Dir, cfg.Sequencer.CommitteeFile)
	}
}

// FuzzDecode: the decoder never panics; what it accepts prints as TOML that
// decodes to the same configuration (secrets aside, which print redacted).
func FuzzDecode(f *testing.F) {
	f.Add([]byte(minimalTOML))
	f.Add([]byte("[log]\nlevel = \"info\"\nbogus = 1\n"))
	f.Add([]byte("[[relays]]\nname = \"a\"\n[[relays]]\nx.y = 2\n"))
	f.Add([]byte("relays = [{name = \"a\", zz = 1}]\n[searcher_api]\nread_timeout = 5\n"))
	f.Add([]byte("[\"a,b\"]\n\"\" = 1\n[LOG]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Decode(data, "")
		if err != nil {
			if cfg != nil {
				t.Fatal("config returned with an error")
			}
			return
		}
		for _, s := range cfg.secrets() {
			*s = Secret{}
		}
		var b strings.Builder
		if err := cfg.WriteTOML(&b); err != nil {
			return // e.g. NaN rates; not a decoding problem
		}
		again, err := Decode([]byte(b.String()), "")
		if err != nil {
			t.Fatalf("printed config does not decode: %v\n%s", err, b.String())
		}
		var b2 strings.Builder
		if err := again.WriteTOML(&b2); err != nil || b2.String() != b.String() {
			t.Fatalf("round trip differs:\n%s\n---\n%s", b.String(), b2.String())
		}
	})
}

// A relay the sidecar only reads registrations and deliveries from has no bundle url.
func TestRelayReadOnly(t *testing.T) {
	cfg, err := loadMinimal(t, "\n[[relays]]\nname = \"relay\"\nvalidators_url = \"http://relay:1\"\n")
	if err != nil {
		t.Fatalf("read-only relay: %v", err)
	}
	r := cfg.Relays[len(cfg.Relays)-1]
	if r.ReceivesBundles() || !cfg.Relays[0].ReceivesBundles() {
		t.Errorf("ReceivesBundles: read-only %v, first %v", r.ReceivesBundles(), cfg.Relays[0].ReceivesBundles())
	}
}
