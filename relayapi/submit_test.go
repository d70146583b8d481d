package relayapi

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
)

func newSubmitter(t *testing.T, cfg Config, deps Deps) *Submitter {
	t.Helper()
	if deps.Identity == nil {
		deps.Identity = testKey(t, "sidecar identity")
	}
	deps.Log = zerolog.Nop()
	s, err := New(cfg, deps)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { // the Submitter's requests end with the test
		ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
		defer cancel()
		if err := s.Stop(ctx); err != nil {
			t.Error(err)
		}
	})
	return s
}

// fanOutRig is five loopback endpoints: two good ones (one per send method), one that never
// answers, one answering HTTP 500 and one answering a JSON-RPC error.
type fanOutRig struct {
	eth, mev, slow *endpoint
	blk            *blocker
	cfg            Config
}

func newFanOutRig(t *testing.T) *fanOutRig {
	r := &fanOutRig{eth: newEndpoint(t, answerHash), mev: newEndpoint(t, answerHash)}
	r.slow, r.blk = newSlowEndpoint(t)
	status := newEndpoint(t, answerStatus(http.StatusInternalServerError))
	rpcErr := newEndpoint(t, answerRPCError(-32000, "bundle rejected"))
	r.cfg = Config{SlotDuration: 12 * time.Second, Endpoints: []Endpoint{
		{Name: "eth", URL: r.eth.srv.URL, Method: MethodEthSendBundle, TimeoutBps: 5000},
		{Name: "mev", URL: r.mev.srv.URL, Method: MethodMevSendBundle, Timeout: 4 * time.Second},
		{Name: "slow", URL: r.slow.srv.URL, Method: MethodEthSendBundle, Timeout: 4 * time.Second},
		{Name: "status", URL: status.srv.URL, Method: MethodEthSendBundle, Timeout: 4 * time.Second},
		{Name: "rpc", URL: rpcErr.srv.URL, Method: MethodEthSendBundle, Timeout: 4 * time.Second},
	}}
	return r
}

// collect waits for n observed results.
func collect(t *testing.T, observed <-chan Result, n int) map[string]Result {
	t.Helper()
	got := map[string]Result{}
	for len(got) < n {
		select {
		case r := <-observed:
			got[r.Endpoint] = r
		case <-time.After(waitLimit):
			t.Fatalf("only %d endpoints answered", len(got))
		}
	}
	return got
}

