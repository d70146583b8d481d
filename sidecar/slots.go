package sidecar

import (
	"crypto/ecdsa"
	"fmt"
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
	"github.com/syncboost/syncboost/sidecar/internal/committee"
	"github.com/syncboost/syncboost/sidecar/internal/driver"
	"github.com/syncboost/syncboost/sidecar/internal/inbox"
	"github.com/syncboost/syncboost/sidecar/internal/inclusion"
	"github.com/syncboost/syncboost/sidecar/internal/lease"
	"github.com/syncboost/syncboost/sidecar/internal/mempool"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/prover"
	"github.com/syncboost/syncboost/sidecar/internal/target"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
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
	b.app.loop = &slotLoop{build: func() (*loopParts, error) { return b.loopParts(b.app.Beacon.Chain()) }}
	rule := inboxRule{l1: b.l1, inbox: b.cfg.Inbox.ContractAddress(), want: b.cfg.Sequencer.ImplicitSlotEndingIndex, log: b.d.Log}
	if err := b.sup.Add("inbox-rule", rule); err != nil {
		return err
	}
	return b.sup.Add("slot-loop", b.app.loop)
}

// loopParts builds the feed client, the pipeline, the tracker and the driver, on a supervisor
// that starts them in that order.
func (b *builder) loopParts(chain beacon.Chain) (*loopParts, error) {
	cfg := b.cfg
	sched, err := clock.NewSchedule(cfg.Deadlines.Schedule(), chain.Slots)
	if err != nil {
		return nil, fmt.Errorf("deadline schedule: %w", err)
	}
	if err := b.followCommittee(); err != nil {
		return nil, err
	}
	fcl, err := b.feedClient(chain)
	if err != nil {
		return nil, err
	}
	si, err := b.standIn()
	if err != nil {
		return nil, err
	}
	ib, err := inbox.New(inbox.Config{Address: cfg.Inbox.ContractAddress(), L1ChainID: cfg.L1.ChainID,
		L1Rules: chainspec.Mainnet(cfg.L1.ChainID), Committees: b.committees(si)}, b.l1, b.signer)
	if err != nil {
		return nil, fmt.Errorf("inbox: %w", err)
	}
	sub, err := b.relays(chain, sched)
	if err != nil {
		return nil, err
	}
	props, err := b.proposers(chain)
	if err != nil {
		return nil, err
	}
	sl, err := b.slotLease(chain)
	if err != nil {
		return nil, err
	}
	p, err := b.pipeline(sched, chain, ib, sub, props, sl, si)
	if err != nil {
		return nil, err
	}
	tr, err := b.tracker(chain, ib)
	if err != nil {
		return nil, err
	}
	hooks := []driver.HeadHook{b.readNonce, b.expireBundles(p)}
	if b.committee != nil {
		hooks = append(hooks, b.followRotation)
	}
	if props != nil {
		hooks = append(hooks, warmProposers(props))
	}
	drv, err := driver.New(driver.Deps{Feed: fcl, Heads: b.app.Beacon, Pipeline: p, Tracker: tr, OnHead: hooks, Failures: b.status, Log: b.d.Log})
	if err != nil {
		return nil, err
	}
	type part struct {
		name string
		c    lifecycle.Component
	}
	var parts []part
	if b.committee != nil { // reconciles the committee file with L1 before the feed is read
		parts = append(parts, part{"committee", b.committee})
	}
	if sl != nil {
		parts = append(parts, part{"slot-lease", sl})
	}
	sup := lifecycle.NewSupervisor(b.d.Log)
	parts = append(parts, part{"relays", sub}, part{"tracker", tr}, part{"feed-client", fcl}, part{"driver", drv})
	if p.Speculating() {
		heads := &speculationHeads{l1: b.l1, l2: b.l2, beacon: b.app.Beacon, inbox: cfg.Inbox.ContractAddress(), l2ChainID: cfg.L2.ChainID}
		loop, err := pipeline.NewSpeculationLoop(p, heads,
			chain.Slots.Bps(b.cfg.Pipeline.SpeculateIntervalBps))
		if err != nil {
			return nil, err
		}
		parts = append(parts, part{"speculation", loop})
	}
	for _, c := range parts {
		if err := sup.Add(c.name, c.c); err != nil {
			return nil, err
		}
	}
	if err := b.basedMode(sup, sched, ib, b.targets(props), drv, tr); err != nil {
		return nil, err
	}
	return &loopParts{sup: sup, pipeline: p, driver: drv, tracker: tr}, nil
}

