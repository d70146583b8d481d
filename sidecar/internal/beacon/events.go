package beacon

import (
	"context"
	"math/big"
	"math/rand/v2"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/clock"
)

// subscribeEvents subscribes to head and chain_reorg through go-eth2-client.
// Once subscribed, the library reconnects by itself until ctx ends; before
// that (beacon node down at the time) we retry with backoff.
func (t *Tracker) subscribeEvents(ctx context.Context) {
	opts := &api.EventsOpts{
		Topics: []string{"head", "chain_reorg"},
		HeadHandler: func(_ context.Context, ev *apiv1.HeadEvent) {
			t.post(ctx, func(ctx context.Context) { t.onHead(ctx, ev) })
		},
		ChainReorgHandler: func(_ context.Context, ev *apiv1.ChainReorgEvent) {
			t.post(ctx, func(ctx context.Context) { t.onReorg(ctx, ev) })
		},
	}
	for attempt := 0; ; attempt++ {
		err := t.timed(epEvents, func() error { return t.api.Events(ctx, opts) })
		if err == nil {
			return
		}
		t.log.Warn().Err(scrub(err)).Msg("subscribe to head and chain_reorg failed; retrying")
		if clock.Sleep(ctx, t.clk, t.cfg.Reconnect.Delay(attempt, rand.Float64())) != nil {
			return
		}
	}
}

// work runs every job that touches the network after an event, one at a
// time, and retries the execution-client cross-check while it is unconfirmed.
func (t *Tracker) work(ctx context.Context) {
	retry := t.clk.NewTimer(t.cfg.ExecRetry)
	retry.Stop()
	armed := false
	var d dutyBook
	for {
		select {
		case <-ctx.Done():
			retry.Stop()
			return
		case job := <-t.inbox:
			job(ctx)
		case <-retry.C():
			armed = false
		}
		if !armed && !t.confirmExec(ctx) {
			retry.Reset(t.cfg.ExecRetry)
			armed = true
		}
		t.maybeRefreshDuties(ctx, &d)
	}
}

func (t *Tracker) onHead(ctx context.Context, ev *apiv1.HeadEvent) {
	t.m.eventsHandled.WithLabelValues("head").Inc()
	t.m.headSlot.Set(float64(ev.Slot))
	t.update(func(st *state, now uint64) {
		st.setHead(uint64(ev.Slot), common.Hash(ev.Block), now)
		st.dutyRoot = common.Hash(ev.CurrentDutyDependentRoot)
	})
	t.refreshOptimistic(ctx)
}

func (t *Tracker) onReorg(_ context.Context, ev *apiv1.ChainReorgEvent) {
	t.m.eventsHandled.WithLabelValues("chain_reorg").Inc()
	t.m.reorgs.Inc()
	t.m.reorgDepth.Observe(float64(ev.Depth))
	t.log.Warn().Uint64("slot", uint64(ev.Slot)).Uint64("depth", ev.Depth).
		Str("old_head", common.Hash(ev.OldHeadBlock).Hex()).Str("new_head", common.Hash(ev.NewHeadBlock).Hex()).
		Msg("L1 chain reorg")
	t.update(func(st *state, now uint64) {
		st.setHead(uint64(ev.Slot), common.Hash(ev.NewHeadBlock), now)
		st.dutiesStale = true
	})
}

func (t *Tracker) onAttributes(_ context.Context, a *PayloadAttributes) {
	t.m.eventsHandled.WithLabelValues("payload_attributes").Inc()
	t.update(func(st *state, now uint64) { st.addAttributes(a, now, t.cfg.KeepSlots) })
}

func (t *Tracker) refreshOptimistic(ctx context.Context) {
	var resp *api.Response[*apiv1.SyncState]
	err := t.timed(epSyncing, func() (err error) {
		resp, err = t.api.NodeSyncing(ctx, &api.NodeSyncingOpts{})
		return err
	})
	if err != nil || resp.Data == nil {
		t.log.Warn().Err(scrub(err)).Msg("read sync state failed")
		return
	}
	t.update(func(st *state, _ uint64) { st.optimistic = resp.Data.IsOptimistic })
}

