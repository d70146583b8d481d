package builder_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1/builder"
)

type recorder struct{ got []*types.BlobTxSidecar }

func (r *recorder) RecordBlobs(sc *types.BlobTxSidecar) { r.got = append(r.got, sc) }

// TestBuildRecordsTheBlobsItIncludes: the sidecar of a blob transaction the builder puts in a
// block (here from a bundle) reaches the recorder by the time Build returns, before the block
// is imported.
func TestBuildRecordsTheBlobsItIncludes(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	rec := &recorder{}
	r.b.RecordBlobs(rec)
	// The builder checks no KZG proof (the pool does, at seconds per blob under the race
	// detector), so the sidecar's commitment and cell proofs are placeholders.
	blobs := []kzg4844.Blob{{0, 0x42}}
	sc := types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, []kzg4844.Commitment{{0xc0}},
		make([]kzg4844.Proof, kzg4844.CellProofsPerBlob))
	cfg := r.node.ChainConfig()
	tx := types.MustSignNewTx(gethnode.TestKey(1), types.LatestSigner(cfg), &types.BlobTx{
		ChainID: uint256.MustFromBig(cfg.ChainID), Nonce: 0, GasTipCap: uint256.NewInt(params.GWei),
		GasFeeCap: uint256.NewInt(100 * params.GWei), Gas: 50_000, To: sink,
		BlobFeeCap: uint256.NewInt(100 * params.GWei), BlobHashes: sc.BlobHashes(), Sidecar: sc,
	})
	if _, err := r.b.SendBundle(gethnode.TestAddress(5), r.bundleOf("", tx)); err != nil {
		t.Fatal(err)
	}
	blk := r.build()
	if len(blk.Block.Transactions()) != 1 || len(rec.got) != 1 {
		t.Fatalf("%d txs, %d sidecars recorded", len(blk.Block.Transactions()), len(rec.got))
	}
	if got := rec.got[0].BlobHashes(); len(got) != 1 || got[0] != sc.BlobHashes()[0] {
		t.Fatalf("recorded %v, sent %v", got, sc.BlobHashes())
	}
}
