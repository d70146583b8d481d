package relayapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/clock"
)

// hooks let a request tell its fan-out what happens before it ends; both may be nil.
type hooks struct {
	wrote    func(time.Time) // the request's first byte is on the wire
	retrying func()          // the first attempt failed and one retry follows
}

// call sends one request, retried at most once (see retryWait), and reports it. Its budget is
// the endpoint's own (see budget) and covers both attempts together.
func (s *Submitter) call(ctx context.Context, ep Endpoint, sb *signedBody, deadline time.Time, cut bool, h hooks) Result {
	res := Result{Endpoint: ep.Name, Method: sb.method, Start: s.clk.Now()}
	if budget := s.budget(ep, res.Start, deadline, cut); budget <= 0 {
		res.Err = fmt.Errorf("%w: deadline passed before sending", ErrTimeout)
		s.metrics.attempt(ep.Name, sb.method, 0, OutcomeTimeout)
	} else {
		ctx, cancel := context.WithCancelCause(ctx)
		timer := s.clk.AfterFunc(budget, func() { cancel(errBudget) })
		s.attempts(ctx, ep, sb, res.Start.Add(budget), deadline, h, &res)
		timer.Stop()
		cancel(nil)
	}
	res.Latency = s.clk.Now().Sub(res.Start)
	res.Outcome = OutcomeOf(res.Err)
	s.metrics.deadline(ep.Name, sb.method, deadline, res)
	s.logResult(res)
	if s.observe != nil {
		s.observe(res)
	}
	return res
}

// attempts runs the first attempt and, when retryWait allows, the one retry. end is when the
// budget runs out; the first attempt's first byte is the request's.
func (s *Submitter) attempts(ctx context.Context, ep Endpoint, sb *signedBody, end, deadline time.Time, h hooks, res *Result) {
	for {
		res.Attempts++
		at := s.clk.Now()
		hash, fb, err := s.attempt(ctx, ep, sb, end, h.wrote)
		res.BundleHash, res.Err = hash, err
		if res.FirstByte.IsZero() {
			res.FirstByte = fb
		}
		o := OutcomeOf(err)
		s.metrics.attempt(ep.Name, sb.method, s.clk.Now().Sub(at), o)
		if res.Attempts > 1 {
			return
		}
		wait, ok := s.retryWait(ep, err, end, deadline)
		if !ok {
			return
		}
		s.metrics.retried(ep.Name, sb.method, o)
		if h.retrying != nil {
			h.retrying()
		}
		if wait > 0 {
			if err := clock.Sleep(ctx, s.clk, wait); err != nil {
				res.Err = classifyCtx(ctx, err)
				return
			}
		}
	}
}

// attempt is one request on the wire: the bundle hash the endpoint returned (zero for a
// cancellation or when it returned none), its first byte and the classified error.
func (s *Submitter) attempt(ctx context.Context, ep Endpoint, sb *signedBody, end time.Time, onWrite func(time.Time)) (common.Hash, time.Time, error) {
	var raw json.RawMessage
	raw, fb, err := s.post(ctx, ep, sb, end, onWrite)
	if err != nil || sb.method == MethodEthCancelBundle {
		return common.Hash{}, fb, err
	}
	r, err := DecodeSendBundleResult(raw)
	return r.BundleHash, fb, err
}

// retryWait decides the one retry and how long to wait before it: only after a retryable class
// (Outcome.Retryable), after the endpoint's Retry-After when it sent one, never at or after the
// fan-out's deadline, and only if the budget left then minus the return buffer gives the
// endpoint at least the return buffer (and at least a millisecond) to act.
func (s *Submitter) retryWait(ep Endpoint, err error, end, deadline time.Time) (time.Duration, bool) {
	if !OutcomeOf(err).Retryable() {
		return 0, false
	}
	var wait time.Duration
	var se *HTTPStatusError
	if errors.As(err, &se) {
		wait = se.RetryAfter
	}
	at := s.clk.Now().Add(wait)
	buf := ep.returnBuffer(s.cfg.SlotDuration)
	switch {
	case !deadline.IsZero() && !at.Before(deadline):
		return 0, false
	case end.Sub(at)-buf < max(buf, time.Millisecond):
		return 0, false
	}
	return wait, true
}

// budget is ep's timeout from start; zero once deadline (when set) has passed, and with cut
// no later than deadline.
func (s *Submitter) budget(ep Endpoint, start, deadline time.Time, cut bool) time.Duration {
	b := ep.budget(s.cfg.SlotDuration)
	switch {
	case deadline.IsZero():
		return b
	case !start.Before(deadline):
		return 0
	case cut:
		return min(b, deadline.Sub(start))
	default:
		return b
	}
}

// logResult logs a refusal or failure at warn (an endpoint's problem, not the sidecar's) and
// an acceptance at debug.
func (s *Submitter) logResult(r Result) {
	ev := s.log.Debug()
	if r.Err != nil {
		ev = s.log.Warn().Err(r.Err).Str("reason", Reason(r.Err))
	}
	ev.Str("endpoint", r.Endpoint).Str("method", r.Method).Str("outcome", string(r.Outcome)).
		Int("attempts", r.Attempts).Dur("elapsed", r.Latency).Msg("bundle request")
}
