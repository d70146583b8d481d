package sidecar

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/inclusion"
	"github.com/syncboost/syncboost/sidecar/internal/l1signer"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// runner is the slot loop: it feeds verified slot-ending messages to the pipeline and, on each
// new L1 head, re-reads the sidecar's nonce, cancels bundles whose parent is gone, settles past
// slots and expires searchers' bundles for passed slots. It needs the beacon node's genesis and
// slot length, so it builds the feed client, the pipeline and the tracker when it starts.
type runner struct {
	build func(chain beacon.Chain) (*slotParts, error)
	beac  *beacon.Tracker
	sign  *l1signer.Signer
	pool  *pool.Memory
	log   zerolog.Logger

	parts  *slotParts
	cancel context.CancelFunc
	done   sync.WaitGroup
}

// slotParts are the components that exist once the chain's timing is known.
type slotParts struct {
	feed     *feed.Client
	pipeline *pipeline.Pipeline
	tracker  *inclusion.Tracker
}

func (r *runner) Start(ctx context.Context) error {
	parts, err := r.build(r.beac.Chain())
	if err != nil {
		return err
	}
	if err := parts.tracker.Start(ctx); err != nil {
		return fmt.Errorf("inclusion tracker: %w", err)
	}
	if err := parts.feed.Start(ctx); err != nil {
		_ = parts.tracker.Stop(ctx)
		return fmt.Errorf("feed client: %w", err)
	}
	r.parts = parts
	loopCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	r.cancel = cancel
	r.done.Add(1)
	go func() {
		defer r.done.Done()
		r.loop(loopCtx)
	}()
	return nil
}

func (r *runner) Stop(ctx context.Context) error {
	if r.cancel == nil {
		return nil
	}
	r.cancel()
	r.done.Wait()
	return errors.Join(r.parts.feed.Stop(ctx), r.parts.tracker.Stop(ctx))
}

func (r *runner) loop(ctx context.Context) {
	var lastHead common.Hash
	for {
		changed := r.beac.Changed()
		select {
		case <-ctx.Done():
			return
		case m, ok := <-r.parts.feed.Messages():
			if !ok {
				return
			}
			_, err := r.parts.pipeline.Handle(ctx, pipeline.Message{SignedSlotEnding: m.SignedSlotEnding, Arrived: m.Arrived})
			if err != nil && !errors.Is(err, pipeline.ErrSkipped) {
				r.log.Warn().Err(err).Uint64("slot", m.L1Slot).Msg("slot failed")
			}
		case <-changed:
			if s := r.beac.Snapshot(); s.Ready && s.HeadExecHash != lastHead {
				lastHead = s.HeadExecHash
				r.onHead(ctx, s)
			}
		}
	}
}

func (r *runner) onHead(ctx context.Context, s beacon.Snapshot) {
	if _, err := r.sign.OnHead(ctx, s.HeadExecHash); err != nil {
		r.log.Warn().Err(err).Str("block_hash", s.HeadExecHash.Hex()).Msg("reading the sidecar's nonce")
	}
	parents := make([]common.Hash, len(s.Parents))
	for i, p := range s.Parents {
		parents[i] = p.Hash
	}
	r.parts.pipeline.OnHead(ctx, s.BuildSlot, parents)
	r.parts.tracker.OnHead(ctx, s.HeadSlot)
	if _, err := r.pool.Prune(ctx, s.BuildSlot); err != nil {
		r.log.Warn().Err(err).Msg("pruning the bundle pool")
	}
}

// schedule is the deadline schedule on the beacon chain's slot clock; under ePBS a reveal
// deadline left at 0 takes the spec's PAYLOAD_DUE_BPS.
func schedule(cfg clock.ScheduleConfig, chain beacon.Chain) (*clock.Schedule, error) {
	if cfg.Profile == clock.ProfileEPBS && cfg.RevealBps == 0 {
		cfg.RevealBps = chain.PayloadDueBps
	}
	return clock.NewSchedule(cfg, chain.Slots)
}
