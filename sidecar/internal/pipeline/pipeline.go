// Package pipeline turns one verified slot-ending message into an atomic L1 bundle on the wire:
// gather the pooled bundles and due forced entries, simulate each bundle alone (dropping those
// that fail), merge the rest by the value each paid, check that the slot pays for the sidecar's
// gas, and submit before the slot's deadline (docs/composition.md).
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/lease"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

var (
	ErrConfig  = errors.New("invalid pipeline config")
	ErrMissing = errors.New("missing dependency")
	// ErrSkipped wraps every skip; SkipError carries the reason.
	ErrSkipped  = errors.New("slot skipped")
	errDeadline = errors.New("slot deadline passed")
)

// SkipError says why nothing was sent for a slot.
type SkipError struct {
	Slot   uint64
	Reason string
	Err    error
}

func (e *SkipError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("slot %d skipped: %s", e.Slot, e.Reason)
	}
	return fmt.Sprintf("slot %d skipped: %s: %v", e.Slot, e.Reason, e.Err)
}

func (e *SkipError) Unwrap() []error { return []error{ErrSkipped, e.Err} }

// Config bounds the work per slot.
type Config struct {
	L1ChainID uint64
	L2ChainID uint64
	Proposer  common.Address // the sidecar's L1 address; also the based block's L2 fee recipient
	MaxRounds int            // merge rounds per message: each leaves out one conflicting bundle
	// MaxSimulations bounds the bundles simulated alone per message; SimWorkers run at once.
	MaxSimulations, SimWorkers int
	// MarginBps is what a slot must earn the sidecar beyond its L1 gas, in basis points of it.
	MarginBps     uint64
	MaxL2Gas      uint64 // searchers' L2 gas per based block
	MaxL1Gas      uint64 // searchers' L1 gas per bundle
	MaxAssertions int
	BlobThreshold int // payload bytes above which blobs carry the based block; 0: always calldata
	L2Rules       *params.ChainConfig
	// MempoolTxs: at most this many of the L2 mempool's transactions follow the bundles of a
	// based-mode block (Deps.Mempool); 0: none.
	MempoolTxs int
}

// Check validates the config.
func (c Config) Check() error {
	switch {
	case c.L1ChainID == 0, c.L2ChainID == 0:
		return fmt.Errorf("%w: l1 and l2 chain ids must be set", ErrConfig)
	case c.Proposer == (common.Address{}):
		return fmt.Errorf("%w: proposer address must be set", ErrConfig)
	case c.MaxRounds <= 0, c.MaxL2Gas == 0, c.MaxL1Gas == 0, c.MaxAssertions <= 0:
		return fmt.Errorf("%w: max_rounds, max_l2_gas, max_l1_gas and max_assertions must be > 0", ErrConfig)
	case c.MaxSimulations <= 0, c.SimWorkers <= 0:
		return fmt.Errorf("%w: max_simulations and simulation_workers must be > 0", ErrConfig)
	case c.L2Rules == nil:
		return fmt.Errorf("%w: the L2 chain config must be set", ErrConfig)
	case c.BlobThreshold < 0:
		return fmt.Errorf("%w: blob_threshold must be >= 0", ErrConfig)
	case c.MempoolTxs < 0:
		return fmt.Errorf("%w: mempool_txs must be >= 0", ErrConfig)
	}
	return nil
}

// Deps are the pipeline's collaborators. Prover, Proposers and Publisher may be nil.
type Deps struct {
	Clock     clock.Clock
	Schedule  *clock.Schedule
	Targets   Targets
	Proposers Proposers
	Bundles   Bundles
	Forced    ForcedSource
	L2        L2Chain
	L1        L1Simulator
	Prover    Prover
	Inbox     InboxTxs
	Submitter Submitter
	Publisher Publisher
	Standing  Standing // nil: every identity stands the same
	Quiet     Quiet    // nil: nothing to hush while a slot builds
	Mempool   Mempool  // nil: based-mode blocks take no L2 mempool transactions
	Lease     Lease    // nil: this process sends every slot
	Forks     Forks    // nil: no fork schedule known; the deadline profile says whether ePBS applies
	StandIn   *StandIn // nil: no speculation (Speculate does nothing)
	Log       zerolog.Logger
	Metrics   *Metrics
}

