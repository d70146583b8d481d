package pipeline

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/prover"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// sign encodes the based block, obtains a proof when a prover is configured, and builds the
// sidecar's atomic submitBased transaction at the per-transaction gas cap; gasFromSimulation
// re-signs it with the gas the simulation measured.
func (p *Pipeline) sign(ctx context.Context, msg Message, b *built) error {
	forced := b.forced
	args := slots.ProposeArgs{Target: b.target, Message: msg.SignedSlotEnding, ParentID: msg.ParentID, Forced: forced}
	err := p.stage("encode", b.timings, func() (err error) {
		// Forced entries travel in the inbox's queue; the payload carries only what follows them.
		if args.Payload, err = bundle.EncodeBasedBlock(b.plan.BasedTxs[len(forced.Txs):]); err != nil {
			return err
		}
		if p.blobs(b, len(args.Payload)) {
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
	// A parent without a known state root (a based head proposed unproven) cannot anchor a
	// proof: the inbox would refuse it (ParentStateRootUnknown).
	if p.deps.Prover != nil && msg.L2StateRoot != (common.Hash{}) {
		p.prove(ctx, msg, b, &args)
	}
	b.submit = slots.SubmitArgs{ProposeArgs: args, Groups: b.plan.CallGroups()}
	b.standIn = msg.standIn
	return p.stage("sign", b.timings, func() error { return p.signSubmit(ctx, b) })
}

// blobs reports whether a payload of n bytes travels in blobs for b. A bundle simulated alone
// is simulated with calldata (the KZG work would cost more than the simulation); if it is sent
// alone in blobs, finalBlobs simulates it once more that way.
func (p *Pipeline) blobs(b *built, n int) bool {
	return p.cfg.BlobThreshold > 0 && n > p.cfg.BlobThreshold && !b.calldataOnly
}

// signSubmit signs the atomic transaction of b.submit and lays out the L1 bundle around it.
func (p *Pipeline) signSubmit(ctx context.Context, b *built) error {
	raw, commitment, err := p.deps.Inbox.Submit(ctx, b.submit)
	if err != nil {
		return fmt.Errorf("build submitBased: %w", err)
	}
	tx, err := bundle.DecodeTx("submitBased", raw, p.cfg.L1ChainID)
	if err != nil {
		return err
	}
	b.commitment, b.order = commitment, b.plan.L1Order(tx)
	return nil
}

// The atomic transaction's gas limit is what the simulation used plus a margin. The gas used
// is net of refunds, which can be a fifth of the gross (so the gross is up to 1.25 times it),
// and calls nested in calls get 63/64 of the gas left at each level, so a limit of the gas used
// could starve an inner call that had more room in the simulation. The re-signed transaction is
// not simulated again (that would cost a second round trip of dead time); the margin covers both.
const (
	gasMarginPercent = 50
	gasMarginFixed   = 30_000
)

// gasFromSimulation re-signs the atomic transaction with the gas it used in the simulation
// plus the margin, capped at EIP-7825's limit it was simulated with: once, for the slot sent.
func (p *Pipeline) gasFromSimulation(ctx context.Context, b *built, used uint64) error {
	b.submit.Gas = min(bundle.MaxTxGas, used+used*gasMarginPercent/100+gasMarginFixed)
	return p.stage("sign", b.timings, func() error { return p.signSubmit(ctx, b) })
}

// prove attaches a proven post-state root. A prover that fails or runs late costs only the
// proof: the block is proposed without it, and post-calls that need it fail simulation and
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
