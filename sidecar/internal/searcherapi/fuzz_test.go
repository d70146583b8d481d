package searcherapi

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/transport/fbsig"
)

// FuzzDecodeRequests: the envelope decoder never panics and whatever it accepts is a
// bounded, non-empty list of calls.
func FuzzDecodeRequests(f *testing.F) {
	for _, s := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"based_sendBundle","params":[{}]}`,
		`[{"jsonrpc":"2.0","id":"x","method":"m"},{"jsonrpc":"2.0","method":"n"}]`,
		`[]`, `[1]`, `{"id":{}}`, ` {"jsonrpc":"2.0","id":-1e3,"method":"m"}`, `null`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		calls, _, err := decodeRequests(body, 10)
		if err != nil {
			if err.Message == "" {
				t.Fatal("error without a message")
			}
			return
		}
		if len(calls) == 0 || len(calls) > 10 {
			t.Fatalf("%d calls", len(calls))
		}
		for _, c := range calls {
			if c.err == nil && (c.req.JSONRPC != "2.0" || c.req.Method == "") {
				t.Fatalf("accepted %+v", c.req)
			}
		}
	})
}

// FuzzSendBundle drives based_sendBundle through the real handler with a valid signature over
// fuzzed params: the answer is always one well-formed JSON-RPC response, and never our fault.
func FuzzSendBundle(f *testing.F) {
	m := pooltest.NewMaker(l1Chain, l2Chain)
	b := m.Bundle(alice, 1, 2, 1)
	b.SignedAt = testStart
	good, _ := json.Marshal(b)
	f.Add(good)
	f.Add([]byte(`{"l2ChainId":"0x28c58","l2Txs":["0x02"],"assertions":[{"target":"0x00","data":"0x","expect":"0x"}]}`))
	f.Add([]byte(`{"l2ChainId":1e99}`))
	f.Add([]byte(`{"l2ChainId":"0x28c58","l1Slot":"0xffffffffffffffff","replacementUuid":"x"}`))
	f.Add([]byte(`{"l2ChainId":"0x28c58","signedAt":"0x6920a3c0"}`))
	f.Add([]byte(`{"signedAt":-1}`))
	withCalls := m.Bundle(alice, 0, 1, 0)
	withCalls.L1Slot, withCalls.SignedAt = nextSlot, testStart
	withCalls.PreCalls = []bundle.SignedCall{signCall(f, victim, nextSlot, 3, testStart+60)}
	good, _ = json.Marshal(withCalls)
	f.Add(good)
	fuzzMethod(f, "based_sendBundle")
}

// FuzzCancelBundle: based_cancelBundle's params (uuid, the nonce it ends, signedAt).
func FuzzCancelBundle(f *testing.F) {
	f.Add([]byte(`{"replacementUuid":"00000000-0000-4000-8000-000000000001","replacementNonce":"0x1","signedAt":1763712000}`))
	f.Add([]byte(`{"replacementUuid":"x","replacementNonce":-1,"signedAt":"0x"}`))
	f.Add([]byte(`{"replacementUuid":"x","signedAt":1763712000}`))
	f.Add([]byte(`{"replacementNonce":1e99}`))
	f.Add([]byte(`"x"`))
	fuzzMethod(f, "based_cancelBundle")
}

// fuzzMethod posts fuzzed params to method through the real handler, signed, and checks the
// answer is one well-formed JSON-RPC response that is never our fault.
func fuzzMethod(f *testing.F, method string) {
	cfg, pcfg := testConfig()
	p, err := pool.New(pcfg, pool.Deps{})
	if err != nil {
		f.Fatal(err)
	}
	sl := &slots{}
	sl.next.Store(nextSlot)
	clk := clock.NewVirtual(time.Unix(testStart, 0))
	srv, err := New(cfg, Deps{Pool: p, Slots: sl, Log: zerolog.Nop(), Now: clk.Now})
	if err != nil {
		f.Fatal(err)
	}
	handler := srv.Handler()
	f.Fuzz(func(t *testing.T, params []byte) {
		body := append(append([]byte(`{"jsonrpc":"2.0","id":7,"method":"`+method+`","params":[`), params...), "]}"...)
		req := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader(body))
		req.Header.Set(fbsig.Header, sign(t, body, alice))
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		var r rpcResp
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
			t.Fatalf("response %q: %v", rec.Body.Bytes(), err)
		}
		if (r.Error == nil) == (r.Result == nil) {
			t.Fatalf("response has both or neither result and error: %s", rec.Body.Bytes())
		}
		if r.Error != nil && (r.Error.Code == CodeInternal || r.Error.Message == "") {
			t.Fatalf("error %+v for params %q", *r.Error, params)
		}
	})
}

// FuzzEventsSignedAt: the signedAt of an event stream's path is refused with the field named,
// or accepted only inside the window.
func FuzzEventsSignedAt(f *testing.F) {
	for _, s := range []string{"1763712000", "", "0", "-1", "0x10", "18446744073709551616", "1763711969"} {
		f.Add(s)
	}
	cfg, _ := testConfig()
	srv := &Server{cfg: cfg}
	now := time.Unix(testStart, 0)
	f.Fuzz(func(t *testing.T, q string) {
		e := srv.pathSignedAt(q, now)
		at, err := strconv.ParseUint(q, 10, 64)
		inside := err == nil && at != 0 && int64(at) >= now.Add(-cfg.ReplayWindow).Unix() && int64(at) <= now.Add(cfg.ReplayWindow).Unix()
		if (e == nil) != inside {
			t.Fatalf("signedAt %q: %+v, inside window %v", q, e, inside)
		}
		if e != nil && e.Data.Field != fieldSignedAt {
			t.Fatalf("signedAt %q: error names %q", q, e.Data.Field)
		}
	})
}
