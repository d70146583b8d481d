package sidecar

import (
	"context"

	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/driver"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
)

// The slot loop's head hooks: the driver runs them in order at each new L1 head.

// followRotation reads the committee on L1 at each head: a rotation is in force from the head
// that activated it.
func (b *builder) followRotation(ctx context.Context, s beacon.Snapshot) error {
	return b.committee.Follow(ctx, s.HeadExecHash)
}

// readNonce reads the sidecar's nonce at a new head, so the next slot's signing needs no read.
func (b *builder) readNonce(ctx context.Context, s beacon.Snapshot) error {
	_, err := b.signer.OnHead(ctx, s.HeadExecHash)
	return err
}

// expireBundles expires searchers' bundles whose slot passed, once the pipeline has marked
// failed those that failed on every parent of their slot (ePBS).
func (b *builder) expireBundles(p *pipeline.Pipeline) driver.HeadHook {
	return func(ctx context.Context, s beacon.Snapshot) error {
		p.Settle(ctx, s.BuildSlot)
		_, err := b.app.Pool.Prune(ctx, s.BuildSlot)
		return err
	}
}

// warmProposers looks the slot being built up at each head, so that the relays' lists are
// fetched and their registrations verified (a BLS pairing each, about 2 ms) before the
// slot-ending message arrives rather than on its path.
func warmProposers(p *relayapi.Proposers) driver.HeadHook {
	return func(ctx context.Context, s beacon.Snapshot) error {
		p.Lookup(ctx, s.BuildSlot)
		return nil
	}
}
