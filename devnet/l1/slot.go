package l1

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/devnet/l1/builder"
)

// Errors of slots and fault hooks.
var (
	ErrLate      = errors.New("l1: slot loop woke after the slot was over")
	ErrSlotPast  = errors.New("l1: slot already processed")
	ErrNoReorg   = errors.New("l1: the genesis block cannot be replaced")
	ErrNoReport  = errors.New("l1: no report for slot")
	ErrBuildSlot = errors.New("l1: slot block not built")
)

// keepReports is how many recent slots' reports are kept for Report and WaitSlot.
const keepReports = 1024

// SlotReport says what happened in one slot.
type SlotReport struct {
	Slot uint64
	Time time.Time // the slot's start, the block's timestamp
	// Missed: no block in this slot (MissSlot, a late wake-up, or a build error in Err).
	Missed bool
	// Reorg: this report is a ReorgHead replacement of the slot's block Replaced.
	Reorg    bool
	Replaced common.Hash
	Err      error

	Block      *types.Block // nil when missed
	BeaconRoot common.Hash  // of Block
	// Bundles tried for the block, applied or not, in the order they were tried.
	Bundles  builder.Outcomes
	PoolTxs  int
	Sidecars []*types.BlobTxSidecar // blobs of the block's blob transactions, in order

	// Under ePBS: Withheld, the builder bid for the slot but withheld its payload (the slot has
	// a beacon block and no execution block: Missed too, Block nil); Parent, the branch the
	// slot's block built on (ParentFull: the previous slot's payload; ParentEmpty: the last
	// revealed one, the previous slot's payload withheld or missing).
	Withheld bool
	Parent   string
}

// The parents a slot's block builds on under ePBS.
const (
	ParentFull  = "FULL"
	ParentEmpty = "EMPTY"
)

// Applied returns the outcomes of the bundles in the block.
func (r SlotReport) Applied() []builder.BundleOutcome { return r.Bundles.Applied() }

// runSlot builds and imports slot's block (unless the slot is to be missed), announces it,
// then announces the payload attributes of the next slot on the resulting head.
func (d *Driver) runSlot(ctx context.Context, slot uint64) {
	d.buildMu.Lock()
	defer d.buildMu.Unlock()
	if d.cfg.EPBS {
		d.runSlotEPBS(ctx, slot)
		return
	}
	head := d.node.BlockChain().CurrentHeader()
	rep := SlotReport{Slot: slot, Time: d.slots.SlotStart(slot)}
	if d.takeMissed(slot) {
		rep.Missed = true
		d.log.Info().Uint64("slot", slot).Msg("slot missed on purpose")
	} else if blk, err := d.buildAndImport(ctx, head, slot); err != nil {
		rep.Missed, rep.Err = true, err
		d.log.Error().Err(err).Uint64("slot", slot).Msg("slot block not built")
	} else {
		d.deliver(slot, head, blk.Block)
		head = blk.Block.Header()
		rep.Block, rep.BeaconRoot = blk.Block, d.beacon.BlockRoot(head)
		rep.Bundles, rep.PoolTxs, rep.Sidecars = blk.Bundles, blk.PoolTxs, blk.Sidecars
		d.beacon.PublishHead(head)
		d.log.Info().Uint64("slot", slot).Uint64("block_number", head.Number.Uint64()).Str("block_hash", head.Hash().Hex()).
			Int("txs", len(blk.Block.Transactions())).Int("bundles_applied", len(rep.Applied())).
			Int("bundles_tried", len(rep.Bundles)).Msg("slot block imported")
	}
	d.beacon.PublishAttributes(slot+1, head)
	d.report(rep)
}

func (d *Driver) buildAndImport(ctx context.Context, parent *types.Header, slot uint64) (*builder.Block, error) {
	attrs := d.beacon.Attributes(slot, parent)
	blk, err := d.builder.Build(ctx, parent, attrs, builder.BuildOptions{Bundles: true, PoolTxs: true})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBuildSlot, err)
	}
	if err := d.node.ImportBlock(ctx, blk.Block, blk.Requests); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBuildSlot, err)
	}
	return blk, nil
}

// MissSlot makes slot pass without a block: the next slot's block builds on the same parent.
// Call it before slot starts.
func (d *Driver) MissSlot(slot uint64) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if slot <= d.lastSlot {
		return fmt.Errorf("%w: %d", ErrSlotPast, slot)
	}
	d.missed[slot] = true
	return nil
}

