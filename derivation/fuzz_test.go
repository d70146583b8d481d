package derivation_test

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/syncboost/syncboost/derivation"
)

// FuzzDecodeBlobsResponse: a beacon node's getBlobs body never panics the decoder, and what it
// accepts re-encodes to the same blobs.
func FuzzDecodeBlobsResponse(f *testing.F) {
	var blob kzg4844.Blob
	blob[1] = 0x42
	good, _ := json.Marshal(map[string]any{"execution_optimistic": false, "finalized": false, "data": []string{hexutil.Encode(blob[:])}})
	f.Add(good, 2)
	f.Add([]byte(`{"data":[]}`), 1)
	f.Add([]byte(`{"data":["0x00"]}`), 1)
	f.Add([]byte(`{"data":null}`), 0)
	f.Add([]byte(`[`), 6)
	f.Fuzz(func(t *testing.T, body []byte, maxBlobs int) {
		blobs, err := derivation.DecodeBlobsResponse(body, maxBlobs)
		if err != nil {
			return
		}
		if len(blobs) > max(maxBlobs, 0) {
			t.Fatalf("%d blobs, at most %d", len(blobs), maxBlobs)
		}
		data := make([]string, len(blobs))
		for i := range blobs {
			data[i] = hexutil.Encode(blobs[i][:])
		}
		again, _ := json.Marshal(map[string]any{"data": data})
		back, err := derivation.DecodeBlobsResponse(again, len(blobs))
		if err != nil || len(back) != len(blobs) {
			t.Fatalf("round trip: %v", err)
		}
		for i := range back {
			if back[i] != blobs[i] {
				t.Fatalf("blob %d changed in the round trip", i)
			}
		}
	})
}
