package beacon

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	eth2client "github.com/attestantio/go-eth2-client"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/urls"
)

// beaconAPI is what the tracker needs from go-eth2-client.
type beaconAPI interface {
	eth2client.GenesisProvider
	eth2client.SpecProvider
	eth2client.EventsProvider
	eth2client.ProposerDutiesProvider
	eth2client.NodeSyncingProvider
	eth2client.BeaconBlockHeadersProvider
	eth2client.ForkScheduleProvider
}

// Chain is the static description of the L1 chain, read at start.
type Chain struct {
	GenesisTime           time.Time
	GenesisValidatorsRoot common.Hash
	GenesisForkVersion    [4]byte
	SlotDuration          time.Duration
	SlotsPerEpoch         uint64
	// PayloadDueBps is the spec's PAYLOAD_DUE_BPS (0 before Gloas configs).
	PayloadDueBps uint32
	// Gloas is the beacon node's fork schedule entry for Gloas (ePBS); Scheduled is false on a
	// pre-Gloas chain, which keeps the MEV-Boost path.
	Gloas ForkEntry
	Slots *clock.SlotClock
}

// Tracker follows the L1 head. Start it, read Snapshot, Stop it.
type Tracker struct {
	cfg Config
	el  ExecutionHeaders
	clk clock.Clock
	log zerolog.Logger
	m   *metrics

	inbox chan func(context.Context)
	hc    *http.Client // beacon-API reads of our own (the head block)
	// mislabelled: a proposal_slot disagreeing with its timestamp was logged
	// at warn level once; later ones are counted only.
	mislabelled atomic.Bool

	api beaconAPI // set by Start before any goroutine reads it

	mu       sync.Mutex
	starting bool
	chain    Chain
	st       state
	changed  chan struct{} // closed and replaced on every state change
	cancel   context.CancelFunc
	wg       sync.WaitGroup
}

// New returns a tracker. Nothing is contacted until Start.
func New(cfg Config, el ExecutionHeaders, clk clock.Clock, log zerolog.Logger, reg *prometheus.Registry) (*Tracker, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	switch {
	case el == nil:
		return nil, ErrNilExecution
	case clk == nil:
		return nil, ErrNilClock
	case reg == nil:
		return nil, ErrNilRegistry
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, err
	}
	return &Tracker{
		cfg:   cfg,
		el:    el,
		clk:   clk,
		log:   log.With().Str("component", "beacon").Logger(),
		m:     m,
		inbox: make(chan func(context.Context), 64),
		hc:    newHTTPClient(cfg.RequestTimeout),
		st: state{attrs: map[AttributesKey]*PayloadAttributes{}, duties: map[uint64]Duty{},
			bids: map[uint64][]Bid{}, payloads: map[common.Hash]payloadSeen{}},
		changed: make(chan struct{}),
	}, nil
}

// Start connects to the beacon node, reads genesis and spec, seeds the head,
// and starts following events. It fails if the beacon node does not answer.
func (t *Tracker) Start(ctx context.Context) error {
	t.mu.Lock()
	if t.starting {
		t.mu.Unlock()
		return ErrStarted
	}
	t.starting = true
	t.mu.Unlock()
	// The client and its background goroutines live until Stop, not until
	// the end of the caller's ctx (often a start-up timeout).
	runCtx, cancel := context.WithCancel(context.Background())
	chain, err := t.connect(ctx, runCtx)
	if err != nil {
		cancel()
		t.mu.Lock()
		t.starting = false
		t.mu.Unlock()
		return err
	}
	t.mu.Lock()
	t.chain, t.cancel = chain, cancel
	t.mu.Unlock()
	t.wg.Add(3)
	go func() { defer t.wg.Done(); t.work(runCtx) }()
	go func() { defer t.wg.Done(); t.subscribeEvents(runCtx) }()
	go func() { defer t.wg.Done(); t.runAttributesStream(runCtx) }()
	if chain.Gloas.Scheduled {
		t.wg.Add(1)
		go func() { defer t.wg.Done(); t.subscribeGloasEvents(runCtx) }()
	}
	t.logStart(chain)
	return nil
}

// logStart logs the chain, and warns when the configured profile disagrees with the fork
// schedule, which decides (the ePBS parents from the Gloas epoch on, MEV-Boost before).
func (t *Tracker) logStart(chain Chain) {
	ev := t.log.Info().Str("address", urls.Redact(t.cfg.Address)).Dur("slot_duration", chain.SlotDuration).
		Time("genesis_time", chain.GenesisTime).Bool("gloas_scheduled", chain.Gloas.Scheduled)
	if chain.Gloas.Scheduled {
		ev = ev.Uint64("gloas_fork_epoch", chain.Gloas.Epoch)
	}
	ev.Msg("beacon tracker started")
	switch {
	case t.cfg.Profile == clock.ProfileEPBS && !chain.Gloas.Scheduled:
		t.log.Warn().Msg("profile epbs but the beacon node schedules no Gloas fork: tracking the MEV-Boost way")
	case t.cfg.Profile == clock.ProfileMEVBoost && chain.Gloas.Scheduled:
		t.log.Warn().Uint64("gloas_fork_epoch", chain.Gloas.Epoch).
			Msg("profile mevboost but the beacon node schedules Gloas: ePBS parents from its fork epoch on")
	}
}

