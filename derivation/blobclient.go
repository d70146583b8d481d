package derivation

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// Errors of the blob client.
var (
	ErrBlobClientConfig = errors.New("derivation: bad blob client config")
	ErrBlobResponse     = errors.New("derivation: bad getBlobs response")
)

// blobsPath is Fulu's getBlobs (beacon-APIs apis/beacon/blobs/blobs.yaml).
const blobsPath = "/eth/v1/beacon/blobs/"

// maxBlobsPerCall bounds the hashes one call asks for, and so the response it reads.
const maxBlobsPerCall = 64

// BlobClientConfig locates a beacon node and maps L1 blocks to its slots.
type BlobClientConfig struct {
	// URL is the beacon node's base URL.
	URL string
	// GenesisTime and SlotSeconds map an L1 block's timestamp to the slot named as block_id.
	GenesisTime uint64
	SlotSeconds uint64
	// Timeout bounds one call.
	Timeout time.Duration
}

// Check reports every invalid field.
func (c BlobClientConfig) Check() error {
	var errs []error
	if u, err := url.Parse(c.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("%w: url %q", ErrBlobClientConfig, c.URL))
	}
	if c.SlotSeconds == 0 {
		errs = append(errs, fmt.Errorf("%w: slot_seconds must be > 0", ErrBlobClientConfig))
	}
	if c.Timeout <= 0 {
		errs = append(errs, fmt.Errorf("%w: timeout must be > 0", ErrBlobClientConfig))
	}
	return errors.Join(errs...)
}

// BlobClient is a BlobSource reading a beacon node's getBlobs over HTTP. It checks every blob
// against the versioned hash asked for (KZG commitment, then sha256), so a lying node can
// withhold data but not change it.
type BlobClient struct {
	cfg  BlobClientConfig
	http *http.Client
}

var _ BlobSource = (*BlobClient)(nil)

// NewBlobClient checks cfg.
func NewBlobClient(cfg BlobClientConfig) (*BlobClient, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &BlobClient{cfg: cfg, http: &http.Client{
		Timeout:       cfg.Timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}, nil
}

// Blobs fetches the blobs with the given versioned hashes, carried in L1 block l1.
func (c *BlobClient) Blobs(ctx context.Context, l1 *types.Header, hashes []common.Hash) ([]kzg4844.Blob, error) {
	if len(hashes) == 0 {
		return nil, nil
	}
	if len(hashes) > maxBlobsPerCall {
		return nil, fmt.Errorf("%w: %d hashes, at most %d per call", ErrBlobResponse, len(hashes), maxBlobsPerCall)
	}
	body, err := c.get(ctx, c.blockID(l1), hashes)
	if err != nil {
		return nil, err
	}
	blobs, err := DecodeBlobsResponse(body, len(hashes))
	if err != nil {
		return nil, err
	}
	return matchBlobs(blobs, hashes)
}

func (c *BlobClient) blockID(l1 *types.Header) string {
	if l1.Time < c.cfg.GenesisTime {
		return "head"
	}
	return strconv.FormatUint((l1.Time-c.cfg.GenesisTime)/c.cfg.SlotSeconds, 10)
}

func (c *BlobClient) get(ctx context.Context, blockID string, hashes []common.Hash) ([]byte, error) {
	q := make([]string, len(hashes))
	for i, h := range hashes {
		q[i] = "versioned_hashes=" + h.Hex()
	}
	u := strings.TrimSuffix(c.cfg.URL, "/") + blobsPath + url.PathEscape(blockID) + "?" + strings.Join(q, "&")
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("derivation: getBlobs request: %w", err)
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("derivation: getBlobs: %w", err)
	}
	defer resp.Body.Close()
	limit := int64(len(hashes))*(2*int64(len(kzg4844.Blob{}))+8) + 4096
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("derivation: getBlobs: read: %w", err)
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrBlobResponse, limit)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%w: status %d: %.200s", ErrBlobResponse, resp.StatusCode, body)
	}
	return body, nil
}

type blobsResponse struct {
	ExecutionOptimistic bool            `json:"execution_optimistic"`
	Finalized           bool            `json:"finalized"`
	Data                []hexutil.Bytes `json:"data"`
}

// DecodeBlobsResponse decodes a getBlobs JSON body of at most maxBlobs blobs, each exactly one
// blob long. It does not check the blobs against any hash.
func DecodeBlobsResponse(body []byte, maxBlobs int) ([]kzg4844.Blob, error) {
	var r blobsResponse
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBlobResponse, err)
	}
	if len(r.Data) > maxBlobs {
		return nil, fmt.Errorf("%w: %d blobs, asked for %d", ErrBlobResponse, len(r.Data), maxBlobs)
	}
	out := make([]kzg4844.Blob, len(r.Data))
	for i, b := range r.Data {
		if len(b) != len(out[i]) {
			return nil, fmt.Errorf("%w: blob %d has %d bytes", ErrBlobResponse, i, len(b))
		}
		copy(out[i][:], b)
	}
	return out, nil
}

// matchBlobs orders blobs as hashes by the versioned hash of each one's KZG commitment (a node
// returns a block's blobs in its order, not the request's).
func matchBlobs(blobs []kzg4844.Blob, hashes []common.Hash) ([]kzg4844.Blob, error) {
	byHash := make(map[common.Hash]int, len(blobs))
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return nil, fmt.Errorf("%w: blob %d: %w", ErrBlobResponse, i, err)
		}
		byHash[kzg4844.CalcBlobHashV1(sha256.New(), &c)] = i
	}
	out := make([]kzg4844.Blob, len(hashes))
	for i, h := range hashes {
		j, ok := byHash[h]
		if !ok {
			return nil, fmt.Errorf("%w: no blob with versioned hash %s", ErrBlobResponse, h)
		}
		out[i] = blobs[j]
	}
	return out, nil
}
