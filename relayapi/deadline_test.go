package relayapi

import (
	"context"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/syncboost/syncboost/clock"
)

// headerStart is not on a whole millisecond, so that the rounding shows.
var headerStart = time.Unix(1_700_000_000, 250_700_000)

// deadlineHeaders reads both headers of one received request.
func deadlineHeaders(t *testing.T, r received) (date, timeout int64) {
	t.Helper()
	date, err := strconv.ParseInt(r.header.Get(HeaderDateMilliseconds), 10, 64)
	if err != nil {
		t.Fatalf("%s: %q", HeaderDateMilliseconds, r.header.Get(HeaderDateMilliseconds))
	}
	timeout, err = strconv.ParseInt(r.header.Get(HeaderTimeoutMs), 10, 64)
	if err != nil {
		t.Fatalf("%s: %q", HeaderTimeoutMs, r.header.Get(HeaderTimeoutMs))
	}
	return date, timeout
}

func checkHeaders(t *testing.T, what string, r received, wantDate time.Time, wantTimeout int64) {
	t.Helper()
	date, timeout := deadlineHeaders(t, r)
	if date != wantDate.UnixMilli() || timeout != wantTimeout {
		t.Errorf("%s: Date-Milliseconds %d, X-Timeout-Ms %d; want %d, %d", what, date, timeout, wantDate.UnixMilli(), wantTimeout)
	}
	if at, ok := RequestDeadline(r.header); !ok || !at.Equal(time.UnixMilli(wantDate.UnixMilli()+wantTimeout)) {
		t.Errorf("%s: RequestDeadline %s, %v", what, at, ok)
	}
}

// The promise: every request says, on the sidecar's clock, when it was sent and how long the
// endpoint has to act: the budget left minus the return buffer, both rounded down to whole
// milliseconds. The budget is 25 % of a 12 s slot (3 s), the return buffer 1 % (120 ms).
func TestDeadlineHeadersFollowTheVirtualClock(t *testing.T) {
	vclk := clock.NewVirtual(headerStart)
	e := newEndpoint(t, answerHash)
	s := newSubmitter(t, Config{SlotDuration: 12 * time.Second, Endpoints: []Endpoint{
		{Name: "e", URL: e.srv.URL, Method: MethodEthSendBundle, TimeoutBps: 2500, ReturnBufferBps: 100}}}, Deps{Clock: vclk})
	b := sampleBundle(t)
	send := func(deadline time.Time) {
		t.Helper()
		if _, err := s.SendBundle(context.Background(), b, deadline); err != nil {
			t.Fatal(err)
		}
	}
	send(time.Time{})
	checkHeaders(t, "first send", e.next(t), headerStart, 2880)

	vclk.Advance(400 * time.Millisecond) // a new request has a whole budget of its own
	send(time.Time{})
	checkHeaders(t, "400 ms later", e.next(t), headerStart.Add(400*time.Millisecond), 2880)

	// SendBundle cuts the budget at its deadline: 1000.3 ms left, less 120 ms.
	now := vclk.Now()
	send(now.Add(1000*time.Millisecond + 300*time.Microsecond))
	checkHeaders(t, "cut by the deadline", e.next(t), now, 880)

	vclk.Advance(time.Second)
	if _, err := s.CancelBundle(context.Background(), b.ReplacementUUID, time.Time{}); err != nil {
		t.Fatal(err)
	}
	got := e.next(t)
	if got.method != MethodEthCancelBundle {
		t.Fatalf("got %s, want the cancellation", got.method)
	}
	checkHeaders(t, "eth_cancelBundle", got, vclk.Now(), 2880)
}

// A retry carries the budget left when it is sent: 3000 ms less the 1 s Retry-After, less the
// 120 ms return buffer.
func TestRetryHeadersCarryTheBudgetLeft(t *testing.T) {
	vclk := clock.NewVirtual(headerStart)
	e := newEndpoint(t, func(w http.ResponseWriter, r received) {
		if r.header.Get(HeaderDateMilliseconds) == strconv.FormatInt(headerStart.UnixMilli(), 10) {
			w.Header().Set("Retry-After", "1")
			writeJSON(w, http.StatusTooManyRequests, `slow down`)
			return
		}
		answerHash(w, r)
	})
	s := newSubmitter(t, Config{SlotDuration: 12 * time.Second, Endpoints: []Endpoint{
		{Name: "e", URL: e.srv.URL, Method: MethodMevSendBundle, TimeoutBps: 2500, ReturnBufferBps: 100}}}, Deps{Clock: vclk})
	f, err := s.Send(context.Background(), sampleBundle(t), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	checkHeaders(t, "first attempt", e.next(t), headerStart, 2880)
	waitTimers(t, vclk, 2) // the budget and Retry-After
	vclk.Advance(time.Second)
	checkHeaders(t, "retry", e.next(t), headerStart.Add(time.Second), 1880)
	if r := waitReport(t, f).Results[0]; r.Err != nil || r.Attempts != 2 {
		t.Fatalf("result %+v, want accepted on the retry", r)
	}
}

// With the budget nearly gone the timeout is still at least 1: receivers read 0 as none.
func TestDeadlineHeaderNeverZero(t *testing.T) {
	h := http.Header{}
	setDeadline(h, headerStart, headerStart.Add(50*time.Millisecond), 120*time.Millisecond)
	if got := h.Get(HeaderTimeoutMs); got != "1" {
		t.Fatalf("X-Timeout-Ms %q, want 1", got)
	}
	if _, ok := RequestDeadline(http.Header{HeaderTimeoutMs: {"100"}}); ok {
		t.Fatal("a deadline without Date-Milliseconds")
	}
}
