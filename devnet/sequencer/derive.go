package sequencer

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/derivation"
)

// Reasons a confirmed based block cannot be derived.
var (
	// ErrBlobSource: blob-mode based blocks need the blobs, which a beacon node's blob API
	// serves (Deps.Blobs); without one, or when it fails, the block cannot be derived.
	ErrBlobSource    = errors.New("sequencer: blobs of a blob-mode based block not available")
	ErrDataMode      = errors.New("sequencer: unknown based-block data mode")
	ErrUnknownParent = errors.New("sequencer: based block's parent is not on the L2 chain")
	ErrNumber        = errors.New("sequencer: based block's number does not follow its parent")
)

// confirmedProposals returns the proposals of one L1 block's inbox logs that the same block
// confirms, in confirmation order (a based block confirms only after its parent, so this
// is the L2 chain order). Logs of other contracts and undecodable logs are ignored.
func confirmedProposals(ib *bindings.BasedInbox, inbox common.Address, logs []types.Log) []*bindings.BasedInboxBasedBlockProposed {
	proposed := map[common.Hash]*bindings.BasedInboxBasedBlockProposed{}
	var out []*bindings.BasedInboxBasedBlockProposed
	for i := range logs {
		l := &logs[i]
		if l.Address != inbox || l.Removed {
			continue
		}
		if ev, err := ib.UnpackBasedBlockProposedEvent(l); err == nil {
			proposed[ev.Commitment] = ev
			continue
		}
		if ev, err := ib.UnpackBasedBlockConfirmedEvent(l); err == nil {
			if p, ok := proposed[ev.Commitment]; ok {
				out = append(out, p)
				delete(proposed, ev.Commitment)
			}
		}
	}
	return out
}

// resolveParent finds the L2 block a based block builds on: a block hash for a slot-ending
// anchor, the commitment of a based block derived earlier for a based anchor, either for a
// based-mode anchor (the inbox head is a block hash or a commitment).
func (s *Sequencer) resolveParent(ev *bindings.BasedInboxBasedBlockProposed) (*types.Header, error) {
	id := common.Hash(ev.ParentId)
	hash := id
	if h, ok := s.st.commitments[id]; ok && ev.Info.Anchor != bindings.AnchorSlotEnding {
		hash = h
	}
	parent := s.l2.BlockChain().GetHeaderByHash(hash)
	if parent == nil {
		return nil, fmt.Errorf("%w: parent id %s (anchor %d)", ErrUnknownParent, id, ev.Info.Anchor)
	}
	if parent.Number.Uint64()+1 != ev.Info.L2BlockNumber {
		return nil, fmt.Errorf("%w: parent %d, based block %d", ErrNumber, parent.Number.Uint64(), ev.Info.L2BlockNumber)
	}
	return parent, nil
}

// BlobSource serves blobs by versioned hash for the L1 block that carried them.
type BlobSource interface {
	Blobs(ctx context.Context, l1 *types.Header, hashes []common.Hash) ([]kzg4844.Blob, error)
}

// payload is the based block's transaction list as proposed: the event's calldata, or the
// blobs its versioned hashes name.
func (s *Sequencer) payload(ctx context.Context, l1 *types.Header, ev *bindings.BasedInboxBasedBlockProposed) ([]byte, error) {
	switch ev.Info.DataMode {
	case bindings.DataCalldata:
		return ev.Info.TxData, nil
	case bindings.DataBlobs:
	default:
		return nil, fmt.Errorf("%w: %d", ErrDataMode, ev.Info.DataMode)
	}
	if s.blobs == nil {
		return nil, ErrBlobSource
	}
	hashes := make([]common.Hash, len(ev.Info.BlobHashes))
	for i, h := range ev.Info.BlobHashes {
		hashes[i] = h
	}
	blobs, err := s.blobs.Blobs(ctx, l1, hashes)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBlobSource, err)
	}
	// A payload the blobs do not hold decodes to nothing, like undecodable calldata.
	payload, _ := bundle.PayloadFromBlobs(blobs)
	return payload, nil
}

// derive builds the based block of a confirmed proposal exactly as docs/protocol.md §6 says
// (bundle.BasedEnv on the parent, with the proposer as fee recipient; forced entries first;
// an entry that does not decode or cannot be included is skipped; one that reverts stays)
// and imports it as the L2 head.
func (s *Sequencer) derive(ctx context.Context, l1 *types.Header, ev *bindings.BasedInboxBasedBlockProposed) (*BasedBlock, *builderhook.Sealed, error) {
	bb := &BasedBlock{
		Commitment: ev.Commitment, L1BlockNumber: l1.Number.Uint64(), L1BlockHash: l1.Hash(),
		L1Slot: ev.Info.L1Slot, Proposer: ev.Proposer,
	}
	payload, err := s.payload(ctx, l1, ev)
	if err != nil {
		return bb, nil, err
	}
	parent, err := s.resolveParent(ev)
	if err != nil {
		return bb, nil, err
	}
	bb.Parent = parent.Hash()
	txs, origins, skips := derivation.BasedTxs(ev.Info.ForcedTxs, payload, s.l2ChainID)
	skipped := make([]Skipped, 0, len(skips))
	for _, sk := range skips {
		skipped = append(skipped, Skipped{Forced: sk.Forced, Index: sk.Index, Reason: sk.Reason})
	}
	chain := s.l2.BlockChain()
	env := bundle.BasedEnv(chain.Config(), parent, ev.Proposer)
	sealed, err := builderhook.Assemble(ctx, chain, parent,
		builderhook.Attributes{Timestamp: env.Time, FeeRecipient: env.Coinbase}, nil, txs)
	if err != nil {
		return bb, nil, fmt.Errorf("assemble based block %s: %w", common.Hash(ev.Commitment), err)
	}
	for _, sk := range sealed.Skipped {
		o := origins[sk.Tx]
		skipped = append(skipped, Skipped{Forced: o.Forced, Index: o.Index, Reason: sk.Err.Error()})
	}
	if err := s.importBlock(ctx, sealed); err != nil {
		return bb, nil, err
	}
	bb.Hash, bb.Number = sealed.Block.Hash(), sealed.Block.NumberU64()
	bb.Txs, bb.Skipped = len(sealed.Block.Transactions()), skipped
	s.st.commitments[ev.Commitment] = bb.Hash
	return bb, sealed, nil
}
