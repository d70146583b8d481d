package relayapi

import "errors"

// Outcome classifies one endpoint's answer to one request. It is the "outcome" label of the
// metrics, the log's outcome and what the retry decision reads (see Retryable).
type Outcome string

// Outcomes of one request.
const (
	// OutcomeAccepted: a 2xx answer carrying a JSON-RPC result.
	OutcomeAccepted Outcome = "accepted"
	// OutcomeRejected: the endpoint refused the request: a JSON-RPC error ("bid below floor",
	// "invalid bundle"), or a 4xx other than 413 and 429, or a redirect (never followed).
	OutcomeRejected Outcome = "rejected"
	// OutcomeRateLimited: HTTP 429, or JSON-RPC error -32005 (EIP-1474 "limit exceeded").
	OutcomeRateLimited Outcome = "rate_limited"
	// OutcomeTooLarge: HTTP 413, the request body is over the endpoint's limit.
	OutcomeTooLarge Outcome = "too_large"
	// OutcomeTimeout: no answer within the request's budget, or the deadline had passed.
	OutcomeTimeout Outcome = "timeout"
	// OutcomeTransport: no HTTP answer at all: dial, TLS, a connection reset or closed early.
	OutcomeTransport Outcome = "transport"
	// OutcomeServerError: HTTP 5xx, 502 and 503 from a proxy in front of the endpoint included.
	OutcomeServerError Outcome = "server_error"
	// OutcomeBadResponse: a 2xx answer that is not a JSON-RPC answer to the request.
	OutcomeBadResponse Outcome = "bad_response"
	// OutcomeCanceled: the sidecar gave the request up (Submitter.Stop, Fanout.Abandon, the
	// caller's context); it says nothing about the endpoint.
	OutcomeCanceled Outcome = "canceled"
)

// outcomeSpec is one class: its sentinel and whether one retry may help.
type outcomeSpec struct {
	outcome Outcome
	err     error
	retry   bool
}

// outcomeTable is the one list of classes, in the order OutcomeOf tests them: the sidecar's
// own endings first, so that a request abandoned while it was failing is reported as such.
func outcomeTable() []outcomeSpec {
	return []outcomeSpec{
		{OutcomeCanceled, ErrCanceled, false},
		{OutcomeTimeout, ErrTimeout, false},
		{OutcomeTooLarge, ErrTooLarge, false},
		{OutcomeRateLimited, ErrRateLimited, true},
		{OutcomeServerError, ErrServerError, true},
		{OutcomeRejected, ErrRejected, false},
		{OutcomeBadResponse, ErrBadResponse, false},
		{OutcomeTransport, ErrTransport, true},
	}
}

// Outcomes lists every class, accepted first.
func Outcomes() []Outcome {
	out := []Outcome{OutcomeAccepted}
	for _, s := range outcomeTable() {
		out = append(out, s.outcome)
	}
	return out
}

// OutcomeOf classifies err; nil is OutcomeAccepted, and an error of no class is a transport
// error (it did not come from an answer).
func OutcomeOf(err error) Outcome {
	if err == nil {
		return OutcomeAccepted
	}
	for _, s := range outcomeTable() {
		if errors.Is(err, s.err) {
			return s.outcome
		}
	}
	return OutcomeTransport
}

// Err returns the class's sentinel; nil for OutcomeAccepted and for an unknown class.
func (o Outcome) Err() error {
	for _, s := range outcomeTable() {
		if s.outcome == o {
			return s.err
		}
	}
	return nil
}

// Retryable reports whether the Submitter tries the request once more after this class: the
// endpoint did not judge the bundle (transport, server_error) or asked for it later
// (rate_limited). A rejection, an oversized body or a garbled answer would only repeat, and a
// timeout has used the budget up.
func (o Outcome) Retryable() bool {
	for _, s := range outcomeTable() {
		if s.outcome == o {
			return s.retry
		}
	}
	return false
}
