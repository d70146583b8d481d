package sidecar

import (
	"context"

	"fmt"
	"github.com/rs/zerolog"
	"math/big"

	"github.com/syncboost/syncboost/builderhook/pullapi"
	"github.com/syncboost/syncboost/builderhook/pullstore"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/bundle/chainspec"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/config"
	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/inbox"
	"github.com/syncboost/syncboost/sidecar/internal/inclusion"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/prover"
	"github.com/syncboost/syncboost/sidecar/sim"
)

// slots adds the slot loop. What depends on the chain's timing (slot length from the beacon
// node's spec) is built when the loop starts, after the beacon tracker.
func (b *builder) slots() error {
	store, err := pullstore.New(pullstore.DefaultConfig())
	if err != nil {
		return err
	}
	b.pull = store
	b.app.runner = &runner{beac: b.app.Beacon, sign: b.signer, pool: b.app.Pool, log: b.d.Log.With().Str("component", "slots").Logger(),
		build: b.slotParts}
	return b.sup.Add("pipeline", b.app.runner)
}

func (b *builder) slotParts(chain beacon.Chain) (*slotParts, error) {
	cfg := b.cfg
	sched, err := schedule(cfg.Deadlines.Schedule(), chain)
	if err != nil {
		return nil, fmt.Errorf("deadline schedule: %w", err)
	}
	domain := bundle.Domain{ChainID: cfg.L1.ChainID, VerifyingContract: cfg.Inbox.ContractAddress()}
	fc := feed.DefaultClientConfig(cfg.Sequencer.FeedURL, feed.ValidatorConfig{L2ChainID: cfg.L2.ChainID, Domain: domain,
		Authority: bundle.Authority{Sequencer: cfg.Sequencer.SignerAddress()}, ImplicitSlotEndingIndex: cfg.Sequencer.ImplicitSlotEndingIndex})
	fc.Silence, fc.Backoff.Min, fc.Backoff.Max = cfg.Sequencer.SilenceTimeout, cfg.Sequencer.BackoffMin, cfg.Sequencer.BackoffMax
	fcl, err := feed.NewClient(fc, b.app.Beacon, chain.Slots, b.d.Clock, b.d.Log, b.d.Registry)
	if err != nil {
		return nil, fmt.Errorf("feed client: %w", err)
	}
	ib, err := inbox.New(inbox.Config{Address: cfg.Inbox.ContractAddress(), L1ChainID: cfg.L1.ChainID, L1Rules: chainspec.Mainnet(cfg.L1.ChainID)}, b.l1, b.signer)
	if err != nil {
		return nil, fmt.Errorf("inbox: %w", err)
	}
	p, err := b.pipeline(sched, chain, ib)
	if err != nil {
		return nil, err
	}
	tr, err := b.tracker(p, chain, ib)
	if err != nil {
		return nil, err
	}
	return &slotParts{feed: fcl, pipeline: p, tracker: tr}, nil
}

func (b *builder) pipeline(sched *clock.Schedule, chain beacon.Chain, ib *inbox.Inbox) (*pipeline.Pipeline, error) {
	cfg := b.cfg
	l1sim, err := sim.New(sim.Config{Caller: b.l1rpc, MaxTxGas: cfg.Limits.MaxGasPerTx})
	if err != nil {
		return nil, err
	}
	l2sim, err := sim.New(sim.Config{Caller: b.l2rpc, MaxTxGas: cfg.Limits.MaxGasPerTx})
	if err != nil {
		return nil, err
	}
	sub, err := b.relays(chain)
	if err != nil {
		return nil, err
	}
	pr, err := b.prover(chain)
	if err != nil {
		return nil, err
	}
	props, err := b.proposers(chain)
	if err != nil {
		return nil, err
	}
	deps := pipeline.Deps{Clock: b.d.Clock, Schedule: sched,
		Targets: targets{beacon: b.app.Beacon, l1: b.l1, rules: chainspec.Mainnet(cfg.L1.ChainID), proposers: props},
		Bundles: b.app.Pool, Forced: ib, L2: l2chain{headers: b.l2, sim: l2sim}, L1: l1sim, Prover: pr, Inbox: ib,
		Submitter: sub, Publisher: b.pull, Log: b.d.Log, Metrics: pipeline.NewMetrics(b.d.Registry)}
	if props != nil { // a nil *Proposers in the interface would look configured
		deps.Proposers = props
	}
	pc := cfg.Pipeline
	return pipeline.New(pipeline.Config{L1ChainID: cfg.L1.ChainID, L2ChainID: cfg.L2.ChainID, Proposer: b.signer.Address(),
		MaxRounds: pc.MaxRounds, MaxL2Gas: pc.MaxL2Gas, MaxL1Gas: pc.MaxL1Gas, MaxAssertions: pc.MaxAssertions,
		BlobThreshold: pc.BlobThresholdBytes, L2Rules: chainspec.Mainnet(cfg.L2.ChainID)}, deps)
}

