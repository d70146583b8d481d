package config

import (
	"fmt"

	"github.com/syncboost/syncboost/builderhook/jwtauth"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/relayapi"
)

// Deadlines is the [deadlines] section: the slot clock's schedule
// configuration, decoded as is. Its keys, defaults and rules are clock's, so
// what config check accepts is exactly what the schedule is built from.
type Deadlines clock.ScheduleConfig

func defaultDeadlines() Deadlines { return Deadlines(clock.DefaultMEVBoost()) }

// applyDefaults fills the profile-dependent default.
func (d *Deadlines) applyDefaults() { *d = Deadlines(d.Schedule().WithDefaults()) }

// Check validates the section with the schedule's own rules.
func (d Deadlines) Check() error { return d.Schedule().Check() }

// Schedule returns the deadlines in the form the slot clock takes.
func (d Deadlines) Schedule() clock.ScheduleConfig { return clock.ScheduleConfig(d) }

// Identity is the searcher identity the sidecar signs its own bundles with
// (X-Flashbots-Signature towards relays and builders).
type Identity struct {
	Key Secret `toml:"key"`
}

// Check parses the key when one is configured (Config.Check requires it
// when relays are configured).
func (i Identity) Check() error {
	var p problems
	p.add("key", checkKey(i.Key, false))
	return p.join()
}

const (
	defaultRelayTimeoutBps = 1000
	// defaultRelayReturnBufferBps keeps 120 ms of a 12 s slot for the answer's way back.
	defaultRelayReturnBufferBps = 100
)

// Relay is one builder or relay endpoint that receives every bundle, or (URL empty) a relay the
// sidecar only reads from.
type Relay struct {
	Name   string          `toml:"name"`
	URL    string          `toml:"url"`
	Method relayapi.Method `toml:"method"` // one of relayapi.Methods()
	// TimeoutBps bounds one submission, as basis points of the slot.
	TimeoutBps uint32 `toml:"timeout_bps"`
	// ReturnBufferBps is kept back from the timeout for the answer's way back: X-Timeout-Ms
	// tells the endpoint the rest.
	ReturnBufferBps uint32 `toml:"return_buffer_bps"`
	// ValidatorsURL is the relay's base URL: its builder API (GET /relay/v1/builder/validators)
	// tells whether a slot's proposer takes builder blocks, its data API who delivered each
	// slot's block; "" when the endpoint is a builder.
	ValidatorsURL string `toml:"validators_url"`
}

// ReceivesBundles reports whether bundles are sent to the entry (it has a url).
func (r Relay) ReceivesBundles() bool { return r.URL != "" }

// Check validates one relay entry.
func (r Relay) Check() error {
	var p problems
	if r.Name == "" {
		p.add("name", ErrRequired)
	}
	if r.URL != "" || r.ValidatorsURL == "" { // a relay only read from needs no bundle url
		p.httpURL("url", r.URL)
	}
	p.add("method", r.Method.Check())
	p.add("timeout_bps", clock.CheckBps(r.TimeoutBps))
	p.add("return_buffer_bps", relayapi.CheckReturnBufferBps(r.ReturnBufferBps, r.TimeoutBps))
	if r.ValidatorsURL != "" {
		p.httpURL("validators_url", r.ValidatorsURL)
		if len(r.Name) > bundle.MaxRelayNameLen { // the name reports who delivered a block
			p.add("name", fmt.Errorf("%w: %d bytes, at most %d for a relay with validators_url", ErrRange, len(r.Name), bundle.MaxRelayNameLen))
		}
	}
	return p.join()
}

// Endpoint returns the entry as the relay client takes it.
func (r Relay) Endpoint() relayapi.Endpoint {
	return relayapi.Endpoint{Name: r.Name, URL: r.URL, Method: r.Method, TimeoutBps: r.TimeoutBps, ReturnBufferBps: r.ReturnBufferBps}
}

// BuilderHook configures the pull endpoint a co-located builder fetches
// bundles from. An empty Listen disables it.
type BuilderHook struct {
	Listen string `toml:"listen"`
	// JWTSecret authenticates the builder, as on the engine API (32 bytes hex).
	JWTSecret Secret `toml:"jwt_secret"`
}

func defaultBuilderHook() BuilderHook { return BuilderHook{} }

// Enabled reports whether the pull endpoint is configured.
func (b BuilderHook) Enabled() bool { return b.Listen != "" }

// Check validates the section.
func (b BuilderHook) Check() error {
	var p problems
	if !b.Enabled() {
		return nil
	}
	p.add("listen", checkListen(b.Listen))
	if !b.JWTSecret.IsSet() {
		p.add("jwt_secret", ErrRequired)
	} else if secret, err := b.JWTSecret.Bytes32(); err != nil {
		p.add("jwt_secret", err)
	} else {
		p.add("jwt_secret", jwtauth.CheckSecret(secret)) // the builder API's own rule
	}
	return p.join()
}

// Prover kinds.
const (
	ProverNone        = "none"
	ProverRPC         = "rpc"
	ProverAttestation = "attestation"
)

// Prover configures how the based block's post-state root is proven to L1
// in the same slot: not at all, by a remote prover, or by an ECDSA
// attestation key (devnet).
type Prover struct {
	Kind       string `toml:"kind"` // none | rpc | attestation
	URL        string `toml:"url"`
	TimeoutBps uint32 `toml:"timeout_bps"`
	Key        Secret `toml:"key"`
}

func defaultProver() Prover { return Prover{Kind: ProverNone, TimeoutBps: 2000} }

// Check validates the section.
func (p Prover) Check() error {
	var ps problems
	ps.add("kind", oneOf(p.Kind, ProverNone, ProverRPC, ProverAttestation))
	switch p.Kind {
	case ProverRPC:
		ps.httpURL("url", p.URL)
		ps.add("timeout_bps", clock.CheckBps(p.TimeoutBps))
	case ProverAttestation:
		ps.add("key", checkKey(p.Key, true))
		ps.add("timeout_bps", clock.CheckBps(p.TimeoutBps))
	}
	return ps.join()
}
