package config

import "github.com/syncboost/syncboost/clock"

// Deadline profiles.
const (
	ProfileMEVBoost = string(clock.ProfileMEVBoost)
	ProfileEPBS     = string(clock.ProfileEPBS)
)

// defaultRevealBps is consensus-specs PAYLOAD_DUE_BPS, the ePBS payload deadline.
const defaultRevealBps = 5000

// Deadlines places the per-slot deadlines as basis points of the slot, so
// they follow the slot length (12 s today, 6 s proposed).
type Deadlines struct {
	Profile string `toml:"profile"` // mevboost | epbs
	// LeadBps: bundles (or the ePBS bid) must be with builders this far
	// before the target slot starts.
	LeadBps uint32 `toml:"lead_bps"`
	// BuildBps: time reserved to build, simulate and send; a slot-ending
	// message arriving later than this before the submit deadline is skipped.
	BuildBps uint32 `toml:"build_bps"`
	// ReplaceLeadBps (mevboost): replacements and cancellations stop this far
	// before the target slot starts; 0 stops them at the slot start.
	ReplaceLeadBps uint32 `toml:"replace_lead_bps"`
	// RevealBps (epbs): the payload is due this far into the target slot;
	// 0 under epbs means 5000 (PAYLOAD_DUE_BPS). Must be 0 under mevboost.
	RevealBps uint32 `toml:"reveal_bps"`
}

func defaultDeadlines() Deadlines {
	return Deadlines{Profile: ProfileMEVBoost, LeadBps: 500, BuildBps: 1000}
}

// applyDefaults fills the profile-dependent default.
func (d *Deadlines) applyDefaults() {
	if d.Profile == ProfileEPBS && d.RevealBps == 0 {
		d.RevealBps = defaultRevealBps
	}
}

// Check validates the section.
func (d Deadlines) Check() error {
	var p problems
	p.add("profile", oneOf(d.Profile, ProfileMEVBoost, ProfileEPBS))
	p.add("lead_bps", bps(d.LeadBps))
	p.add("build_bps", bps(d.BuildBps))
	if uint64(d.LeadBps)+uint64(d.BuildBps) > BpsDenominator {
		p.add("build_bps", errorf(ErrRange, "lead_bps %d + build_bps %d exceed one slot", d.LeadBps, d.BuildBps))
	}
	switch d.Profile {
	case ProfileMEVBoost:
		if d.ReplaceLeadBps > d.LeadBps {
			p.add("replace_lead_bps", errorf(ErrRange, "%d exceeds lead_bps %d", d.ReplaceLeadBps, d.LeadBps))
		}
		if d.RevealBps != 0 {
			p.add("reveal_bps", errorf(ErrRange, "applies to the epbs profile only"))
		}
	case ProfileEPBS:
		p.add("reveal_bps", bps(d.RevealBps))
		if d.ReplaceLeadBps != 0 {
			p.add("replace_lead_bps", errorf(ErrRange, "applies to the mevboost profile only (an ePBS bid commits its block hash)"))
		}
	}
	if len(p) == 0 {
		// The schedule's own rules, so that a config that passes here
		// also builds a schedule.
		p.add("schedule", d.Schedule().Check())
	}
	return p.join()
}

// Schedule returns the deadlines in the form the slot clock takes.
func (d Deadlines) Schedule() clock.ScheduleConfig {
	return clock.ScheduleConfig{
		Profile:        clock.Profile(d.Profile),
		LeadBps:        d.LeadBps,
		BuildBps:       d.BuildBps,
		ReplaceLeadBps: d.ReplaceLeadBps,
		RevealBps:      d.RevealBps,
	}
}

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

// Bundle submission methods.
const (
	MethodEthSendBundle = "eth_sendBundle"
	MethodMevSendBundle = "mev_sendBundle"
)

const defaultRelayTimeoutBps = 1000

// Relay is one builder or relay endpoint that receives every bundle.
type Relay struct {
	Name   string `toml:"name"`
	URL    string `toml:"url"`
	Method string `toml:"method"` // eth_sendBundle | mev_sendBundle
	// TimeoutBps bounds one submission, as basis points of the slot.
	TimeoutBps uint32 `toml:"timeout_bps"`
	// ValidatorsURL is the relay's builder API (GET /relay/v1/builder/validators), to know
	// whether a slot's proposer takes builder blocks; "" when the endpoint is a builder.
	ValidatorsURL string `toml:"validators_url"`
}

// Check validates one relay entry.
func (r Relay) Check() error {
	var p problems
	if r.Name == "" {
		p.add("name", ErrRequired)
	}
	p.add("url", checkURL(r.URL, httpSchemes...))
	p.add("method", oneOf(r.Method, MethodEthSendBundle, MethodMevSendBundle))
	p.add("timeout_bps", bps(r.TimeoutBps))
	if r.ValidatorsURL != "" {
		p.add("validators_url", checkURL(r.ValidatorsURL, httpSchemes...))
	}
	return p.join()
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
	} else {
		_, err := b.JWTSecret.Bytes32()
		p.add("jwt_secret", err)
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
		ps.add("url", checkURL(p.URL, httpSchemes...))
		ps.add("timeout_bps", bps(p.TimeoutBps))
	case ProverAttestation:
		ps.add("key", checkKey(p.Key, true))
		ps.add("timeout_bps", bps(p.TimeoutBps))
	}
	return ps.join()
}
