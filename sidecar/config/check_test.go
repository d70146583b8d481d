package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/syncboost/syncboost/builderhook/jwtauth"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/relayapi"
)

func TestCheckRejections(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(c *Config)
		want   error
		key    string
	}{
		{"zero timeout", func(c *Config) { c.SearcherAPI.ReadTimeout = 0 }, ErrNotPositive, "searcher_api.read_timeout"},
		{"negative timeout", func(c *Config) { c.Beacon.Timeout = -time.Second }, ErrNotPositive, "beacon.timeout"},
		{"zero silence", func(c *Config) { c.Beacon.SilenceSlots = 0 }, ErrNotPositive, "beacon.silence_slots"},
		{"zero header limit", func(c *Config) { c.SearcherAPI.MaxHeaderBytes = 0 }, ErrNotPositive, "searcher_api.max_header_bytes"},
		{"zero body limit", func(c *Config) { c.SearcherAPI.MaxBodyBytes = 0 }, ErrNotPositive, "searcher_api.max_body_bytes"},
		{"zero rate", func(c *Config) { c.SearcherAPI.RatePerSecond = 0 }, ErrNotPositive, "searcher_api.rate_per_second"},
		{"zero unverified bodies", func(c *Config) { c.SearcherAPI.MaxUnverifiedBodies = 0 }, ErrNotPositive, "searcher_api.max_unverified_bodies"},
		{"zero streams per identity", func(c *Config) { c.SearcherAPI.MaxStreamsPerIdentity = 0 }, ErrNotPositive, "searcher_api.max_streams_per_identity"},
		{"streams below per identity", func(c *Config) { c.SearcherAPI.MaxStreams = 3 }, ErrRange, "searcher_api.max_streams"},
		{"watchers below streams", func(c *Config) { c.SearcherAPI.MaxWatchers = 255 }, ErrRange, "searcher_api.max_watchers"},
		{"zero per-identity cap", func(c *Config) { c.SearcherAPI.MaxBundlesPerIdentityPerSlot = 0 }, ErrNotPositive, "searcher_api.max_bundles_per_identity_per_slot"},
		{"zero tx gas cap", func(c *Config) { c.Limits.MaxGasPerTx = 0 }, ErrNotPositive, "limits.max_gas_per_tx"},
		{"tx gas above bundle gas", func(c *Config) { c.Limits.MaxGasPerTx = c.Limits.MaxGasPerBundle + 1 }, ErrRange, "limits.max_gas_per_tx"},
		{"zero retention", func(c *Config) { c.Journal.Retention = 0 }, ErrNotPositive, "journal.retention"},
		{"zero finished quota", func(c *Config) { c.Journal.MaxFinishedPerIdentity = 0 }, ErrNotPositive, "journal.max_finished_per_identity"},
		{"quota over total", func(c *Config) { c.Journal.MaxFinished = c.Journal.MaxFinishedPerIdentity - 1 }, ErrRange, "journal.max_finished_per_identity"},
		{"empty journal dir", func(c *Config) { c.Journal.Dir = "" }, ErrRequired, "journal.dir"},
		{"URL without scheme", func(c *Config) { c.L1.RPCURL = "127.0.0.1:8545" }, ErrURL, "l1.rpc_url"},
		{"URL without host", func(c *Config) { c.Beacon.URL = "http://" }, ErrURL, "beacon.url"},
		{"URL unparsable", func(c *Config) { c.L2.RPCURL = "http://[::1" }, ErrURL, "l2.rpc_url"},
		{"URL wrong scheme", func(c *Config) { c.Sequencer.OutcomeURL = "ws://127.0.0.1:1/x" }, ErrURL, "sequencer.outcome_url"},
		{"feed over websocket", func(c *Config) { c.Sequencer.FeedURL = "ws://127.0.0.1:1/feed" }, ErrURL, "sequencer.feed_url"},
		{"relay URL", func(c *Config) { c.Relays[0].URL = "not a url" }, ErrURL, "relays[0].url"},
		{"bps zero", func(c *Config) { c.Deadlines.LeadBps = 0 }, ErrBps, "deadlines.lead_bps"},
		{"bps above a slot", func(c *Config) { c.Relays[0].TimeoutBps = 10001 }, ErrBps, "relays[0].timeout_bps"},
		{"return buffer not below the timeout", func(c *Config) { c.Relays[0].ReturnBufferBps = c.Relays[0].TimeoutBps }, ErrBps, "relays[0].return_buffer_bps"},
		{"lead plus build above a slot", func(c *Config) { c.Deadlines.LeadBps, c.Deadlines.BuildBps = 6000, 5000 }, ErrBps, "deadlines.build_bps"},
		{"reveal under mevboost", func(c *Config) { c.Deadlines.RevealBps = 5000 }, ErrBps, "deadlines.reveal_bps"},
		{"replace lead under epbs", func(c *Config) {
			c.Deadlines.Profile, c.Deadlines.RevealBps, c.Deadlines.ReplaceLeadBps = clock.ProfileEPBS, 5000, 100
		}, ErrBps, "deadlines.replace_lead_bps"},
		{"unknown profile", func(c *Config) { c.Deadlines.Profile = "pbs" }, clock.ErrProfile, "deadlines.profile"},
		{"short address", func(c *Config) { c.Inbox.Address = "0x1234" }, ErrAddress, "inbox.address"},
		{"address without 0x", func(c *Config) { c.Inbox.Address = "2222222222222222222222222222222222222222" }, ErrAddress, "inbox.address"},
		{"zero address", func(c *Config) { c.Sequencer.Address = "0x0000000000000000000000000000000000000000" }, ErrAddress, "sequencer.address"},
		{"missing address", func(c *Config) { c.Inbox.Address = "" }, ErrRequired, "inbox.address"},
		{"committee without file", func(c *Config) { c.Sequencer.Certificate = CertificateCommittee }, ErrRequired, "sequencer.committee_file"},
		{"committee file missing", func(c *Config) {
			c.Sequencer.Certificate, c.Sequencer.CommitteeFile = CertificateCommittee, "/nonexistent/committee.json"
		}, ErrRequired, "sequencer.committee_file"},
		{"committee file not a committee", func(c *Config) {
			c.Sequencer.Certificate, c.Sequencer.CommitteeFile = CertificateCommittee, "check_test.go"
		}, ErrCommittee, "sequencer.committee_file"},
		{"unknown certificate", func(c *Config) { c.Sequencer.Certificate = "rsa" }, ErrEnum, "sequencer.certificate"},
		{"backoff inverted", func(c *Config) { c.Sequencer.BackoffMin = time.Minute }, ErrRange, "sequencer.backoff_min"},
		{"log level", func(c *Config) { c.Log.Level = "verbose" }, ErrEnum, "log.level"},
		{"log format", func(c *Config) { c.Log.Format = "xml" }, ErrEnum, "log.format"},
		{"listen without port", func(c *Config) { c.Metrics.Listen = "127.0.0.1" }, ErrListen, "metrics.listen"},
		{"listen bad port", func(c *Config) { c.SearcherAPI.Listen = "127.0.0.1:http" }, ErrListen, "searcher_api.listen"},
		{"zero chain id", func(c *Config) { c.L1.ChainID = 0 }, ErrNotPositive, "l1.chain_id"},
		{"same chain ids", func(c *Config) { c.L2.ChainID = c.L1.ChainID }, ErrRange, "l2.chain_id"},
		{"relay method", func(c *Config) { c.Relays[0].Method = "eth_sendRawTransaction" }, relayapi.ErrMethod, "relays[0].method"},
		{"relay name missing", func(c *Config) { c.Relays[0].Name = "" }, ErrRequired, "relays[0].name"},
		{"relay name duplicate", func(c *Config) { c.Relays = append(c.Relays, c.Relays[0]) }, ErrEnum, "relays[1].name"},
		{"nowhere to send", func(c *Config) { c.Relays = nil }, ErrRequired, "relays"},
		{"only relays read from", func(c *Config) { c.Relays[0].URL, c.Relays[0].ValidatorsURL = "", "http://relay:1" }, ErrRequired, "relays"},
		{"relay without url nor validators_url", func(c *Config) { c.Relays[0].URL = "" }, ErrRequired, "relays[0].url"},
		{"relay name too long to report", func(c *Config) {
			c.Relays[0].ValidatorsURL, c.Relays[0].Name = "http://relay:1", strings.Repeat("r", 65)
		}, ErrRange, "relays[0].name"},
		{"relays without identity", func(c *Config) { c.Identity.Key = Secret{} }, ErrRequired, "identity.key"},
		{"signed feed requests without identity", func(c *Config) {
			c.Identity.Key, c.Relays, c.BuilderHook.Listen = Secret{}, nil, "127.0.0.1:0"
			c.BuilderHook.JWTSecret, _ = NewSecret("env:JWT")
			_ = c.BuilderHook.JWTSecret.Load(func(string) (string, bool) { return strings.Repeat("ab", 32), true })
		}, ErrRequired, "identity.key"},
		{"missing L1 key", func(c *Config) { c.L1.Key = Secret{} }, ErrRequired, "l1.key"},
		{"builder hook without secret", func(c *Config) { c.BuilderHook.Listen = "127.0.0.1:0" }, ErrRequired, "builder_hook.jwt_secret"},
		{"builder hook with the zero secret", func(c *Config) {
			c.BuilderHook.Listen = "127.0.0.1:0"
			c.BuilderHook.JWTSecret, _ = NewSecret("env:JWT")
			_ = c.BuilderHook.JWTSecret.Load(func(string) (string, bool) { return zeros(64), true })
		}, jwtauth.ErrZeroSecret, "builder_hook.jwt_secret"},
		{"prover rpc without url", func(c *Config) { c.Prover.Kind = ProverRPC }, ErrRequired, "prover.url"},
		{"prover attestation without key", func(c *Config) { c.Prover.Kind = ProverAttestation }, ErrRequired, "prover.key"},
		{"prover kind", func(c *Config) { c.Prover.Kind = "zk" }, ErrEnum, "prover.kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := loadMinimal(t, "")
			if err != nil {
				t.Fatal(err)
			}
			tt.mutate(cfg)
			err = cfg.Check()
			if !errors.Is(err, tt.want) {
				t.Fatalf("want %v, got %v", tt.want, err)
			}
			mustContain(t, err, tt.key+": ")
		})
	}
}

