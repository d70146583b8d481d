package searcherapi

import (
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/transport/fbsig"
)

// JSON-RPC error codes (the first five from JSON-RPC 2.0, the others after EIP-1474).
const (
	CodeParse          = -32700
	CodeInvalidRequest = -32600
	CodeMethodNotFound = -32601
	CodeInvalidParams  = -32602
	CodeInternal       = -32603
	CodeNotFound       = -32001
	CodeRejected       = -32003
	CodeNotAvailable   = -32004
	CodeLimitExceeded  = -32005
	CodeUnauthorized   = -32010
)

// Rejection reasons: the metric label and error.data.reason's short form.
const (
	reasonRateLimited = "rate_limited"
	reasonInternal    = "internal"
	reasonIPRate      = "ip_rate_limited"
	reasonSlotFull    = "slot_full"
)

// rpcError is a JSON-RPC error object. Message is "<field>: <reason>" whenever a field is at
// fault; Data repeats both for programs.
type rpcError struct {
	Code    int        `json:"code"`
	Message string     `json:"message"`
	Data    *errorData `json:"data,omitempty"`
	label   string
	// retryAfter, when set, is sent as Retry-After; status is the HTTP status of a request
	// that is this one call (0: 200).
	retryAfter time.Duration
	status     int
}

type errorData struct {
	Field  string `json:"field,omitempty"`
	Reason string `json:"reason"`
}

// maxEcho bounds the caller's input repeated in an error, so that an error is never larger
// than a few hundred bytes whatever was sent; maxMessage bounds a whole message the same way,
// for reasons that quote parts of the input.
const (
	maxEcho    = 64
	maxMessage = 512
)

// echo returns s cut to maxEcho bytes (at a rune boundary) and marked "…" when cut.
func echo(s string) string { return truncate(s, maxEcho) }

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func newErr(code int, label, field, format string, args ...any) *rpcError {
	msg := truncate(fmt.Sprintf(format, args...), maxMessage)
	field = echo(field) // a field can be the caller's unknown key
	e := &rpcError{Code: code, Message: msg, label: label, Data: &errorData{Field: field, Reason: label}}
	if field != "" {
		e.Message = field + ": " + msg
	}
	return e
}

var bundleReasons = []struct {
	err   error
	label string
}{
	{bundle.ErrMalformed, "malformed"}, {bundle.ErrMissing, "missing"}, {bundle.ErrChainID, "wrong_chain_id"},
	{bundle.ErrSender, "bad_tx_signature"}, {bundle.ErrGasCap, "gas_cap"}, {bundle.ErrFeeTooLow, "fee_floor"},
	{bundle.ErrTooManyTxs, "too_many_txs"}, {bundle.ErrTooLarge, "too_large"}, {bundle.ErrBlobTx, "blob_tx"},
	{bundle.ErrTimestamp, "timestamp"}, {bundle.ErrUUID, "uuid"},
	{bundle.ErrTooManyAssertions, "too_many_assertions"},
	{bundle.ErrCallSignature, "bad_call_signature"}, {bundle.ErrCallNonce, "call_nonce_order"},
	{bundle.ErrCallDeadline, "call_expired"}, {bundle.ErrCallReplayed, reasonCallReplayed},
}

// fieldError turns a validation error into invalid params naming the field.
func fieldError(err error) *rpcError {
	fe, ok := bundle.IsFieldError(err)
	if !ok {
		return newErr(CodeInvalidParams, "malformed", "params", "%v", err)
	}
	label := "malformed"
	for _, r := range bundleReasons {
		if errors.Is(err, r.err) {
			label = r.label
			break
		}
	}
	msg := fe.Err.Error()
	if fe.Reason != "" {
		msg += ": " + fe.Reason
	}
	return newErr(CodeInvalidParams, label, fe.Field, "%s", msg)
}

// poolError maps the pool's refusals; anything else is our fault.
func poolError(err error, field string) *rpcError {
	switch {
	case errors.Is(err, pool.ErrNotFound):
		return newErr(CodeNotFound, "not_found", field, "%v", err)
	case errors.Is(err, pool.ErrDuplicate):
		return newErr(CodeRejected, "duplicate", "bundle", "%v", err)
	case errors.Is(err, pool.ErrNonceTooLow):
		return newErr(CodeRejected, "nonce_too_low", "replacementNonce", "%v", err)
	case errors.Is(err, pool.ErrTransition):
		return newErr(CodeRejected, "finished", field, "%v", err)
	case errors.Is(err, pool.ErrSlotCap):
		return newErr(CodeLimitExceeded, "slot_cap", "l1Slot", "%v", err)
	case errors.Is(err, pool.ErrSlotFull):
		return newErr(CodeLimitExceeded, reasonSlotFull, "l1Slot", "%v", err)
	case errors.Is(err, pool.ErrPoolFull):
		return newErr(CodeLimitExceeded, "pool_full", "", "%v", err)
	case errors.Is(err, pool.ErrUnavailable):
		return newErr(CodeNotAvailable, "pool_unavailable", "", "the shared bundle pool did not answer; retry (a bundle that was pooled after all is answered as a duplicate)")
	}
	return newErr(CodeInternal, reasonInternal, "", "internal error")
}

// authError maps a signature failure; the body is not parsed any further.
func authError(err error) (*rpcError, int) {
	label := "bad_signature"
	switch {
	case errors.Is(err, fbsig.ErrMissing):
		label = "missing_signature"
	case errors.Is(err, fbsig.ErrMalformed):
		label = "malformed_signature"
	}
	e := newErr(CodeUnauthorized, label, fbsig.Header, "%v", err)
	if label == "missing_signature" {
		return e, 401
	}
	return e, 403
}
