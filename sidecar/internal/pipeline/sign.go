package pipeline

import (
	"context"
	"fmt"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/prover"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// sign encodes the based block, obtains a proof when a prover is configured, and builds the
// sidecar's proposeBased and confirmBased transactions.
func (p *Pipeline) sign(ctx context.Context, msg Message, b *built) error {
	forced := b.forced
	args := slots.ProposeArgs{Target: b.target, Message: msg.SignedSlotEnding, Forced: forced}
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
	return p.stage("sign", b.timings, func() error { return p.signInbox(ctx, b, args) })
}

// signInbox signs the sidecar's propose and confirm and lays out the atomic L1 bundle around them.
func (p *Pipeline) signInbox(ctx context.Context, b *built, args slots.ProposeArgs) error {
	rawPropose, commitment, err := p.deps.Inbox.Propose(ctx, args)
	if err != nil {
		return fmt.Errorf("build proposeBased: %w", err)
	}
	rawConfirm, err := p.deps.Inbox.Confirm(ctx, b.target, commitment, b.plan.Assertions)
	if err != nil {
		return fmt.Errorf("build confirmBased: %w", err)
	}
	propose, err := bundle.DecodeTx("proposeBased", rawPropose, p.cfg.L1ChainID)
	if err != nil {
		return err
	}
	confirm, err := bundle.DecodeTx("confirmBased", rawConfirm, p.cfg.L1ChainID)
	if err != nil {
		return err
	}
	b.commitment, b.order = commitment, b.plan.L1Order(propose, confirm)
	return nil
}

// prove attaches a proven post-state root. A prover that fails or runs late costs only the
// proof: the block is proposed without it, and post-actions that need it fail simulation and
// are dropped.
func (p *Pipeline) prove(ctx context.Context, msg Message, b *built, args *slots.ProposeArgs) {
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
