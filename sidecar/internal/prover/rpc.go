package prover

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/transport/urls"
)

// Defaults of RPCConfig.
const (
	DefaultMaxProofBytes = 128 << 10 // fits an L1 transaction's calldata with room to spare
	maxEnvelopeOverhead  = 4 << 10
)

// RPCConfig configures the client of an external prover.
type RPCConfig struct {
	// URL of the prover's JSON-RPC endpoint (http or https).
	URL string
	// Header is sent with every request (for example an Authorization header).
	Header http.Header
	// MaxProofBytes bounds the proof; 0 means DefaultMaxProofBytes. The response body is
	// bounded accordingly.
	MaxProofBytes int
	// Client sends the requests; nil means a client that follows no redirects. Its own
	// Timeout should be zero: the caller's context carries the budget.
	Client *http.Client
}

// Check reports the first invalid field.
func (c RPCConfig) Check() error {
	if err := urls.CheckHTTP("url", c.URL); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if c.MaxProofBytes < 0 {
		return fmt.Errorf("%w: max_proof_bytes %d is negative", ErrConfig, c.MaxProofBytes)
	}
	return nil
}

// RPC is the client of an external prover serving prover_proveBasedBlock.
type RPC struct {
	url      string
	header   http.Header
	maxProof int
	client   *http.Client
	ids      atomic.Uint64
}

var _ Prover = (*RPC)(nil)

// NewRPC returns a client for the prover at cfg.URL.
func NewRPC(cfg RPCConfig) (*RPC, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	p := &RPC{url: cfg.URL, header: cfg.Header.Clone(), maxProof: cfg.MaxProofBytes, client: cfg.Client}
	if p.maxProof == 0 {
		p.maxProof = DefaultMaxProofBytes
	}
	if p.client == nil {
		p.client = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		}}
	}
	return p, nil
}

// Prove asks the prover for the transition of req and waits until ctx ends. The proven root
// must be req.PostStateRoot.
func (p *RPC) Prove(ctx context.Context, req Request) (common.Hash, []byte, error) {
	if err := req.Check(); err != nil {
		return common.Hash{}, nil, err
	}
	id := p.ids.Add(1)
	body, err := json.Marshal(wireRequest{JSONRPC: "2.0", ID: id, Method: Method, Params: []proveParams{{
		ParentStateRoot: req.ParentStateRoot, Commitment: req.Commitment, PostStateRoot: req.PostStateRoot,
	}}})
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("prover: encode request: %w", err)
	}
	resp, err := p.post(ctx, body)
	if err != nil {
		return common.Hash{}, nil, err
	}
	root, proof, err := decodeResponse(resp, id, p.maxProof)
	if err != nil {
		return common.Hash{}, nil, err
	}
	if root != req.PostStateRoot {
		return common.Hash{}, nil, fmt.Errorf("%w: proven %s, simulated %s", ErrRootMismatch, root, req.PostStateRoot)
	}
	return root, proof, nil
}

// post sends body and returns the response body, classifying every failure.
func (p *RPC) post(ctx context.Context, body []byte) ([]byte, error) {
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	for k, vs := range p.header {
		hreq.Header[k] = vs
	}
	hreq.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(hreq)
	if err != nil {
		return nil, transportErr(ctx, err)
	}
	defer resp.Body.Close()
	limit := int64(2*p.maxProof + maxEnvelopeOverhead)
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, transportErr(ctx, err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("%w: http status %d", ErrUnavailable, resp.StatusCode)
	}
	if int64(len(data)) > limit {
		return nil, fieldErr("response", "body over %d bytes", limit)
	}
	return data, nil
}

func transportErr(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil {
		return fmt.Errorf("%w: %w", ErrTimeout, cerr)
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	return fmt.Errorf("%w: %w", ErrUnavailable, err)
}
