// Package relay is the devnet's MEV-Boost relay stand-in. It serves the two read APIs a real
// relay serves builders and the public: GET /relay/v1/builder/validators, the registrations of
// the current and next epoch's proposers signed by the devnet validators' BLS keys, and GET
// /relay/v1/data/bidtraces/proposer_payload_delivered, what the devnet builder delivered,
// both in relayapi's wire types. A lying relay serves registrations whose signature does not
// verify, so the sidecar's check runs end to end.
package relay

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/flashbots/go-boost-utils/bls"
	"github.com/flashbots/go-boost-utils/ssz"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/l1/beaconapi"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/transport/httpserver"
)

// Errors of construction.
var (
	ErrConfig       = errors.New("relay: invalid config")
	ErrNilProposers = errors.New("relay: proposers are nil")
)

// keepDelivered is how many recent slots' deliveries are served.
const keepDelivered = 1024

// Proposers names the validator proposing a slot (beaconapi.Beacon).
type Proposers interface {
	ProposerIndex(slot uint64) uint64
}

// Config of one relay.
type Config struct {
	Name               string
	SlotsPerEpoch      uint64
	GenesisForkVersion [4]byte
	// Registered is the registrations' timestamp (the validators registered then).
	Registered   time.Time
	FeeRecipient common.Address
	GasLimit     uint64
	// LieFeeRecipient, when set, makes the relay lie: each registration names it instead of
	// the fee recipient its proposer signed, with a later timestamp, so it would win if counted.
	LieFeeRecipient common.Address
	HTTP            httpserver.Config
}

// DefaultHTTP listens on a free loopback port.
func DefaultHTTP() httpserver.Config {
	return httpserver.Config{Listen: "127.0.0.1:0", ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
		WriteTimeout: 10 * time.Second, IdleTimeout: 60 * time.Second, MaxHeaderBytes: 1 << 16, MaxBodyBytes: 1 << 16}
}

// Check reports every invalid field.
func (c Config) Check() error {
	var errs []error
	if c.Name == "" {
		errs = append(errs, fmt.Errorf("%w: name is required", ErrConfig))
	}
	if c.SlotsPerEpoch == 0 {
		errs = append(errs, fmt.Errorf("%w: slots_per_epoch must be > 0", ErrConfig))
	}
	if c.Registered.Unix() <= 0 {
		errs = append(errs, fmt.Errorf("%w: registered must be after 1970", ErrConfig))
	}
	if c.FeeRecipient == (common.Address{}) || c.GasLimit == 0 {
		errs = append(errs, fmt.Errorf("%w: fee_recipient and gas_limit are required", ErrConfig))
	}
	if err := c.HTTP.Check(); err != nil {
		errs = append(errs, fmt.Errorf("%w: http: %w", ErrConfig, err))
	}
	return errors.Join(errs...)
}

// Relay is one relay. Its methods are safe for concurrent use.
type Relay struct {
	cfg       Config
	proposers Proposers
	slots     *clock.SlotClock
	clk       clock.Clock
	domain    phase0.Domain
	http      *httpserver.Server

	mu        sync.Mutex
	signed    map[uint64]relayapi.ProposerDuty // by validator index; the slot is set per answer
	delivered map[uint64][]relayapi.DeliveredPayload
}

// New returns a relay of the chain timed by slots; Start serves it.
func New(cfg Config, proposers Proposers, slots *clock.SlotClock, clk clock.Clock, log zerolog.Logger) (*Relay, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if proposers == nil {
		return nil, ErrNilProposers
	}
	r := &Relay{cfg: cfg, proposers: proposers, slots: slots, clk: clk, domain: relayapi.BuilderDomain(cfg.GenesisForkVersion),
		signed: map[uint64]relayapi.ProposerDuty{}, delivered: map[uint64][]relayapi.DeliveredPayload{}}
	srv, err := httpserver.New(cfg.HTTP, r.routes(), log.With().Str("component", "devnet_relay").Str("relay", cfg.Name).Logger())
	if err != nil {
		return nil, fmt.Errorf("relay %s: %w", cfg.Name, err)
	}
	r.http = srv
	return r, nil
}