func (b *builder) feedClient(chain beacon.Chain) (*feed.Client, error) {
	cfg := b.cfg
	domain := bundle.Domain{ChainID: cfg.L1.ChainID, VerifyingContract: cfg.Inbox.ContractAddress()}
	var err error
	vc := feed.ValidatorConfig{L2ChainID: cfg.L2.ChainID, Domain: domain, ImplicitSlotEndingIndex: cfg.Sequencer.ImplicitSlotEndingIndex}
	if b.committee != nil {
		vc.Authorities = b.committee
	} else {
		vc.Authority = bundle.Authority{Sequencer: cfg.Sequencer.SignerAddress()}
	}
	fc := feed.DefaultClientConfig(cfg.Sequencer.FeedURL, vc)
	fc.Silence, fc.Backoff.Min, fc.Backoff.Max = cfg.Sequencer.SilenceTimeout, cfg.Sequencer.BackoffMin, cfg.Sequencer.BackoffMax
	if fc.Identity, err = b.requestKey(); err != nil {
		return nil, err
	}
	fcl, err := feed.NewClient(fc, b.app.Beacon, chain.Slots, b.d.Clock, b.d.Log, b.d.Registry)
	if err != nil {
		return nil, fmt.Errorf("feed client: %w", err)
	}
	return fcl, nil
}

// followCommittee, with sequencer.certificate "committee", starts from sequencer.committee_file
// and follows the committee on L1 (docs/configuration.md "Committee file").
func (b *builder) followCommittee() error {
	c, err := b.cfg.Sequencer.Committee()
	if err != nil || c == nil {
		return err
	}
	b.committee, err = committee.New(committee.Config{Inbox: b.cfg.Inbox.ContractAddress(), Initial: c}, b.l1, b.d.Log)
	return err
}

// committees packs the inbox's committee certificates, the speculation's stand-in's among
// them; nil (not a nil pointer) for ECDSA.
func (b *builder) committees(si *pipeline.StandIn) inbox.Committees {
	switch {
	case b.committee == nil:
		return nil
	case si != nil:
		return si.InboxCommittees()
	}
	return b.committee
}

// requestKey is the key feed requests are signed with: identity.key when
// sequencer.sign_requests is set, else nil (unsigned).
func (b *builder) requestKey() (*ecdsa.PrivateKey, error) {
	if !b.cfg.Sequencer.SignRequests {
		return nil, nil
	}
	id, err := b.cfg.Identity.Key.PrivateKey()
	if err != nil {
		return nil, fmt.Errorf("identity.key: %w", err)
	}
	return id, nil
}

// slotLease is the per-slot lease replicas sharing a pool on Redis send under; nil with the
// memory backend (one process sends every slot).
func (b *builder) slotLease(chain beacon.Chain) (*lease.Lease, error) {
	pc := b.cfg.Pool
	if pc.Backend != config.PoolRedis {
		return nil, nil
	}
	l, err := lease.New(lease.Config{URL: pc.RedisURL.Value(), Prefix: pc.RedisPrefix + "slot:", TTL: chain.Slots.Bps(pc.LeaseTTLBps)},
		lease.Deps{Clock: b.d.Clock, Log: b.d.Log, Registry: b.d.Registry})
	if err != nil {
		return nil, fmt.Errorf("slot lease: %w", err)
	}
	return l, nil
}

func (b *builder) pipeline(sched *clock.Schedule, chain beacon.Chain, ib *inbox.Inbox, sub pipeline.Submitter, props *relayapi.Proposers,
	sl *lease.Lease, si *pipeline.StandIn) (*pipeline.Pipeline, error) {
	cfg := b.cfg
	l1sim, err := sim.New(sim.Config{Caller: b.l1rpc, MaxTxGas: cfg.Limits.MaxGasPerTx})
	if err != nil {
		return nil, err
	}
	l2sim, err := sim.New(sim.Config{Caller: b.l2rpc, MaxTxGas: cfg.Limits.MaxGasPerTx})
	if err != nil {
		return nil, err
	}
	pr, err := b.prover(chain)
	if err != nil {
		return nil, err
	}
	deps := pipeline.Deps{Clock: b.d.Clock, Schedule: sched, Targets: b.targets(props),
		Bundles: b.app.Bundles, Forced: ib, L2: l2chain{headers: b.l2, sim: l2sim}, L1: l1sim, Prover: pr, Inbox: ib,
		Submitter: sub, Publisher: b.pull, Standing: b.app.Reputation, Quiet: quietSearchers{b.app}, Forks: chain,
		Log: b.d.Log, Metrics: pipeline.NewMetrics(b.d.Registry)}
	if props != nil { // a nil *Proposers in the interface would look configured
		deps.Proposers = props
	}
	if sl != nil {
		deps.Lease = sl
	}
	deps.StandIn = si
	pc := cfg.Pipeline
	if pc.BasedMode && pc.BasedModeMempoolTxs > 0 {
		if deps.Mempool, err = mempool.New(b.l2rpc, cfg.L2.ChainID, b.d.Log); err != nil {
			return nil, err
		}
	}
	if pc.BlobThresholdBytes > 0 {
		// The first KZG proof loads the trusted setup (seconds); pay it now, not in a slot.
		if err := bundle.WarmBlobs(); err != nil {
			return nil, fmt.Errorf("kzg: %w", err)
		}
	}
	return pipeline.New(pipeline.Config{L1ChainID: cfg.L1.ChainID, L2ChainID: cfg.L2.ChainID, Proposer: b.signer.Address(),
		MaxRounds: pc.MaxRounds, MaxSimulations: pc.MaxSimulations, SimWorkers: pc.SimulationWorkers, MarginBps: pc.ProfitMarginBps,
		MaxL2Gas: pc.MaxL2Gas, MaxL1Gas: pc.MaxL1Gas, MaxAssertions: pc.MaxAssertions,
		BlobThreshold: pc.BlobThresholdBytes, L2Rules: chainspec.Mainnet(cfg.L2.ChainID), MempoolTxs: pc.BasedModeMempoolTxs}, deps)
}

