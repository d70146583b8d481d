package feed

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
)

func TestNormalStream(t *testing.T) {
	s := newSeq(t)
	srv := startServer(t, clock.NewVirtual(genesis))
	// The client's clock sits 10.5 s into slot buildSlot-1, where slot-ending messages arrive.
	clk := clock.NewVirtual(slotClock.SlotStart(buildSlot - 1).Add(10500 * time.Millisecond))
	rig := startClient(t, srv.URL(), s, newHead(), clk)

	m1, m2 := s.msg(100), s.msg(101)
	for _, m := range []*bundle.SignedSlotEnding{m1, m2} {
		if err := srv.Publish(m); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []*bundle.SignedSlotEnding{m1, m2} {
		got := rig.next(t)
		if got.SlotEnding != want.SlotEnding || !bytes.Equal(got.Certificate.Signature, want.Certificate.Signature) {
			t.Fatalf("got %+v, want %+v", got.SlotEnding, want.SlotEnding)
		}
		if got.EventID != EventID(chainID, want.L2BlockNumber) || got.MsIntoSlot != 10500 || !got.Arrived.Equal(clk.Now()) {
			t.Fatalf("id %s ms %d arrived %s", got.EventID, got.MsIntoSlot, got.Arrived)
		}
	}
	if metricValue(rig.c.m.connected) != 1 || metricValue(rig.c.m.accepted) != 2 {
		t.Fatal("metrics: not connected or not counted")
	}
}

// cutOnce aborts the first stream response after limit bytes, in the middle
// of an event, and records every request's Last-Event-ID.
type cutOnce struct {
	next  http.Handler
	limit int
	mu    sync.Mutex
	n     int
	ids   []string
}

func (c *cutOnce) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.mu.Lock()
	c.n++
	first := c.n == 1
	c.ids = append(c.ids, r.Header.Get("Last-Event-ID"))
	c.mu.Unlock()
	if first {
		w = &cuttingWriter{ResponseWriter: w, left: c.limit}
	}
	c.next.ServeHTTP(w, r)
}

type cuttingWriter struct {
	http.ResponseWriter
	left int
}

func (w *cuttingWriter) Write(p []byte) (int, error) {
	if len(p) <= w.left {
		w.left -= len(p)
		return w.ResponseWriter.Write(p)
	}
	_, _ = w.ResponseWriter.Write(p[:w.left])
	_ = http.NewResponseController(w.ResponseWriter).Flush()
	panic(http.ErrAbortHandler) // drops the connection mid-event
}

func (w *cuttingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func TestResumeAfterDisconnectMidEvent(t *testing.T) {
	s := newSeq(t)
	srv := newServer(t, clock.NewVirtual(genesis))
	msgs := []*bundle.SignedSlotEnding{s.msg(100), s.msg(101), s.msg(102)}
	for _, m := range msgs {
		if err := srv.Publish(m); err != nil {
			t.Fatal(err)
		}
	}
	cut := &cutOnce{next: srv.Handler(), limit: len(frame(t, msgs[0])) + len(frame(t, msgs[1]))/2}
	hs := httptest.NewServer(cut)
	t.Cleanup(func() { srv.Close(); hs.Close() })

	rig := startClient(t, hs.URL, s, newHead(), clock.Real{})
	for _, want := range msgs {
		if got := rig.next(t); got.L2BlockNumber != want.L2BlockNumber {
			t.Fatalf("got block %d, want %d", got.L2BlockNumber, want.L2BlockNumber)
		}
	}
	cut.mu.Lock()
	ids := append([]string(nil), cut.ids...)
	cut.mu.Unlock()
	if len(ids) != 2 || ids[0] != "" || ids[1] != EventID(chainID, 100) {
		t.Fatalf("Last-Event-ID per request: %q", ids)
	}
	if metricValue(rig.c.m.received) != 3 || rig.rejected(RejectDuplicate) != 0 {
		t.Fatalf("received %v, duplicates %v", metricValue(rig.c.m.received), rig.rejected(RejectDuplicate))
	}
	if metricValue(rig.c.m.disconnects.WithLabelValues(causeError)) != 1 {
		t.Fatal("the cut was not counted as a disconnect")
	}
}

func TestSilentStreamIsDetected(t *testing.T) {
	s := newSeq(t)
	requests := make(chan struct{}, 4)
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		http.NewResponseController(w).Flush()
		requests <- struct{}{}
		<-r.Context().Done() // then say nothing at all
	}))
	t.Cleanup(hs.Close)
	clk := clock.NewVirtual(genesis)
	const silence = 30 * time.Second
	rig := startClient(t, hs.URL, s, newHead(), clk, func(c *ClientConfig) {
		c.Silence = silence
		c.Backoff = clock.Backoff{Min: time.Second, Max: time.Second}
	})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	<-requests
	if err := clk.WaitForTimers(ctx, 1); err != nil { // the silence watchdog
		t.Fatal(err)
	}
	clk.Advance(silence - time.Millisecond)
	if got := metricValue(rig.c.m.disconnects.WithLabelValues(causeSilent)); got != 0 {
		t.Fatal("dropped before the silence timeout")
	}
	clk.Advance(time.Millisecond)
	if err := clk.WaitForTimers(ctx, 1); err != nil { // the reconnect backoff
		t.Fatal(err)
	}
	if got := metricValue(rig.c.m.disconnects.WithLabelValues(causeSilent)); got != 1 {
		t.Fatalf("silent disconnects = %v", got)
	}
	clk.Advance(time.Second)
	select {
	case <-requests:
	case <-ctx.Done():
		t.Fatal("no reconnect after a silent stream")
	}
}