// The promise: every endpoint gets the bundle in parallel, signed; a slow endpoint is abandoned
// at the deadline and delays no other; failures are classified per endpoint.
func TestSendBundleSlowEndpointDelaysNoOther(t *testing.T) {
	start := time.Unix(1_700_000_000, 0)
	vclk := clock.NewVirtual(start)
	deadline := start.Add(time.Second)
	rig := newFanOutRig(t)
	observed := make(chan Result, len(rig.cfg.Endpoints))
	reg := prometheus.NewRegistry()
	identity := testKey(t, "sidecar identity")
	s := newSubmitter(t, rig.cfg, Deps{Identity: identity, Clock: vclk, Registry: reg, Observe: func(r Result) { observed <- r }})
	b := sampleBundle(t)

	done := make(chan []Result, 1)
	go func() {
		res, err := s.SendBundle(context.Background(), b, deadline)
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	// Every endpoint but the slow one answers while the virtual clock stands still, before the
	// deadline: nothing waits for the slow one.
	early := collect(t, observed, 4)
	if _, ok := early["slow"]; ok {
		t.Fatal("slow endpoint answered before the deadline")
	}
	rig.slow.next(t) // its request is in flight, its budget armed
	vclk.AdvanceTo(deadline)
	var results []Result
	select {
	case results = <-done:
	case <-time.After(waitLimit):
		t.Fatal("SendBundle did not return at the deadline")
	}
	select {
	case <-rig.blk.exited:
		t.Fatal("slow handler returned before release: SendBundle waited for it")
	default:
	}
	checkOutcomes(t, rig.cfg, results)
	for _, name := range []string{"eth", "mev"} {
		if r := early[name]; r.BundleHash != b.Hash() || r.Latency != 0 {
			t.Errorf("%s: hash %s latency %s, want %s before the deadline", name, r.BundleHash, r.Latency, b.Hash())
		}
	}
	if r := results[2]; !errors.Is(r.Err, ErrTimeout) || r.Latency != time.Second {
		t.Errorf("slow: %v after %s, want a timeout at the 1s deadline, not its 4s timeout", r.Err, r.Latency)
	}
	checkSigned(t, rig.eth, identity, b)
	checkMetrics(t, reg, results)
}

func checkOutcomes(t *testing.T, cfg Config, results []Result) {
	t.Helper()
	want := map[string]Outcome{"eth": OutcomeAccepted, "mev": OutcomeAccepted, "slow": OutcomeTimeout,
		"status": OutcomeServerError, "rpc": OutcomeRejected}
	for i, r := range results {
		if r.Endpoint != cfg.Endpoints[i].Name {
			t.Fatalf("result %d is %q, want configuration order", i, r.Endpoint)
		}
		if r.Outcome != want[r.Endpoint] {
			t.Errorf("%s: outcome %s (%v), want %s", r.Endpoint, r.Outcome, r.Err, want[r.Endpoint])
		}
	}
	var se *HTTPStatusError
	if !errors.As(results[3].Err, &se) || se.StatusCode != 500 {
		t.Errorf("status: %v, want HTTP 500", results[3].Err)
	}
	var re *RPCError
	if !errors.As(results[4].Err, &re) || re.Code != -32000 || re.Message != "bundle rejected" {
		t.Errorf("rpc: %v, want JSON-RPC error -32000", results[4].Err)
	}
}

// checkSigned: the endpoint received exactly b, and flashbots/go-utils verifies the header as
// the identity's signature.
func checkSigned(t *testing.T, e *endpoint, identity *ecdsa.PrivateKey, b *bundle.AtomicBundle) {
	t.Helper()
	got := e.next(t)
	if got.sigErr != nil || got.signer != crypto.PubkeyToAddress(identity.PublicKey) {
		t.Fatalf("go-utils signature.Verify: signer %s, err %v", got.signer, got.sigErr)
	}
	sent, err := bundle.DecodeAtomicBundle(got.params)
	if err != nil || !reflect.DeepEqual(sent, b) || got.method != string(MethodEthSendBundle) {
		t.Fatalf("endpoint got %s %+v (%v), want %+v", got.method, sent, err, b)
	}
}

func checkMetrics(t *testing.T, reg *prometheus.Registry, results []Result) {
	t.Helper()
	if v := metricValue(t, reg, "sidecar_relayapi_requests_total", map[string]string{"endpoint": "slow", "outcome": "timeout"}); v != 1 {
		t.Errorf("timeout counter for slow = %v, want 1", v)
	}
	for _, r := range results {
		want := 1
		if r.Endpoint == "status" {
			want = 2 // the 500 is retried once
		}
		if r.Attempts != want {
			t.Errorf("%s: %d attempts, want %d", r.Endpoint, r.Attempts, want)
		}
		if n := metricValue(t, reg, "sidecar_relayapi_request_duration_seconds", map[string]string{"endpoint": r.Endpoint}); n != float64(want) {
			t.Errorf("%s: %v latency observations, want one per attempt (%d)", r.Endpoint, n, want)
		}
	}
}

func TestCancelBundleReachesEveryEndpoint(t *testing.T) {
	a, m := newEndpoint(t, answerHash), newEndpoint(t, answerHash)
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "a", URL: a.srv.URL, Method: MethodEthSendBundle, Timeout: 5 * time.Second},
		{Name: "m", URL: m.srv.URL, Method: MethodMevSendBundle, Timeout: 5 * time.Second},
	}}, Deps{})
	uuid := bundle.ReplacementUUIDFor(167001, 43)
	res, err := s.CancelBundle(context.Background(), uuid, time.Time{})
	if err != nil || Delivered(res) != 2 {
		t.Fatalf("cancel: %v %+v", err, res)
	}
	for _, e := range []*endpoint{a, m} {
		got := e.next(t)
		var args CancelBundleArgs
		_ = json.Unmarshal(got.params, &args)
		if got.method != MethodEthCancelBundle || args.ReplacementUUID != uuid || got.sigErr != nil {
			t.Errorf("got %s %s (signature: %v), want eth_cancelBundle %s", got.method, got.params, got.sigErr, uuid)
		}
	}
}

func TestMevSendBundleShape(t *testing.T) {
	e := newEndpoint(t, answerHash)
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "m", URL: e.srv.URL, Method: MethodMevSendBundle, Timeout: 5 * time.Second}}}, Deps{})
	b := sampleBundle(t)
	if _, err := s.SendBundle(context.Background(), b, time.Time{}); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(e.next(t).params, &got); err != nil {
		t.Fatal(err)
	}
	body := make([]any, len(b.Txs))
	for i, tx := range b.Txs {
		body[i] = map[string]any{"tx": hexutil.Encode(tx), "canRevert": false}
	}
	want := map[string]any{
		"version":   "v0.1",
		"inclusion": map[string]any{"block": "0x65", "maxBlock": "0x65"},
		"body":      body,
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("mev_sendBundle params:\n got %v\nwant %v", got, want)
	}
}

func TestSendBundleAfterDeadlineSendsNothing(t *testing.T) {
	e := newEndpoint(t, answerHash)
	vclk := clock.NewVirtual(time.Unix(1_700_000_000, 0))
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "e", URL: e.srv.URL, Method: MethodEthSendBundle, Timeout: time.Second}}}, Deps{Clock: vclk})
	res, err := s.SendBundle(context.Background(), sampleBundle(t), vclk.Now())
	if err != nil || !errors.Is(res[0].Err, ErrTimeout) || e.hits.Load() != 0 {
		t.Fatalf("err %v, result %v, %d requests sent; want a timeout and nothing sent", err, res[0].Err, e.hits.Load())
	}
}

