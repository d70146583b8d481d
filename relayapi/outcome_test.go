package relayapi

import (
	"context"
	"errors"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/clock"
)

// answerHangUp closes the connection without answering: a transport failure.
func answerHangUp(w http.ResponseWriter, _ received) {
	if c, _, err := http.NewResponseController(w).Hijack(); err == nil {
		_ = c.Close()
	}
}

func answerRedirect(to string) responder {
	return func(w http.ResponseWriter, _ received) {
		w.Header().Set("Location", to)
		w.WriteHeader(http.StatusTemporaryRedirect)
	}
}

type outcomeCase struct {
	name     string
	respond  responder
	want     Outcome
	how      error // ErrHTTPStatus or ErrRPC: how the endpoint said it; nil when neither
	reason   string
	attempts int
}

func outcomeCases(redirectTarget string) []outcomeCase {
	return []outcomeCase{
		{"accepted", answerHash, OutcomeAccepted, nil, "", 1},
		{"accepted with a null result", answerRaw(200, `{"jsonrpc":"2.0","id":1,"result":null}`), OutcomeAccepted, nil, "", 1},
		{"json-rpc error", answerRPCError(-32000, "bid below floor"), OutcomeRejected, ErrRPC, "bid below floor", 1},
		{"400 carrying a json-rpc error", answerRaw(400, `{"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"invalid bundle"}}`),
			OutcomeRejected, ErrHTTPStatus, "json-rpc error -32602: invalid bundle", 1},
		{"redirect, not followed", answerRedirect(redirectTarget), OutcomeRejected, ErrHTTPStatus, "Temporary Redirect", 1},
		{"429", answerRaw(429, `slow down`), OutcomeRateLimited, ErrHTTPStatus, "slow down", 2},
		{"json-rpc limit exceeded", answerRPCError(-32005, "limit exceeded"), OutcomeRateLimited, ErrRPC, "limit exceeded", 2},
		{"413", answerRaw(413, `body too large`), OutcomeTooLarge, ErrHTTPStatus, "body too large", 1},
		{"500", answerStatus(500), OutcomeServerError, ErrHTTPStatus, "internal error", 2},
		{"502 from a proxy", answerRaw(502, `bad gateway`), OutcomeServerError, ErrHTTPStatus, "bad gateway", 2},
		{"not json", answerRaw(200, `<html>`), OutcomeBadResponse, nil, "", 1},
		{"wrong id", answerRaw(200, `{"jsonrpc":"2.0","id":99,"result":null}`), OutcomeBadResponse, nil, "", 1},
		{"short bundle hash", answerRaw(200, `{"jsonrpc":"2.0","id":1,"result":{"bundleHash":"0x12"}}`), OutcomeBadResponse, nil, "", 1},
		{"connection closed without an answer", answerHangUp, OutcomeTransport, nil, "", 2},
	}
}

