package relayapi

import (
	"context"
	"errors"
	"fmt"
)

// Sentinel errors. Every per-endpoint failure wraps exactly one of the first five, which is also
// its Outcome; callers branch with errors.Is.
var (
	ErrTimeout     = errors.New("timeout")
	ErrHTTPStatus  = errors.New("http status")
	ErrRPC         = errors.New("json-rpc error")
	ErrBadResponse = errors.New("bad response")
	ErrTransport   = errors.New("transport")
	ErrCanceled    = errors.New("canceled")

	ErrConfig      = errors.New("invalid config")
	ErrNilIdentity = errors.New("identity key is nil")
	// ErrStopped: the Submitter was stopped. Send and Cancel return it; requests it ended
	// finish with OutcomeCanceled wrapping it.
	ErrStopped = errors.New("submitter stopped")
)

// Outcome classifies one endpoint's answer; it is the metrics label.
type Outcome string

// Outcomes of one request.
const (
	OutcomeOK          Outcome = "ok"
	OutcomeTimeout     Outcome = "timeout"
	OutcomeHTTPStatus  Outcome = "http_status"
	OutcomeRPCError    Outcome = "rpc_error"
	OutcomeBadResponse Outcome = "bad_response"
	OutcomeTransport   Outcome = "transport"
	OutcomeCanceled    Outcome = "canceled"
)

// OutcomeOf classifies err.
func OutcomeOf(err error) Outcome {
	switch {
	case err == nil:
		return OutcomeOK
	case errors.Is(err, ErrTimeout):
		return OutcomeTimeout
	case errors.Is(err, ErrHTTPStatus):
		return OutcomeHTTPStatus
	case errors.Is(err, ErrRPC):
		return OutcomeRPCError
	case errors.Is(err, ErrBadResponse):
		return OutcomeBadResponse
	case errors.Is(err, ErrCanceled):
		return OutcomeCanceled
	default:
		return OutcomeTransport
	}
}

// RPCError is a JSON-RPC error object returned by an endpoint. It wraps ErrRPC.
type RPCError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

func (e *RPCError) Error() string {
	return fmt.Sprintf("json-rpc error %d: %s", e.Code, truncateStr(e.Message))
}

// Unwrap makes errors.Is(err, ErrRPC) hold.
func (e *RPCError) Unwrap() error { return ErrRPC }

// HTTPStatusError is a non-2xx answer. Body holds the start of the response body for the log.
type HTTPStatusError struct {
	StatusCode int
	Body       string
}

func (e *HTTPStatusError) Error() string {
	if e.Body == "" {
		return fmt.Sprintf("http status %d", e.StatusCode)
	}
	return fmt.Sprintf("http status %d: %s", e.StatusCode, e.Body)
}

// Unwrap makes errors.Is(err, ErrHTTPStatus) hold.
func (e *HTTPStatusError) Unwrap() error { return ErrHTTPStatus }

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
