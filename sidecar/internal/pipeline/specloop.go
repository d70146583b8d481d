package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
)

// Heads are what the next slot-ending message is predicted from.
type Heads interface {
	// LatestL2 is the latest sequenced L2 block (the L2 node's head).
	LatestL2(ctx context.Context) (*types.Header, error)
	// L1Head is the execution block hash of the L1 head the next slot builds on.
	L1Head(ctx context.Context) (common.Hash, error)
	// Batch is the batch a message for slot on l2 at l1Parent would carry, its certificate
	// unset; nil when l2 is already the inbox head there.
	Batch(ctx context.Context, slot uint64, l1Parent common.Hash, l2 *types.Header) (*bundle.SignedBatch, error)
}

// SpeculationLoop keeps the speculation for the slot being built fresh: every interval it
// predicts the message from the heads and speculates (only what changed is simulated again).
// One speculation runs at a time, with the pipeline's simulation workers; a message's arrival
// ends it, and it ends at the slot's accept_by.
type SpeculationLoop struct {
	p     *Pipeline
	heads Heads
	every time.Duration

	mu     sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}
}

// NewSpeculationLoop speculates for p every interval from heads.
func NewSpeculationLoop(p *Pipeline, heads Heads, every time.Duration) (*SpeculationLoop, error) {
	if p == nil || heads == nil {
		return nil, fmt.Errorf("%w: speculation loop needs the pipeline and the heads", ErrMissing)
	}
	if every <= 0 {
		return nil, fmt.Errorf("%w: speculation interval must be > 0", ErrConfig)
	}
	return &SpeculationLoop{p: p, heads: heads, every: every}, nil
}

// Start runs the loop until Stop.
func (l *SpeculationLoop) Start(context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.done != nil {
		return errors.New("speculation loop already started")
	}
	ctx, cancel := context.WithCancel(context.Background())
	l.cancel, l.done = cancel, make(chan struct{})
	go l.run(ctx)
	return nil
}

// Stop ends the loop and waits for it.
func (l *SpeculationLoop) Stop(ctx context.Context) error {
	l.mu.Lock()
	cancel, done := l.cancel, l.done
	l.mu.Unlock()
	if done == nil {
		return nil
	}
	cancel()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (l *SpeculationLoop) run(ctx context.Context) {
	defer close(l.done)
	t := l.p.deps.Clock.NewTimer(l.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C():
		}
		l.Once(ctx)
		t.Reset(l.every)
	}
}

// Once predicts the next message and speculates on it, until the slot's accept_by.
func (l *SpeculationLoop) Once(ctx context.Context) {
	p := l.p
	now := p.deps.Clock.Now()
	slot := p.deps.Schedule.Slots().SlotAt(now) + 1
	d := p.deps.Schedule.For(slot)
	if !now.Before(d.AcceptBy) {
		return
	}
	ctx, cancel := p.until(ctx, d.AcceptBy)
	defer cancel()
	l2, err := l.heads.LatestL2(ctx)
	if err != nil {
		p.log.Debug().Err(err).Uint64("slot", slot).Msg("speculation: no L2 head")
		return
	}
	l1, err := l.heads.L1Head(ctx)
	if err != nil {
		p.log.Debug().Err(err).Uint64("slot", slot).Msg("speculation: no L1 head")
		return
	}
	batch, err := l.heads.Batch(ctx, slot, l1, l2)
	if err != nil { // speculate anyway: the bundles' L2 legs do not need it
		p.log.Debug().Err(err).Uint64("slot", slot).Msg("speculation: no batch predicted")
	}
	if err := p.Speculate(ctx, Prediction{Slot: slot, L2: l2, L1Parent: l1, Batch: batch}); err != nil && ctx.Err() == nil {
		p.log.Debug().Err(err).Uint64("slot", slot).Msg("speculation failed")
	}
}
