package builderhook

import (
	"context"
	"crypto/sha256"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/syncboost/syncboost/devnet/gethnode"
)

// blobTx carries one blob with an Osaka (cell proof) sidecar. Its proofs are not valid KZG
// proofs: checking them is the transaction pool's job, and neither ApplyAtomic nor
// engine_newPayload reads them, while computing real ones takes seconds.
func blobTx(t *testing.T, c *testChain, from, blobs int, version byte) *types.Transaction {
	t.Helper()
	commitment := kzg4844.Commitment{0xc0}
	hash := kzg4844.CalcBlobHashV1(sha256.New(), &commitment)
	sidecar := types.NewBlobTxSidecar(version, make([]kzg4844.Blob, blobs), make([]kzg4844.Commitment, blobs),
		make([]kzg4844.Proof, blobs*kzg4844.CellProofsPerBlob))
	hashes := make([]common.Hash, blobs)
	for i := range blobs {
		sidecar.Commitments[i], hashes[i] = commitment, hash
	}
	addr := gethnode.TestAddress(from)
	nonce := c.nonces[addr]
	c.nonces[addr]++
	return types.MustSignNewTx(gethnode.TestKey(from), c.signer, &types.BlobTx{
		ChainID:    uint256.MustFromBig(c.node.ChainConfig().ChainID),
		Nonce:      nonce,
		GasTipCap:  uint256.MustFromBig(tip),
		GasFeeCap:  uint256.MustFromBig(feeCap),
		Gas:        100_000,
		To:         counterAddr,
		BlobFeeCap: uint256.NewInt(params.GWei),
		BlobHashes: hashes,
		Sidecar:    sidecar,
	})
}

func TestBlobBundleIsImported(t *testing.T) {
	c := newTestChain(t)
	ctx := context.Background()
	b := c.builder(t)
	tx := blobTx(t, c, 1, 1, types.BlobSidecarVersion1)
	res, err := b.ApplyBundle(ctx, []*types.Transaction{tx, c.tx(t, 2, counterAddr, nil, 100_000)})
	if err != nil {
		t.Fatal(err)
	}
	if res.BlobGasUsed != params.BlobTxBlobGasPerBlob || *b.Header.BlobGasUsed != res.BlobGasUsed {
		t.Fatalf("blob gas %d, header %d", res.BlobGasUsed, *b.Header.BlobGasUsed)
	}
	if len(b.Sidecars) != 1 || b.Txs[0].BlobTxSidecar() != nil {
		t.Fatal("sidecar not split from the block's transaction")
	}
	sealed, err := b.Seal(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := sealed.VersionedHashes(); len(got) != 1 || got[0] != tx.BlobHashes()[0] {
		t.Fatalf("versioned hashes %v", got)
	}
	if n := len(sealed.Envelope.BlobsBundle.Blobs); n != 1 {
		t.Fatalf("blobs bundle has %d blobs", n)
	}
	if err := c.node.ImportBlock(ctx, sealed.Block, sealed.Requests); err != nil {
		t.Fatal(err)
	}
}

func TestBlobLimitsAreChecked(t *testing.T) {
	c := newTestChain(t)
	b := c.builder(t)
	limit := b.maxBlobs()
	tests := []struct {
		name    string
		tx      *types.Transaction
		wantErr error
	}{
		{name: "one blob over the block limit", tx: blobTx(t, c, 1, limit+1, types.BlobSidecarVersion1), wantErr: ErrTooManyBlobs},
		{name: "pre-Osaka sidecar", tx: blobTx(t, c, 2, 1, types.BlobSidecarVersion0), wantErr: ErrSidecarVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := viewOf(&b.Env)
			if _, err := b.ApplyBundle(context.Background(), []*types.Transaction{tt.tx}); !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if viewOf(&b.Env) != before {
				t.Fatal("env changed")
			}
		})
	}
}