func (d Deps) check() error {
	for name, v := range map[string]any{"clock": d.Clock, "schedule": d.Schedule, "targets": d.Targets,
		"bundles": d.Bundles, "forced": d.Forced, "l2": d.L2, "l1": d.L1, "inbox": d.Inbox, "submitter": d.Submitter, "metrics": d.Metrics} {
		if isNil(v) {
			return fmt.Errorf("%w: %s", ErrMissing, name)
		}
	}
	return nil
}

func isNil(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Func, reflect.Chan, reflect.Slice:
		return rv.IsNil()
	}
	return false
}

// Message is a verified slot-ending message and when it arrived. In based mode (Based) it is
// no sequencer's: the basedmode package makes it from the inbox head, uncertified and without a
// batch, and Arrived is when the slot's build was triggered.
type Message struct {
	*bundle.SignedSlotEnding
	Arrived time.Time
	Based   bool
	// ParentID is the inbox id built on when it is not L2BlockHash (a based head's commitment).
	ParentID common.Hash
	// standIn: a speculation's predicted message, certified by the stand-in; never sent
	standIn bool
}

// Pipeline builds and submits one slot at a time. It keeps no record of what it sent: Handle
// returns it, and the caller hands it to the tracker. Handle is not meant to run concurrently
// with itself; Call and Withdraw may run beside it.
type Pipeline struct {
	cfg      Config
	deps     Deps
	log      zerolog.Logger
	spec     speculator
	verdicts verdicts
}

// New checks cfg and deps.
func New(cfg Config, deps Deps) (*Pipeline, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if err := deps.check(); err != nil {
		return nil, err
	}
	return &Pipeline{cfg: cfg, deps: deps, log: deps.Log.With().Str("component", "pipeline").Logger()}, nil
}

// Handle builds and submits the based block for msg. It returns what was sent, or a
// *SkipError when the slot is skipped; nothing half-built is ever sent. When ctx ends (a newer
// message superseded this one) it returns ctx's cause and records no skip.
func (p *Pipeline) Handle(ctx context.Context, msg Message) (*slots.Sent, error) {
	defer p.spec.preempt(msg.L1Slot)()
	slot := msg.L1Slot
	d := p.deps.Schedule.For(slot)
	log := p.log.With().Uint64("slot", slot).Uint64("l2_block", msg.L2BlockNumber).Bool("based_mode", msg.Based).Logger()
	if d.Classify(msg.Arrived) == clock.TimingLate {
		return nil, p.skip(log, slot, bundle.SkipLate, fmt.Errorf("arrived %s after accept_by", msg.Arrived.Sub(d.AcceptBy)))
	}
	if p.deps.Proposers != nil {
		if takes, known := p.deps.Proposers.TakesBuilderBlocks(ctx, slot); known && !takes {
			return nil, p.skip(log, slot, bundle.SkipProposerLocal, nil)
		}
	}
	t := p.claim(ctx, log, slot, d.StopReplacing)
	// Searchers' simulations are held off until the bundle is on the wire, not only while it
	// builds: signing and the send are on the dead time too.
	resume := p.hush()
	defer resume()
	b, err := p.buildQuiet(ctx, msg, d)
	if err != nil {
		return nil, p.notBuilt(ctx, log, slot, b, err, t)
	}
	submitCtx, cancelSubmit := p.until(ctx, d.StopReplacing)
	defer cancelSubmit()
	out, err := p.gate(submitCtx, log, msg, b, t)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("slot %d: %w", slot, context.Cause(ctx))
		}
		reason := bundle.SkipOtherReplica
		if errors.Is(err, lease.ErrUnavailable) {
			reason = bundle.SkipUpstream
		}
		return nil, p.skip(log, slot, reason, err)
	}
	sent := p.submit(submitCtx, msg, b, out)
	resume() // the statuses' journal writes are off the dead time
	p.recordStatuses(context.WithoutCancel(ctx), b, sent)
	earned, _ := new(big.Float).SetInt(b.pays.Earned).Float64()
	p.deps.Metrics.earned.Set(earned)
	log.Info().Int("bundles", len(b.plan.Selected)).Int("dropped", len(b.plan.Dropped)).
		Int64("dead_time_ms", sent.DeadTime.Milliseconds()).Int("accepted", sent.Delivery.Accepted).
		Int("failed", sent.Delivery.Failed).Str("commitment", sent.Commitment.Hex()).Msg("based bundle submitted")
	return sent, nil
}

