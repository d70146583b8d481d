package bindings_test

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

// blobSidecar carries payload in blobs with cell proofs (the Osaka network form).
func blobSidecar(t *testing.T, payload []byte) *types.BlobTxSidecar {
	t.Helper()
	blobs, err := bundle.BlobsFor(payload)
	if err != nil {
		t.Fatal(err)
	}
	var commitments []kzg4844.Commitment
	var proofs []kzg4844.Proof
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			t.Fatal(err)
		}
		p, err := kzg4844.ComputeCellProofs(&blobs[i])
		if err != nil {
			t.Fatal(err)
		}
		commitments = append(commitments, c)
		proofs = append(proofs, p...)
	}
	return types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, commitments, proofs)
}

func TestSubmitBasedInBlobModeRecordsVersionedHashes(t *testing.T) {
	f := newFixture(t)
	payload := bytes.Repeat([]byte("based block payload "), 8000) // 160 kB: two blobs
	sidecar := blobSidecar(t, payload)
	hashes := sidecar.BlobHashes()
	if len(hashes) != 2 {
		t.Fatalf("%d blobs", len(hashes))
	}
	// Only the cases that read BLOBHASH carry the blobs: KZG cell proofs are slow to verify.
	send := func(slot uint64, withBlobs bool, edit func(*bindings.BasedBlock)) txRef {
		f.enterSlot(slot)
		blk := bindings.BasedBlock{ParentHash: l2Hash(10+slot, 0), DataMode: bindings.DataBlobs, BlobCount: 2, TxData: []byte{}, Proof: []byte{}}
		edit(&blk)
		s := f.certified(slot, 10+slot, nil)
		s.Blk = blk
		s = normalised(s)
		tx := l1sim.Tx{To: f.inbox, Data: f.ib.PackSubmitBased(s)}
		if withBlobs {
			tx.Blobs = sidecar
		}
		sent := f.chain.Send(f.sidecar, tx)
		f.chain.Commit()
		return sent
	}

	if e := revertAs[bindings.BasedInboxMissingBlob](f, send(1, true, func(b *bindings.BasedBlock) { b.BlobCount = 3 })); e.Index.Int64() != 2 {
		t.Fatalf("%+v", e)
	}
	revertAs[bindings.BasedInboxUnexpectedTxData](f, send(2, false, func(b *bindings.BasedBlock) { b.TxData = []byte{1} }))
	revertAs[bindings.BasedInboxUnexpectedBlobCount](f, send(3, false, func(b *bindings.BasedBlock) { b.DataMode = bindings.DataCalldata }))
	revertAs[bindings.BasedInboxUnknownDataMode](f, send(4, false, func(b *bindings.BasedBlock) { b.DataMode = 2 }))

	tx := send(5, true, func(*bindings.BasedBlock) {})
	f.mustSucceed(tx)
	t.Logf("submitBased with %d blobs: %d gas", len(hashes), f.chain.Receipt(tx).GasUsed)
	info := f.proposedEvent(tx).Info
	if info.DataMode != bindings.DataBlobs || len(info.TxData) != 0 || len(info.BlobHashes) != 2 {
		t.Fatalf("info %+v", info)
	}
	for i, h := range info.BlobHashes {
		if common.Hash(h) != hashes[i] {
			t.Fatalf("blob hash %d: %x, tx carries %x", i, h, hashes[i])
		}
	}
	if info.DataHash != bindings.BlobDataHash(hashes) {
		t.Fatalf("data hash %x, Go side %x", info.DataHash, bindings.BlobDataHash(hashes))
	}
	back, err := bundle.PayloadFromBlobs(sidecar.Blobs)
	if err != nil || !bytes.Equal(back, payload) {
		t.Fatalf("payload does not round-trip through the blobs: %v", err)
	}
}