func (d *Driver) takeMissed(slot uint64) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	m := d.missed[slot]
	delete(d.missed, slot)
	return m
}

// ReorgHead replaces the head block with a sibling built on the same parent at the same
// slot, without bundles or pool transactions, imports it as the new head, and announces
// chain_reorg, head and the next slot's payload attributes. The returned report (also given
// to observers) replaces the slot's.
func (d *Driver) ReorgHead(ctx context.Context) (SlotReport, error) {
	if !d.isStarted() {
		return SlotReport{}, ErrNotStarted
	}
	d.buildMu.Lock()
	defer d.buildMu.Unlock()
	chain := d.node.BlockChain()
	old := chain.CurrentHeader()
	if old.Number.Sign() == 0 {
		return SlotReport{}, ErrNoReorg
	}
	parent := chain.GetHeaderByHash(old.ParentHash)
	slot := d.beacon.SlotOf(old)
	d.reorgs++
	attrs := d.beacon.Attributes(slot, parent)
	attrs.ExtraData = fmt.Appendf(nil, "syncboost devnet reorg %d", d.reorgs) // differ from old even if it was empty
	blk, err := d.builder.Build(ctx, parent, attrs, builder.BuildOptions{})
	if err != nil {
		return SlotReport{}, fmt.Errorf("l1: reorg: %w", err)
	}
	if err := d.node.ImportBlock(ctx, blk.Block, blk.Requests); err != nil {
		return SlotReport{}, fmt.Errorf("l1: reorg: %w", err)
	}
	head := blk.Block.Header()
	d.beacon.PublishReorg(old, head)
	d.beacon.PublishAttributes(slot+1, head)
	rep := SlotReport{
		Slot: slot, Time: d.slots.SlotStart(slot), Reorg: true, Replaced: old.Hash(),
		Block: blk.Block, BeaconRoot: d.beacon.BlockRoot(head), Sidecars: blk.Sidecars,
	}
	d.log.Warn().Uint64("slot", slot).Str("old_hash", old.Hash().Hex()).Str("new_hash", head.Hash().Hex()).Msg("head replaced")
	d.report(rep)
	return rep, nil
}

func (d *Driver) isStarted() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.started
}

// OnSlot registers f to be called with every slot's report and every ReorgHead's, one at a
// time, from the slot loop (or ReorgHead's caller), before WaitSlot sees the report. f must
// return quickly and must not call ReorgHead.
func (d *Driver) OnSlot(f func(SlotReport)) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.observers = append(d.observers, f)
}

// report gives rep to the observers, then to Report and WaitSlot: when WaitSlot returns, the
// observers have seen the slot.
func (d *Driver) report(rep SlotReport) {
	d.mu.Lock()
	observers := slices.Clone(d.observers)
	d.mu.Unlock()
	for _, f := range observers {
		f(rep)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.reports[rep.Slot] = rep
	delete(d.reports, rep.Slot-keepReports)
	d.lastSlot = max(d.lastSlot, rep.Slot)
	close(d.changed)
	d.changed = make(chan struct{})
}

// LastSlot is the latest slot processed (0 before the first).
func (d *Driver) LastSlot() uint64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.lastSlot
}

// Report returns slot's report, if slot was processed recently.
func (d *Driver) Report(slot uint64) (SlotReport, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	r, ok := d.reports[slot]
	return r, ok
}

// WaitSlot blocks until slot has been processed (built, missed or replaced) and returns its
// report, or until ctx is done. A slot before the loop's first (a late start) never is:
// ErrNoReport once a later slot is reported, as slots are reported in order.
func (d *Driver) WaitSlot(ctx context.Context, slot uint64) (SlotReport, error) {
	for {
		d.mu.Lock()
		r, ok := d.reports[slot]
		last, changed := d.lastSlot, d.changed
		d.mu.Unlock()
		switch {
		case ok:
			return r, nil
		case last >= slot+keepReports:
			return SlotReport{}, fmt.Errorf("%w: %d is too old", ErrNoReport, slot)
		case last > slot:
			return SlotReport{}, fmt.Errorf("%w: %d was before the first slot", ErrNoReport, slot)
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return SlotReport{}, ctx.Err()
		}
	}
}