func TestReconnectBackoffOnVirtualClock(t *testing.T) {
	s := newSeq(t)
	requests := make(chan struct{}, 16)
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		requests <- struct{}{}
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	t.Cleanup(hs.Close)
	clk := clock.NewVirtual(genesis)
	startClient(t, hs.URL, s, newHead(), clk, func(c *ClientConfig) {
		c.Backoff = clock.Backoff{Min: 100 * time.Millisecond, Max: 400 * time.Millisecond}
	})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	<-requests
	for _, delay := range []time.Duration{100, 200, 400, 400, 400} {
		delay *= time.Millisecond
		if err := clk.WaitForTimers(ctx, 1); err != nil {
			t.Fatal(err)
		}
		clk.Advance(delay - time.Millisecond)
		select {
		case <-requests:
			t.Fatalf("reconnected before the %s backoff", delay)
		default:
		}
		clk.Advance(time.Millisecond)
		select {
		case <-requests:
		case <-ctx.Done():
			t.Fatalf("no reconnect after %s", delay)
		}
	}
}

func TestClientConfigAndConstructor(t *testing.T) {
	s := newSeq(t)
	good := DefaultClientConfig("http://127.0.0.1:1", validatorConfig(s))
	if err := good.Check(); err != nil {
		t.Fatal(err)
	}
	for i, f := range []func(*ClientConfig){
		func(c *ClientConfig) { c.URL = "ftp://x" },
		func(c *ClientConfig) { c.Validator.L2ChainID = 0 },
		func(c *ClientConfig) { c.Validator.Domain = bundle.Domain{} },
		func(c *ClientConfig) { c.Validator.Authority = bundle.Authority{} },
		func(c *ClientConfig) { c.Silence = 0 },
		func(c *ClientConfig) { c.Backoff.Max = 0 },
		func(c *ClientConfig) { c.ConnectTimeout = 0 },
		func(c *ClientConfig) { c.MaxEventBytes = 0 },
		func(c *ClientConfig) { c.Buffer = 0 },
	} {
		c := good
		f(&c)
		if err := c.Check(); !errors.Is(err, ErrConfig) {
			t.Errorf("case %d: %v", i, err)
		}
	}
	reg := prometheus.NewRegistry()
	for _, tc := range []struct {
		head  Head
		slots *clock.SlotClock
		clk   clock.Clock
		reg   *prometheus.Registry
		want  error
	}{
		{nil, slotClock, clock.Real{}, reg, ErrNilHead},
		{newHead(), nil, clock.Real{}, reg, ErrNilSlots},
		{newHead(), slotClock, nil, reg, ErrNilClock},
		{newHead(), slotClock, clock.Real{}, nil, ErrNilRegistry},
	} {
		if _, err := NewClient(good, tc.head, tc.slots, tc.clk, zerolog.Nop(), tc.reg); !errors.Is(err, tc.want) {
			t.Errorf("NewClient = %v, want %v", err, tc.want)
		}
	}
	if got := endpoint("http://seq:8080", PathStream); got != "http://seq:8080"+PathStream {
		t.Errorf("endpoint base = %s", got)
	}
	if got := endpoint("http://seq:8080/custom/stream", PathStream); !strings.HasSuffix(got, "/custom/stream") {
		t.Errorf("endpoint full = %s", got)
	}
}

func FuzzDecodeEvent(f *testing.F) {
	key, err := crypto.GenerateKey()
	if err != nil {
		f.Fatal(err)
	}
	m := bundle.SlotEnding{L2ChainID: chainID, L2BlockNumber: 100, L1Slot: buildSlot, L1ParentHash: l1Parent, IsSlotEnding: true}
	cert, err := bundle.SignECDSA(&m, domain, key)
	if err != nil {
		f.Fatal(err)
	}
	good, _ := bundle.SignedSlotEnding{SlotEnding: m, Certificate: cert}.MarshalJSON()
	f.Add(good)
	f.Add([]byte(`{"l2ChainId":"0x1"}`))
	f.Add([]byte(`{"l2ChainId":1,"certificate":{"kind":"committee","signers":"0x","signature":"0x"}}`))
	auth := bundle.Authority{Sequencer: crypto.PubkeyToAddress(key.PublicKey)}
	f.Fuzz(func(t *testing.T, data []byte) {
		msg, err := bundle.DecodeSlotEnding(data)
		if err != nil {
			return
		}
		// Whatever decodes must go through the validator without panicking.
		v := newValidator(ValidatorConfig{L2ChainID: chainID, Domain: domain, Authority: auth}, newHead())
		_ = v.check(msg)
		again, err := msg.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		back, err := bundle.DecodeSlotEnding(again)
		if err != nil || back.SlotEnding != msg.SlotEnding {
			t.Fatalf("re-encoded message does not decode to itself: %v", err)
		}
	})
}