// The promise: each class comes from a real endpoint's answer and wraps its sentinel (and
// ErrHTTPStatus or ErrRPC saying how it was said), the endpoint's reason is kept, only the
// retryable classes are tried a second time, and every attempt is counted under its class.
func TestEveryOutcomeFromALoopbackEndpoint(t *testing.T) {
	other := newEndpoint(t, answerHash)
	seen := map[Outcome]bool{}
	for _, tc := range outcomeCases(other.srv.URL) {
		t.Run(tc.name, func(t *testing.T) {
			e := newEndpoint(t, tc.respond)
			reg := prometheus.NewRegistry()
			s := newSubmitter(t, Config{Endpoints: []Endpoint{
				{Name: "e", URL: e.srv.URL, Method: MethodEthSendBundle, Timeout: 5 * time.Second}}}, Deps{Registry: reg})
			res, err := s.SendBundle(context.Background(), sampleBundle(t), time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			checkOutcome(t, res[0], tc)
			if n := e.hits.Load(); n != int32(tc.attempts) {
				t.Errorf("endpoint received %d requests, want %d", n, tc.attempts)
			}
			checkCounted(t, reg, tc.want, tc.attempts)
		})
		seen[tc.want] = true
	}
	if n := other.hits.Load(); n != 0 {
		t.Fatalf("redirect target received %d requests", n)
	}
	seen[OutcomeTimeout], seen[OutcomeCanceled] = true, true // TestTimeoutAndCancelAreCounted
	for _, o := range Outcomes() {
		if !seen[o] {
			t.Errorf("no endpoint produced %s", o)
		}
	}
}

func checkOutcome(t *testing.T, r Result, tc outcomeCase) {
	t.Helper()
	if r.Outcome != tc.want || r.Attempts != tc.attempts {
		t.Fatalf("outcome %s after %d attempts (%v); want %s after %d", r.Outcome, r.Attempts, r.Err, tc.want, tc.attempts)
	}
	if tc.want == OutcomeAccepted {
		if r.Err != nil {
			t.Fatalf("accepted with error %v", r.Err)
		}
		return
	}
	if !errors.Is(r.Err, tc.want.Err()) || (tc.how != nil && !errors.Is(r.Err, tc.how)) {
		t.Fatalf("err %v: want errors.Is %v and %v", r.Err, tc.want.Err(), tc.how)
	}
	if tc.reason != "" && Reason(r.Err) != tc.reason {
		t.Fatalf("reason %q, want %q", Reason(r.Err), tc.reason)
	}
}

// checkCounted: one attempt counted per request sent, under the class, and the retries.
func checkCounted(t *testing.T, reg *prometheus.Registry, o Outcome, attempts int) {
	t.Helper()
	labels := map[string]string{"endpoint": "e", "method": string(MethodEthSendBundle), "outcome": string(o)}
	if n := metricValue(t, reg, "sidecar_relayapi_requests_total", labels); n != float64(attempts) {
		t.Errorf("requests_total{outcome=%s} = %v, want %d", o, n, attempts)
	}
	if n := metricValue(t, reg, "sidecar_relayapi_retries_total", labels); n != float64(attempts-1) {
		t.Errorf("retries_total{outcome=%s} = %v, want %d", o, n, attempts-1)
	}
	if n := metricValue(t, reg, "sidecar_relayapi_request_duration_seconds", map[string]string{"endpoint": "e"}); n != float64(attempts) {
		t.Errorf("%v latency observations, want %d", n, attempts)
	}
}

// A request that outlives its budget is a timeout, one the sidecar gives up is canceled; both
// are counted, and neither is retried.
func TestTimeoutAndCancelAreCounted(t *testing.T) {
	for _, want := range []Outcome{OutcomeTimeout, OutcomeCanceled} {
		t.Run(string(want), func(t *testing.T) {
			vclk := clock.NewVirtual(fanoutStart)
			reg := prometheus.NewRegistry()
			h := newHeldEndpoint(t)
			s := newSubmitter(t, Config{Endpoints: []Endpoint{
				{Name: "e", URL: h.srv.URL, Method: MethodEthSendBundle, Timeout: time.Second}}}, Deps{Clock: vclk, Registry: reg})
			f, err := s.Send(context.Background(), sampleBundle(t), time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			h.next(t)
			if want == OutcomeTimeout {
				waitTimers(t, vclk, 1) // the budget
				vclk.Advance(time.Second)
			} else {
				f.Abandon()
			}
			r := waitReport(t, f).Results[0]
			if r.Outcome != want || !errors.Is(r.Err, want.Err()) || r.Attempts != 1 || h.hits.Load() != 1 {
				t.Fatalf("outcome %s (%v) after %d attempts, %d requests; want %s after 1", r.Outcome, r.Err, r.Attempts, h.hits.Load(), want)
			}
			checkCounted(t, reg, want, 1)
		})
	}
}

// The promise: a retry never delays First. The endpoint's first attempt fails with 503, First
// returns with the retry pending, and the retry's acceptance shows in the report.
func TestRetryNeverDelaysFirst(t *testing.T) {
	vclk := clock.NewVirtual(fanoutStart)
	reg := prometheus.NewRegistry()
	release := make(chan struct{})
	var calls atomic.Int32
	e := newEndpoint(t, func(w http.ResponseWriter, r received) {
		if calls.Add(1) == 1 {
			writeJSON(w, http.StatusServiceUnavailable, `busy`)
			return
		}
		<-release
		answerHash(w, r)
	})
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "e", URL: e.srv.URL, Method: MethodEthSendBundle, Timeout: 4 * time.Second}}}, Deps{Clock: vclk, Registry: reg})
	b := sampleBundle(t)
	f, err := s.Send(context.Background(), b, fanoutStart.Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	p := progressOf(t, firstAsync(t, f))
	if want := (Progress{Endpoints: 1, Retrying: 1, FirstByte: fanoutStart}); p != want {
		t.Fatalf("First: %+v, want %+v (returned with the retry pending)", p, want)
	}
	e.next(t)
	e.next(t) // the retry is at the endpoint
	close(release)
	rep := waitReport(t, f)
	if r := rep.Results[0]; r.Err != nil || r.Attempts != 2 || r.BundleHash != b.Hash() || r.FirstByte != fanoutStart {
		t.Fatalf("result %+v, want accepted on the retry, first byte from the first attempt", r)
	}
	if rep.Accepted != 1 || rep.Retrying != 0 || rep.Failed != 0 {
		t.Fatalf("report %+v", rep.Progress)
	}
	labels := map[string]string{"endpoint": "e", "outcome": string(OutcomeServerError)}
	if n := metricValue(t, reg, "sidecar_relayapi_retries_total", labels); n != 1 {
		t.Fatalf("retries_total{outcome=server_error} = %v, want 1", n)
	}
}

