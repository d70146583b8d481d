package relayapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"time"

	"github.com/syncboost/syncboost/transport/fbsig"
)

// newHTTPClient returns a client that never follows redirects (a redirect would resend a
// signed body to a host nobody configured) and leaves timeouts to the request context. Its own
// transport dials hookConns, so that post can time a request's first byte on the wire.
func newHTTPClient(rt http.RoundTripper) *http.Client {
	if rt == nil {
		rt = &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           dialHooked(&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}),
			ForceAttemptHTTP2:     true,
			MaxIdleConns:          64,
			MaxIdleConnsPerHost:   4,
			IdleConnTimeout:       90 * time.Second,
			TLSHandshakeTimeout:   5 * time.Second,
			ExpectContinueTimeout: time.Second,
		}
	}
	return &http.Client{
		Transport:     rt,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// post sends one signed JSON-RPC request and returns its result, the time its first byte was
// written (see firstByte), and a classified error. onWrite, if set, learns that time as soon
// as it is known, before the answer.
func (s *Submitter) post(ctx context.Context, url string, sb *signedBody, onWrite func(time.Time)) (json.RawMessage, time.Time, error) {
	fb := newFirstByte(s.clk, onWrite)
	req, err := http.NewRequestWithContext(httptrace.WithClientTrace(ctx, fb.trace()), http.MethodPost, url, bytes.NewReader(sb.body))
	if err != nil {
		return nil, fb.end(), fmt.Errorf("%w: build request: %w", ErrTransport, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(fbsig.Header, sb.sig)
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, fb.end(), classifyCtx(ctx, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, s.cfg.MaxResponseBytes+1))
	if err != nil {
		return nil, fb.end(), classifyCtx(ctx, err)
	}
	raw, err := s.interpret(resp.StatusCode, body, sb.id)
	return raw, fb.end(), err
}

// interpret classifies an answer: status first, then size, then the JSON-RPC envelope.
func (s *Submitter) interpret(status int, body []byte, id uint64) (json.RawMessage, error) {
	if status < 200 || status > 299 {
		e := &HTTPStatusError{StatusCode: status, Body: truncate(bytes.TrimSpace(body))}
		if r, err := DecodeResponse(body, id); err == nil && r.Error != nil {
			e.Body = r.Error.Error()
		}
		return nil, e
	}
	if int64(len(body)) > s.cfg.MaxResponseBytes {
		return nil, badResponse("$", "body over %d bytes", s.cfg.MaxResponseBytes)
	}
	r, err := DecodeResponse(body, id)
	if err != nil {
		return nil, err
	}
	if r.Error != nil {
		return nil, r.Error
	}
	return r.Result, nil
}
