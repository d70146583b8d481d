package sequencer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/sidecar/feed"
)

// Sequencer is the devnet's L2 sequencer. Start it once, Stop it once.
type Sequencer struct {
	cfg       Config
	l2        L2Node
	l1        L1Client
	key       *ecdsa.PrivateKey
	addr      common.Address
	domain    bundle.Domain
	l2ChainID uint64
	clk       clock.Clock
	slots     *clock.SlotClock
	log       zerolog.Logger
	observer  func(Event)
	poster    BatchPoster
	committee *Committee // nil: certificates are ECDSA by key
	blobs     BlobSource
	m         *metrics
	feed      *feed.Server
	ib        *bindings.BasedInbox
	ledger    *ledger
	nudge     chan struct{}

	// Owned by the run goroutine.
	st     state
	t      timers
	view   l1View
	events []Event

	mu     sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}

	delayMu sync.Mutex
	delays  map[uint64]time.Duration // DelayRelease, by slot
	silence [2]uint64                // Silence: no release in slots [from, to)
	halt    bool                     // Halt: no sequencing either
}

// state is the sequencer's view of the L2 chain.
type state struct {
	head         *types.Header // the next sequenced block builds on it
	sinceRelease int           // sequenced blocks built since the previous release
	nextSlot     uint64        // the slot of the next release
	paused       *pause        // between a release and the resume
	deadFrom     *pause        // resumed; the next sequenced block ends the dead time
	commitments  map[common.Hash]common.Hash
}

type timers struct{ block, release, miss, poll clock.Timer }

// New checks cfg and deps and prepares the sequencer and its feed server.
func New(cfg Config, deps Deps) (*Sequencer, error) {
	if err := deps.check(); err != nil {
		return nil, err
	}
	if cfg.Feed.Slots == nil { // the outcome window runs on the sequencer's own slot clock
		cfg.Feed.Slots = deps.Slots
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	chain := deps.L2.BlockChain()
	if chain == nil {
		return nil, fmt.Errorf("%w: l2 node not started", ErrDeps)
	}
	l2ChainID := chain.Config().ChainID.Uint64()
	if cfg.Feed.L2ChainID != l2ChainID {
		return nil, fmt.Errorf("%w: feed l2_chain_id %d, the l2 node's is %d", ErrConfig, cfg.Feed.L2ChainID, l2ChainID)
	}
	m, err := newMetrics(deps.Registry)
	if err != nil {
		return nil, err
	}
	log := deps.Log.With().Str("component", "sequencer").Logger()
	srv, err := feed.NewServer(cfg.Feed, deps.Clock, log, deps.Registry)
	if err != nil {
		return nil, err
	}
	return &Sequencer{
		cfg: cfg, l2: deps.L2, l1: deps.L1, key: deps.Key, addr: crypto.PubkeyToAddress(deps.Key.PublicKey),
		domain:    bundle.Domain{ChainID: cfg.L1ChainID, VerifyingContract: cfg.Inbox},
		l2ChainID: l2ChainID, clk: deps.Clock, slots: deps.Slots, log: log, observer: deps.Observer,
		poster: deps.Poster, committee: deps.Committee, blobs: deps.Blobs, m: m, feed: srv, ib: bindings.NewBasedInbox(), ledger: newLedger(cfg.History),
		nudge: make(chan struct{}, 1), view: l1View{max: cfg.MaxReorgDepth},
		st: state{commitments: map[common.Hash]common.Hash{}},
	}, nil
}

// Start serves the feed, reads both heads and starts sequencing. L1 blocks up to the
// current head count as seen: their based blocks are not derived.
func (s *Sequencer) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		return ErrStarted
	}
	rctx, cancel := context.WithTimeout(ctx, s.cfg.RPCTimeout)
	defer cancel()
	l1Head, err := s.l1.HeaderByNumber(rctx, nil)
	if err != nil {
		return fmt.Errorf("sequencer: l1 head: %w", err)
	}
	if err := s.feed.Start(ctx); err != nil {
		return err
	}
	s.view.push(l1Block{number: l1Head.Number.Uint64(), hash: l1Head.Hash(), slot: s.slotOf(l1Head)})
	s.st.head = s.l2.BlockChain().CurrentBlock()
	s.st.nextSlot = s.firstRelease(0)
	s.t = timers{
		block:   s.clk.NewTimer(s.cfg.BlockInterval),
		release: s.clk.NewTimerAt(s.releaseTime(s.st.nextSlot)),
		miss:    s.clk.NewTimer(0),
		poll:    s.clk.NewTimer(s.cfg.PollInterval),
	}
	s.t.miss.Stop()
	runCtx, stop := context.WithCancel(context.Background())
	s.cancel, s.done = stop, make(chan struct{})
	s.log.Info().Str("feed", s.feed.URL()).Str("sequencer", s.addr.Hex()).Uint64("l2_chain_id", s.l2ChainID).
		Uint64("first_slot", s.st.nextSlot).Msg("sequencer started")
	go s.run(runCtx)
	return nil
}

// Stop ends sequencing, waits for it, and stops the feed server.
func (s *Sequencer) Stop(ctx context.Context) error {
	s.mu.Lock()
	cancel, done := s.cancel, s.done
	s.mu.Unlock()
	if cancel == nil {
		return ErrNotStarted
	}
	cancel()
	select {
	case <-done:
	case <-ctx.Done():
		return fmt.Errorf("sequencer: stop: %w", ctx.Err())
	}
	return s.feed.Stop(ctx)
}

