package searcherclient

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// The JSON-RPC error codes the searcher API answers with (docs/searchers.md, "Errors").
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

// ReasonBadResponse is the Reason of an answer that is not JSON-RPC (a plain-text 413, a proxy's page).
const ReasonBadResponse = "bad_response"

// Error is a refusal from the searcher API. Branch on Reason (and Field), never on Message.
type Error struct {
	Code       int    // JSON-RPC error code; 0 when the answer was not JSON-RPC
	Reason     string // short reason code, for example "slot_passed"
	Field      string // the field at fault, for example "preCalls[0].signature"; "" when none
	Message    string // the API's message, "<field>: <reason>" when a field is at fault
	Method     string // the JSON-RPC method, or "events"
	HTTPStatus int
	RetryAfter time.Duration // from Retry-After, when the API sent it
}

func (e *Error) Error() string {
	if e.Method == "" {
		return e.Message
	}
	return e.Method + ": " + e.Message
}

// Is matches another *Error by Reason (and Code when the target sets it), so
// errors.Is(err, &searcherclient.Error{Reason: "slot_passed"}) works through wrapping.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	if !ok {
		return false
	}
	return (t.Reason == "" || t.Reason == e.Reason) && (t.Code == 0 || t.Code == e.Code) && (t.Reason != "" || t.Code != 0)
}

// AsError returns the *Error inside err, if there is one.
func AsError(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    *struct {
		Field  string `json:"field"`
		Reason string `json:"reason"`
	} `json:"data"`
}

func (r *rpcError) typed(method string, resp *http.Response) *Error {
	e := &Error{Code: r.Code, Message: r.Message, Method: method, HTTPStatus: resp.StatusCode, RetryAfter: retryAfter(resp)}
	if r.Data != nil {
		e.Field, e.Reason = r.Data.Field, r.Data.Reason
	}
	return e
}

func badResponse(method string, resp *http.Response, body []byte) *Error {
	text := strings.TrimSpace(string(body))
	if len(text) > 200 {
		text = text[:200] + "…"
	}
	msg := fmt.Sprintf("HTTP %d", resp.StatusCode)
	if text != "" {
		msg += ": " + text
	}
	return &Error{Reason: ReasonBadResponse, Message: msg, Method: method, HTTPStatus: resp.StatusCode, RetryAfter: retryAfter(resp)}
}
