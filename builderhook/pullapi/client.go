package pullapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syncboost/syncboost/builderhook/jwtauth"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/sse"
	"github.com/syncboost/syncboost/transport/urls"
)

// Client errors.
var (
	ErrStatus       = errors.New("pullapi: unexpected status")
	ErrUnauthorized = errors.New("pullapi: unauthorized (check the shared secret and the clock)")
)

// maxResponseBytes bounds a bundles response.
const maxResponseBytes = 64 << 20

// maxEventBytes bounds one stream event: a bundle with blob transactions in network form
// carries up to a few MB of hex.
const maxEventBytes = 16 << 20

// ClientConfig points a builder at the sidecar's builder API.
type ClientConfig struct {
	URL     string   // base URL, e.g. http://127.0.0.1:18560
	Secret  [32]byte // the shared JWT secret
	Timeout time.Duration
	// Reconnect paces Stream's reconnections.
	Reconnect clock.Backoff
}

// Check validates the configuration.
func (c ClientConfig) Check() error {
	if err := urls.CheckHTTP("url", c.URL); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if err := jwtauth.CheckSecret(c.Secret); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if c.Timeout <= 0 {
		return fmt.Errorf("%w: timeout must be > 0", ErrConfig)
	}
	return c.Reconnect.Check()
}

// Client is a builder's side of the builder API. It implements builderhook.Source.
type Client struct {
	cfg    ClientConfig
	base   string
	clk    clock.Clock
	http   *http.Client // requests with cfg.Timeout
	stream *http.Client // the stream, bounded by its context only
}

// NewClient checks cfg; clk paces reconnections and dates tokens.
func NewClient(cfg ClientConfig, clk clock.Clock) (*Client, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if clk == nil {
		return nil, ErrNilDependency
	}
	noRedirect := func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &Client{
		cfg: cfg, base: strings.TrimSuffix(cfg.URL, "/"), clk: clk,
		http:   &http.Client{Timeout: cfg.Timeout, CheckRedirect: noRedirect},
		stream: &http.Client{CheckRedirect: noRedirect},
	}, nil
}

// Bundles fetches the bundles for the block of slot on parent; none is an empty list.
func (c *Client) Bundles(ctx context.Context, slot uint64, parent common.Hash) ([]bundle.AtomicBundle, error) {
	resp, err := c.do(ctx, c.http, http.MethodGet, BundlesPath(slot, parent), nil, nil)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusNoContent:
		return nil, nil
	case http.StatusOK:
	default:
		return nil, statusError(resp)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes))
	if err != nil {
		return nil, fmt.Errorf("pullapi: read bundles: %w", err)
	}
	var out []bundle.AtomicBundle
	if err := json.Unmarshal(body, &out); err != nil {
		return nil, fmt.Errorf("%w: bundles: %w", ErrDecode, err)
	}
	return out, nil
}

// ReportSealed tells the sidecar which block the builder sealed.
func (c *Client) ReportSealed(ctx context.Context, r SealedReport) error {
	body, err := json.Marshal(r)
	if err != nil {
		return err
	}
	hdr := http.Header{"Content-Type": {"application/json"}}
	resp, err := c.do(ctx, c.http, http.MethodPost, PathSealed, hdr, body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent && resp.StatusCode != http.StatusOK {
		return statusError(resp)
	}
	return nil
}

// Stream follows the bundle stream, calling fn for every event in order, until ctx ends or
// fn fails (its error is returned). It reconnects after a failure with Last-Event-ID, so
// fn sees every change exactly once; after a reset event fn must forget what it holds.
// Mirror is an fn that keeps the current bundles.
func (c *Client) Stream(ctx context.Context, fn func(Event) error) error {
	lastID := ""
	for attempt := 0; ; attempt++ {
		received, err := c.streamOnce(ctx, &lastID, fn)
		var fnErr *handlerError
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.As(err, &fnErr):
			return fnErr.err
		case errors.Is(err, ErrUnauthorized):
			return err
		}
		if received {
			attempt = 0
		}
		if err := clock.Sleep(ctx, c.clk, c.cfg.Reconnect.Delay(attempt, rand.Float64())); err != nil {
			return err
		}
	}
}

type handlerError struct{ err error }

func (e *handlerError) Error() string { return e.err.Error() }

// streamOnce reads one connection; received reports whether any event arrived.
func (c *Client) streamOnce(ctx context.Context, lastID *string, fn func(Event) error) (received bool, err error) {
	hdr := http.Header{"Accept": {"text/event-stream"}}
	if *lastID != "" {
		hdr.Set("Last-Event-ID", *lastID)
	}
	resp, err := c.do(ctx, c.stream, http.MethodGet, PathStream, hdr, nil)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return false, statusError(resp)
	}
	rd, err := sse.NewReader(resp.Body, maxEventBytes)
	if err != nil {
		return false, err
	}
	for {
		raw, err := rd.Next()
		if err != nil {
			return received, err
		}
		ev, err := decodeEvent(raw.ID, raw.Type, raw.Data)
		if err != nil {
			return received, err
		}
		received = true
		if err := fn(ev); err != nil {
			return received, &handlerError{err}
		}
		if raw.ID != "" {
			*lastID = raw.ID
		}
	}
}

func (c *Client) do(ctx context.Context, hc *http.Client, method, path string, hdr http.Header, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("pullapi: request: %w", err)
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	jwtauth.SetHeader(req.Header, c.cfg.Secret, c.clk.Now())
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("pullapi: %s %s: %w", method, path, err)
	}
	return resp, nil
}

func statusError(resp *http.Response) error {
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	if resp.StatusCode == http.StatusUnauthorized {
		return fmt.Errorf("%w: %s", ErrUnauthorized, bytes.TrimSpace(msg))
	}
	return fmt.Errorf("%w: %d: %s", ErrStatus, resp.StatusCode, bytes.TrimSpace(msg))
}