func TestSecretRejections(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name   string
		source string
		env    []string
		parts  []string
	}{
		{"missing file", filepath.Join(dir, "absent.key"), nil, []string{"l1.key: ", "absent.key", "no such file"}},
		{"empty file", write("empty.key", "\n"), nil, []string{"l1.key: ", "empty"}},
		{"env unset", "env:SYNCBOOST_TEST_UNSET", nil, []string{"l1.key: ", "SYNCBOOST_TEST_UNSET is not set"}},
		{"env empty", "env:EMPTY_KEY", []string{"EMPTY_KEY="}, []string{"l1.key: ", "EMPTY_KEY is not set"}},
		{"not hex", write("bad.key", "zz"+testL1Key[2:]), nil, []string{"l1.key: ", "not hex"}},
		{"wrong length", write("short.key", "abcd"), nil, []string{"l1.key: ", "64 hex digits"}},
		{"not a curve scalar", write("zero.key", "0x"+zeros(64)), nil, []string{"l1.key: ", "secp256k1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeConfig(t, minimalTOML)
			flags := []Override{{Key: "l1.key", Value: tt.source}}
			_, err := Load(Sources{Path: path, Environ: testEnviron(tt.env...), Flags: flags})
			if !errors.Is(err, ErrSecret) {
				t.Fatalf("want ErrSecret, got %v", err)
			}
			mustContain(t, err, tt.parts...)
		})
	}
}

