// Package searcherclient is a Go client of syncboost's searcher API (docs/searchers.md): every
// request signed with the identity's X-Flashbots-Signature, bundles stamped with signedAt just
// before signing, signed calls bound to this sidecar and signed with bundle.SignCalls, EIP-7702
// delegation, and a bundle's status over the event stream. Refusals are *Error values carrying
// the API's code, reason and field.
package searcherclient

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/transport/fbsig"
)

// ErrConfig is wrapped by every Config.Check failure.
var ErrConfig = errors.New("invalid searcher client config")

// maxReply bounds a reply read into memory; the API's answers are far smaller.
const maxReply = 4 << 20

// Config is one sidecar's searcher API and the identity that signs the requests.
type Config struct {
	URL       string            // the searcher API, for example http://127.0.0.1:18645/
	Identity  *ecdsa.PrivateKey // signs X-Flashbots-Signature; need hold no funds
	L1ChainID uint64
	L2ChainID uint64
	Inbox     common.Address // the BasedInbox the sidecar submits to
	Submitter common.Address // the sidecar's L1 address: the one sender signed calls allow
	// HTTP is used for every request; nil is a client without an overall timeout (event
	// streams are long-lived), requests being bounded by their context.
	HTTP *http.Client
	Now  func() time.Time // signedAt; nil is time.Now
}

// Check names every field at fault.
func (c Config) Check() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: %s: "+format, append([]any{ErrConfig, field}, args...)...))
	}
	if u, err := url.Parse(c.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("URL", "want an absolute http(s) URL, got %q", c.URL)
	}
	if c.Identity == nil {
		bad("Identity", "required")
	}
	if c.L1ChainID == 0 {
		bad("L1ChainID", "required")
	}
	if c.L2ChainID == 0 || c.L2ChainID == c.L1ChainID {
		bad("L2ChainID", "want a chain id other than 0 and L1ChainID, got %d", c.L2ChainID)
	}
	if c.Inbox == (common.Address{}) {
		bad("Inbox", "required")
	}
	if c.Submitter == (common.Address{}) {
		bad("Submitter", "required")
	}
	return errors.Join(errs...)
}

// Client talks to one searcher API. It is safe for concurrent use.
type Client struct {
	cfg      Config
	base     *url.URL
	http     *http.Client
	now      func() time.Time
	identity common.Address
	id       atomic.Uint64
}

// New checks cfg and returns a client; it dials nothing.
func New(cfg Config) (*Client, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	base, _ := url.Parse(cfg.URL) // Check parsed it
	c := &Client{cfg: cfg, base: base, http: cfg.HTTP, now: cfg.Now, identity: crypto.PubkeyToAddress(cfg.Identity.PublicKey)}
	if c.http == nil {
		c.http = &http.Client{}
	}
	if c.now == nil {
		c.now = time.Now
	}
	return c, nil
}

// Identity is the address requests are signed by: rate limits and ownership count per identity.
func (c *Client) Identity() common.Address { return c.identity }

// Chains is what signed calls are bound to: this sidecar's L1, inbox and submitter.
func (c *Client) Chains() bundle.Chains {
	return bundle.Chains{L1: c.cfg.L1ChainID, L2: c.cfg.L2ChainID, Inbox: c.cfg.Inbox, Submitter: c.cfg.Submitter}
}

// SignRequest returns the X-Flashbots-Signature value for payload: a body, or an event path
// with its query.
func (c *Client) SignRequest(payload []byte) (string, error) {
	return fbsig.Sign(payload, c.cfg.Identity)
}

// SignCalls binds b's calls to this sidecar and signs each with the key of its account. Call it
// after every call and assertion is final: changing any of them changes the bundle id.
func (c *Client) SignCalls(b *bundle.ComposableBundle, keys ...*ecdsa.PrivateKey) error {
	if b.HasCalls() && b.L1Slot == 0 {
		return &Error{Code: CodeInvalidParams, Reason: "missing", Field: "l1Slot", Message: "l1Slot: required with signed calls"}
	}
	if err := b.SignCalls(c.Chains(), keys...); err != nil {
		return fmt.Errorf("sign calls: %w", err)
	}
	return nil
}

type rpcRequest struct {
	JSONRPC string `json:"jsonrpc"`
	ID      uint64 `json:"id"`
	Method  string `json:"method"`
	Params  []any  `json:"params"`
}

type rpcReply struct {
	Result json.RawMessage `json:"result"`
	Error  *rpcError       `json:"error"`
}

// call sends one signed JSON-RPC request and decodes its result into out. Each request has its
// own id, so a poll repeated byte for byte is not charged to the repeat bucket.
func (c *Client) call(ctx context.Context, method string, out any, params ...any) error {
	body, err := json.Marshal(rpcRequest{JSONRPC: "2.0", ID: c.id.Add(1), Method: method, Params: params})
	if err != nil {
		return fmt.Errorf("%s: encode request: %w", method, err)
	}
	sig, err := c.SignRequest(body)
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base.String(), bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(fbsig.Header, sig)
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxReply))
	if err != nil {
		return fmt.Errorf("%s: read reply: %w", method, err)
	}
	var r rpcReply
	if json.Unmarshal(raw, &r) != nil || (r.Error == nil && len(r.Result) == 0) {
		return badResponse(method, resp, raw)
	}
	if r.Error != nil {
		return r.Error.typed(method, resp)
	}
	if err := json.Unmarshal(r.Result, out); err != nil {
		return fmt.Errorf("%s: decode result: %w", method, err)
	}
	return nil
}

// retryAfter reads Retry-After as seconds (the API sends no dates).
func retryAfter(resp *http.Response) time.Duration {
	n, err := strconv.Atoi(resp.Header.Get("Retry-After"))
	if err != nil || n < 0 {
		return 0
	}
	return time.Duration(n) * time.Second
}