// confirmExec checks the head's execution block against the execution
// client. It reports false while the block is known but unconfirmed.
func (t *Tracker) confirmExec(ctx context.Context) bool {
	t.mu.Lock()
	var e execHead
	if t.st.exec != nil {
		e = *t.st.exec
	}
	has := t.st.exec != nil
	t.mu.Unlock()
	if !has || e.confirmed {
		return true
	}
	var h *types.Header
	err := t.timed(epExecHeader, func() (err error) {
		cctx, cancel := context.WithTimeout(ctx, t.cfg.RequestTimeout)
		defer cancel()
		h, err = t.el.HeaderByNumber(cctx, new(big.Int).SetUint64(e.number))
		return err
	})
	if err != nil {
		if !e.unreachable {
			t.log.Warn().Err(scrub(err)).Uint64("block_number", e.number).Msg("execution client cross-check failed")
			t.update(func(st *state, _ uint64) {
				if st.exec != nil && st.exec.hash == e.hash {
					st.exec.unreachable = true
				}
			})
		}
		return false
	}
	if h.Hash() != e.hash {
		t.m.execMismatch.Inc()
		t.update(func(st *state, _ uint64) {
			if st.exec != nil && st.exec.hash == e.hash {
				st.exec.mismatch, st.exec.unreachable = true, false
			}
		})
		t.log.Warn().Uint64("block_number", e.number).Str("beacon_block_hash", e.hash.Hex()).
			Str("execution_block_hash", h.Hash().Hex()).Msg("execution client disagrees with the beacon head")
		return false
	}
	t.update(func(st *state, _ uint64) {
		if st.exec != nil && st.exec.hash == e.hash {
			st.exec.confirmed, st.exec.parentHash = true, h.ParentHash
			st.exec.mismatch, st.exec.unreachable = false, false
		}
	})
	return true
}

// dutyBook is the worker's record of which duties it holds.
type dutyBook struct {
	have  bool
	epoch uint64
	root  common.Hash // dependent root of the current epoch's duties
}

// maybeRefreshDuties re-fetches the current and next epoch's duties when the
// epoch changed, the head's dependent root differs from the duties', or a
// reorg or reconnect made them stale.
func (t *Tracker) maybeRefreshDuties(ctx context.Context, d *dutyBook) {
	t.mu.Lock()
	haveHead, slot, root, stale := t.st.haveHead, t.st.headSlot, t.st.dutyRoot, t.st.dutiesStale
	spe := t.chain.SlotsPerEpoch
	t.mu.Unlock()
	if !haveHead || spe == 0 {
		return
	}
	epoch := slot / spe
	if d.have && d.epoch == epoch && !stale && (root == (common.Hash{}) || root == d.root) {
		return
	}
	fetched := map[uint64]Duty{}
	var currentRoot common.Hash
	for i, e := range []uint64{epoch, epoch + 1} {
		var resp *api.Response[[]*apiv1.ProposerDuty]
		err := t.timed(epDuties, func() (err error) {
			resp, err = t.api.ProposerDuties(ctx, &api.ProposerDutiesOpts{Epoch: phase0.Epoch(e)})
			return err
		})
		if err != nil {
			t.log.Warn().Err(scrub(err)).Uint64("epoch", e).Msg("read proposer duties failed")
			return // retried after the next event
		}
		if i == 0 {
			if r, ok := resp.Metadata["dependent_root"].(phase0.Root); ok {
				currentRoot = common.Hash(r)
			}
		}
		for _, duty := range resp.Data {
			fetched[uint64(duty.Slot)] = Duty{Slot: uint64(duty.Slot), ValidatorIndex: uint64(duty.ValidatorIndex), Pubkey: duty.PubKey}
		}
	}
	*d = dutyBook{have: true, epoch: epoch, root: currentRoot}
	t.update(func(st *state, _ uint64) {
		st.duties, st.dutiesStale = fetched, false
	})
}
