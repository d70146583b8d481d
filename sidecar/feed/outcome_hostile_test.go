package feed

import (
	"bytes"
	"context"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/fbsig"
)

// Attacks on POST /v1/based-outcome, over real HTTP on loopback. Each one must fail.

func hostileServer(t *testing.T) (*Server, *clock.Virtual) {
	t.Helper()
	clk := clock.NewVirtual(slotClock.SlotStart(buildSlot).Add(time.Second))
	return startServer(t, clk, func(c *ServerConfig) { c.OutcomeBuffer = 2048 }), clk
}

func notLanded(slot uint64) Outcome {
	return Outcome{L2ChainID: chainID, L1Slot: slot, Kind: bundle.OutcomeNotLanded, Reason: "l1_slot_missed", L2BlockNumber: 100}
}

func signedReport(t *testing.T, o Outcome, at time.Time) []byte {
	t.Helper()
	b, err := EncodeReport(o, at)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// expectNothingQueued fails when the server delivered an outcome.
func expectNothingQueued(t *testing.T, srv *Server) {
	t.Helper()
	select {
	case o := <-srv.Outcomes():
		t.Fatalf("delivered %+v", o)
	default:
	}
}

func TestHostileStrangerForgedNotLandedRefused(t *testing.T) {
	srv, clk := hostileServer(t)
	stranger, _ := crypto.GenerateKey()
	body := signedReport(t, notLanded(buildSlot), clk.Now())
	for _, tc := range []struct {
		name string
		key  bool
		code int
		want string
	}{
		{"signed by a stranger", true, http.StatusForbidden, "not an allowed sidecar"},
		{"unsigned", false, http.StatusUnauthorized, "X-Flashbots-Signature: missing"},
	} {
		key := stranger
		if !tc.key {
			key = nil
		}
		code, msg := postOutcome(t, srv.URL(), body, key)
		if code != tc.code || !strings.Contains(msg, tc.want) {
			t.Errorf("%s: %d %s, want %d naming %q", tc.name, code, msg, tc.code, tc.want)
		}
	}
	// The header claims the allowed sidecar, the signature is a stranger's.
	forged := bytes.Replace(body, []byte("l1_slot_missed"), []byte("l1_slot_MISSED"), 1)
	req, _ := http.NewRequest(http.MethodPost, srv.URL()+PathOutcome, bytes.NewReader(forged))
	req.Header.Set("X-Flashbots-Signature", sidecarAddr.Hex()+":0x"+strings.Repeat("11", 65))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("claimed allowed address, bad signature: %d", resp.StatusCode)
	}
	expectNothingQueued(t, srv)
}

func TestHostileFarFutureFloodDoesNotDisplaceReal(t *testing.T) {
	srv, clk := hostileServer(t)
	stranger, _ := crypto.GenerateKey()
	for i := range uint64(1100) {
		body := signedReport(t, notLanded(buildSlot+1000+i), clk.Now())
		if code, _ := postOutcome(t, srv.URL(), body, stranger); code != http.StatusForbidden {
			t.Fatalf("flood report %d: %d", i, code)
		}
	}
	// The allowed sidecar itself cannot report far-future slots either.
	code, msg := postOutcome(t, srv.URL(), signedReport(t, notLanded(buildSlot+1000), clk.Now()), sidecarKey)
	if code != http.StatusBadRequest || !strings.Contains(msg, "l1Slot") {
		t.Errorf("allowed sidecar, far-future slot: %d %s", code, msg)
	}
	expectNothingQueued(t, srv)
	genuine := notLanded(buildSlot)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := outcomeClient(t, srv.URL(), clk, sidecarKey).Report(ctx, genuine); err != nil {
		t.Fatalf("real report after the flood: %v", err)
	}
	if got := <-srv.Outcomes(); !reflect.DeepEqual(got, genuine) {
		t.Fatalf("delivered %+v, want %+v", got, genuine)
	}
	if n := metricValue(srv.m.refused.WithLabelValues(endpointOutcome, refusedForbidden)); n != 1100 {
		t.Errorf("refused as forbidden: %v, want 1100", n)
	}
}

