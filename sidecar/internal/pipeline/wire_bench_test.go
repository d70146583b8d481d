package pipeline_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// wireSubmitter sends through relayapi to a loopback endpoint that accepts every bundle, so
// the benchmark's dead time ends where the docs say: the request's first byte on the wire.
type wireSubmitter struct{ s *relayapi.Submitter }

func newWireSubmitter(b *testing.B, clk clock.Clock) *wireSubmitter {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID,
			"result": map[string]string{"bundleHash": "0x00000000000000000000000000000000000000000000000000000000000000aa"}})
	}))
	b.Cleanup(srv.Close)
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("bench identity")))
	s, err := relayapi.New(relayapi.Config{SlotDuration: 12 * time.Second,
		Endpoints: []relayapi.Endpoint{{Name: "loopback", URL: srv.URL, Method: relayapi.MethodEthSendBundle, TimeoutBps: 1000}}},
		relayapi.Deps{Identity: key, Log: zerolog.Nop(), Clock: clk})
	must(b, err)
	b.Cleanup(func() { _ = s.Stop(context.Background()) })
	return &wireSubmitter{s: s}
}

func (w *wireSubmitter) Submit(ctx context.Context, b *bundle.AtomicBundle, all func(slots.Delivery)) slots.Delivery {
	f, err := w.s.Send(ctx, b, time.Time{})
	if err != nil {
		return slots.Delivery{}
	}
	p, _ := f.First(ctx)
	if all != nil {
		all(slots.Delivery{Accepted: p.Accepted, Failed: p.Failed, FirstByte: p.FirstByte, LastByte: p.FirstByte})
	}
	return slots.Delivery{Accepted: p.Accepted, Failed: p.Failed, FirstByte: p.FirstByte}
}

func (w *wireSubmitter) Cancel(context.Context, string) slots.Delivery { return slots.Delivery{} }