// connect creates the go-eth2-client service (bound to runCtx) and reads the chain.
func (t *Tracker) connect(ctx, runCtx context.Context) (Chain, error) {
	client, err := eth2http.New(runCtx,
		eth2http.WithAddress(t.cfg.Address),
		eth2http.WithTimeout(t.cfg.RequestTimeout),
		eth2http.WithLogLevel(zerolog.Disabled),
	)
	if err != nil {
		return Chain{}, fmt.Errorf("beacon: connect %s: %w", t.cfg.Address, err)
	}
	api, ok := client.(beaconAPI)
	if !ok {
		return Chain{}, fmt.Errorf("beacon: %T lacks a needed beacon API", client)
	}
	t.api = api
	return t.readChain(ctx)
}

// Stop ends every subscription and waits for the tracker's goroutines.
// go-eth2-client's own goroutines end with the same context; it offers no
// way to wait for them.
func (t *Tracker) Stop(ctx context.Context) error {
	t.mu.Lock()
	cancel := t.cancel
	t.mu.Unlock()
	if cancel == nil {
		return ErrNotStarted
	}
	cancel()
	done := make(chan struct{})
	go func() { t.wg.Wait(); close(done) }()
	select {
	case <-done:
		t.hc.CloseIdleConnections()
		return nil
	case <-ctx.Done():
		return fmt.Errorf("beacon: stop: %w", ctx.Err())
	}
}

// Chain returns the chain description read at Start.
func (t *Tracker) Chain() Chain {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.chain
}

// Snapshot returns the current view of L1.
func (t *Tracker) Snapshot() Snapshot {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.snapshotLocked()
}

func (t *Tracker) snapshotLocked() Snapshot {
	now := t.nowSlotLocked()
	return t.st.snapshot(now, t.chain.GloasAt(now+1), t.cfg.SilenceSlots)
}

// nowSlotLocked is the wall-clock slot (0 before Start read the chain).
func (t *Tracker) nowSlotLocked() uint64 {
	if t.chain.Slots == nil {
		return 0
	}
	return t.chain.Slots.SlotAt(t.clk.Now())
}

// Changed returns a channel that is closed at the next state change, so a
// caller can wake on head changes without polling.
func (t *Tracker) Changed() <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.changed
}

// WaitFor blocks until cond holds for the snapshot, or ctx is done.
func (t *Tracker) WaitFor(ctx context.Context, cond func(Snapshot) bool) (Snapshot, error) {
	for {
		t.mu.Lock()
		s, changed := t.snapshotLocked(), t.changed
		t.mu.Unlock()
		if cond(s) {
			return s, nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return s, ctx.Err()
		}
	}
}

// Ready reports nil once the L1 head is usable (Snapshot.Ready), else an
// error wrapping ErrNotReady with the reason. The supervisor calls it for
// /readyz: a sidecar that cannot build is not ready.
func (t *Tracker) Ready() error {
	if s := t.Snapshot(); !s.Ready {
		return fmt.Errorf("%w: %s", ErrNotReady, s.Reason)
	}
	return nil
}

// BuildTarget returns the slot being built and the execution block hashes
// its parent may be, or an error wrapping ErrNotReady with the reason.
func (t *Tracker) BuildTarget() (uint64, []common.Hash, error) {
	s := t.Snapshot()
	if !s.Ready {
		return s.BuildSlot, nil, fmt.Errorf("%w: %s", ErrNotReady, s.Reason)
	}
	hashes := make([]common.Hash, len(s.Parents))
	for i, p := range s.Parents {
		hashes[i] = p.Hash
	}
	return s.BuildSlot, hashes, nil
}

// PayloadAttributes returns the attributes announced for key, if any.
func (t *Tracker) PayloadAttributes(key AttributesKey) (*PayloadAttributes, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	a, ok := t.st.attrs[key]
	return a, ok
}

// Duty returns the proposer duty of slot, if known.
func (t *Tracker) Duty(slot uint64) (Duty, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	d, ok := t.st.duties[slot]
	return d, ok
}

// update applies f to the state under the lock and wakes waiters; f gets the
// wall-clock slot.
func (t *Tracker) update(f func(st *state, now uint64)) {
	t.mu.Lock()
	defer t.mu.Unlock()
	f(&t.st, t.nowSlotLocked())
	close(t.changed)
	t.changed = make(chan struct{})
}

// post hands a job to the worker goroutine, which owns all network follow-ups.
func (t *Tracker) post(ctx context.Context, job func(context.Context)) {
	select {
	case t.inbox <- job:
	case <-ctx.Done():
	}
}

func (t *Tracker) timed(endpoint string, call func() error) error {
	start := t.clk.Now()
	err := call()
	t.m.observe(endpoint, start, t.clk.Now(), err)
	return err
}

// newHTTPClient is the client of the tracker's own beacon-API reads:
// bounded, and never following a redirect off the configured node.
func newHTTPClient(timeout time.Duration) *http.Client {
	return &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{
			DialContext:           (&net.Dialer{Timeout: timeout}).DialContext,
			ResponseHeaderTimeout: timeout,
			MaxIdleConnsPerHost:   2,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}