func TestHostileReplayedOutcomeRefused(t *testing.T) {
	srv, clk := hostileServer(t)
	body := signedReport(t, notLanded(buildSlot), clk.Now())
	if code, msg := postOutcome(t, srv.URL(), body, sidecarKey); code != http.StatusOK {
		t.Fatalf("original: %d %s", code, msg)
	}
	<-srv.Outcomes()
	// A captured body and header, edited to another slot: the signature no longer matches.
	sig := signHeader(t, body)
	other := bytes.Replace(body, []byte(`"l1Slot":"0x1388"`), []byte(`"l1Slot":"0x1387"`), 1)
	if bytes.Equal(other, body) {
		t.Fatal("test body did not change")
	}
	if code, msg := postRaw(t, srv.URL(), other, sig); code != http.StatusUnauthorized || !strings.Contains(msg, "signature") {
		t.Errorf("same signature, another slot: %d %s", code, msg)
	}
	// The same body again: answered as a duplicate, never delivered twice.
	if code, msg := postRaw(t, srv.URL(), body, sig); code != http.StatusOK || !strings.Contains(msg, "duplicate") {
		t.Errorf("exact replay: %d %s", code, msg)
	}
	// Signed long ago, or in the future: outside the skew.
	for _, at := range []time.Time{clk.Now().Add(-31 * time.Second), clk.Now().Add(31 * time.Second)} {
		stale := signedReport(t, notLanded(buildSlot-1), at)
		if code, msg := postOutcome(t, srv.URL(), stale, sidecarKey); code != http.StatusUnauthorized || !strings.Contains(msg, "timestampMs") {
			t.Errorf("timestamp %s: %d %s", at, code, msg)
		}
	}
	// A signed body without a timestamp.
	plain := []byte(`{"l2ChainId":"0x28c59","l1Slot":"0x1388","outcome":"not_landed","l2BlockNumber":"0x1"}`)
	if code, msg := postOutcome(t, srv.URL(), plain, sidecarKey); code != http.StatusBadRequest || !strings.Contains(msg, "timestampMs: missing") {
		t.Errorf("no timestamp: %d %s", code, msg)
	}
	expectNothingQueued(t, srv)
}

func TestHostileAllowedSidecarBoundedPerSlot(t *testing.T) {
	srv, clk := hostileServer(t)
	for i := range uint64(4) {
		o := notLanded(buildSlot)
		o.L2BlockNumber = 100 + i
		if code, msg := postOutcome(t, srv.URL(), signedReport(t, o, clk.Now()), sidecarKey); code != http.StatusOK {
			t.Fatalf("report %d: %d %s", i, code, msg)
		}
	}
	fifth := notLanded(buildSlot)
	fifth.L2BlockNumber = 200
	if code, msg := postOutcome(t, srv.URL(), signedReport(t, fifth, clk.Now()), sidecarKey); code != http.StatusTooManyRequests || !strings.Contains(msg, "l1Slot") {
		t.Errorf("fifth report for the slot: %d %s", code, msg)
	}
	// Another slot is not affected.
	if code, msg := postOutcome(t, srv.URL(), signedReport(t, notLanded(buildSlot-1), clk.Now()), sidecarKey); code != http.StatusOK {
		t.Errorf("report for another slot: %d %s", code, msg)
	}
}

func signHeader(t *testing.T, body []byte) string {
	t.Helper()
	sig, err := fbsig.Sign(body, sidecarKey)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

func postRaw(t *testing.T, url string, body []byte, sig string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url+PathOutcome, bytes.NewReader(body))
	req.Header.Set("X-Flashbots-Signature", sig)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	_, _ = b.ReadFrom(resp.Body)
	return resp.StatusCode, b.String()
}
