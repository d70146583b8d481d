package derivation

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// applyBatch rebuilds a committed batch's blocks on the derived head: bundle.BasedEnv with the
// sequencer as fee recipient, each block's transactions in order. A payload that does not
// decode or names the wrong number of blocks derives as that many empty blocks (a sequencer
// fault): the inbox has moved its head past them either way.
func (d *Deriver) applyBatch(ctx context.Context, l1 *types.Header, ev *bindings.BasedInboxBatchCommitted) error {
	d.checkParent(l1, ev.ParentId, ev.FirstNumber, "batch")
	n := ev.LastNumber - ev.FirstNumber + 1 // the inbox refuses lastNumber < firstNumber
	payload, err := d.payload(ctx, l1, ev.DataMode, ev.Data, ev.BlobHashes)
	if err != nil {
		return err
	}
	blocks, derr := decodeBatch(payload, n)
	if derr != nil {
		d.fault(Fault{Kind: FaultData, L1Number: l1.Number.Uint64(), L1Hash: l1.Hash(), L2Number: ev.FirstNumber,
			Certified: ev.LastHash, Reason: fmt.Sprintf("batch %d..%d derives as empty blocks: %v", ev.FirstNumber, ev.LastNumber, derr)})
		blocks = make([][][]byte, n)
	}
	chainID := d.l2.BlockChain().Config().ChainID.Uint64()
	for i, raw := range blocks {
		txs := make([]*types.Transaction, 0, len(raw))
		for j, r := range raw {
			tx, err := bundle.DecodeTx(fmt.Sprintf("blocks[%d][%d]", i, j), r, chainID)
			if err != nil {
				continue // the block then differs from the certified one: reported below
			}
			txs = append(txs, tx.Transaction)
		}
		if _, err := d.build(ctx, d.cfg.Sequencer, txs); err != nil {
			return err
		}
		d.m.l2Blocks.WithLabelValues("sequenced").Inc()
	}
	if derived := d.cur.header.Hash(); derived != ev.LastHash {
		d.fault(Fault{Kind: FaultHash, L1Number: l1.Number.Uint64(), L1Hash: l1.Hash(), L2Number: ev.LastNumber,
			Certified: ev.LastHash, Derived: derived, Reason: "certified lastHash is not the derived block's"})
	}
	// The inbox names its head by the certified hash; the next batch's parentId is that.
	d.cur.id = common.Hash(ev.LastHash)
	return nil
}

// decodeBatch decodes a batch payload and checks it names want blocks.
func decodeBatch(payload []byte, want uint64) ([][][]byte, error) {
	if want > bundle.MaxBatchBlocks {
		return nil, fmt.Errorf("%d blocks, a batch carries at most %d", want, bundle.MaxBatchBlocks)
	}
	blocks, err := bundle.DecodeBatch(payload)
	if err != nil {
		return nil, err
	}
	if uint64(len(blocks)) != want {
		return nil, fmt.Errorf("payload has %d blocks, the header names %d", len(blocks), want)
	}
	return blocks, nil
}

// payload is a log's data: the calldata carried, or the blobs it names, decoded.
func (d *Deriver) payload(ctx context.Context, l1 *types.Header, mode uint8, data []byte, hashes [][32]byte) ([]byte, error) {
	switch mode {
	case bindings.DataCalldata:
		return data, nil
	case bindings.DataBlobs:
	default:
		return nil, nil // an unknown mode decodes as nothing (a fault where it matters)
	}
	if d.blobs == nil {
		return nil, ErrNoBlobSource
	}
	vh := make([]common.Hash, len(hashes))
	for i, h := range hashes {
		vh[i] = h
	}
	blobs, err := d.blobs.Blobs(ctx, l1, vh)
	if err != nil {
		return nil, fmt.Errorf("%w: l1 block %d: %w", ErrBlobs, l1.Number.Uint64(), err)
	}
	if len(blobs) != len(vh) {
		return nil, fmt.Errorf("%w: l1 block %d: %d blobs for %d hashes", ErrBlobs, l1.Number.Uint64(), len(blobs), len(vh))
	}
	p, err := bundle.PayloadFromBlobs(blobs)
	if err != nil {
		return nil, nil // blobs that do not decode carry nothing: a fault where it matters
	}
	return p, nil
}
