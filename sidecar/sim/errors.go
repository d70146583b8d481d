package sim

import (
	"errors"
	"fmt"
)

// Sentinel errors; callers branch with errors.Is.
var (
	// ErrInvalidTx: a transaction cannot be included at all (bad nonce, insufficient funds,
	// fee below the base fee, gas over a cap). The error is an *InvalidTxError naming it.
	ErrInvalidTx = errors.New("transaction invalid")
	// ErrRequest: the simulation failed for a reason no transaction explains (unknown base
	// block, node error, transport, the caller's context). Context errors stay visible to
	// errors.Is.
	ErrRequest = errors.New("simulation request failed")
	// ErrResponse: the node answered something that is not a valid simulation result.
	ErrResponse = errors.New("malformed simulation response")
	// ErrInput: the caller's input cannot be simulated (no transactions, nil transaction).
	ErrInput = errors.New("bad simulation input")
	// ErrConfig: a Config field is invalid.
	ErrConfig = errors.New("bad simulator config")
)

// InvalidTxError names the transaction (its index in the list the caller passed) that made the
// simulation fail validation, with the node's JSON-RPC error code and message.
type InvalidTxError struct {
	Index   int
	Code    int
	Message string
}

func (e *InvalidTxError) Error() string {
	return fmt.Sprintf("%v: transaction %d: %s (code %d)", ErrInvalidTx, e.Index, e.Message, e.Code)
}

func (e *InvalidTxError) Unwrap() error { return ErrInvalidTx }

// AsInvalidTx returns the *InvalidTxError inside err, if any.
func AsInvalidTx(err error) (*InvalidTxError, bool) {
	var e *InvalidTxError
	ok := errors.As(err, &e)
	return e, ok
}

// FieldError names the field of a node's answer that is wrong and why.
type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%v: %s: %s", ErrResponse, e.Field, e.Reason)
}

func (e *FieldError) Unwrap() error { return ErrResponse }

func respErr(field, format string, args ...any) *FieldError {
	return &FieldError{Field: field, Reason: fmt.Sprintf(format, args...)}
}
