package searcherapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/transport/fbsig"
)

// request is one JSON-RPC call. An absent id makes it a notification.
type request struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id,omitempty"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params,omitempty"` // positional only
}

type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  any             `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

var nullID = json.RawMessage("null")

// call is one decoded call, or the error that decoding it gave.
type call struct {
	req       request
	err       *rpcError
	paramsErr *rpcError // params was not an array: the method's invalid params
	staleErr  *rpcError // a state-changing call without a fresh signedAt
}

// decodeRequests splits a body into calls. A body that is not JSON, or an empty or oversized
// batch, is one error for the whole request. The body is scanned once: its syntax errors
// surface from the decoding itself.
func decodeRequests(body []byte, maxBatch int) (calls []call, batch bool, err *rpcError) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, false, newErr(CodeParse, "parse_error", "", "empty body")
	}
	if trimmed[0] != '[' {
		c, syntax := decodeCall(trimmed)
		if syntax != nil {
			return nil, false, newErr(CodeParse, "parse_error", "", "body is not valid JSON: %v", syntax)
		}
		return []call{c}, false, nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(trimmed, &raws); err != nil {
		return nil, true, newErr(CodeParse, "parse_error", "", "body is not valid JSON: %v", err)
	}
	if len(raws) == 0 {
		return nil, true, newErr(CodeInvalidRequest, "invalid_request", "", "empty batch")
	}
	if len(raws) > maxBatch {
		return nil, true, newErr(CodeInvalidRequest, "batch_too_large", "", "batch of %d calls, limit %d", len(raws), maxBatch)
	}
	calls = make([]call, len(raws))
	for i, raw := range raws {
		calls[i], _ = decodeCall(raw) // already valid JSON: no syntax error
	}
	return calls, true, nil
}

// decodeCall decodes one request object; syntax is set when raw is not one JSON value.
func decodeCall(raw []byte) (c call, syntax error) {
	if c, ok := fastCall(raw); ok {
		return c, nil
	}
	return fullDecodeCall(raw)
}

// fullDecodeCall is decodeCall for any input: each refusal named by field and reason.
func fullDecodeCall(raw []byte) (c call, syntax error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode(&c.req)
	if err == nil && dec.More() {
		err = &json.SyntaxError{Offset: dec.InputOffset()}
	}
	var se *json.SyntaxError
	if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return c, fmt.Errorf("at byte %d", dec.InputOffset())
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field == "params" {
		c.req.Params, c.paramsErr = nil, newErr(CodeInvalidParams, "malformed", "params", "want a JSON array")
		err = nil
	}
	if err != nil {
		if !json.Valid(raw) {
			return c, err
		}
		c.err = newErr(CodeInvalidRequest, "invalid_request", "", "not a JSON-RPC request: %v", err)
		c.req.ID = nil
		return c, nil
	}
	if fe, ok := bundle.IsFieldError(bundle.ExactKeys(raw, &c.req)); ok {
		c.err = newErr(CodeInvalidRequest, "invalid_request", fe.Field, "unknown field (names are case-sensitive)")
		c.req.ID = nil
		return c, nil
	}
	if id := c.req.ID; len(id) > 0 && id[0] != '"' && id[0] != 'n' && (id[0] < '0' || id[0] > '9') && id[0] != '-' {
		c.err = newErr(CodeInvalidRequest, "invalid_request", "id", "must be a string, a number or null")
		c.req.ID = nil
		return c, nil
	}
	switch {
	case c.req.JSONRPC != "2.0":
		c.err = newErr(CodeInvalidRequest, "invalid_request", "jsonrpc", "must be \"2.0\"")
	case c.req.Method == "":
		c.err = newErr(CodeInvalidRequest, "invalid_request", "method", "missing")
	}
	return c, nil
}

// DefaultMaxBatch is the most calls in one batch, as docs/searchers.md promises searchers.
const DefaultMaxBatch = 10

// handleRPC authenticates the exact body bytes first, then runs each call in order.
func (s *Server) handleRPC(w http.ResponseWriter, r *http.Request) {
	body, caller, ok := s.readSigned(w, r)
	if !ok {
		return
	}
	calls, batch, rerr := decodeRequests(body, s.cfg.MaxBatch)
	repeat := false
	if rerr == nil {
		repeat, rerr = s.checkReplay(body, calls)
	}
	if rerr != nil {
		s.fail(w, http.StatusOK, rerr)
		return
	}
	out := make([]response, 0, len(calls))
	var wait time.Duration
	for _, c := range calls {
		res := s.run(r, caller, c, repeat)
		if res.Error != nil {
			wait = max(wait, res.Error.retryAfter)
		}
		if c.req.ID != nil || c.err != nil {
			out = append(out, res)
		}
	}
	if wait > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(retryAfterSeconds(wait)))
	}
	switch {
	case len(out) == 0:
		w.WriteHeader(http.StatusNoContent)
	case batch:
		s.write(w, http.StatusOK, out)
	case out[0].Error != nil && out[0].Error.status != 0:
		s.write(w, out[0].Error.status, out[0])
	default:
		s.write(w, http.StatusOK, out[0])
	}
}

// checkReplay marks the state-changing calls whose signedAt is missing or out of the window,
// and refuses a body with a fresh one that was received before. Both happen before any rate
// limit is charged: a captured request replayed costs its signer nothing. Any other body seen
// within the window is a repeat, charged to the signer's repeat bucket.
func (s *Server) checkReplay(body []byte, calls []call) (repeat bool, _ *rpcError) {
	now := s.now()
	fresh := false
	for i := range calls {
		if calls[i].err != nil || !changesState(calls[i].req.Method) {
			continue
		}
		if calls[i].staleErr = s.signedAtOf(calls[i], now); calls[i].staleErr == nil {
			fresh = true
		}
	}
	if !fresh {
		return s.seen.observe(body, now, s.cfg.ReplayWindow), nil
	}
	return false, s.seen.add(body, now, 2*s.cfg.ReplayWindow)
}

