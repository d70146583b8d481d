package bundle

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every validation failure wraps one of them inside a *FieldError, so callers
// can branch with errors.Is and still show the user which field was wrong.
var (
	ErrMalformed         = errors.New("malformed")
	ErrMissing           = errors.New("missing")
	ErrChainID           = errors.New("wrong chain id")
	ErrSender            = errors.New("sender not recoverable")
	ErrGasCap            = errors.New("gas over cap")
	ErrFeeTooLow         = errors.New("fee below floor")
	ErrTooManyTxs        = errors.New("too many transactions")
	ErrTooLarge          = errors.New("too large")
	ErrBlobTx            = errors.New("blob transactions not allowed")
	ErrTimestamp         = errors.New("bad timestamp window")
	ErrUUID              = errors.New("bad replacement uuid")
	ErrTooManyAssertions = errors.New("too many assertions")

	// Signed calls (preCalls / postCalls). ErrCallReplayed is for callers that read the
	// account's nonce on chain: Validate is pure and cannot tell.
	ErrCallSignature = errors.New("call signature does not recover to the account")
	ErrCallNonce     = errors.New("call nonces of one account not consecutive")
	ErrCallDeadline  = errors.New("call deadline passed")
	ErrCallReplayed  = errors.New("call nonce already used")

	ErrBadSignature    = errors.New("bad signature")
	ErrWrongSigner     = errors.New("signer is not the sequencer")
	ErrCertKind        = errors.New("certificate kind not accepted")
	ErrBelowThreshold  = errors.New("signers below two-thirds threshold")
	ErrDuplicateSigner = errors.New("duplicate committee member")
	ErrWrongEpoch      = errors.New("wrong committee epoch")
	ErrBadPossession   = errors.New("bad proof of possession")
)

// FieldError names the offending field (a JSON path such as "l2Txs[2]") and the reason.
type FieldError struct {
	Field  string
	Reason string
	Err    error
}

func (e *FieldError) Error() string {
	if e.Reason == "" {
		return fmt.Sprintf("%s: %v", e.Field, e.Err)
	}
	return fmt.Sprintf("%s: %v: %s", e.Field, e.Err, e.Reason)
}

func (e *FieldError) Unwrap() error { return e.Err }

func fieldErr(field string, err error, format string, args ...any) *FieldError {
	return &FieldError{Field: field, Err: err, Reason: fmt.Sprintf(format, args...)}
}