// hush holds searchers' simulations off until resume; resume may be called more than once.
func (p *Pipeline) hush() (resume func()) {
	if p.deps.Quiet == nil {
		return func() {}
	}
	return sync.OnceFunc(p.deps.Quiet.Hush())
}

// buildQuiet builds msg's bundle by the slot's submit_by (the caller hushes searchers'
// simulations).
func (p *Pipeline) buildQuiet(ctx context.Context, msg Message, d clock.Deadlines) (*built, error) {
	buildCtx, cancel := p.until(ctx, d.SubmitBy)
	defer cancel()
	b, err := p.build(buildCtx, msg)
	if err != nil && ctx.Err() == nil && context.Cause(buildCtx) == errDeadline {
		var se *SkipError
		if !errors.As(err, &se) {
			err = &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipLate, Err: err}
		}
	}
	return b, err
}

// notBuilt records why a build failed and gives the slot's lease up, so that a replica whose
// build succeeded may send; a follower records nothing (the holder does). A build superseded
// by a newer message keeps the lease: that message is built under it.
func (p *Pipeline) notBuilt(ctx context.Context, log zerolog.Logger, slot uint64, b *built, err error, t turn) error {
	if t.held {
		if b != nil { // bundles simulated before the slot was given up
			p.recordFailed(context.WithoutCancel(ctx), slot, b.failed)
			p.recordLeftOut(context.WithoutCancel(ctx), slot, b, err)
		}
		if ctx.Err() == nil {
			p.release(ctx, log, t)
		}
	}
	if ctx.Err() != nil {
		return fmt.Errorf("slot %d: %w", slot, context.Cause(ctx))
	}
	var se *SkipError
	if errors.As(err, &se) {
		return p.skip(log, slot, se.Reason, se.Err)
	}
	return p.skip(log, slot, bundle.SkipUpstream, err)
}

func (p *Pipeline) skip(log zerolog.Logger, slot uint64, reason string, err error) error {
	p.deps.Metrics.skipped.WithLabelValues(reason).Inc()
	ev := log.Info()
	if reason == bundle.SkipUpstream {
		ev = log.Warn()
	}
	ev.Str("reason", reason).AnErr("cause", err).Msg("slot skipped")
	return &SkipError{Slot: slot, Reason: reason, Err: err}
}

// until derives a context that ends when the pipeline's clock reaches at, so deadlines hold
// under the virtual clock in tests exactly as under the real one.
func (p *Pipeline) until(ctx context.Context, at time.Time) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(ctx)
	d := at.Sub(p.deps.Clock.Now())
	if d <= 0 { // passed already: the virtual clock's AfterFunc would wait for its next advance
		cancel(errDeadline)
		return ctx, func() {}
	}
	t := p.deps.Clock.AfterFunc(d, func() { cancel(errDeadline) })
	return ctx, func() { t.Stop(); cancel(nil) }
}

// stage times one step and records it in the stage histogram.
func (p *Pipeline) stage(name string, timings map[string]time.Duration, f func() error) error {
	start := p.deps.Clock.Now()
	err := f()
	d := p.deps.Clock.Now().Sub(start)
	timings[name] += d
	if _, spec := timings[speculating]; !spec { // a speculation is observed whole, as "speculate"
		p.deps.Metrics.stage.WithLabelValues(name).Observe(d.Seconds())
	}
	return err
}

var _ Bundles = (*pool.Memory)(nil)
