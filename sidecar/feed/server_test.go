package feed

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/sse"
)

// serverConfig allows sidecarKey and two unsigned streams, so the client tests can follow
// without signing; the hostile tests sign.
func serverConfig() ServerConfig {
	cfg := DefaultServerConfig(chainID, "127.0.0.1:0")
	cfg.History, cfg.OutcomeBuffer, cfg.MaxAnonymousStreams = 3, 1, 2
	cfg.Sidecars, cfg.Slots = []common.Address{sidecarAddr}, slotClock
	return cfg
}

func newServer(t *testing.T, clk clock.Clock, edit ...func(*ServerConfig)) *Server {
	t.Helper()
	cfg := serverConfig()
	for _, e := range edit {
		e(&cfg)
	}
	srv, err := NewServer(cfg, clk, zerolog.Nop(), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

func startServer(t *testing.T, clk clock.Clock, edit ...func(*ServerConfig)) *Server {
	t.Helper()
	srv := newServer(t, clk, edit...)
	if err := srv.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Stop(ctx); err != nil {
			t.Error(err)
		}
	})
	return srv
}

// openStream opens a raw stream and returns an SSE reader over it.
func openStream(t *testing.T, url, lastID string) (*http.Response, *sse.Reader) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url+PathStream, nil)
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	r, _ := sse.NewReader(resp.Body, 1<<16)
	return resp, r
}

func TestStreamResumeFromLastEventID(t *testing.T) {
	s := newSeq(t)
	srv := startServer(t, clock.NewVirtual(genesis), func(c *ServerConfig) { c.MaxAnonymousStreams = 10 })
	for n := uint64(100); n <= 104; n++ { // history keeps the last three: 102..104
		if err := srv.Publish(s.msg(n)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		lastID string
		want   []string
	}{
		{"", []string{"167001:102", "167001:103", "167001:104"}},
		{EventID(chainID, 103), []string{"167001:104"}},
		{EventID(chainID, 100), []string{"167001:102", "167001:103", "167001:104"}}, // fell out of history
	}
	for _, tc := range tests {
		_, r := openStream(t, srv.URL(), tc.lastID)
		for _, want := range tc.want {
			ev, err := r.Next()
			if err != nil || ev.ID != want || ev.Type != EventSlotEnding {
				t.Fatalf("after %q: got %+v %v, want id %s", tc.lastID, ev, err, want)
			}
			if _, err := bundle.DecodeSlotEnding(ev.Data); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, bad := range []string{"garbage", EventID(chainID+1, 103)} {
		resp, _ := openStream(t, srv.URL(), bad)
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("Last-Event-ID %q: status %d", bad, resp.StatusCode)
		}
	}
}

func TestStreamLimits(t *testing.T) {
	srv := startServer(t, clock.NewVirtual(genesis))
	openStream(t, srv.URL(), "")
	openStream(t, srv.URL(), "")
	resp, _ := openStream(t, srv.URL(), "") // MaxAnonymousStreams is 2
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("third stream: status %d", resp.StatusCode)
	}
	s := newSeq(t)
	if err := srv.Publish(s.msg(101, func(m *bundle.SlotEnding) { m.L2ChainID = 1 })); !errors.Is(err, ErrWrongChain) {
		t.Fatalf("Publish other chain: %v", err)
	}
	srv.Close()
	if err := srv.Publish(s.msg(101)); !errors.Is(err, ErrClosed) {
		t.Fatalf("Publish after Close: %v", err)
	}
}

func TestKeepAliveBytesOnTheWire(t *testing.T) {
	clk := clock.NewVirtual(genesis)
	srv := startServer(t, clk)
	resp, err := http.Get(srv.URL() + PathStream)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := clk.WaitForTimers(ctx, 1); err != nil {
		t.Fatal(err)
	}
	clk.Advance(serverConfig().KeepAlive)
	line, err := bufio.NewReader(resp.Body).ReadString('\n')
	if err != nil || line != ":keep-alive\n" {
		t.Fatalf("read %q, %v", line, err)
	}
}

func TestLatest(t *testing.T) {
	s := newSeq(t)
	srv := startServer(t, clock.NewVirtual(genesis))
	resp, err := http.Get(srv.URL() + PathLatest)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("empty latest: %d", resp.StatusCode)
	}
	m := s.msg(100)
	if err := srv.Publish(m); err != nil {
		t.Fatal(err)
	}
	resp, err = http.Get(srv.URL() + PathLatest)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	got, err := bundle.DecodeSlotEnding(bytes.TrimSpace(body))
	if err != nil || got.SlotEnding != m.SlotEnding {
		t.Fatalf("latest %s: %v", body, err)
	}
}

func landed() Outcome {
	return Outcome{L2ChainID: chainID, L1Slot: buildSlot, Kind: bundle.OutcomeLanded, L2BlockNumber: 100,
		L1BlockNumber: 777, L1BlockHash: common.Hash{1}, BasedBlockHash: common.Hash{2}}
}

