// Package l1 runs the devnet's L1: an in-process go-ethereum node whose every block comes
// from the devnet builder, one per slot on a clock, and a beacon API stand-in that announces
// the chain the way a consensus client does (head, payload_attributes, chain_reorg, duties).
// Fault hooks miss a slot or replace the head; Deploy puts the syncboost contracts on it.
package l1

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1/beaconapi"
	"github.com/syncboost/syncboost/devnet/l1/builder"
	"github.com/syncboost/syncboost/devnet/l1/relay"
)

// Lifecycle errors.
var (
	ErrStarted     = errors.New("l1: already started")
	ErrNotStarted  = errors.New("l1: not started")
	ErrNilClock    = errors.New("l1: clock is nil")
	ErrNilRegistry = errors.New("l1: metrics registry is nil")
)

// Driver is the devnet L1. New, Start, then Stop once.
type Driver struct {
	cfg   Config
	clk   clock.Clock
	log   zerolog.Logger
	reg   prometheus.Registerer
	slots *clock.SlotClock
	node  *gethnode.Node

	// Set by Start, read-only afterwards.
	builder *builder.Builder
	rpc     *builder.Server
	beacon  *beaconapi.Beacon
	relay   *relay.Relay
	liar    *relay.Relay

	// buildMu serialises changes of the chain: slot blocks and reorgs.
	buildMu sync.Mutex
	reorgs  int // guarded by buildMu
	// beaconRoot is the newest beacon block's root (under ePBS it may have no payload);
	// guarded by buildMu.
	beaconRoot common.Hash

	stopOnce sync.Once // closes the beacon stand-in

	mu        sync.Mutex
	started   bool
	stopped   bool
	cancel    context.CancelFunc
	done      chan struct{}
	missed    map[uint64]bool
	observers []func(SlotReport)
	reports   map[uint64]SlotReport
	lastSlot  uint64
	changed   chan struct{} // closed and replaced on every report
}

