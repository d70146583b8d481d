package relayapi

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Sentinel errors. Every per-endpoint failure wraps exactly one class sentinel (the first eight
// below, see Outcome), so callers branch with errors.Is. ErrHTTPStatus and ErrRPC say how the
// endpoint answered (a non-2xx status, a JSON-RPC error object) and come on top of the class.
var (
	ErrRejected    = errors.New("rejected")
	ErrRateLimited = errors.New("rate limited")
	ErrTooLarge    = errors.New("request too large")
	ErrTimeout     = errors.New("timeout")
	ErrTransport   = errors.New("transport")
	ErrServerError = errors.New("server error")
	ErrBadResponse = errors.New("bad response")
	ErrCanceled    = errors.New("canceled")

	ErrHTTPStatus = errors.New("http status")
	ErrRPC        = errors.New("json-rpc error")

	ErrConfig      = errors.New("invalid config")
	ErrNilIdentity = errors.New("identity key is nil")
	// ErrStopped: the Submitter was stopped. Send and Cancel return it; requests it ended
	// finish with OutcomeCanceled wrapping it.
	ErrStopped = errors.New("submitter stopped")
)

// rpcCodeLimitExceeded is EIP-1474's "limit exceeded": a rate limit said in JSON-RPC.
const rpcCodeLimitExceeded = -32005

// RPCError is a JSON-RPC error object returned by an endpoint. It wraps ErrRPC and its class:
// ErrRateLimited for code -32005 (EIP-1474 "limit exceeded"), ErrRejected for every other code.
type RPCError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

func (e *RPCError) Error() string {
	return fmt.Sprintf("json-rpc error %d: %s", e.Code, truncateStr(e.Message))
}

// Unwrap makes errors.Is(err, ErrRPC) and errors.Is(err, <its class>) hold.
func (e *RPCError) Unwrap() []error {
	if e.Code == rpcCodeLimitExceeded {
		return []error{ErrRPC, ErrRateLimited}
	}
	return []error{ErrRPC, ErrRejected}
}

// HTTPStatusError is a non-2xx answer. Body holds the start of the response body (or the
// JSON-RPC error message it carried) for the log. It wraps ErrHTTPStatus and the status's
// class: 413 ErrTooLarge, 429 ErrRateLimited, 5xx ErrServerError, anything else (another 4xx,
// a redirect, which is never followed) ErrRejected.
type HTTPStatusError struct {
	StatusCode int
	Body       string
	// RetryAfter is the answer's Retry-After (delta-seconds form), when it sent one.
	RetryAfter time.Duration
}

func (e *HTTPStatusError) Error() string {
	if e.Body == "" {
		return fmt.Sprintf("http status %d", e.StatusCode)
	}
	return fmt.Sprintf("http status %d: %s", e.StatusCode, e.Body)
}

// Unwrap makes errors.Is(err, ErrHTTPStatus) and errors.Is(err, <its class>) hold.
func (e *HTTPStatusError) Unwrap() []error { return []error{ErrHTTPStatus, statusClass(e.StatusCode)} }

func statusClass(code int) error {
	switch {
	case code == http.StatusRequestEntityTooLarge:
		return ErrTooLarge
	case code == http.StatusTooManyRequests:
		return ErrRateLimited
	case code >= 500:
		return ErrServerError
	default:
		return ErrRejected
	}
}

// Reason is what the endpoint said when it refused: the JSON-RPC error message or the start of
// the HTTP body, else the status; for a failure of the sidecar's own side, the error.
func Reason(err error) string {
	var re *RPCError
	var se *HTTPStatusError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &re):
		return truncateStr(re.Message)
	case errors.As(err, &se) && se.Body != "":
		return se.Body
	case errors.As(err, &se):
		return http.StatusText(se.StatusCode)
	default:
		return err.Error()
	}
}

// FieldError names the field of an untrusted response that was wrong and why.
type FieldError struct {
	Field  string
	Reason string
	Err    error
}

func (e *FieldError) Error() string { return fmt.Sprintf("%v: %s: %s", e.Err, e.Field, e.Reason) }

// Unwrap returns the sentinel.
func (e *FieldError) Unwrap() error { return e.Err }

func badResponse(field, format string, args ...any) error {
	return &FieldError{Field: field, Reason: fmt.Sprintf(format, args...), Err: ErrBadResponse}
}

// errBudget is the cancellation cause when an endpoint's own budget runs out.
var errBudget = fmt.Errorf("%w: endpoint budget exhausted", ErrTimeout)

// classifyCtx turns a failed request into a timeout or cancellation when its context ended,
// and into a transport error otherwise.
func classifyCtx(ctx context.Context, err error) error {
	if ctx.Err() == nil {
		return fmt.Errorf("%w: %w", ErrTransport, err)
	}
	cause := context.Cause(ctx)
	switch {
	case errors.Is(cause, ErrTimeout):
		return cause
	case errors.Is(cause, context.DeadlineExceeded):
		return fmt.Errorf("%w: context deadline", ErrTimeout)
	default:
		return fmt.Errorf("%w: %w", ErrCanceled, cause)
	}
}
