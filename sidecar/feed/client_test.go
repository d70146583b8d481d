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

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/clock"
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

func TestRejectionsCarryTheirReason(t *testing.T) {
	s, other := newSeq(t), newSeq(t)
	otherDomain := bundle.Domain{ChainID: domain.ChainID, VerifyingContract: common.HexToAddress("0x0bad")}
	m100, m101 := s.msg(100), s.msg(101)
	badSig := s.msg(101)
	badSig.Certificate.Signature = bytes.Clone(badSig.Certificate.Signature)
	badSig.Certificate.Signature[64] = 29
	tests := []struct {
		name   string
		reason string
		frames func(t *testing.T) [][]byte
	}{
		{"malformed json", RejectMalformed, func(t *testing.T) [][]byte {
			return [][]byte{rawFrame(t, EventID(chainID, 101), []byte(`{"l2ChainId":`))}
		}},
		{"oversized event", RejectOversized, func(t *testing.T) [][]byte {
			return [][]byte{rawFrame(t, EventID(chainID, 101), bytes.Repeat([]byte("x"), 8<<10))}
		}},
		{"bad signature", RejectBadSignature, func(t *testing.T) [][]byte { return [][]byte{frame(t, badSig)} }},
		{"wrong domain", RejectWrongSigner, func(t *testing.T) [][]byte {
			m := s.msg(101)
			return [][]byte{frame(t, s.sign(m.SlotEnding, otherDomain))}
		}},
		{"wrong signer", RejectWrongSigner, func(t *testing.T) [][]byte { return [][]byte{frame(t, other.msg(101))} }},
		{"wrong chain", RejectWrongChain, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L2ChainID = 999 }))}
		}},
		{"not slot-ending", RejectNotSlotEnding, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.IsSlotEnding = false }))}
		}},
		{"stale slot", RejectStaleSlot, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L1Slot = buildSlot - 1 }))}
		}},
		{"future slot", RejectFutureSlot, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L1Slot = buildSlot + 1 }))}
		}},
		{"wrong parent", RejectWrongParent, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L1ParentHash = common.Hash{9} }))}
		}},
		{"duplicate", RejectDuplicate, func(t *testing.T) [][]byte { return [][]byte{frame(t, m101), frame(t, m101)} }},
		{"out of order", RejectOutOfOrder, func(t *testing.T) [][]byte { return [][]byte{frame(t, m101), frame(t, s.msg(99))} }},
		{"broken linkage", RejectBrokenLinkage, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L2ParentHash = common.Hash{7} }))}
		}},
		{"equivocation", RejectEquivocation, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, m101), frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L2BlockHash = common.Hash{8} }))}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// m100 first (accepted), the case's frames, then m102 as a sentinel:
			// once it arrives, every earlier frame has been judged.
			frames := append([][]byte{frame(t, m100)}, tc.frames(t)...)
			frames = append(frames, frame(t, s.msg(102)))
			rig := startClient(t, scripted(t, frames...).URL, s, newHead(), clock.Real{})
			var got []uint64
			for {
				m := rig.next(t)
				got = append(got, m.L2BlockNumber)
				if m.L2BlockNumber == 102 {
					break
				}
			}
			if rig.rejected(tc.reason) != 1 {
				t.Fatalf("rejected{%s} = %v; delivered %v", tc.reason, rig.rejected(tc.reason), got)
			}
			for _, n := range got {
				if n != 100 && n != 102 && !(n == 101 && (tc.reason == RejectDuplicate || tc.reason == RejectOutOfOrder || tc.reason == RejectEquivocation)) {
					t.Fatalf("delivered a rejected message: blocks %v", got)
				}
			}
		})
	}
}

// headFailingOnce fails its first BuildTarget, as a tracker whose beacon
// node is momentarily unreachable.
type headFailingOnce struct {
	*fakeHead
	once sync.Once
}

func (h *headFailingOnce) BuildTarget() (uint64, []common.Hash, error) {
	var err error
	h.once.Do(func() { err = errors.New("beacon node unreachable") })
	if err != nil {
		return 0, nil, err
	}
	return h.fakeHead.BuildTarget()
}

func TestHeadUnavailableAndImplicitSlotEnding(t *testing.T) {
	s := newSeq(t)
	implicit := func(seq uint32) func(*bundle.SlotEnding) {
		return func(m *bundle.SlotEnding) { m.IsSlotEnding, m.SeqIndex = seq != 4, seq }
	}
	frames := [][]byte{
		frame(t, s.msg(100, implicit(4))), // head unavailable
		frame(t, s.msg(101, implicit(3))), // flagged, but seqIndex 3 is not the slot-ending index
		frame(t, s.msg(102, implicit(4))), // accepted by the implicit rule
	}
	rig := startClient(t, scripted(t, frames...).URL, s, &headFailingOnce{fakeHead: newHead()}, clock.Real{}, func(c *ClientConfig) {
		c.Validator.ImplicitSlotEndingIndex = 4
	})
	if got := rig.next(t); got.L2BlockNumber != 102 {
		t.Fatalf("delivered block %d", got.L2BlockNumber)
	}
	if rig.rejected(RejectHeadUnavailable) != 1 || rig.rejected(RejectNotSlotEnding) != 1 {
		t.Fatalf("head_unavailable %v, not_slot_ending %v", rig.rejected(RejectHeadUnavailable), rig.rejected(RejectNotSlotEnding))
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
