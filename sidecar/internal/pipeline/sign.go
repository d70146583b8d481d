package pipeline

import (
	"context"
	"fmt"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/prover"
)

// sign encodes the based block, obtains a proof when a prover is configured, and builds the
// sidecar's proposeBased and confirmBased transactions.
func (p *Pipeline) sign(ctx context.Context, msg Message, b *built) error {
	forced := b.forced
	args := ProposeArgs{Target: b.target, Message: msg.SignedSlotEnding, Forced: forced}
	err := p.stage("encode", b.timings, func() (err error) {
		// Forced entries travel in the inbox's queue; the payload carries only what follows them.
		if args.Payload, err = bundle.EncodeBasedBlock(b.plan.BasedTxs[len(forced.Txs):]); err != nil {
			return err
		}
		if p.cfg.BlobThreshold > 0 && len(args.Payload) > p.cfg.BlobThreshold {
			// The KZG work happens once here, whatever needs the blobs later.
			blobs, err := bundle.BlobsFor(args.Payload)
			if err != nil {
				return err
			}
			args.Sidecar, err = bundle.BlobSidecar(blobs)
			return err
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("encode based block: %w", err)
	}
	if p.deps.Prover != nil {
		p.prove(ctx, msg, b, &args)
	}
	return p.stage("sign", b.timings, func() (err error) {
		if b.propose, b.commitment, err = p.deps.Inbox.Propose(ctx, args); err != nil {
			return fmt.Errorf("build proposeBased: %w", err)
		}
		if b.confirm, err = p.deps.Inbox.Confirm(ctx, b.target, b.commitment, b.plan.Assertions); err != nil {
			return fmt.Errorf("build confirmBased: %w", err)
		}
		return nil
	})
}

// prove attaches a proven post-state root. A prover that fails or runs late costs only the
// proof: the block is proposed without it, and post-actions that need it fail simulation and
// are dropped.
func (p *Pipeline) prove(ctx context.Context, msg Message, b *built, args *ProposeArgs) {
	err := p.stage("prove", b.timings, func() error {
		commitment, err := p.deps.Inbox.Commitment(ctx, *args)
		if err != nil {
			return fmt.Errorf("commitment: %w", err)
		}
		root, proof, err := p.deps.Prover.Prove(ctx, prover.Request{
			ParentStateRoot: msg.L2StateRoot, Commitment: commitment, PostStateRoot: b.l2Root,
		})
		if err != nil {
			return err
		}
		args.PostStateRoot, args.Proof = root, proof
		return nil
	})
	if err != nil {
		p.log.Warn().Err(err).Uint64("slot", msg.L1Slot).Msg("proposing without a proven state root")
	}
}
