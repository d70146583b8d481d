package beaconstandin

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// sidecar is a version-1 sidecar of n blobs, each marked with its index. The store keys by the
// versioned hashes of the commitments and checks no proof, so the commitments are only marked
// too (a KZG commitment costs seconds under the race detector).
func sidecar(t *testing.T, n int, mark byte) *types.BlobTxSidecar {
	t.Helper()
	blobs := make([]kzg4844.Blob, n)
	commitments := make([]kzg4844.Commitment, n)
	for i := range blobs {
		blobs[i][1], blobs[i][2] = mark, byte(i)
		commitments[i][0], commitments[i][1] = mark, byte(i)
	}
	return types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, commitments, nil)
}

func TestGetBlobsServesRecordedBlobsInTheOrderAsked(t *testing.T) {
	s := newServer(t)
	store := NewBlobStore(8)
	s.SetBlobs(store)
	sc := sidecar(t, 2, 0xaa)
	store.RecordBlobs(sc)
	h := sc.BlobHashes()
	code, hdr, body := get(t, s.URL()+"/eth/v1/beacon/blobs/head?versioned_hashes="+h[1].Hex()+"&versioned_hashes="+h[0].Hex())
	if code != http.StatusOK || hdr.Get("Content-Type") != "application/json" {
		t.Fatalf("status %d, %s", code, body)
	}
	var resp struct {
		ExecutionOptimistic *bool           `json:"execution_optimistic"`
		Finalized           *bool           `json:"finalized"`
		Data                []hexutil.Bytes `json:"data"`
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		t.Fatal(err)
	}
	if resp.ExecutionOptimistic == nil || resp.Finalized == nil || len(resp.Data) != 2 {
		t.Fatalf("response %s", body[:min(len(body), 200)])
	}
	if string(resp.Data[0]) != string(sc.Blobs[1][:]) || string(resp.Data[1]) != string(sc.Blobs[0][:]) {
		t.Fatal("blobs not in the order asked")
	}
	// Comma-separated hashes are the same request.
	if code, _, _ := get(t, s.URL()+"/eth/v1/beacon/blobs/7?versioned_hashes="+h[0].Hex()+","+h[1].Hex()); code != http.StatusOK {
		t.Fatalf("comma-separated: %d", code)
	}
}

func TestGetBlobsRefusals(t *testing.T) {
	s := newServer(t)
	store := NewBlobStore(8)
	s.SetBlobs(store)
	sc := sidecar(t, 1, 0xbb)
	store.RecordBlobs(sc)
	known, unknown := sc.BlobHashes()[0].Hex(), common.Hash{0x01, 0x02}.Hex()
	cases := []struct {
		name, path string
		code       int
	}{
		{"bad block id", "/eth/v1/beacon/blobs/current?versioned_hashes=" + known, http.StatusBadRequest},
		{"no hashes", "/eth/v1/beacon/blobs/head", http.StatusBadRequest},
		{"bad hash", "/eth/v1/beacon/blobs/head?versioned_hashes=0x1234", http.StatusBadRequest},
		{"unknown hash", "/eth/v1/beacon/blobs/head?versioned_hashes=" + unknown, http.StatusNotFound},
		{"root block id", "/eth/v1/beacon/blobs/" + common.Hash{0x03}.Hex() + "?versioned_hashes=" + known, http.StatusOK},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if code, _, body := get(t, s.URL()+tc.path); code != tc.code {
				t.Fatalf("status %d, want %d: %s", code, tc.code, body[:min(len(body), 200)])
			}
		})
	}
}

func TestBlobStoreForgetsTheOldest(t *testing.T) {
	store := NewBlobStore(2)
	first, second := sidecar(t, 2, 0x01), sidecar(t, 1, 0x02)
	store.RecordBlobs(first)
	store.RecordBlobs(first) // the same blobs again are kept once
	store.RecordBlobs(second)
	if store.Len() != 2 {
		t.Fatalf("%d blobs kept", store.Len())
	}
	if _, ok := store.Blob(first.BlobHashes()[0]); ok {
		t.Fatal("the oldest blob is still kept")
	}
	for _, h := range []common.Hash{first.BlobHashes()[1], second.BlobHashes()[0]} {
		if _, ok := store.Blob(h); !ok {
			t.Fatalf("blob %s forgotten", h)
		}
	}
}
