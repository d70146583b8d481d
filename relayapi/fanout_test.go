package relayapi

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/syncboost/syncboost/clock"
)

// waitReport waits for every endpoint of f, guarding only against a hung test.
func waitReport(t *testing.T, f *Fanout) Report {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	rep, err := f.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// held is an endpoint whose handler answers with the bundle's hash once released; it is
// released at cleanup at the latest, so the server can close.
type held struct {
	*endpoint
	ch   chan struct{}
	once sync.Once
}

func newHeldEndpoint(t *testing.T) *held {
	t.Helper()
	h := &held{ch: make(chan struct{})}
	h.endpoint = newEndpoint(t, func(w http.ResponseWriter, r received) {
		<-h.ch
		answerHash(w, r)
	})
	t.Cleanup(h.release)
	return h
}

func (h *held) release() { h.once.Do(func() { close(h.ch) }) }

// firstAsync runs f.First in the background and hands over its progress.
func firstAsync(t *testing.T, f *Fanout) <-chan Progress {
	t.Helper()
	out := make(chan Progress, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
		defer cancel()
		p, err := f.First(ctx)
		if err != nil {
			t.Error(err)
		}
		out <- p
	}()
	return out
}

func progressOf(t *testing.T, c <-chan Progress) Progress {
	t.Helper()
	select {
	case p := <-c:
		return p
	case <-time.After(waitLimit):
		t.Fatal("First did not return")
		return Progress{}
	}
}

var fanoutStart = time.Unix(1_700_000_000, 0)

// The promise: the caller is released at the first acceptance; a slow endpoint, answering at
// 80 % of the slot, finishes in the background and Wait has both results.
func TestFirstReturnsAtTheFirstAcceptance(t *testing.T) {
	vclk := clock.NewVirtual(fanoutStart)
	slot := 12 * time.Second
	fast, slow := newEndpoint(t, answerHash), newHeldEndpoint(t)
	s := newSubmitter(t, Config{SlotDuration: slot, Endpoints: []Endpoint{
		{Name: "fast", URL: fast.srv.URL, Method: MethodEthSendBundle, TimeoutBps: 9000},
		{Name: "slow", URL: slow.srv.URL, Method: MethodEthSendBundle, TimeoutBps: 9000},
	}}, Deps{Clock: vclk})
	b := sampleBundle(t)
	f, err := s.Send(context.Background(), b, fanoutStart.Add(slot))
	if err != nil {
		t.Fatal(err)
	}
	p := progressOf(t, firstAsync(t, f))
	want := Progress{Endpoints: 2, Accepted: 1, FirstByte: fanoutStart}
	if p != want {
		t.Fatalf("First: %+v, want %+v", p, want)
	}
	slow.next(t) // its request is in flight, held by the handler
	vclk.AdvanceTo(fanoutStart.Add(slot * 8 / 10))
	slow.release()
	rep := waitReport(t, f)
	for i, r := range rep.Results {
		if r.Err != nil || r.BundleHash != b.Hash() || r.FirstByte != fanoutStart {
			t.Fatalf("result %d: %+v, want %s accepted, written at the start", i, r, b.Hash())
		}
	}
	if l := rep.Results[1].Latency; l != slot*8/10 {
		t.Fatalf("slow answered after %s, want 80 %% of the slot", l)
	}
	if !rep.Done || rep.Accepted != 2 || rep.LastFirstByte != fanoutStart {
		t.Fatalf("report %+v, want both accepted", rep.Progress)
	}
	if n := vclk.Pending(); n != 0 {
		t.Fatalf("%d timers still armed after every endpoint finished", n)
	}
}

func TestFirstReturnsWhenEveryEndpointFailed(t *testing.T) {
	vclk := clock.NewVirtual(fanoutStart)
	// Neither failure is retried, so every endpoint has finished when First returns.
	status, rpc := newEndpoint(t, answerStatus(400)), newEndpoint(t, answerRPCError(-32000, "no"))
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "status", URL: status.srv.URL, Method: MethodEthSendBundle, Timeout: 4 * time.Second},
		{Name: "rpc", URL: rpc.srv.URL, Method: MethodMevSendBundle, Timeout: 4 * time.Second},
	}}, Deps{Clock: vclk})
	f, err := s.Send(context.Background(), sampleBundle(t), fanoutStart.Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	p := progressOf(t, firstAsync(t, f)) // the clock stands still: neither deadline nor budgets
	if want := (Progress{Endpoints: 2, Failed: 2, FirstByte: fanoutStart, Done: true}); p != want {
		t.Fatalf("First: %+v, want %+v", p, want)
	}
	rep := waitReport(t, f)
	if rep.Results[0].Outcome != OutcomeRejected || rep.Results[1].Outcome != OutcomeRejected {
		t.Fatalf("outcomes %s, %s", rep.Results[0].Outcome, rep.Results[1].Outcome)
	}
}

