package relayapi

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

// ErrNotCovered: the relay's answer does not reach the slot's epoch, so its silence about the
// slot says nothing.
var ErrNotCovered = errors.New("relay lists no duty in the slot's epoch")

// Relay is a relay whose builder API lists registered proposers.
type Relay struct {
	Name string
	// URL is the relay's base URL (scheme and host, optionally a path prefix).
	URL string
}

// ProposersConfig configures a Proposers client.
type ProposersConfig struct {
	Relays        []Relay
	SlotsPerEpoch uint64
	// GenesisForkVersion is the chain's (the beacon node's genesis_fork_version): registrations
	// are signed under the builder domain computed from it. Zero is mainnet's.
	GenesisForkVersion [4]byte
	// Timeout bounds one GET to one relay.
	Timeout time.Duration
	// MaxResponseBytes bounds one answer; 0 means 1 MiB.
	MaxResponseBytes int64
}

// Check validates the configuration.
func (c ProposersConfig) Check() error {
	var errs []error
	if len(c.Relays) == 0 {
		errs = append(errs, fmt.Errorf("%w: relays: at least one is required", ErrConfig))
	}
	if c.SlotsPerEpoch == 0 {
		errs = append(errs, fmt.Errorf("%w: slots_per_epoch: must be > 0", ErrConfig))
	}
	if c.Timeout <= 0 {
		errs = append(errs, fmt.Errorf("%w: timeout: must be > 0", ErrConfig))
	}
	if c.MaxResponseBytes < 0 {
		errs = append(errs, fmt.Errorf("%w: max_response_bytes: must not be negative", ErrConfig))
	}
	seen := map[string]int{}
	for i, r := range c.Relays {
		if r.Name == "" {
			errs = append(errs, fmt.Errorf("%w: relays[%d].name: required", ErrConfig, i))
		} else if j, dup := seen[r.Name]; dup {
			errs = append(errs, fmt.Errorf("%w: relays[%d].name: %q already used by relays[%d]", ErrConfig, i, r.Name, j))
		}
		seen[r.Name] = i
		if err := checkHTTPURL("url", r.URL); err != nil {
			errs = append(errs, fmt.Errorf("relays[%d]: %w", i, err))
		}
	}
	return errors.Join(errs...)
}

// ProposersDeps are the injected dependencies of a Proposers client. Duties is required.
type ProposersDeps struct {
	// Duties names each slot's proposer, from the beacon node: a registration counts only when
	// it is for that proposer's pubkey.
	Duties    Duties
	Log       zerolog.Logger
	Registry  prometheus.Registerer
	Transport http.RoundTripper
}

// ProposerStatus says whether a slot's proposer takes builder blocks.
type ProposerStatus int

// Statuses. Only ProposerNotRegistered justifies skipping a slot.
const (
	// ProposerUnknown: no relay lists the slot and at least one could not tell.
	ProposerUnknown ProposerStatus = iota
	// ProposerRegistered: at least one relay lists the slot's proposer.
	ProposerRegistered
	// ProposerNotRegistered: every relay answered for the slot's epoch and none lists it.
	ProposerNotRegistered
)

func (s ProposerStatus) String() string {
	switch s {
	case ProposerRegistered:
		return "registered"
	case ProposerNotRegistered:
		return "not_registered"
	default:
		return "unknown"
	}
}

// Proposer is what the relays know about one slot's proposer.
type Proposer struct {
	Slot   uint64
	Status ProposerStatus
	// When registered: the most recent registration any relay holds, and who holds one.
	ValidatorIndex uint64
	Registration   Registration
	Relays         []string
	// Errors says, per relay, why it could not tell.
	Errors map[string]error
	// Refused says, per relay, why its registration for the slot was ignored (ErrBadSignature,
	// ErrNotProposer): such a relay counts as one that does not list the slot.
	Refused map[string]error
}

// Proposers answers whether a slot's proposer takes builder blocks, from the relays'
// GET /relay/v1/builder/validators. Each relay's list is fetched again when the asked slot's
// epoch changes, and after a failure. It is safe for concurrent use.
type Proposers struct {
	cfg     ProposersConfig
	client  *http.Client
	log     zerolog.Logger
	metrics *proposerMetrics
	checks  *registrationMetrics
	duties  Duties
	domain  phase0.Domain
	relays  []*relayState
}

type relayState struct {
	Relay
	url string
	// sem serialises fetches and guards the fields below.
	sem        chan struct{}
	ok         bool
	epoch      uint64 // the epoch the list was fetched for
	fetchedFor uint64 // the slot whose lookup fetched it
	duties     map[uint64]ProposerDuty
	minEpoch   uint64
	maxEpoch   uint64
	// verdicts remembers each registration's check, so each is verified, logged and counted once.
	verdicts map[verdictKey]error
}

// NewProposers returns a Proposers client.
func NewProposers(cfg ProposersConfig, deps ProposersDeps) (*Proposers, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if deps.Duties == nil {
		return nil, ErrNilDuties
	}
	if cfg.MaxResponseBytes == 0 {
		cfg.MaxResponseBytes = defaultMaxResponseBytes
	}
	m, err := newProposerMetrics(deps.Registry)
	if err != nil {
		return nil, fmt.Errorf("register metrics: %w", err)
	}
	checks, err := newRegistrationMetrics(deps.Registry)
	if err != nil {
		return nil, fmt.Errorf("register metrics: %w", err)
	}
	p := &Proposers{cfg: cfg, client: newHTTPClient(deps.Transport), metrics: m, checks: checks, duties: deps.Duties,
		domain: BuilderDomain(cfg.GenesisForkVersion), log: deps.Log.With().Str("component", "relayapi").Logger()}
	for _, r := range cfg.Relays {
		p.relays = append(p.relays, &relayState{Relay: r, sem: make(chan struct{}, 1), verdicts: map[verdictKey]error{},
			url: strings.TrimSuffix(r.URL, "/") + PathBuilderValidators})
	}
	return p, nil
}

