package relayapi

import (
	"errors"
	"fmt"
	"time"

	builderv1 "github.com/attestantio/go-builder-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/flashbots/go-boost-utils/ssz"
	"github.com/prometheus/client_golang/prometheus"
)

// Verifying relays' registrations: a relay's word that a slot's proposer registered counts only
// when the registration is signed by its pubkey under the builder domain and that pubkey is the
// beacon node's proposer for the slot. A relay that is wrong, compromised or lying can then
// neither redirect the fee recipient the sidecar simulates with nor make it build for a
// proposer that never registered.

// Sentinel errors of registration checks.
var (
	ErrNilDuties = errors.New("proposer duties source is nil")
	// ErrDutyUnknown: the beacon node names no proposer for the slot, so no registration can be
	// matched; the relay's answer counts as "cannot tell".
	ErrDutyUnknown = errors.New("no beacon proposer duty for the slot")
	// ErrBadSignature and ErrNotProposer refuse a registration: it is ignored, as if the relay
	// did not list the slot.
	ErrBadSignature = errors.New("registration signature does not verify")
	ErrNotProposer  = errors.New("registration pubkey is not the slot's proposer")
)

// Duties is the beacon node's view of who proposes a slot (the sidecar's beacon tracker).
type Duties interface {
	ProposerDuty(slot uint64) (pubkey [48]byte, ok bool)
}

// BuilderDomain is the builder-spec signing domain of validator registrations and bids:
// DOMAIN_APPLICATION_BUILDER with the genesis fork version and a zero genesis validators root.
func BuilderDomain(genesisForkVersion [4]byte) phase0.Domain {
	return ssz.ComputeDomain(ssz.DomainTypeAppBuilder, phase0.Version(genesisForkVersion), phase0.Root{})
}

// Spec returns the registration as the builder-spec ValidatorRegistrationV1 that is signed.
// Its SSZ root reads the timestamp back as uint64(Unix()), the same 64 bits for any value.
func (r Registration) Spec() *builderv1.ValidatorRegistration {
	return &builderv1.ValidatorRegistration{FeeRecipient: bellatrix.ExecutionAddress(r.FeeRecipient), GasLimit: r.GasLimit,
		Timestamp: time.Unix(int64(r.Timestamp), 0), Pubkey: phase0.BLSPubKey(r.Pubkey)}
}

// VerifyRegistration checks d's signature by its own pubkey under domain.
func VerifyRegistration(d ProposerDuty, domain phase0.Domain) error {
	ok, err := ssz.VerifySignature(d.Registration.Spec(), domain, d.Registration.Pubkey[:], d.Signature[:])
	switch {
	case err != nil:
		return fmt.Errorf("%w: %w", ErrBadSignature, err)
	case !ok:
		return ErrBadSignature
	}
	return nil
}

// verdictKey is a registration as checked against one duty: the same entry checked against
// another duty (after a beacon reorg) is checked again.
type verdictKey struct {
	duty  [48]byte
	entry ProposerDuty
}

// verify checks d against the beacon duty of its slot; st.sem is held. A verdict is computed,
// logged and counted once per entry; an unknown duty is not a verdict and is asked again.
func (p *Proposers) verify(st *relayState, d ProposerDuty) error {
	duty, ok := p.duties.ProposerDuty(d.Slot)
	if !ok {
		return fmt.Errorf("%w: slot %d", ErrDutyUnknown, d.Slot)
	}
	k := verdictKey{duty: duty, entry: d}
	if v, seen := st.verdicts[k]; seen {
		return v
	}
	var v error
	if d.Registration.Pubkey != duty {
		v = fmt.Errorf("%w: registration for %s, beacon duty %s", ErrNotProposer, shortKey(d.Registration.Pubkey), shortKey(duty))
	} else {
		v = VerifyRegistration(d, p.domain)
	}
	st.verdicts[k] = v
	p.checks.verdicts.WithLabelValues(st.Name, verdictOf(v)).Inc()
	if v != nil {
		p.log.Warn().Err(v).Str("relay", st.Name).Uint64("slot", d.Slot).Str("pubkey", hexutil.Encode(d.Registration.Pubkey[:])).
			Str("fee_recipient", d.Registration.FeeRecipient.Hex()).Msg("relay registration refused")
	}
	return v
}

// forgetVerdicts drops the verdicts of slots before from; st.sem is held.
func (st *relayState) forgetVerdicts(from uint64) {
	for k := range st.verdicts {
		if k.entry.Slot < from {
			delete(st.verdicts, k)
		}
	}
}

// Verdicts, the label of sidecar_relayapi_registrations_total.
const (
	VerdictVerified     = "verified"
	VerdictBadSignature = "bad_signature"
	VerdictNotProposer  = "not_proposer"
)

func verdictOf(err error) string {
	switch {
	case err == nil:
		return VerdictVerified
	case errors.Is(err, ErrNotProposer):
		return VerdictNotProposer
	default:
		return VerdictBadSignature
	}
}

func shortKey(k [48]byte) string { return hexutil.Encode(k[:6]) + "…" }

type registrationMetrics struct {
	verdicts *prometheus.CounterVec
}

func newRegistrationMetrics(reg prometheus.Registerer) (*registrationMetrics, error) {
	verdicts := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "sidecar_relayapi_registrations_total",
		Help: "Relay validator registrations checked, once each, by relay and verdict (verified, bad_signature, not_proposer).",
	}, []string{"relay", "verdict"})
	if err := register(reg, verdicts); err != nil {
		return nil, err
	}
	return &registrationMetrics{verdicts: verdicts}, nil
}
