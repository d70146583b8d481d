package bundle

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/rlp"
)

func sampleTxs(t testing.TB, n int) [][]byte {
	key := testKey(t, "l2 user")
	out := make([][]byte, n)
	for i := range out {
		out[i] = signedTx(t, key, testChains.L2, nonce(uint64(i)), data(100))
	}
	return out
}

func TestBasedBlockRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 100} {
		txs := sampleTxs(t, n)
		enc, err := EncodeBasedBlock(txs)
		if err != nil {
			t.Fatal(err)
		}
		if enc[0] != BasedBlockV1 {
			t.Fatalf("version byte %x", enc[0])
		}
		got, err := DecodeBasedBlock(enc)
		if err != nil || len(got) != n {
			t.Fatalf("decode %d txs: got %d, %v", n, len(got), err)
		}
		for i := range txs {
			if !bytes.Equal(got[i], txs[i]) {
				t.Fatalf("tx %d changed", i)
			}
		}
	}
}

func TestDecodeBasedBlockRejects(t *testing.T) {
	bomb := zstdEncoder.EncodeAll(make([]byte, MaxBasedBlockBytes+10), []byte{BasedBlockV1})
	notList := zstdEncoder.EncodeAll([]byte{0x01, 0x02}, []byte{BasedBlockV1})
	tests := []struct {
		name    string
		payload []byte
		want    error
	}{
		{"empty", nil, ErrMalformed},
		{"unknown version", []byte{0x02, 0x00}, ErrBasedBlockVersion},
		{"not zstd", []byte{BasedBlockV1, 1, 2, 3}, ErrMalformed},
		{"decompression bomb", bomb, ErrBasedBlockSize},
		{"not an rlp list", notList, ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := DecodeBasedBlock(tt.payload); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func TestBlobModeSidecarVerifies(t *testing.T) {
	enc, err := EncodeBasedBlock(sampleTxs(t, 300))
	if err != nil {
		t.Fatal(err)
	}
	blobs, err := BlobsFor(enc)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := BlobSidecar(blobs)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Version != types.BlobSidecarVersion1 || len(sc.Proofs) != len(blobs)*kzg4844.CellProofsPerBlob {
		t.Fatalf("want version 1 with 128 cell proofs per blob, got v%d with %d", sc.Version, len(sc.Proofs))
	}
	if err := kzg4844.VerifyCellProofs(sc.Blobs, sc.Commitments, sc.Proofs); err != nil {
		t.Fatalf("cell proofs do not verify: %v", err)
	}
	if err := sc.ValidateBlobCommitmentHashes(sc.BlobHashes()); err != nil {
		t.Fatal(err)
	}
	back, err := PayloadFromBlobs(blobs)
	if err != nil || !bytes.Equal(back, enc) {
		t.Fatalf("blob round trip: %v", err)
	}
}

func TestBlobsForSpansBlobsAndRefusesOversize(t *testing.T) {
	payload := bytes.Repeat([]byte{0xff}, blobCapacity+1)
	blobs, err := BlobsFor(payload)
	if err != nil || len(blobs) != 2 {
		t.Fatalf("want 2 blobs, got %d, %v", len(blobs), err)
	}
	if back, err := PayloadFromBlobs(blobs); err != nil || !bytes.Equal(back, payload) {
		t.Fatalf("round trip across blobs: %v", err)
	}
	if _, err := BlobsFor(make([]byte, maxBlobBytes+1)); !errors.Is(err, ErrBasedBlockSize) {
		t.Fatalf("oversize payload: %v", err)
	}
}

func FuzzDecodeBasedBlock(f *testing.F) {
	enc, _ := EncodeBasedBlock(sampleTxs(f, 3))
	f.Add(enc)
	list, _ := rlp.EncodeToBytes([][]byte{{1}, {2, 3}})
	f.Add(zstdEncoder.EncodeAll(list, []byte{BasedBlockV1}))
	f.Add([]byte{BasedBlockV1})
	f.Fuzz(func(t *testing.T, payload []byte) {
		txs, err := DecodeBasedBlock(payload)
		if err != nil {
			return
		}
		again, err := EncodeBasedBlock(txs)
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeBasedBlock(again)
		if err != nil || len(back) != len(txs) {
			t.Fatalf("re-encoding changed the list: %v", err)
		}
	})
}

func FuzzPayloadFromBlobs(f *testing.F) {
	blobs, _ := BlobsFor([]byte("payload"))
	f.Add(blobs[0][:200])
	f.Fuzz(func(t *testing.T, prefix []byte) {
		var blob kzg4844.Blob
		copy(blob[:], prefix)
		payload, err := PayloadFromBlobs([]kzg4844.Blob{blob})
		if err != nil {
			return
		}
		again, err := BlobsFor(payload)
		if err != nil {
			t.Fatal(err)
		}
		if back, err := PayloadFromBlobs(again); err != nil || !bytes.Equal(back, payload) {
			t.Fatalf("round trip: %v", err)
		}
	})
}