// Lookup asks every relay, in parallel, about slot's proposer. Only registrations signed by the
// beacon node's proposer for slot count; a relay whose entry fails is treated as one that does
// not list the slot.
func (p *Proposers) Lookup(ctx context.Context, slot uint64) Proposer {
	answers := make([]relayAnswer, len(p.relays))
	var wg sync.WaitGroup
	for i, st := range p.relays {
		wg.Go(func() { answers[i] = p.lookupRelay(ctx, st, slot) })
	}
	wg.Wait()
	out := Proposer{Slot: slot, Status: ProposerNotRegistered}
	for i, a := range answers {
		name := p.relays[i].Name
		switch {
		case a.err != nil:
			out.Errors = withErr(out.Errors, name, a.err)
		case a.refused != nil:
			out.Refused = withErr(out.Refused, name, a.refused)
		case a.duty != nil:
			if len(out.Relays) == 0 || a.duty.Registration.Timestamp > out.Registration.Timestamp {
				out.ValidatorIndex, out.Registration = a.duty.ValidatorIndex, a.duty.Registration
			}
			out.Relays = append(out.Relays, name)
		}
	}
	switch {
	case len(out.Relays) > 0:
		out.Status = ProposerRegistered
	case len(out.Errors) > 0:
		out.Status = ProposerUnknown
	}
	return out
}

func withErr(m map[string]error, name string, err error) map[string]error {
	if m == nil {
		m = map[string]error{}
	}
	m[name] = err
	return m
}

// TakesBuilderBlocks reports whether slot's proposer takes builder blocks; known is false when
// no relay lists the proposer and at least one could not tell, in which case the slot must not
// be skipped.
func (p *Proposers) TakesBuilderBlocks(ctx context.Context, slot uint64) (takes, known bool) {
	switch p.Lookup(ctx, slot).Status {
	case ProposerRegistered:
		return true, true
	case ProposerNotRegistered:
		return false, true
	default:
		return false, false
	}
}

// relayAnswer is one relay's word on a slot: a verified duty, a refused one, nothing (the
// relay's list covers the slot's epoch without it), or an error when the relay cannot tell.
type relayAnswer struct {
	duty    *ProposerDuty
	refused error
	err     error
}

func (p *Proposers) lookupRelay(ctx context.Context, st *relayState, slot uint64) relayAnswer {
	select {
	case st.sem <- struct{}{}:
	case <-ctx.Done():
		return relayAnswer{err: fmt.Errorf("%w: %w", ErrCanceled, context.Cause(ctx))}
	}
	defer func() { <-st.sem }()
	epoch := slot / p.cfg.SlotsPerEpoch
	covered := st.ok && st.minEpoch <= epoch && epoch <= st.maxEpoch
	if !st.ok || st.epoch != epoch || (!covered && st.fetchedFor != slot) {
		if err := p.refresh(ctx, st, slot); err != nil {
			return relayAnswer{err: err}
		}
		covered = st.minEpoch <= epoch && epoch <= st.maxEpoch
	}
	if d, ok := st.duties[slot]; ok {
		switch err := p.verify(st, d); {
		case errors.Is(err, ErrDutyUnknown):
			return relayAnswer{err: err}
		case err != nil:
			return relayAnswer{refused: err}
		}
		return relayAnswer{duty: &d}
	}
	if !covered {
		return relayAnswer{err: fmt.Errorf("%w: epoch %d", ErrNotCovered, epoch)}
	}
	return relayAnswer{}
}

// refresh fetches the relay's list; on failure the relay knows nothing until the next success.
func (p *Proposers) refresh(ctx context.Context, st *relayState, slot uint64) error {
	st.ok, st.duties = false, nil
	duties, err := p.fetch(ctx, st.url)
	p.metrics.fetches.WithLabelValues(st.Name, string(OutcomeOf(err))).Inc()
	if err != nil {
		p.log.Warn().Err(err).Str("relay", st.Name).Uint64("slot", slot).Msg("validators list unavailable")
		return err
	}
	st.ok, st.epoch, st.fetchedFor = true, slot/p.cfg.SlotsPerEpoch, slot
	st.forgetVerdicts(st.epoch * p.cfg.SlotsPerEpoch)
	st.duties = make(map[uint64]ProposerDuty, len(duties))
	st.minEpoch, st.maxEpoch = 1, 0 // empty range until a duty is seen
	for i, d := range duties {
		e := d.Slot / p.cfg.SlotsPerEpoch
		if i == 0 || e < st.minEpoch {
			st.minEpoch = e
		}
		if i == 0 || e > st.maxEpoch {
			st.maxEpoch = e
		}
		st.duties[d.Slot] = d
	}
	return nil
}

func (p *Proposers) fetch(ctx context.Context, url string) ([]ProposerDuty, error) {
	body, err := getJSON(ctx, p.client, url, p.cfg.Timeout, p.cfg.MaxResponseBytes)
	if err != nil {
		return nil, err
	}
	return DecodeValidators(body)
}
