package l1

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/l1/builder"
)

// Withheld reports whether the builder withholds slot's payload: ⌊(s+1)·share⌋ > ⌊s·share⌋,
// so a share of slots spread evenly, known from the slot number alone.
func (c Config) Withheld(slot uint64) bool {
	return builder.Unbundle{ShareBps: c.WithholdShareBps}.TakesSlot(slot)
}

// runSlotEPBS runs slot under the ePBS timeline. At the slot start the builder builds on the
// last revealed execution block and bids, committing to its block's hash; the slot's beacon
// block is the head with its payload pending. At RevealBps the payload is revealed (imported,
// execution_payload_available, head_v2 full, the next slot's attributes on both parents), or,
// for a withheld slot, at PAYLOAD_DUE_BPS fork choice calls it empty and the next slot's block
// builds on the last revealed block, as after a missed slot. buildMu is held.
func (d *Driver) runSlotEPBS(ctx context.Context, slot uint64) {
	head := d.node.BlockChain().CurrentHeader()
	rep := SlotReport{Slot: slot, Time: d.slots.SlotStart(slot), Parent: ParentEmpty}
	if d.beacon.SlotOf(head)+1 == slot {
		rep.Parent = ParentFull
	}
	parentRoot := d.beaconRoot
	attrs := d.beacon.Attributes(slot, head)
	attrs.BeaconRoot = parentRoot // the beacon parent, whether or not its payload came
	blk, err := d.builder.Build(ctx, head, attrs, builder.BuildOptions{Bundles: true, PoolTxs: true})
	if err != nil {
		rep.Missed, rep.Err = true, err
		d.log.Error().Err(err).Uint64("slot", slot).Msg("slot block not built")
		d.beacon.PublishAttributes(slot+1, head)
		d.report(rep)
		return
	}
	rep.Bundles, rep.PoolTxs = blk.Bundles, blk.PoolTxs
	root := d.beacon.PublishBid(slot, parentRoot, head, blk.Block.Header(), 0)
	d.beaconRoot = root
	if d.cfg.Withheld(slot) {
		if !d.waitUntil(ctx, d.slots.SlotStart(slot).Add(d.slots.Bps(clock.PayloadDueBps))) {
			return
		}
		rep.Missed, rep.Withheld, rep.BeaconRoot = true, true, root
		d.beacon.PublishWithheld(slot, root, parentRoot, head)
		d.log.Info().Uint64("slot", slot).Str("block_hash", blk.Block.Hash().Hex()).Msg("payload withheld")
		d.report(rep)
		return
	}
	if !d.waitUntil(ctx, d.slots.SlotStart(slot).Add(d.slots.Bps(d.cfg.RevealBps))) {
		return // stopping
	}
	if err := d.node.ImportBlock(ctx, blk.Block, blk.Requests); err != nil {
		rep.Missed, rep.Err = true, err
		d.log.Error().Err(err).Uint64("slot", slot).Msg("payload not imported")
		d.beacon.PublishWithheld(slot, root, parentRoot, head)
		d.report(rep)
		return
	}
	d.deliver(slot, head, blk.Block)
	rep.Block, rep.BeaconRoot, rep.Sidecars = blk.Block, root, blk.Sidecars
	d.beacon.PublishRevealed(slot, root, parentRoot, blk.Block.Header(), head)
	d.logImported(slot, blk.Block, rep)
	d.report(rep)
}

// waitUntil returns true at t on the driver's clock, false if ctx ends first.
func (d *Driver) waitUntil(ctx context.Context, t time.Time) bool {
	timer := d.clk.NewTimerAt(t)
	defer timer.Stop()
	select {
	case <-timer.C():
		return true
	case <-ctx.Done():
		return false
	}
}

func (d *Driver) logImported(slot uint64, b *types.Block, rep SlotReport) {
	d.log.Info().Uint64("slot", slot).Uint64("block_number", b.NumberU64()).Str("block_hash", b.Hash().Hex()).
		Str("parent", rep.Parent).Int("txs", len(b.Transactions())).Int("bundles_applied", len(rep.Applied())).
		Int("bundles_tried", len(rep.Bundles)).Msg("payload revealed and imported")
}