// readSigned reads and verifies a signed body. The header must parse before a byte of the body
// is read, and only MaxUnverifiedBodies bodies are read at once, MaxUnverifiedPerIP of them
// from one remote address: a stranger's request holds no more memory than the bytes it
// actually sent, strangers together a bounded amount, and one source cannot take every place.
func (s *Server) readSigned(w http.ResponseWriter, r *http.Request) ([]byte, common.Address, bool) {
	header := r.Header.Get(fbsig.Header)
	if _, _, err := fbsig.Parse(header); err != nil {
		e, status := authError(err)
		w.Header().Set("Connection", "close") // do not drain a body we refuse to read
		s.fail(w, status, e)
		return nil, common.Address{}, false
	}
	release, full := s.unverified.acquire(remoteIP(r))
	if full != "" {
		s.refuseCap(w, "none", full)
		return nil, common.Address{}, false
	}
	s.m.unverified.Inc()
	body, err := readBody(http.MaxBytesReader(w, r.Body, s.cfg.HTTP.MaxBodyBytes), r.ContentLength)
	var caller common.Address
	var verr error
	if err == nil {
		caller, verr = fbsig.Verify(header, body)
	}
	s.m.unverified.Dec()
	release()
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		s.fail(w, http.StatusRequestEntityTooLarge, newErr(CodeInvalidRequest, "body_too_large", "body", "over %d bytes", tooBig.Limit))
	case err != nil:
		s.fail(w, http.StatusBadRequest, newErr(CodeInvalidRequest, "body_unreadable", "body", "%v", err))
	case verr != nil:
		e, status := authError(verr)
		s.fail(w, status, e)
	}
	return body, caller, err == nil && verr == nil
}

// readBody reads r to the end like io.ReadAll, and like it grows only with the bytes received
// (to about twice them, or 512 bytes): the declared length only caps a growth step, so that a
// body that arrives as declared is read into one buffer of its size after the first 512 bytes.
func readBody(r io.Reader, declared int64) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			step := cap(b) // doubles
			if rest := declared - int64(len(b)); rest > 0 && rest < int64(step) {
				step = int(rest) + 1 // room to see the end without growing again
			}
			b = slices.Grow(b, step)
		}
	}
}

// run executes one call after the signer's rate limit (its repeat bucket for a repeated body).
func (s *Server) run(r *http.Request, caller common.Address, c call, repeat bool) response {
	res := response{JSONRPC: "2.0", ID: c.req.ID}
	if res.ID == nil {
		res.ID = nullID
	}
	name := "invalid"
	defer func() { s.m.outcome(name, labelOf(res.Error)) }()
	if c.err != nil {
		res.Error = c.err
		return res
	}
	m, ok := s.methods[c.req.Method]
	if !ok {
		// Charged like a known method: otherwise unknown names are free work for a signer.
		name = "unknown"
		if res.Error = s.charge(r, caller, repeat); res.Error == nil {
			res.Error = newErr(CodeMethodNotFound, "unknown_method", "method", "%q does not exist", echo(c.req.Method))
		}
		return res
	}
	name = c.req.Method
	if c.staleErr != nil {
		res.Error = c.staleErr
		return res
	}
	if res.Error = s.charge(r, caller, repeat); res.Error != nil {
		return res
	}
	if c.paramsErr != nil {
		res.Error = c.paramsErr
		return res
	}
	start := time.Now()
	res.Result, res.Error = m(r.Context(), caller, c.req.Params)
	if res.Error != nil && res.Error.Code == CodeInternal {
		s.log.Error().Str("method", name).Str("signer", caller.Hex()).Dur("elapsed", time.Since(start)).Msg("call failed")
	}
	return res
}

// charge takes one call from the signer's bucket (its repeat bucket for a repeated body),
// then one from the remote IP's.
func (s *Server) charge(r *http.Request, caller common.Address, repeat bool) *rpcError {
	lim := s.limiter
	if repeat {
		lim = s.repeats
	}
	now := s.now()
	if !lim.allow(caller, now) {
		return newErr(CodeLimitExceeded, reasonRateLimited, "", "rate limited: %v calls/s, burst %d per signer", s.cfg.RatePerSecond, s.cfg.RateBurst)
	}
	return s.chargeIP(r, now)
}

// chargeIP takes one call from the bucket of the request's remote IP.
func (s *Server) chargeIP(r *http.Request, now time.Time) *rpcError {
	if !s.perIP.allow(remoteIP(r), now) {
		return newErr(CodeLimitExceeded, reasonIPRate, "", "rate limited: %v calls/s, burst %d per remote address, all signers together",
			s.cfg.RatePerIP, s.cfg.RateBurstPerIP)
	}
	return nil
}

// remoteIP is the address the connection comes from, without the port. Forwarding headers
// are not trusted: a client could name any address in them.
func remoteIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func labelOf(e *rpcError) string {
	if e == nil {
		return ""
	}
	return e.label
}

// fail answers a request that was refused as a whole.
func (s *Server) fail(w http.ResponseWriter, status int, e *rpcError) {
	s.m.outcome("none", e.label)
	s.write(w, status, response{JSONRPC: "2.0", ID: nullID, Error: e})
}

func (s *Server) write(w http.ResponseWriter, status int, v any) {
	buf, err := json.Marshal(v)
	if err != nil {
		s.log.Error().Err(err).Msg("encode response")
		status = http.StatusInternalServerError
		buf = []byte(`{"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":"internal error"}}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(buf)
}