// targets resolves (slot, parent) to the L1 block from the beacon node's payload attributes.
func (b *builder) targets(props *relayapi.Proposers) target.Resolver {
	targets := target.Resolver{Attributes: b.app.Beacon, Headers: b.l1, Rules: chainspec.Mainnet(b.cfg.L1.ChainID)}
	if props != nil { // a nil *Proposers in the interface would look configured
		targets.Registrations = props
	}
	return targets
}

// relays is the fan-out to the configured builders and relays; its Stop ends the requests still
// in flight, after the driver stopped.
type relays interface {
	pipeline.Submitter
	lifecycle.Component
}

func (b *builder) relays(chain beacon.Chain, sched *clock.Schedule) (relays, error) {
	var eps []relayapi.Endpoint
	for _, r := range b.cfg.Relays {
		if r.ReceivesBundles() {
			eps = append(eps, r.Endpoint())
		}
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
	return &submitter{s: s, sched: sched, answers: b.status}, nil
}

// proposers asks the relays that serve validator registrations who proposes each slot; nil
// when no relay has a validators_url (then every slot is built).
func (b *builder) proposers(chain beacon.Chain) (*relayapi.Proposers, error) {
	rs := b.readRelays()
	if len(rs) == 0 {
		return nil, nil
	}
	p, err := relayapi.NewProposers(relayapi.ProposersConfig{Relays: rs, SlotsPerEpoch: chain.SlotsPerEpoch, Timeout: chain.Slots.Bps(1000),
		GenesisForkVersion: chain.GenesisForkVersion}, relayapi.ProposersDeps{Duties: beaconDuties{b.app.Beacon}, Log: b.d.Log, Registry: b.d.Registry})
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
		return prover.WithTimeout(rp, timeout), nil
	case config.ProverAttestation:
		key, err := p.Key.PrivateKey()
		if err != nil {
			return nil, fmt.Errorf("prover.key: %w", err)
		}
		return prover.NewInboxAttestation(prover.AttestationConfig{Key: key, ChainID: new(big.Int).SetUint64(b.cfg.L1.ChainID)},
			b.l1, b.cfg.Inbox.ContractAddress(), timeout), nil
	}
	return nil, nil
}

func (b *builder) tracker(chain beacon.Chain, ib *inbox.Inbox) (*inclusion.Tracker, error) {
	occ := feed.DefaultOutcomeClientConfig(b.cfg.Sequencer.OutcomeURL)
	var err error
	if occ.Identity, err = b.requestKey(); err != nil {
		return nil, err
	}
	oc, err := feed.NewOutcomeClient(occ, b.d.Clock)
	if err != nil {
		return nil, fmt.Errorf("outcome client: %w", err)
	}
	deps := inclusion.Deps{Chain: b.l1, Events: ib, Reporter: oc, Statuses: b.app.Bundles, Observer: b.status,
		Log: b.d.Log, Metrics: inclusion.NewMetrics(b.d.Registry)}
	if rs := b.readRelays(); len(rs) > 0 {
		timeout := chain.Slots.Bps(1000)
		d, err := relayapi.NewDeliveries(relayapi.DeliveriesConfig{Relays: rs, Timeout: timeout},
			relayapi.DeliveriesDeps{Log: b.d.Log, Registry: b.d.Registry})
		if err != nil {
			return nil, fmt.Errorf("relay data API: %w", err)
		}
		deps.Deliveries, deps.DeliveriesTimeout = d, timeout
	}
	return inclusion.New(deps, b.cfg.Pipeline.ReorgWindowSlots)
}

// readRelays are the relays with a validators_url: the sidecar reads their builder API
// (registrations) and data API (deliveries) there.
func (b *builder) readRelays() []relayapi.Relay {
	var rs []relayapi.Relay
	for _, r := range b.cfg.Relays {
		if r.ValidatorsURL != "" {
			rs = append(rs, relayapi.Relay{Name: r.Name, URL: r.ValidatorsURL})
		}
	}
	return rs
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

// quietSearchers hushes the searcher API's simulations while a slot builds. The API is built
// after the pipeline (it simulates through the slot loop), so it is looked up when a slot starts.
type quietSearchers struct{ app *App }

func (q quietSearchers) Hush() func() {
	if q.app.Searcher == nil {
		return func() {}
	}
	return q.app.Searcher.Hush()
}
