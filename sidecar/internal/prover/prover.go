// Package prover proves a based block's post-state root to L1 in the same slot: the proof
// goes into submitBased and the inbox's state verifier checks it, so post-calls can rely on
// the root. Implementations: RPC (an external ZK or TEE prover over JSON-RPC) and Attestation
// (an ECDSA key AttestationVerifier trusts, for the devnet). Without a prover, the pipeline
// proposes the block without a proven root.
package prover

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Prover proves the transition of one based block. It returns the proven post-state root and
// the proof for the inbox's verifier; a zero root and nil proof mean "no proven root". The
// caller's context carries the budget (the slot's deadline); nothing retries.
type Prover interface {
	Prove(ctx context.Context, req Request) (postStateRoot common.Hash, proof []byte, err error)
}

// Request identifies the transition to prove.
type Request struct {
	// ParentStateRoot is the state root of the L2 block the based block builds on.
	ParentStateRoot common.Hash
	// Commitment is the id the inbox gives the based block (bindings.Commitment).
	Commitment common.Hash
	// PostStateRoot is the simulated post-state root; a prover that reaches another root fails.
	PostStateRoot common.Hash
}

// Check rejects a request with a zero field: none of them is ever zero for a real block.
func (r Request) Check() error {
	switch {
	case r.ParentStateRoot == (common.Hash{}):
		return fmt.Errorf("%w: parentStateRoot is zero", ErrInput)
	case r.Commitment == (common.Hash{}):
		return fmt.Errorf("%w: commitment is zero", ErrInput)
	case r.PostStateRoot == (common.Hash{}):
		return fmt.Errorf("%w: postStateRoot is zero", ErrInput)
	}
	return nil
}

// Sentinel errors; callers branch with errors.Is.
var (
	// ErrTimeout: the caller's context ended (deadline or cancellation) before the proof came.
	ErrTimeout = errors.New("prover: no proof before the deadline")
	// ErrUnavailable: the prover could not be reached or answered with an HTTP error.
	ErrUnavailable = errors.New("prover: unavailable")
	// ErrRejected: the prover answered with a JSON-RPC error (see *RPCError).
	ErrRejected = errors.New("prover: rejected")
	// ErrMalformed: the prover's answer does not decode (see *FieldError).
	ErrMalformed = errors.New("prover: malformed answer")
	// ErrRootMismatch: the prover proved a post-state root other than the simulated one.
	ErrRootMismatch = errors.New("prover: post-state root differs from the simulation")
	// ErrInput: the request cannot be proven (a zero field).
	ErrInput = errors.New("prover: bad request")
	// ErrConfig: a Config field is invalid.
	ErrConfig = errors.New("prover: bad config")
)

// FieldError names the field of a prover's answer that is wrong and why.
type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%v: %s: %s", ErrMalformed, e.Field, e.Reason)
}

func (e *FieldError) Unwrap() error { return ErrMalformed }

func fieldErr(field, format string, args ...any) *FieldError {
	return &FieldError{Field: field, Reason: fmt.Sprintf(format, args...)}
}

// RPCError is a JSON-RPC error object the prover answered with.
type RPCError struct {
	Code    int
	Message string
}

func (e *RPCError) Error() string {
	return fmt.Sprintf("%v: code %d: %s", ErrRejected, e.Code, e.Message)
}

func (e *RPCError) Unwrap() error { return ErrRejected }