// Start binds the listener and serves.
func (r *Relay) Start(ctx context.Context) error { return r.http.Start(ctx) }

// Stop stops serving.
func (r *Relay) Stop(ctx context.Context) error { return r.http.Stop(ctx) }

// URL is the relay's base URL, what the sidecar's validators_url names.
func (r *Relay) URL() string { return r.http.URL() }

// Name is the relay's name.
func (r *Relay) Name() string { return r.cfg.Name }

// Lies reports whether the relay serves forged registrations.
func (r *Relay) Lies() bool { return r.cfg.LieFeeRecipient != (common.Address{}) }

// Deliver records that the relay delivered p to its slot's proposer.
func (r *Relay) Deliver(p relayapi.DeliveredPayload) {
	r.mu.Lock()
	defer r.mu.Unlock()
	slot := p.Trace.Slot
	r.delivered[slot] = append(r.delivered[slot], p)
	if slot >= keepDelivered {
		delete(r.delivered, slot-keepDelivered)
	}
}

// Delivered returns what the relay delivered for slot.
func (r *Relay) Delivered(slot uint64) []relayapi.DeliveredPayload {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]relayapi.DeliveredPayload{}, r.delivered[slot]...)
}

// duties lists the registrations of the current and next epoch's proposers, as
// mev-boost-relay does.
func (r *Relay) duties() ([]relayapi.ProposerDuty, error) {
	epoch := r.slots.SlotAt(r.clk.Now()) / r.cfg.SlotsPerEpoch
	first := epoch * r.cfg.SlotsPerEpoch
	out := make([]relayapi.ProposerDuty, 0, 2*r.cfg.SlotsPerEpoch)
	for s := first; s < first+2*r.cfg.SlotsPerEpoch; s++ {
		d, err := r.registration(r.proposers.ProposerIndex(s))
		if err != nil {
			return nil, err
		}
		d.Slot = s
		out = append(out, d)
	}
	return out, nil
}

// registration is validator index's signed registration, signed once.
func (r *Relay) registration(index uint64) (relayapi.ProposerDuty, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if d, ok := r.signed[index]; ok {
		return d, nil
	}
	d := relayapi.ProposerDuty{ValidatorIndex: index, Registration: relayapi.Registration{FeeRecipient: r.cfg.FeeRecipient,
		GasLimit: r.cfg.GasLimit, Timestamp: uint64(r.cfg.Registered.Unix()), Pubkey: beaconapi.Pubkey(index)}}
	sig, err := ssz.SignMessage(d.Registration.Spec(), r.domain, beaconapi.ValidatorKey(index))
	if err != nil {
		return d, fmt.Errorf("relay: sign validator %d's registration: %w", index, err)
	}
	d.Signature = sig
	if r.Lies() { // the proposer's signature over another message
		d.Registration.FeeRecipient, d.Registration.Timestamp = r.cfg.LieFeeRecipient, d.Registration.Timestamp+1
	}
	r.signed[index] = d
	return d, nil
}

// BuilderPubkey is the devnet builder's BLS public key, the builder_pubkey of what it delivers
// (derived from a fixed label, like the validators' keys).
func BuilderPubkey() [48]byte {
	sk, err := bls.SecretKeyFromBytes(crypto.Keccak256([]byte("syncboost/devnet/builder-key")))
	if err != nil {
		panic(fmt.Sprintf("relay: builder key: %v", err)) // a zero hash mod r: never
	}
	pk, err := bls.PublicKeyFromSecretKey(sk)
	if err != nil {
		panic(fmt.Sprintf("relay: builder pubkey: %v", err))
	}
	return [48]byte(bls.PublicKeyToBytes(pk))
}