func TestConfigCheck(t *testing.T) {
	good := Endpoint{Name: "a", URL: "https://relay.example", Method: MethodEthSendBundle, TimeoutBps: 1000}
	cases := []struct {
		name string
		cfg  Config
		want string // a substring naming the field; "" means valid
	}{
		{name: "valid", cfg: Config{SlotDuration: 12 * time.Second, Endpoints: []Endpoint{good}}},
		{name: "no endpoints", cfg: Config{SlotDuration: time.Second}, want: "endpoints: at least one"},
		{name: "bps without slot", cfg: Config{Endpoints: []Endpoint{good}}, want: "timeout_bps: needs slot_duration"},
		{name: "no timeout", cfg: Config{SlotDuration: time.Second, Endpoints: []Endpoint{{Name: "a", URL: good.URL, Method: good.Method}}}, want: "timeout_bps (timeout is unset): basis points out of range: 0 (want 1..10000)"},
		{name: "bad method", cfg: Config{SlotDuration: time.Second, Endpoints: []Endpoint{{Name: "a", URL: good.URL, Method: "eth_call", Timeout: 1}}}, want: "method"},
		{name: "bad url", cfg: Config{SlotDuration: time.Second, Endpoints: []Endpoint{{Name: "a", URL: "ftp://x", Method: good.Method, Timeout: 1}}}, want: "url"},
		{name: "duplicate name", cfg: Config{SlotDuration: time.Second, Endpoints: []Endpoint{good, good}}, want: "endpoints[1].name"},
		{name: "return buffer under the timeout", cfg: Config{SlotDuration: time.Second, Endpoints: []Endpoint{withBuffer(good, 999)}}},
		{name: "return buffer as long as the timeout", cfg: Config{SlotDuration: time.Second, Endpoints: []Endpoint{withBuffer(good, 1000)}},
			want: "return_buffer_bps: basis points out of range: 1000 is not below timeout_bps 1000"},
		{name: "fixed return buffer as long as the timeout", cfg: Config{Endpoints: []Endpoint{{Name: "a", URL: good.URL, Method: good.Method,
			Timeout: time.Second, ReturnBuffer: time.Second}}}, want: "return_buffer: the return buffer (1s) must be shorter than the timeout (1s)"},
		{name: "return buffer over a slot", cfg: Config{SlotDuration: time.Second, Endpoints: []Endpoint{withBuffer(Endpoint{Name: "a", URL: good.URL,
			Method: good.Method, Timeout: time.Second}, 10001)}}, want: "return_buffer_bps: 10001 is over a slot"},
		{name: "return buffer bps without slot", cfg: Config{Endpoints: []Endpoint{withBuffer(Endpoint{Name: "a", URL: good.URL, Method: good.Method, Timeout: time.Second}, 10)}},
			want: "return_buffer_bps: needs slot_duration"},
		{name: "negative return buffer", cfg: Config{SlotDuration: time.Second, Endpoints: []Endpoint{{Name: "a", URL: good.URL, Method: good.Method, TimeoutBps: 10, ReturnBuffer: -1}}}, want: "return_buffer: must not be negative"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.cfg.Check()
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Check() = %v, want an ErrConfig naming %q", err, tc.want)
			}
		})
	}
	if _, err := New(Config{SlotDuration: time.Second, Endpoints: []Endpoint{good}}, Deps{}); !errors.Is(err, ErrNilIdentity) {
		t.Fatalf("New without identity: %v", err)
	}
}

func withBuffer(e Endpoint, bps uint32) Endpoint {
	e.ReturnBufferBps = bps
	return e
}

// An endpoint without a fixed timeout gets its share of the slot, in whole milliseconds
// rounded down as the consensus specs do; a fixed timeout wins.
func TestEndpointBudget(t *testing.T) {
	for _, tc := range []struct {
		ep   Endpoint
		slot time.Duration
		want time.Duration
	}{
		{Endpoint{TimeoutBps: 2500}, 12 * time.Second, 3 * time.Second},
		{Endpoint{TimeoutBps: 5000}, 1001 * time.Millisecond, 500 * time.Millisecond},
		{Endpoint{TimeoutBps: 3}, 12 * time.Second, 3 * time.Millisecond},
		{Endpoint{Timeout: time.Second, TimeoutBps: 5000}, 12 * time.Second, time.Second},
	} {
		if got := tc.ep.budget(tc.slot); got != tc.want {
			t.Errorf("%+v of a %s slot: budget %s, want %s", tc.ep, tc.slot, got, tc.want)
		}
	}
	for _, tc := range []struct {
		ep   Endpoint
		want time.Duration
	}{
		{Endpoint{ReturnBufferBps: 100}, 120 * time.Millisecond},
		{Endpoint{ReturnBuffer: 50 * time.Millisecond, ReturnBufferBps: 100}, 50 * time.Millisecond},
		{Endpoint{}, 0},
	} {
		if got := tc.ep.returnBuffer(12 * time.Second); got != tc.want {
			t.Errorf("%+v of a 12s slot: return buffer %s, want %s", tc.ep, got, tc.want)
		}
	}
}
