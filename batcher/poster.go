package batcher

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// Poster sends certified batches to the inbox. Start it once, Stop it once; Post and NotifyL1
// may be called from any goroutine.
type Poster struct {
	cfg       Config
	l1        L1
	key       *ecdsa.PrivateKey
	addr      common.Address
	signer    types.Signer
	cert      Certifier
	committee Committees
	clk       clock.Clock
	slots     *clock.SlotClock
	log       zerolog.Logger
	observer  func(Event)
	m         *metrics
	ib        *bindings.BasedInbox

	mu     sync.Mutex
	next   *bundle.SignedBatch // the newest batch not yet taken by the loop
	wake   chan struct{}
	nudge  chan struct{}
	cancel context.CancelFunc
	done   chan struct{}

	// Owned by the run goroutine: the transactions sent and not yet resolved, oldest first.
	pending []*sent
}

// sent is one batch transaction on its way.
type sent struct {
	tx     *types.Transaction
	header bundle.BatchHeader
}

// New checks cfg and deps.
func New(cfg Config, deps Deps) (*Poster, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if err := deps.check(); err != nil {
		return nil, err
	}
	m, err := newMetrics(deps.Registry)
	if err != nil {
		return nil, err
	}
	return &Poster{
		cfg: cfg, l1: deps.L1, key: deps.Key, addr: crypto.PubkeyToAddress(deps.Key.PublicKey),
		signer: types.LatestSignerForChainID(new(big.Int).SetUint64(cfg.L1ChainID)), cert: deps.Certifier, committee: deps.Committee,
		clk: deps.Clock, slots: deps.Slots, log: deps.Log.With().Str("component", "batcher").Logger(), observer: deps.Observer,
		m: m, ib: bindings.NewBasedInbox(), wake: make(chan struct{}, 1), nudge: make(chan struct{}, 1),
	}, nil
}

// Address is the poster's L1 address, the sender of its transactions.
func (p *Poster) Address() common.Address { return p.addr }

// Start runs the poster's loop until Stop.
func (p *Poster) Start(context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cancel != nil {
		return ErrStarted
	}
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel, p.done = cancel, make(chan struct{})
	p.log.Info().Str("sender", p.addr.Hex()).Str("inbox", p.cfg.Inbox.Hex()).Int("blob_threshold", p.cfg.BlobThreshold).
		Msg("batch poster started")
	go p.run(ctx)
	return nil
}

// Stop ends the loop and waits for it. Transactions already sent stay in the L1 pool.
func (p *Poster) Stop(ctx context.Context) error {
	p.mu.Lock()
	cancel, done := p.cancel, p.done
	p.mu.Unlock()
	if cancel == nil {
		return ErrNotStarted
	}
	cancel()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("batcher: stop: %w", ctx.Err())
	}
}

// Post hands over the newest batch; it never blocks. A batch not yet taken by the loop is
// dropped for the newer one, which starts at the same or a later inbox head and so carries
// its blocks too.
func (p *Poster) Post(b *bundle.SignedBatch) {
	if b == nil {
		return
	}
	p.mu.Lock()
	if p.next != nil {
		p.m.outcomes.WithLabelValues("superseded").Inc()
	}
	p.next = b
	p.mu.Unlock()
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// NotifyL1 makes the poster look for its pending transactions' receipts now, as after a new
// L1 block; polling covers a missed call. It never blocks.
func (p *Poster) NotifyL1() {
	select {
	case p.nudge <- struct{}{}:
	default:
	}
}

func (p *Poster) take() *bundle.SignedBatch {
	p.mu.Lock()
	defer p.mu.Unlock()
	b := p.next
	p.next = nil
	return b
}

func (p *Poster) run(ctx context.Context) {
	defer close(p.done)
	poll := p.clk.NewTimer(p.cfg.PollInterval)
	defer poll.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-p.wake:
			if b := p.take(); b != nil {
				p.track(ctx) // a landed batch moves the nonce: resolve it before choosing one
				p.post(ctx, b)
			}
		case <-p.nudge:
			p.track(ctx)
		case <-poll.C():
			p.track(ctx)
			poll.Reset(p.cfg.PollInterval)
		}
	}
}

func (p *Poster) emit(e Event) {
	if p.observer != nil {
		p.observer(e)
	}
}
