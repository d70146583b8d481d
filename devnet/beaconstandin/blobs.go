package beaconstandin

import (
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// MaxBlobsPerRequest bounds the versioned hashes one getBlobs request may name: more than any
// block carries (BPO2: 21).
const MaxBlobsPerRequest = 64

// BlobStore keeps the newest blobs the devnet L1 included, by versioned hash, at most max of
// them (the oldest go first): a beacon node's blob sidecars, without the block index. Its
// methods are safe for concurrent use.
type BlobStore struct {
	mu     sync.Mutex
	max    int
	byHash map[common.Hash]*kzg4844.Blob
	order  []common.Hash // oldest first
}

// NewBlobStore keeps at most limit blobs (128 KiB each); limit < 1 keeps one.
func NewBlobStore(limit int) *BlobStore {
	return &BlobStore{max: max(limit, 1), byHash: make(map[common.Hash]*kzg4844.Blob)}
}

// RecordBlobs keeps the blobs of one blob transaction's sidecar.
func (s *BlobStore) RecordBlobs(sc *types.BlobTxSidecar) {
	if sc == nil {
		return
	}
	hashes := sc.BlobHashes()
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, h := range hashes {
		if _, ok := s.byHash[h]; ok || i >= len(sc.Blobs) {
			continue
		}
		blob := sc.Blobs[i]
		s.byHash[h] = &blob
		s.order = append(s.order, h)
	}
	if over := len(s.order) - s.max; over > 0 {
		for _, h := range s.order[:over] {
			delete(s.byHash, h)
		}
		s.order = append([]common.Hash(nil), s.order[over:]...)
	}
}

// Blob returns the blob with versioned hash h, if kept.
func (s *BlobStore) Blob(h common.Hash) (*kzg4844.Blob, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.byHash[h]
	return b, ok
}

// Len is how many blobs are kept.
func (s *BlobStore) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.order)
}

// SetBlobs makes the server answer getBlobs from store (nil: every blob is not found).
func (s *Server) SetBlobs(store *BlobStore) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blobStore = store
}

// handleBlobs serves Fulu's getBlobs, GET /eth/v1/beacon/blobs/{block_id}?versioned_hashes=…,
// for the hashes named (repeated or comma-separated), in the order named. The stand-in keeps
// blobs by versioned hash only, so it needs the hashes and checks block_id's form, not that the
// block holds them; a hash it does not keep answers 404, as a node that pruned the blob does.
func (s *Server) handleBlobs(w http.ResponseWriter, r *http.Request) {
	if !validBlockID(r.PathValue("block_id")) {
		respondError(w, http.StatusBadRequest, "Invalid block ID: "+r.PathValue("block_id"))
		return
	}
	hashes, err := versionedHashes(r.URL.Query()["versioned_hashes"])
	if err != nil {
		respondError(w, http.StatusBadRequest, err.Error())
		return
	}
	s.mu.Lock()
	store := s.blobStore
	s.mu.Unlock()
	data := make([]string, 0, len(hashes))
	for _, h := range hashes {
		var blob *kzg4844.Blob
		ok := store != nil
		if ok {
			blob, ok = store.Blob(h)
		}
		if !ok {
			respondError(w, http.StatusNotFound, "Blob not found: "+h.Hex())
			return
		}
		data = append(data, hexutil.Encode(blob[:]))
	}
	respondJSON(w, map[string]any{"execution_optimistic": false, "finalized": false, "data": data})
}

func validBlockID(id string) bool {
	switch id {
	case "head", "genesis", "finalized", "justified":
		return true
	}
	if _, err := strconv.ParseUint(id, 10, 64); err == nil {
		return true
	}
	root, err := hexutil.Decode(id)
	return err == nil && len(root) == common.HashLength
}

type blobRequestError string

func (e blobRequestError) Error() string { return string(e) }

// versionedHashes parses the query's hashes; the stand-in needs at least one.
func versionedHashes(values []string) ([]common.Hash, error) {
	var out []common.Hash
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			raw, err := hexutil.Decode(strings.TrimSpace(part))
			if err != nil || len(raw) != common.HashLength {
				return nil, blobRequestError("Invalid versioned hash: " + part)
			}
			out = append(out, common.BytesToHash(raw))
		}
	}
	switch {
	case len(out) == 0:
		return nil, blobRequestError("versioned_hashes is required by this node")
	case len(out) > MaxBlobsPerRequest:
		return nil, blobRequestError("too many versioned hashes: " + strconv.Itoa(len(out)))
	}
	return out, nil
}