// With no endpoint answering, First returns at the deadline, and the requests run on to their
// own budgets.
func TestFirstReturnsAtTheDeadline(t *testing.T) {
	vclk := clock.NewVirtual(fanoutStart)
	deadline := fanoutStart.Add(time.Second)
	a, b := newHeldEndpoint(t), newHeldEndpoint(t)
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "a", URL: a.srv.URL, Method: MethodEthSendBundle, Timeout: 4 * time.Second},
		{Name: "b", URL: b.srv.URL, Method: MethodEthSendBundle, Timeout: 4 * time.Second},
	}}, Deps{Clock: vclk})
	f, err := s.Send(context.Background(), sampleBundle(t), deadline)
	if err != nil {
		t.Fatal(err)
	}
	first := firstAsync(t, f)
	a.next(t)
	b.next(t)
	waitTimers(t, vclk, 3) // the deadline and both budgets
	vclk.AdvanceTo(deadline.Add(-time.Millisecond))
	select {
	case p := <-first:
		t.Fatalf("First returned before the deadline: %+v", p)
	default:
	}
	vclk.AdvanceTo(deadline)
	if p, want := progressOf(t, first), (Progress{Endpoints: 2, FirstByte: fanoutStart}); p != want {
		t.Fatalf("First: %+v, want %+v", p, want)
	}
	vclk.AdvanceTo(fanoutStart.Add(4 * time.Second))
	rep := waitReport(t, f)
	for _, r := range rep.Results {
		if !errors.Is(r.Err, ErrTimeout) || r.Latency != 4*time.Second {
			t.Fatalf("%s: %v after %s, want a timeout at its own 4s budget", r.Endpoint, r.Err, r.Latency)
		}
	}
	if rep.LastFirstByte != fanoutStart {
		t.Fatalf("last first byte %s, want %s", rep.LastFirstByte, fanoutStart)
	}
}

func waitTimers(t *testing.T, vclk *clock.Virtual, n int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	if err := vclk.WaitForTimers(ctx, n); err != nil {
		t.Fatalf("%d timers armed, want %d: %v", vclk.Pending(), n, err)
	}
}

// stuckTransport holds every request until released, deaf to its context until then: a
// request that outlives its cancellation.
type stuckTransport struct {
	entered chan struct{}
	release chan struct{}
}

func (s *stuckTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	s.entered <- struct{}{}
	<-s.release
	<-req.Context().Done() // Stop's cancellation reaches the request asynchronously
	return nil, req.Context().Err()
}

// The promise: background requests have an owner. Stop does not return before the last of
// them has, and a fan-out it stopped reports every endpoint finished.
func TestStopWaitsForBackgroundRequests(t *testing.T) {
	rt := &stuckTransport{entered: make(chan struct{}, 1), release: make(chan struct{})}
	observed := make(chan Result, 1)
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "e", URL: "http://relay.invalid", Method: MethodEthSendBundle, Timeout: time.Minute}}},
		Deps{Transport: rt, Observe: func(r Result) { observed <- r }})
	f, err := s.Send(context.Background(), sampleBundle(t), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	<-rt.entered
	ended, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Stop(ended); !errors.Is(err, context.Canceled) {
		t.Fatalf("Stop with a request stuck in flight: %v, want the context's end", err)
	}
	if _, err := s.Send(context.Background(), sampleBundle(t), time.Time{}); !errors.Is(err, ErrStopped) {
		t.Fatalf("Send after Stop: %v, want ErrStopped", err)
	}
	if f.Progress().Done {
		t.Fatal("fan-out finished while its request was stuck")
	}
	close(rt.release)
	ctx, cancelWait := context.WithTimeout(context.Background(), waitLimit)
	defer cancelWait()
	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if !f.Progress().Done { // Stop returned: every request goroutine has
		t.Fatal("Stop returned before the fan-out finished")
	}
	if r := <-observed; r.Outcome != OutcomeCanceled || !errors.Is(r.Err, ErrStopped) {
		t.Fatalf("result %s (%v), want canceled by Stop", r.Outcome, r.Err)
	}
}

// Stop ends requests in flight rather than waiting out their budgets; Abandon ends one
// fan-out's.
func TestStopAndAbandonEndRequestsInFlight(t *testing.T) {
	h := newHeldEndpoint(t)
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "e", URL: h.srv.URL, Method: MethodEthSendBundle, Timeout: time.Hour}}}, Deps{})
	abandoned, err := s.Send(context.Background(), sampleBundle(t), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	h.next(t)
	abandoned.Abandon()
	if r := waitReport(t, abandoned).Results[0]; r.Outcome != OutcomeCanceled || !errors.Is(r.Err, errAbandoned) {
		t.Fatalf("abandoned: %s (%v), want canceled", r.Outcome, r.Err)
	}
	stopped, err := s.Cancel(context.Background(), sampleBundle(t).ReplacementUUID, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	h.next(t)
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if r := waitReport(t, stopped).Results[0]; r.Outcome != OutcomeCanceled || !errors.Is(r.Err, ErrStopped) {
		t.Fatalf("stopped: %s (%v), want canceled by Stop", r.Outcome, r.Err)
	}
}

// The caller's context ending does not reach requests started by Send: they are the
// Submitter's.
func TestSendOutlivesTheCallersContext(t *testing.T) {
	h := newHeldEndpoint(t)
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "e", URL: h.srv.URL, Method: MethodEthSendBundle, Timeout: time.Hour}}}, Deps{})
	ctx, cancel := context.WithCancel(context.Background())
	b := sampleBundle(t)
	f, err := s.Send(ctx, b, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	h.next(t)
	cancel()
	h.release()
	if r := waitReport(t, f).Results[0]; r.Err != nil || r.BundleHash != b.Hash() {
		t.Fatalf("result %+v, want accepted after the caller's context ended", r)
	}
	if _, err := s.Send(ctx, b, time.Time{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("Send with an ended context: %v, want nothing started", err)
	}
}

// SendBundle keeps its contract: the caller's context ending abandons what is still in flight.
func TestSendBundleAbandonsWhenTheContextEnds(t *testing.T) {
	h := newHeldEndpoint(t)
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "e", URL: h.srv.URL, Method: MethodEthSendBundle, Timeout: time.Hour}}}, Deps{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan []Result, 1)
	go func() {
		res, err := s.SendBundle(ctx, sampleBundle(t), time.Time{})
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	h.next(t)
	cancel()
	if r := results(t, done)[0]; r.Outcome != OutcomeCanceled {
		t.Fatalf("result %s (%v), want canceled with the caller's context", r.Outcome, r.Err)
	}
}