// New prepares the L1 on clk; nothing runs until Start. The builder's metrics go to reg.
func New(cfg Config, clk clock.Clock, log zerolog.Logger, reg prometheus.Registerer) (*Driver, error) {
	if clk == nil {
		return nil, ErrNilClock
	}
	if reg == nil {
		return nil, ErrNilRegistry
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults(clk.Now())
	slots, err := clock.NewSlotClock(cfg.GenesisTime, cfg.SlotDuration)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	log = log.With().Str("component", "devnet_l1").Logger()
	ncfg := cfg.nodeConfig()
	ncfg.Log = log
	node, err := gethnode.New(ncfg)
	if err != nil {
		return nil, err
	}
	return &Driver{
		cfg: cfg, clk: clk, log: log, reg: reg, slots: slots, node: node,
		missed: map[uint64]bool{}, reports: map[uint64]SlotReport{}, changed: make(chan struct{}),
	}, nil
}

// Start starts the node, the builder's endpoint and the beacon stand-in, then the slot loop:
// from the next slot start on, one block per slot.
func (d *Driver) Start(ctx context.Context) (err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.started {
		return ErrStarted
	}
	if err := d.node.Start(ctx); err != nil {
		return err
	}
	var undo []func(context.Context)
	defer func() {
		if err != nil {
			for i := len(undo) - 1; i >= 0; i-- {
				undo[i](context.Background())
			}
		}
	}()
	undo = append(undo, func(ctx context.Context) { _ = d.node.Stop(ctx) })
	if d.builder, err = builder.New(d.cfg.builderConfig(), d.node.BlockChain(), d.node.Backend().TxPool(), d.log, d.reg); err != nil {
		return err
	}
	if d.rpc, err = builder.NewServer(d.builder, d.cfg.BuilderRPC, d.clk, d.log); err != nil {
		return err
	}
	if err := d.rpc.Start(ctx); err != nil {
		return err
	}
	undo = append(undo, func(ctx context.Context) { _ = d.rpc.Stop(ctx) })
	d.beacon, err = beaconapi.New(beaconapi.Config{
		GenesisTime: d.cfg.GenesisTime, SlotDuration: d.cfg.SlotDuration, SlotsPerEpoch: d.cfg.SlotsPerEpoch,
		Validators: d.cfg.Validators, FeeRecipient: d.cfg.FeeRecipient, Gloas: d.cfg.EPBS,
	})
	if err != nil {
		return err
	}
	undo = append(undo, func(context.Context) { d.beacon.Close() })
	if err := d.startRelays(ctx); err != nil {
		return err
	}
	undo = append(undo, func(ctx context.Context) { _ = d.stopRelays(ctx) })
	d.beacon.SetHead(d.node.BlockChain().CurrentHeader())
	d.beaconRoot = d.beacon.BlockRoot(d.node.BlockChain().CurrentHeader())
	runCtx, cancel := context.WithCancel(context.Background())
	d.started, d.cancel, d.done = true, cancel, make(chan struct{})
	go d.run(runCtx)
	d.log.Info().Str("rpc", d.node.HTTPEndpoint()).Str("builder", d.rpc.URL()).Str("beacon", d.beacon.URL()).
		Time("genesis_time", d.cfg.GenesisTime).Dur("slot_duration", d.cfg.SlotDuration).Msg("devnet L1 started")
	return nil
}

// Stop ends the slot loop and stops the beacon stand-in, the builder's endpoint and the node.
// A Stop cut short by ctx can be called again to finish; after a complete Stop, Stop returns
// nil.
func (d *Driver) Stop(ctx context.Context) error {
	d.mu.Lock()
	started, stopped, cancel, done := d.started, d.stopped, d.cancel, d.done
	d.mu.Unlock()
	if !started {
		return ErrNotStarted
	}
	if stopped {
		return nil
	}
	cancel()
	select {
	case <-done:
	case <-ctx.Done():
		return fmt.Errorf("l1: stop: %w", ctx.Err())
	}
	d.stopOnce.Do(d.beacon.Close)
	if err := d.stopRelays(ctx); err != nil {
		return err
	}
	if err := d.rpc.Stop(ctx); err != nil {
		return err
	}
	if err := d.node.Stop(ctx); err != nil {
		return err
	}
	d.mu.Lock()
	d.stopped = true
	d.mu.Unlock()
	return nil
}

// run is the slot loop: wait for each slot's start on the clock, then build it.
func (d *Driver) run(ctx context.Context) {
	defer close(d.done)
	next := d.firstSlot()
	for {
		t := d.clk.NewTimerAt(d.slots.SlotStart(next))
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C():
		}
		// Woken late (a suspended process): the slots already over are missed.
		for cur := d.slots.SlotAt(d.clk.Now()); next < cur; next++ {
			d.report(SlotReport{Slot: next, Time: d.slots.SlotStart(next), Missed: true, Err: ErrLate})
		}
		d.runSlot(ctx, next)
		next++
	}
}

// firstSlot is the first slot whose start is not yet past and that is after the head's.
func (d *Driver) firstSlot() uint64 {
	now := d.clk.Now()
	next := d.slots.SlotAt(now)
	if d.slots.SlotStart(next).Before(now) {
		next++
	}
	return max(next, d.beacon.SlotOf(d.node.BlockChain().CurrentHeader())+1)
}

// Accessors, valid after Start.

// Node is the L1 go-ethereum node.
func (d *Driver) Node() *gethnode.Node { return d.node }

// RPCURL is the L1 node's JSON-RPC URL.
func (d *Driver) RPCURL() string { return d.node.HTTPEndpoint() }

// Builder is the devnet builder; more endpoints for it come from builder.NewServer.
func (d *Driver) Builder() *builder.Builder { return d.builder }

// BuilderRPC is the builder's JSON-RPC endpoint started with the driver.
func (d *Driver) BuilderRPC() *builder.Server { return d.rpc }

// BuilderURL is the builder endpoint's URL.
func (d *Driver) BuilderURL() string { return d.rpc.URL() }

// Beacon is the beacon API stand-in.
func (d *Driver) Beacon() *beaconapi.Beacon { return d.beacon }

// BeaconURL is the beacon API's URL.
func (d *Driver) BeaconURL() string { return d.beacon.URL() }

// Config is the configuration with defaults applied (genesis time included).
func (d *Driver) Config() Config { return d.cfg }

// ChainID is the L1 chain id.
func (d *Driver) ChainID() uint64 { return d.cfg.ChainID }

// Slots is the L1 slot clock.
func (d *Driver) Slots() *clock.SlotClock { return d.slots }

// SlotTime is the timestamp of slot's block.
func (d *Driver) SlotTime(slot uint64) uint64 { return uint64(d.slots.SlotStart(slot).Unix()) }