func zeros(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '0'
	}
	return string(b)
}

func TestEPBSRevealDefault(t *testing.T) {
	cfg, err := loadMinimal(t, "[deadlines]\nprofile = \"epbs\"\n")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Deadlines.RevealBps != clock.PayloadDueBps {
		t.Errorf("reveal_bps = %d, want %d", cfg.Deadlines.RevealBps, clock.PayloadDueBps)
	}
}

func TestConversions(t *testing.T) {
	cfg, err := loadMinimal(t, "[limits]\nmin_priority_fee_wei = 7\n[deadlines]\nprofile = \"epbs\"\nlead_bps = 300\n")
	if err != nil {
		t.Fatal(err)
	}
	l := cfg.Limits.Bundle()
	if l.MinPriorityFee == nil || l.MinPriorityFee.Uint64() != 7 || l.MinL2Fee != nil {
		t.Errorf("fee floors: %v %v", l.MinPriorityFee, l.MinL2Fee)
	}
	if l.MaxGasPerTx != cfg.Limits.MaxGasPerTx || l.MaxTxs != cfg.Limits.MaxTxsPerBundle || l.MaxBytes != cfg.Limits.MaxBundleBytes {
		t.Errorf("limits: %+v", l)
	}
	if c := cfg.Chains(); c.L1 != 1 || c.L2 != 2 {
		t.Errorf("chains: %+v", c)
	}
	s := cfg.Deadlines.Schedule()
	if s.Profile != clock.ProfileEPBS || s.LeadBps != 300 || s.RevealBps != clock.PayloadDueBps {
		t.Errorf("schedule: %+v", s)
	}
	if err := s.Check(); err != nil {
		t.Errorf("schedule from a checked config fails its own check: %v", err)
	}
}

// Without sign_requests, a sidecar that only serves a co-located builder needs no identity.
func TestUnsignedFeedNeedsNoIdentity(t *testing.T) {
	cfg, err := loadMinimal(t, "")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Identity.Key, cfg.Relays, cfg.BuilderHook.Listen = Secret{}, nil, "127.0.0.1:0"
	cfg.BuilderHook.JWTSecret, _ = NewSecret("env:JWT")
	_ = cfg.BuilderHook.JWTSecret.Load(func(string) (string, bool) { return strings.Repeat("ab", 32), true })
	cfg.Sequencer.SignRequests = false
	if err := cfg.Check(); err != nil {
		t.Fatal(err)
	}
}