func (b *builder) relays(chain beacon.Chain) (pipeline.Submitter, error) {
	eps := make([]relayapi.Endpoint, len(b.cfg.Relays))
	for i, r := range b.cfg.Relays {
		eps[i] = r.Endpoint()
	}
	if len(eps) == 0 {
		return noRelays{}, nil // a co-located builder pulls the bundles
	}
	id, err := b.cfg.Identity.Key.PrivateKey()
	if err != nil {
		return nil, fmt.Errorf("identity.key: %w", err)
	}
	s, err := relayapi.New(relayapi.Config{Endpoints: eps, SlotDuration: chain.SlotDuration},
		relayapi.Deps{Identity: id, Log: b.d.Log, Registry: b.d.Registry, Clock: b.d.Clock})
	if err != nil {
		return nil, fmt.Errorf("relays: %w", err)
	}
	return submitter{s}, nil
}

// proposers asks the relays that serve validator registrations who proposes each slot; nil
// when no relay has a validators_url (then every slot is built).
func (b *builder) proposers(chain beacon.Chain) (*relayapi.Proposers, error) {
	var rs []relayapi.Relay
	for _, r := range b.cfg.Relays {
		if r.ValidatorsURL != "" {
			rs = append(rs, relayapi.Relay{Name: r.Name, URL: r.ValidatorsURL})
		}
	}
	if len(rs) == 0 {
		return nil, nil
	}
	p, err := relayapi.NewProposers(relayapi.ProposersConfig{Relays: rs, SlotsPerEpoch: chain.SlotsPerEpoch, Timeout: chain.Slots.Bps(1000)},
		relayapi.ProposersDeps{Log: b.d.Log, Registry: b.d.Registry})
	if err != nil {
		return nil, fmt.Errorf("relay validators: %w", err)
	}
	return p, nil
}

// prover returns nil when no prover is configured: blocks are proposed without a proven root.
func (b *builder) prover(chain beacon.Chain) (pipeline.Prover, error) {
	p := b.cfg.Prover
	timeout := chain.Slots.Bps(p.TimeoutBps)
	switch p.Kind {
	case config.ProverRPC:
		rp, err := prover.NewRPC(prover.RPCConfig{URL: p.URL})
		if err != nil {
			return nil, fmt.Errorf("prover: %w", err)
		}
		return timedProver{p: rp, timeout: timeout}, nil
	case config.ProverAttestation:
		key, err := p.Key.PrivateKey()
		if err != nil {
			return nil, fmt.Errorf("prover.key: %w", err)
		}
		return &attestation{key: &prover.AttestationConfig{Key: key, ChainID: new(big.Int).SetUint64(b.cfg.L1.ChainID)},
			l1: b.l1, inbox: b.cfg.Inbox.ContractAddress(), timeout: timeout}, nil
	}
	return nil, nil
}

func (b *builder) tracker(p *pipeline.Pipeline, chain beacon.Chain, ib *inbox.Inbox) (*inclusion.Tracker, error) {
	oc, err := feed.NewOutcomeClient(feed.DefaultOutcomeClientConfig(b.cfg.Sequencer.OutcomeURL), b.d.Clock)
	if err != nil {
		return nil, fmt.Errorf("outcome client: %w", err)
	}
	first := chain.Slots.SlotAt(b.d.Clock.Now())
	return inclusion.New(inclusion.Deps{Chain: b.l1, Events: ib, Reporter: reporter{oc}, Statuses: b.app.Pool, Sent: p,
		Log: b.d.Log, Metrics: inclusion.NewMetrics(b.d.Registry)}, first, b.cfg.Pipeline.ReorgWindowSlots)
}

// builderHook serves the bundles to a co-located builder when [builder_hook] listen is set.
func (b *builder) builderHook() error {
	if !b.cfg.BuilderHook.Enabled() {
		return nil
	}
	secret, err := b.cfg.BuilderHook.JWTSecret.Bytes32()
	if err != nil {
		return fmt.Errorf("builder_hook.jwt_secret: %w", err)
	}
	s, err := pullapi.New(pullapi.DefaultConfig(b.cfg.BuilderHook.Listen, secret), pullapi.Deps{Store: b.pull,
		Recorder: sealedLog{b.d.Log}, Clock: b.d.Clock, Registry: b.d.Registry, Log: b.d.Log})
	if err != nil {
		return fmt.Errorf("builder hook: %w", err)
	}
	return b.sup.Add("builder-hook", s)
}

// noRelays is the submitter of a sidecar whose only builder pulls from the builder hook.
type noRelays struct{}

func (noRelays) Submit(context.Context, *bundle.AtomicBundle) pipeline.SubmitReport {
	return pipeline.SubmitReport{}
}
func (noRelays) Cancel(context.Context, string) pipeline.SubmitReport { return pipeline.SubmitReport{} }

// sealedLog records what a co-located builder reports sealing, next to the tracker's view.
type sealedLog struct{ log zerolog.Logger }

func (s sealedLog) RecordSealed(_ context.Context, r pullapi.SealedReport) error {
	s.log.Info().Any("sealed", r).Msg("co-located builder sealed a block")
	return nil
}
