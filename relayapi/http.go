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
	"strconv"
	"strings"
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

// Deadline headers, as mev-boost sends them to relays and the builder-specs define them for
// getHeader: together they say by when, on the sender's clock, the answer must be on its way.
const (
	// HeaderTimeoutMs is the milliseconds the endpoint has to act, counted from
	// Date-Milliseconds: the request's budget left minus the return buffer, at least 1.
	HeaderTimeoutMs = "X-Timeout-Ms"
	// HeaderDateMilliseconds is the sender's clock when it sent the request, unix ms.
	HeaderDateMilliseconds = "Date-Milliseconds"
)

// setDeadline writes both deadline headers for a request sent at now whose budget ends at
// end. Both values are rounded down, so their sum is never later than end minus buffer; the
// timeout is at least 1 because receivers (mev-boost's parser among them) read 0 as none.
func setDeadline(h http.Header, now, end time.Time, buffer time.Duration) {
	left := max(end.Sub(now)-buffer, 0) / time.Millisecond
	h.Set(HeaderDateMilliseconds, strconv.FormatInt(now.UnixMilli(), 10))
	h.Set(HeaderTimeoutMs, strconv.FormatInt(max(int64(left), 1), 10))
}

// RequestDeadline is when a request carrying the deadline headers must be answered, on the
// sender's clock: Date-Milliseconds plus X-Timeout-Ms. ok is false when either is missing or
// malformed, or the timeout is not positive. A receiver that cannot trust its clock against
// the sender's may count X-Timeout-Ms from the request's arrival instead; that errs late by the
// request's own transit, which the sender's return buffer must then cover too.
func RequestDeadline(h http.Header) (time.Time, bool) {
	date, err := strconv.ParseInt(h.Get(HeaderDateMilliseconds), 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	timeout, err := strconv.ParseInt(h.Get(HeaderTimeoutMs), 10, 64)
	if err != nil || timeout <= 0 {
		return time.Time{}, false
	}
	return time.UnixMilli(date + timeout), true
}

// post sends one signed JSON-RPC request to ep, whose budget ends at end, and returns its
// result, the time its first byte was written (see firstByte), and a classified error.
// onWrite, if set, learns that time as soon as it is known, before the answer.
func (s *Submitter) post(ctx context.Context, ep Endpoint, sb *signedBody, end time.Time, onWrite func(time.Time)) (json.RawMessage, time.Time, error) {
	fb := newFirstByte(s.clk, onWrite)
	req, err := http.NewRequestWithContext(httptrace.WithClientTrace(ctx, fb.trace()), http.MethodPost, ep.URL, bytes.NewReader(sb.body))
	if err != nil {
		return nil, fb.end(), fmt.Errorf("%w: build request: %w", ErrTransport, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(fbsig.Header, sb.sig)
	setDeadline(req.Header, s.clk.Now(), end, ep.returnBuffer(s.cfg.SlotDuration))
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, fb.end(), classifyCtx(ctx, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, s.cfg.MaxResponseBytes+1))
	if err != nil {
		return nil, fb.end(), classifyCtx(ctx, err)
	}
	raw, err := s.interpret(resp, body, sb.id)
	return raw, fb.end(), err
}

// interpret classifies an answer: status first, then size, then the JSON-RPC envelope.
func (s *Submitter) interpret(resp *http.Response, body []byte, id uint64) (json.RawMessage, error) {
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		e := &HTTPStatusError{StatusCode: resp.StatusCode, Body: truncate(bytes.TrimSpace(body)), RetryAfter: retryAfter(resp.Header)}
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

// retryAfter reads Retry-After in its delta-seconds form. The HTTP-date form, which needs the
// endpoint's clock to agree with the sidecar's, and anything malformed read as none.
func retryAfter(h http.Header) time.Duration {
	v, err := strconv.ParseUint(strings.TrimSpace(h.Get("Retry-After")), 10, 32)
	if err != nil {
		return 0
	}
	return time.Duration(v) * time.Second
}
