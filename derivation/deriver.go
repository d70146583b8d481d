package derivation

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// Deriver follows L1 and derives the L2 chain on its own node. Drive it with Start/Stop, or
// call Step directly (tests); not both.
type Deriver struct {
	cfg    Config
	l1     L1Client
	l2     L2Node
	blobs  BlobSource
	clk    clock.Clock
	log    zerolog.Logger
	m      *metrics
	onHead func(Head)
	ib     *bindings.BasedInbox
	nudge  chan struct{}

	step sync.Mutex // one Step at a time; guards view and cur
	view view
	cur  cursor

	mu      sync.Mutex // guards what readers see
	head    Head
	changed chan struct{} // closed and replaced when head changes
	faults  []Fault
	fatal   error
	cancel  context.CancelFunc
	done    chan struct{}
}

// cursor is the derived head while one L1 block is applied.
type cursor struct {
	header *types.Header
	id     common.Hash
	based  bool
}

// New checks cfg and deps. The L2 node must be started and at its genesis.
func New(cfg Config, deps Deps) (*Deriver, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if err := deps.check(); err != nil {
		return nil, err
	}
	chain := deps.L2.BlockChain()
	if chain == nil {
		return nil, fmt.Errorf("%w: l2 node not started", ErrDeps)
	}
	m, err := newMetrics(deps.Registry)
	if err != nil {
		return nil, err
	}
	genesis := chain.Genesis().Header()
	d := &Deriver{
		cfg: cfg, l1: deps.L1, l2: deps.L2, blobs: deps.Blobs, clk: deps.Clock,
		log: deps.Log.With().Str("component", "derivation").Logger(), m: m, onHead: deps.OnHead,
		ib: bindings.NewBasedInbox(), nudge: make(chan struct{}, 1), view: view{max: cfg.MaxReorgDepth},
		cur: cursor{header: genesis, id: genesis.Hash()}, changed: make(chan struct{}),
	}
	d.head = d.headOf(nil)
	return d, nil
}

// Start runs the follow loop until Stop.
func (d *Deriver) Start(context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.cancel != nil {
		return ErrStarted
	}
	ctx, cancel := context.WithCancel(context.Background())
	d.cancel, d.done = cancel, make(chan struct{})
	go d.run(ctx)
	d.log.Info().Str("inbox", d.cfg.Inbox.Hex()).Uint64("from_block", d.cfg.FromBlock).Msg("derivation started")
	return nil
}

// Stop ends the loop and waits for it, or for ctx.
func (d *Deriver) Stop(ctx context.Context) error {
	d.mu.Lock()
	cancel, done := d.cancel, d.done
	d.mu.Unlock()
	if cancel == nil {
		return ErrNotStarted
	}
	cancel()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("derivation: stop: %w", ctx.Err())
	}
}

// Notify makes the loop read L1 now (after a new L1 block or a reorg). It never blocks.
func (d *Deriver) Notify() {
	select {
	case d.nudge <- struct{}{}:
	default:
	}
}

func (d *Deriver) run(ctx context.Context) {
	defer close(d.done)
	poll := d.clk.NewTimer(0)
	defer poll.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-poll.C():
		case <-d.nudge:
		}
		if err := d.Step(ctx); err != nil && ctx.Err() == nil {
			d.log.Warn().Err(err).Msg("derivation step")
		}
		if d.Fatal() != nil {
			return
		}
		poll.Reset(d.cfg.PollInterval)
	}
}

// Head is the derived head after the newest processed L1 block.
func (d *Deriver) Head() Head {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.head
}

// WaitL1 blocks until an L1 block numbered l1Number or later is processed, or ctx ends, and
// returns the head then.
func (d *Deriver) WaitL1(ctx context.Context, l1Number uint64) (Head, error) {
	for {
		d.mu.Lock()
		h, changed := d.head, d.changed
		d.mu.Unlock()
		if h.L1Hash != (common.Hash{}) && h.L1Number >= l1Number {
			return h, nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return h, fmt.Errorf("derivation: wait for l1 block %d: %w", l1Number, ctx.Err())
		}
	}
}

// Faults returns the faults found, oldest first (at most Config.MaxFaults).
func (d *Deriver) Faults() []Fault {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]Fault(nil), d.faults...)
}

// Err is the newest fault as an error (wrapping ErrFault), or the fatal error that stopped
// derivation; nil when neither happened.
func (d *Deriver) Err() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.fatal != nil {
		return d.fatal
	}
	if n := len(d.faults); n > 0 {
		return d.faults[n-1].Err()
	}
	return nil
}

// Fatal is the error that stopped derivation (ErrReorgTooDeep), or nil.
func (d *Deriver) Fatal() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.fatal
}

func (d *Deriver) fault(f Fault) {
	d.m.faults.WithLabelValues(string(f.Kind)).Inc()
	d.log.Error().Str("kind", string(f.Kind)).Uint64("l1_block", f.L1Number).Uint64("l2_block", f.L2Number).
		Str("certified_hash", f.Certified.Hex()).Str("derived_hash", f.Derived.Hex()).Str("reason", f.Reason).
		Msg("derivation fault")
	d.mu.Lock()
	defer d.mu.Unlock()
	d.faults = append(d.faults, f)
	if over := len(d.faults) - d.cfg.MaxFaults; over > 0 {
		d.faults = append([]Fault(nil), d.faults[over:]...)
	}
}

// headOf describes the cursor after L1 block l1 (nil before the first).
func (d *Deriver) headOf(l1 *types.Header) Head {
	h := Head{
		Number: d.cur.header.Number.Uint64(), Hash: d.cur.header.Hash(), StateRoot: d.cur.header.Root,
		ID: d.cur.id, Based: d.cur.based,
	}
	if l1 != nil {
		h.L1Number, h.L1Hash, h.L1Time = l1.Number.Uint64(), l1.Hash(), l1.Time
	}
	return h
}