// A retry is sent only inside the budget and before the deadline; Retry-After is waited out on
// the Submitter's clock.
func TestRetryStaysInsideTheBudget(t *testing.T) {
	cases := []struct {
		name       string
		retryAfter string
		timeout    time.Duration
		deadline   time.Duration // from the start; 0: none
		attempts   int
	}{
		{name: "at once", timeout: time.Second, attempts: 2},
		{name: "after Retry-After", retryAfter: "1", timeout: 3 * time.Second, attempts: 2},
		{name: "Retry-After past the budget", retryAfter: "2", timeout: 1500 * time.Millisecond, attempts: 1},
		{name: "Retry-After past the deadline", retryAfter: "1", timeout: 3 * time.Second, deadline: time.Second, attempts: 1},
		{name: "HTTP-date Retry-After reads as none", retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT", timeout: time.Second, attempts: 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			vclk := clock.NewVirtual(fanoutStart)
			e := newEndpoint(t, func(w http.ResponseWriter, _ received) {
				if tc.retryAfter != "" {
					w.Header().Set("Retry-After", tc.retryAfter)
				}
				writeJSON(w, http.StatusTooManyRequests, `slow down`)
			})
			s := newSubmitter(t, Config{Endpoints: []Endpoint{
				{Name: "e", URL: e.srv.URL, Method: MethodEthSendBundle, Timeout: tc.timeout}}}, Deps{Clock: vclk})
			var deadline time.Time
			if tc.deadline > 0 {
				deadline = fanoutStart.Add(tc.deadline)
			}
			f, err := s.Send(context.Background(), sampleBundle(t), deadline)
			if err != nil {
				t.Fatal(err)
			}
			if tc.retryAfter == "1" && tc.attempts == 2 {
				e.next(t)
				waitTimers(t, vclk, 2) // the budget and Retry-After
				if n := e.hits.Load(); n != 1 {
					t.Fatalf("%d requests before Retry-After passed, want 1", n)
				}
				vclk.Advance(time.Second)
			}
			r := waitReport(t, f).Results[0]
			if r.Attempts != tc.attempts || e.hits.Load() != int32(tc.attempts) || r.Outcome != OutcomeRateLimited {
				t.Fatalf("%d attempts, %d requests, outcome %s; want %d rate limited", r.Attempts, e.hits.Load(), r.Outcome, tc.attempts)
			}
		})
	}
}
