package searcherapi

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/transport/fbsig"
	"github.com/syncboost/syncboost/transport/sse"
)

// eventsPath is the stream's path signed at the harness clock's start.
func eventsPath(h common.Hash) string {
	return "/v1/bundles/" + h.Hex() + "/events?signedAt=" + strconv.Itoa(testStart)
}

// openEvents opens the stream signed by key (over signPath, normally the request path).
func (h *harness) openEvents(key *ecdsa.PrivateKey, path, signPath, lastID string) *http.Response {
	h.t.Helper()
	req, err := http.NewRequest(http.MethodGet, h.url+path, nil)
	if err != nil {
		h.t.Fatal(err)
	}
	req.Header.Set(fbsig.Header, sign(h.t, []byte(signPath), key))
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func nextEvent(t *testing.T, r *sse.Reader) (StatusEvent, string) {
	t.Helper()
	ev, err := r.Next()
	if err != nil {
		t.Fatalf("next event: %v", err)
	}
	var se StatusEvent
	if ev.Type != "status" || json.Unmarshal(ev.Data, &se) != nil {
		t.Fatalf("event %+v", ev)
	}
	return se, ev.ID
}

func TestEventsStreamStatusChanges(t *testing.T) {
	ctx := context.Background()
	h := newHarness(t, nil)
	res := h.mustSend(alice, h.maker.Bundle(alice, 1, 2, 0))
	path := eventsPath(res.BundleHash)
	resp := h.openEvents(alice, path, path, "")
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("HTTP %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	r, err := sse.NewReader(resp.Body, 4096)
	if err != nil {
		t.Fatal(err)
	}
	if ev, id := nextEvent(t, r); ev.Status != bundle.StatusReceived || id != "1" {
		t.Fatalf("first event %+v id %s", ev, id)
	}
	for i, c := range []bundle.StatusChange{{Status: bundle.StatusSimulated}, {Status: bundle.StatusSubmitted, Reason: "2 relays"}, {Status: bundle.StatusLanded, L1BlockNumber: 9}} {
		if _, err := h.pool.SetStatus(ctx, res.BundleHash, c); err != nil {
			t.Fatal(err)
		}
		ev, id := nextEvent(t, r)
		if ev.Status != c.Status || ev.Reason != c.Reason || ev.Timestamp == 0 || id != string(rune('2'+i)) {
			t.Fatalf("event %+v id %s, want %+v", ev, id, c)
		}
	}
	if _, err := r.Next(); err != io.EOF {
		t.Fatalf("stream after landed: %v, want the end", err)
	}

	// resuming replays only what the client missed, then ends at the final status.
	again := h.openEvents(alice, path, path, "3")
	r2, _ := sse.NewReader(again.Body, 4096)
	if ev, id := nextEvent(t, r2); ev.Status != bundle.StatusLanded || id != "4" || ev.L1BlockNumber == nil || *ev.L1BlockNumber != 9 {
		t.Fatalf("resumed event %+v id %s", ev, id)
	}
}

func TestEventsAuthentication(t *testing.T) {
	h := newHarness(t, nil)
	res := h.mustSend(alice, h.maker.Bundle(alice, 1, 2, 0))
	path := eventsPath(res.BundleHash)
	other := eventsPath(common.Hash{1})
	for _, tc := range []struct {
		name     string
		key      *ecdsa.PrivateKey
		signed   string
		status   int
		wantCode int
	}{
		{"signed over another path", alice, other, http.StatusForbidden, CodeUnauthorized},
		{"another signer's bundle", bob, path, http.StatusNotFound, CodeNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := h.openEvents(tc.key, path, tc.signed, "")
			var r rpcResp
			if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != tc.status || r.Error == nil || r.Error.Code != tc.wantCode {
				t.Fatalf("HTTP %d %+v", resp.StatusCode, r.Error)
			}
		})
	}
	resp, err := http.Get(h.url + path)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("unsigned: HTTP %d", resp.StatusCode)
	}
}

// Stopping the server ends open streams instead of waiting for them.
func TestStopEndsStreams(t *testing.T) {
	h := newHarness(t, nil)
	res := h.mustSend(alice, h.maker.Bundle(alice, 1, 2, 0))
	path := eventsPath(res.BundleHash)
	resp := h.openEvents(alice, path, path, "")
	r, _ := sse.NewReader(resp.Body, 4096)
	nextEvent(t, r)
	if err := h.srv.Stop(context.Background()); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if _, err := r.Next(); err == nil {
		t.Fatal("stream still open after Stop")
	}
}
