package derivation_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// submitBased lands a certified based block on the slot-ending block end (the last of blocks),
// carrying the batch up to it, with txData as its payload (in blobs when sc is set, txData
// then empty); it returns the commitment.
func (r *rig) submitBased(blocks []*types.Block, lists [][][]byte, txData []byte, sc *types.BlobTxSidecar) common.Hash {
	r.t.Helper()
	end := blocks[len(blocks)-1]
	slot := r.l1.nextSlot()
	m := bundle.SlotEnding{L2ChainID: l2ChainID, L2BlockNumber: end.NumberU64(), L2BlockHash: end.Hash(),
		L2ParentHash: end.ParentHash(), L2StateRoot: end.Root(), L1Slot: slot, L1ParentHash: r.l1.head().Hash(),
		SeqIndex: uint32(len(blocks)), IsSlotEnding: true}
	cert, err := bundle.SignECDSA(&m, r.domain(), r.sequencer)
	if err != nil {
		r.t.Fatal(err)
	}
	b, _ := r.batch(blocks, lists, bundle.DataCalldata)
	blk := bindings.BasedBlock{ParentHash: end.Hash(), DataMode: bindings.DataCalldata, TxData: txData, Proof: []byte{}}
	if sc != nil {
		blk.DataMode, blk.TxData, blk.BlobCount = bindings.DataBlobs, []byte{}, uint8(len(sc.Blobs))
	}
	s := bindings.Submission{SlotEnding: bindings.SlotEndingOf(&m), Certificate: cert.Signature, Batch: normBatch(bindings.BatchOf(b)),
		Blk: blk, Bundles: []bindings.CallBundle{}}
	tx := r.l1.send(r.proposer, &r.inbox, r.ib.PackSubmitBased(s), sc)
	r.l1.commit()
	r.l1.mustSucceed(tx)
	r.headID = r.inboxHead().Id
	return r.headID
}

// TestDeriverBasedBlockOnBatchedSlotEnding: a submission that carries the batch up to its
// slot-ending block and the based block on it derives both, in log order, the based block with
// the proposer as fee recipient and its undecodable entry skipped; the next batch builds on the
// based block.
func TestDeriverBasedBlockOnBatchedSlotEnding(t *testing.T) {
	r := newRig(t, nil)
	blocks, lists := r.sequence(3)
	transfer := r.transfer()
	raw, _ := transfer.MarshalBinary()
	txData, err := bundle.EncodeBasedBlock([][]byte{raw, {0xde, 0xad}})
	if err != nil {
		t.Fatal(err)
	}
	commitment := r.submitBased(blocks, lists, txData, nil)
	based := r.build(blocks[2].Header(), addr(r.proposer), []*types.Transaction{transfer})
	h := r.step(based)
	if !h.Based || h.ID != commitment || h.Number != 4 {
		t.Fatalf("derived head %+v, commitment %s", h, commitment)
	}
	more, lists := r.sequence(2)
	b, _ := r.batch(more, lists, bundle.DataCalldata)
	if b.Header.ParentID != commitment {
		t.Fatalf("batch parent %s", b.Header.ParentID)
	}
	r.submitBatch(b, nil)
	r.step(more[1])
	if err := r.d.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestDeriverBlobBasedBlock: a based block whose payload is in blobs derives from the blobs
// the beacon API serves.
func TestDeriverBlobBasedBlock(t *testing.T) {
	store, client := blobSource(t)
	r := newRig(t, client)
	blocks, lists := r.sequence(2)
	transfer := r.transfer()
	raw, _ := transfer.MarshalBinary()
	payload, err := bundle.EncodeBasedBlock([][]byte{raw})
	if err != nil {
		t.Fatal(err)
	}
	blobs, err := bundle.BlobsFor(payload)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := bundle.BlobSidecar(blobs)
	if err != nil {
		t.Fatal(err)
	}
	store.RecordBlobs(sc)
	commitment := r.submitBased(blocks, lists, nil, sc)
	based := r.build(blocks[1].Header(), addr(r.proposer), []*types.Transaction{transfer})
	if h := r.step(based); h.ID != commitment || !h.Based {
		t.Fatalf("derived head %+v", h)
	}
	if err := r.d.Err(); err != nil {
		t.Fatal(err)
	}
}
