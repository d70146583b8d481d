package relayapi

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// seen is what a heldReader handler observed on entry, before it read the body.
type seen struct {
	at     time.Time
	remote string
}

// heldHash is what a heldReader answers; decoding a large bundle again would only slow the test.
var heldHash = common.HexToHash("0xb0")

// heldReader is an endpoint whose handler reports when it saw a request, then does not read
// the body until the test releases it.
type heldReader struct {
	srv     *httptest.Server
	seen    chan seen
	release chan struct{}
}

func newHeldReader(t *testing.T, tls bool) *heldReader {
	t.Helper()
	h := &heldReader{seen: make(chan seen, 4), release: make(chan struct{}, 4)}
	handler := http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		h.seen <- seen{at: time.Now(), remote: req.RemoteAddr}
		select {
		case <-h.release:
		case <-req.Context().Done():
			return
		}
		body, _ := io.ReadAll(req.Body)
		writeJSON(w, 200, fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":{"bundleHash":"%#x"}}`, idOf(body), heldHash))
	})
	if tls {
		h.srv = httptest.NewTLSServer(handler)
	} else {
		h.srv = httptest.NewServer(handler)
	}
	t.Cleanup(h.srv.Close)
	return h
}

// next returns what the handler saw of the next request.
func (h *heldReader) next(t *testing.T) seen {
	t.Helper()
	select {
	case s := <-h.seen:
		return s
	case <-time.After(waitLimit):
		t.Fatal("endpoint received nothing")
		return seen{}
	}
}

// bigBundle carries one transaction far larger than loopback socket buffers, so that its last
// byte cannot be written before the endpoint reads the body.
func bigBundle(t *testing.T) *bundle.AtomicBundle {
	t.Helper()
	b := sampleBundle(t)
	b.Txs = append(b.Txs, make([]byte, 2<<20))
	return b
}

// sendAsync runs SendBundle in the background and hands over its results.
func sendAsync(t *testing.T, s *Submitter, b *bundle.AtomicBundle) <-chan []Result {
	t.Helper()
	done := make(chan []Result, 1)
	go func() {
		res, err := s.SendBundle(context.Background(), b, time.Time{})
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	return done
}

func results(t *testing.T, done <-chan []Result) []Result {
	t.Helper()
	select {
	case res := <-done:
		return res
	case <-time.After(waitLimit):
		t.Fatal("SendBundle did not return")
		return nil
	}
}

// The promise: FirstByte is the first byte on the wire, known while the endpoint has not read
// the body, not after the last byte (which here waits for the endpoint to read it).
func TestFirstByteIsTakenBeforeTheBodyIsRead(t *testing.T) {
	h := newHeldReader(t, false)
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "e", URL: h.srv.URL, Method: MethodEthSendBundle, Timeout: time.Minute}}}, Deps{})
	f, err := s.Send(context.Background(), bigBundle(t), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	saw := h.next(t)
	live := f.Progress().FirstByte // the handler has not read the body yet
	h.release <- struct{}{}
	rep := waitReport(t, f)
	r := rep.Results[0]
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if live.IsZero() || live.After(saw.at) || live.Before(r.Start) {
		t.Fatalf("first byte at %s while the body was unread, want between the start %s and the handler's entry %s", live, r.Start, saw.at)
	}
	if !r.FirstByte.Equal(live) || !rep.LastFirstByte.Equal(live) {
		t.Fatalf("result's first byte %s, last first byte %s, want both %s", r.FirstByte, rep.LastFirstByte, live)
	}
}

// A request on a kept-alive connection gets its own FirstByte: the hook is armed per request.
func TestFirstByteOnAReusedConnection(t *testing.T) {
	h := newHeldReader(t, false)
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "e", URL: h.srv.URL, Method: MethodEthSendBundle, Timeout: time.Minute}}}, Deps{})
	var got [2]Result
	var saw [2]seen
	for i := range got {
		done := sendAsync(t, s, sampleBundle(t))
		saw[i] = h.next(t)
		h.release <- struct{}{}
		got[i] = results(t, done)[0]
		if got[i].Err != nil {
			t.Fatal(got[i].Err)
		}
	}
	if saw[0].remote != saw[1].remote {
		t.Fatalf("requests came from %s and %s, want one kept-alive connection", saw[0].remote, saw[1].remote)
	}
	first, second := got[0], got[1]
	end := first.Start.Add(first.Latency)
	if second.FirstByte.IsZero() || second.FirstByte.Before(end) || second.FirstByte.After(saw[1].at) {
		t.Fatalf("second request's first byte at %s, want after the first's answer %s and by the handler's entry %s",
			second.FirstByte, end, saw[1].at)
	}
}

// Over TLS GotConn yields the tls.Conn, not a hookConn: FirstByte falls back to WroteHeaders.
func TestFirstByteOverTLSFallsBackToWroteHeaders(t *testing.T) {
	h := newHeldReader(t, true)
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "e", URL: h.srv.URL, Method: MethodEthSendBundle, Timeout: time.Minute}}},
		Deps{Transport: h.srv.Client().Transport})
	done := sendAsync(t, s, sampleBundle(t))
	saw := h.next(t)
	h.release <- struct{}{}
	r := results(t, done)[0]
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if r.FirstByte.IsZero() || r.FirstByte.After(saw.at) {
		t.Fatalf("first byte at %s, want set by the handler's entry %s", r.FirstByte, saw.at)
	}
}

func idOf(body []byte) json.RawMessage {
	var env struct {
		ID json.RawMessage `json:"id"`
	}
	_ = json.Unmarshal(body, &env)
	return env.ID
}

// A hook fires once, on the first Write after it was armed; a request that ended without
// writing leaves nothing behind, and disarming never removes another request's hook.
func TestHookConnFiresOncePerArming(t *testing.T) {
	client, server := net.Pipe()
	t.Cleanup(func() { _ = client.Close(); _ = server.Close() })
	go func() { _, _ = io.Copy(io.Discard, server) }()
	c := &hookConn{Conn: client}
	var fired []string
	a, b := func() { fired = append(fired, "a") }, func() { fired = append(fired, "b") }
	write := func() {
		if _, err := c.Write([]byte("x")); err != nil {
			t.Fatal(err)
		}
	}
	c.arm(&a)
	write()
	write()
	c.arm(&a)
	c.disarm(&a)
	write()
	c.arm(&b)
	c.disarm(&a)
	write()
	if want := []string{"a", "b"}; !slices.Equal(fired, want) {
		t.Fatalf("hooks fired %v, want %v", fired, want)
	}
}
