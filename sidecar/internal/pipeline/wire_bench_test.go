package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// wireEndpoints is how many loopback endpoints the benchmark sends to: a builder operator
// sends to a few builders and relays, and the dead time to all of them ends at the last one.
const wireEndpoints = 3

// wireSubmitter sends through relayapi to loopback endpoints that accept every bundle, so
// the benchmark's dead time ends where the docs say: the request's first byte on the wire.
type wireSubmitter struct {
	s     *relayapi.Submitter
	watch sync.WaitGroup // the goroutines reporting the whole fan-out
}

func newWireSubmitter(b *testing.B, clk clock.Clock) *wireSubmitter {
	var endpoints []relayapi.Endpoint
	for i := range wireEndpoints {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			var req struct {
				ID json.RawMessage `json:"id"`
			}
			_ = json.NewDecoder(r.Body).Decode(&req)
			_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID,
				"result": map[string]string{"bundleHash": "0x00000000000000000000000000000000000000000000000000000000000000aa"}})
		}))
		b.Cleanup(srv.Close)
		endpoints = append(endpoints, relayapi.Endpoint{Name: fmt.Sprintf("loopback%d", i), URL: srv.URL, Method: relayapi.MethodEthSendBundle, TimeoutBps: 1000})
	}
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("bench identity")))
	s, err := relayapi.New(relayapi.Config{SlotDuration: 12 * time.Second, Endpoints: endpoints},
		relayapi.Deps{Identity: key, Log: zerolog.Nop(), Clock: clk})
	must(b, err)
	w := &wireSubmitter{s: s}
	b.Cleanup(func() {
		_ = s.Stop(context.Background())
		w.watch.Wait()
	})
	return w
}

// Submit returns at the first acceptance, as the sidecar's submitter does, and reports the
// whole fan-out (the last endpoint's first byte) to all once every endpoint answered.
func (w *wireSubmitter) Submit(ctx context.Context, b *bundle.AtomicBundle, all func(slots.Delivery)) slots.Delivery {
	f, err := w.s.Send(ctx, b, time.Time{})
	if err != nil {
		if all != nil {
			all(slots.Delivery{})
		}
		return slots.Delivery{}
	}
	if all != nil {
		w.watch.Go(func() {
			rep, _ := f.Wait(context.WithoutCancel(ctx))
			all(slots.Delivery{Accepted: rep.Accepted, Failed: rep.Failed, FirstByte: rep.FirstByte, LastByte: rep.LastFirstByte})
		})
	}
	p, _ := f.First(ctx)
	return slots.Delivery{Accepted: p.Accepted, Failed: p.Failed, FirstByte: p.FirstByte}
}

func (w *wireSubmitter) Cancel(context.Context, string) slots.Delivery { return slots.Delivery{} }