func (s *Sequencer) run(ctx context.Context) {
	defer close(s.done)
	defer func() {
		for _, t := range []clock.Timer{s.t.block, s.t.release, s.t.miss, s.t.poll} {
			t.Stop()
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.t.block.C():
			s.sequence(ctx)
			s.t.block.Reset(s.cfg.BlockInterval)
		case <-s.t.release.C():
			s.onRelease(ctx)
		case <-s.t.miss.C():
			if s.st.paused != nil {
				s.resume(ctx, true)
			}
		case <-s.t.poll.C():
			s.followL1(ctx)
			s.t.poll.Reset(s.cfg.PollInterval)
		case <-s.nudge:
			s.followL1(ctx)
		case o := <-s.feed.Outcomes():
			s.onOutcome(o)
		}
		s.flush()
	}
}

// NotifyL1 makes the sequencer read the L1 head now, as after a new L1 block or a reorg.
// The devnet's L1 slot driver calls it; polling covers a missed call. It never blocks.
func (s *Sequencer) NotifyL1() {
	select {
	case s.nudge <- struct{}{}:
	default:
	}
}

// sequence builds a sequenced block on the head and makes it the head.
func (s *Sequencer) sequence(ctx context.Context) {
	if s.halted() {
		return
	}
	sealed, err := s.buildSequenced(ctx, s.st.head)
	if err == nil {
		err = s.importBlock(ctx, sealed)
	}
	if err != nil {
		if ctx.Err() == nil {
			s.log.Error().Err(err).Msg("sequenced block not built")
		}
		return
	}
	b := sealed.Block
	s.st.head = b.Header()
	s.st.sinceRelease++
	s.m.sequenced.Inc()
	s.m.txs.Add(float64(len(b.Transactions())))
	s.log.Debug().Uint64("l2_block", b.NumberU64()).Str("l2_hash", b.Hash().Hex()).
		Int("txs", len(b.Transactions())).Msg("sequenced block")
	s.emit(Event{Kind: EventSequenced, Block: b})
	if p := s.st.deadFrom; p != nil {
		s.st.deadFrom = nil
		dead := s.clk.Now().Sub(p.releasedAt)
		s.m.deadTime.Observe(dead.Seconds())
		s.ledger.update(p.slot, func(sf *SlotFacts) { sf.DeadTime = dead })
		s.emit(Event{Kind: EventResumed, Slot: p.slot, DeadTime: dead, Missed: p.missed})
	}
}

// importBlock hands a sealed block to the L2 node through the Engine API and makes it the
// node's head (a forkchoice update to a canonical ancestor is ignored by go-ethereum,
// which is why a rewind builds a new sibling instead).
func (s *Sequencer) importBlock(ctx context.Context, sealed *builderhook.Sealed) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.RPCTimeout)
	defer cancel()
	if err := s.l2.ImportBlock(ctx, sealed.Block, sealed.Requests); err != nil {
		return fmt.Errorf("import l2 block %d: %w", sealed.Block.NumberU64(), err)
	}
	return nil
}

// reorgTo moves the head off the blocks built so far and records the L2 reorg.
func (s *Sequencer) reorgTo(to *types.Header, cause string) bool {
	from := s.st.head
	if to == nil || from.Hash() == to.Hash() {
		return false
	}
	s.st.head = to
	s.m.reorgs.Inc()
	r := &Reorg{FromHash: from.Hash(), FromNumber: from.Number.Uint64(), ToHash: to.Hash(), ToNumber: to.Number.Uint64(), Cause: cause}
	s.log.Warn().Uint64("from_block", r.FromNumber).Str("from_hash", r.FromHash.Hex()).Uint64("to_block", r.ToNumber).
		Str("to_hash", r.ToHash.Hex()).Str("cause", cause).Msg("l2 reorg")
	s.emit(Event{Kind: EventL2Reorg, Reorg: r})
	return true
}

func (s *Sequencer) onOutcome(o feed.Outcome) {
	s.m.outcomes.WithLabelValues(string(o.Kind)).Inc()
	s.log.Info().Uint64("slot", o.L1Slot).Str("outcome", string(o.Kind)).Str("reason", o.Reason).Msg("based outcome reported")
	s.ledger.addOutcome(o)
	s.emit(Event{Kind: EventOutcome, Slot: o.L1Slot, Outcome: &o})
}

// emit queues an event; flush delivers the queue after the step, once timers are armed.
func (s *Sequencer) emit(e Event) { s.events = append(s.events, e) }

func (s *Sequencer) flush() {
	events := s.events
	s.events = nil
	if s.observer == nil {
		return
	}
	for _, e := range events {
		s.observer(e)
	}
}

// FeedURL is the feed server's base URL (valid after Start).
func (s *Sequencer) FeedURL() string { return s.feed.URL() }

// Address is the sequencer's address: the certificate signer and fee recipient.
func (s *Sequencer) Address() common.Address { return s.addr }

// Domain is the EIP-712 domain certificates are signed under.
func (s *Sequencer) Domain() bundle.Domain { return s.domain }

// Slot returns what happened to one L1 slot.
func (s *Sequencer) Slot(slot uint64) (SlotFacts, bool) { return s.ledger.slot(slot) }

// WaitSlot blocks until slot's facts satisfy cond, or ctx is done; it returns the last facts
// seen. Tests use it to act at a precise step of a slot (after its derivation, its outcome).
func (s *Sequencer) WaitSlot(ctx context.Context, slot uint64, cond func(SlotFacts) bool) (SlotFacts, error) {
	return s.ledger.wait(ctx, slot, cond)
}

// Slots returns the facts of the slots kept, oldest first.
func (s *Sequencer) Slots() []SlotFacts { return s.ledger.all() }

// Outcomes returns the outcomes sidecars reported, in arrival order.
func (s *Sequencer) Outcomes() []feed.Outcome { return s.ledger.allOutcomes() }