func TestOutcomeEndpoint(t *testing.T) {
	clk := clock.NewVirtual(slotClock.SlotStart(buildSlot))
	srv := startServer(t, clk)
	oc := outcomeClient(t, srv.URL(), clk, sidecarKey)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := oc.Report(ctx, landed()); err != nil {
		t.Fatal(err)
	}
	if got := <-srv.Outcomes(); !reflect.DeepEqual(got, landed()) {
		t.Fatalf("delivered %+v", got)
	}
	post := func(body string) (int, string) { return postOutcome(t, srv.URL(), []byte(body), sidecarKey) }
	report := func(l2Block uint64) string {
		o := landed()
		o.L2BlockNumber = l2Block
		b, err := EncodeReport(o, clk.Now())
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, tc := range []struct {
		body  string
		code  int
		field string
	}{
		{`{"l2ChainId":"0x28c59","l1Slot":"0x1","outcome":"landed","l2BlockNumber":"0x1"}`, 400, "l1BlockNumber"},
		{`{"l2ChainId":"0x28c59","l1Slot":"0x1","outcome":"maybe","l2BlockNumber":"0x1"}`, 400, "outcome"},
		{`{"l2ChainId":"0x28c59","l1Slot":"0x1","outcome":"not_landed"}`, 400, "l2BlockNumber"},
		{`{"l2ChainId":"0x1","l1Slot":"0x1","outcome":"not_landed","l2BlockNumber":"0x1"}`, 400, "l2ChainId"},
		{`{"l2ChainId":"0x28c59","l1Slot":"0x1","outcome":"not_landed","l2BlockNumber":"0x1","extra":1}`, 400, "extra"},
		{report(101), 200, ""},
		{report(101), 200, "duplicate"}, // answered, not queued again
		{report(102), 503, ""},          // OutcomeBuffer is 1 and nobody reads
	} {
		code, body := post(tc.body)
		if code != tc.code || !strings.Contains(body, tc.field) {
			t.Errorf("POST %s: %d %s, want %d naming %q", tc.body, code, body, tc.code, tc.field)
		}
	}
	// A refused report is not retried.
	other := landed()
	other.L2ChainID = 1
	if err := oc.Report(ctx, other); !errors.Is(err, ErrOutcomeRefused) {
		t.Fatalf("Report to a wrong chain: %v", err)
	}
}

func TestOutcomeClientRetries(t *testing.T) {
	// One clock for both ends: the server checks the report's time against it.
	clk := clock.NewVirtual(slotClock.SlotStart(buildSlot))
	srv := startServer(t, clk)
	// The first report fills the one-slot queue, so the next one meets 503.
	cfg := DefaultOutcomeClientConfig(srv.URL())
	cfg.Identity = sidecarKey
	cfg.Backoff = clock.Backoff{Min: time.Second, Max: time.Second}
	oc, err := NewOutcomeClient(cfg, clk)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := oc.Report(ctx, landed()); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	second := landed()
	second.L1Slot++
	go func() { done <- oc.Report(ctx, second) }()
	if err := clk.WaitForTimers(ctx, 1); err != nil { // refused with 503, backing off
		t.Fatal(err)
	}
	if got := <-srv.Outcomes(); got.L1Slot != buildSlot {
		t.Fatalf("first outcome %+v", got)
	}
	clk.Advance(time.Second)
	if err := <-done; err != nil {
		t.Fatalf("retry: %v", err)
	}
	if got := <-srv.Outcomes(); !reflect.DeepEqual(got, second) {
		t.Fatalf("second outcome %+v", got)
	}
}

func TestServerConfigAndConstructor(t *testing.T) {
	if err := serverConfig().Check(); err != nil {
		t.Fatal(err)
	}
	for i, f := range []func(*ServerConfig){
		func(c *ServerConfig) { c.L2ChainID = 0 },
		func(c *ServerConfig) { c.History = 0 },
		func(c *ServerConfig) { c.KeepAlive = 0 },
		func(c *ServerConfig) { c.WriteTimeout = 0 },
		func(c *ServerConfig) { c.MaxStreamsPerSidecar = 0 },
		func(c *ServerConfig) { c.MaxAnonymousStreams = -1 },
		func(c *ServerConfig) { c.AuthMaxSkew = 0 },
		func(c *ServerConfig) { c.OutcomePastSlots = 0 },
		func(c *ServerConfig) { c.MaxOutcomesPerSlot = 0 },
		func(c *ServerConfig) { c.Sidecars = []common.Address{{}} },
		func(c *ServerConfig) { c.Sidecars = []common.Address{sidecarAddr, sidecarAddr} },
		func(c *ServerConfig) { c.MaxOutcomeBytes = 0 },
		func(c *ServerConfig) { c.OutcomeBuffer = 0 },
		func(c *ServerConfig) { c.HTTP.ReadTimeout = 0 },
	} {
		c := serverConfig()
		f(&c)
		if err := c.Check(); !errors.Is(err, ErrConfig) {
			t.Errorf("case %d: %v", i, err)
		}
	}
	if _, err := NewServer(serverConfig(), nil, zerolog.Nop(), prometheus.NewRegistry()); !errors.Is(err, ErrNilClock) {
		t.Errorf("nil clock: %v", err)
	}
	if _, err := NewServer(serverConfig(), clock.Real{}, zerolog.Nop(), nil); !errors.Is(err, ErrNilRegistry) {
		t.Errorf("nil registry: %v", err)
	}
	noSlots := serverConfig()
	noSlots.Slots = nil
	if _, err := NewServer(noSlots, clock.Real{}, zerolog.Nop(), prometheus.NewRegistry()); !errors.Is(err, ErrNilSlots) {
		t.Errorf("nil slots: %v", err)
	}
	handlerOnly := serverConfig()
	handlerOnly.HTTP.Listen = ""
	srv, err := NewServer(handlerOnly, clock.Real{}, zerolog.Nop(), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(context.Background()); !errors.Is(err, ErrNoListener) {
		t.Errorf("Start without listen: %v", err)
	}
}

// attributed is a landed outcome naming who delivered its block, as two relays disagree.
func attributed() Outcome {
	o := landed()
	o.DeliveredBy = []bundle.Delivery{
		{Relay: "relay-a", BuilderPubkey: bundle.BLSPubkey{0xb1}, BlockHash: o.L1BlockHash, Value: (*hexutil.Big)(big.NewInt(1e18))},
		{Relay: "relay-b", BuilderPubkey: bundle.BLSPubkey{0xb2}, BlockHash: common.Hash{7}, Value: (*hexutil.Big)(big.NewInt(5))},
	}
	o.DeliveryDisagreement = true
	return o
}

func TestOutcomeJSONRoundTrip(t *testing.T) {
	for _, o := range []Outcome{
		landed(),
		attributed(),
		{L2ChainID: chainID, L1Slot: 9, Kind: bundle.OutcomeNotLanded, Reason: "l1_slot_missed", L2BlockNumber: 5},
		{L2ChainID: chainID, L1Slot: 9, Kind: bundle.OutcomeNotConfirmed, L2BlockNumber: 5, L1BlockNumber: 3, L1BlockHash: common.Hash{3}},
	} {
		b, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeOutcome(b)
		if err != nil || !reflect.DeepEqual(got, o) {
			t.Fatalf("%s -> %+v, %v", b, got, err)
		}
	}
}

// An outcome from a sidecar that does not attribute decodes as before, and every field of an
// attribution is checked by name.
func TestOutcomeDeliveredByRejections(t *testing.T) {
	good, _ := json.Marshal(attributed())
	edit := func(from, to string) string {
		if !strings.Contains(string(good), from) {
			t.Fatalf("%q not in %s", from, good)
		}
		return strings.Replace(string(good), from, to, 1)
	}
	for _, tc := range []struct{ body, field string }{
		{edit(`"relay":"relay-a",`, ``), "deliveredBy[0].relay: missing"},
		{edit(`"relay":"relay-a"`, `"relay":""`), "deliveredBy[0].relay: want 1..64 bytes"},
		{edit(`"builderPubkey":"0xb1`, `"builderPubkey":"0x`), "BLSPubkey"},
		{edit(`"value":"0x5"`, `"value":"5"`), "deliveredBy"},
		{edit(`,"value":"0x5"`, ``), "deliveredBy[1].value: missing"},
		{edit(`"blockHash":"0x07`, `"blockHash":"0x7`), "deliveredBy"},
		{edit(`"relay":"relay-a"`, `"relay":"a","extra":1`), "extra"},
		{strings.Replace(edit(`"l1BlockHash":"0x01`, `"l1BlockHash":"0x00`), `"outcome":"landed"`, `"outcome":"not_confirmed"`, 1), "deliveredBy: only an outcome that names its L1 block"},
		{`{"l2ChainId":"0x1","l1Slot":"0x1","outcome":"not_landed","l2BlockNumber":"0x1","deliveryDisagreement":true}`, "deliveryDisagreement"},
	} {
		_, err := DecodeOutcome([]byte(tc.body))
		if !errors.Is(err, ErrBadOutcome) || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s\n→ %v, want it to name %q", tc.body, err, tc.field)
		}
	}
	plain := `{"l2ChainId":"0x1","l1Slot":"0x1","outcome":"not_landed","l2BlockNumber":"0x1","deliveredBy":[]}`
	if o, err := DecodeOutcome([]byte(plain)); err != nil || o.DeliveredBy != nil {
		t.Errorf("empty deliveredBy: %+v %v", o, err)
	}
}

func FuzzDecodeOutcome(f *testing.F) {
	good, _ := json.Marshal(landed())
	f.Add(good)
	good, _ = json.Marshal(attributed())
	f.Add(good)
	f.Add([]byte(`{"l2ChainId":"0x1","l1Slot":"0x1","outcome":"not_landed","l2BlockNumber":"0x0"}`))
	f.Add([]byte(`{"outcome":"landed"} {}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := DecodeOutcome(data)
		if err != nil {
			if !errors.Is(err, ErrBadOutcome) {
				t.Fatalf("error %v does not wrap ErrBadOutcome", err)
			}
			return
		}
		b, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeOutcome(b)
		if err != nil || !reflect.DeepEqual(back, o) {
			t.Fatalf("round trip %+v -> %+v (%v)", o, back, err)
		}
	})
}
