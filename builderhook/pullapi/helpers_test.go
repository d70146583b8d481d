package pullapi

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"github.com/syncboost/syncboost/builderhook/pullstore"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/httpserver"
)

var (
	secret  = [32]byte{0x5e, 0xc2}
	parentF = common.HexToHash("0xf0f0000000000000000000000000000000000000000000000000000000000001")
	parentE = common.HexToHash("0xe0e0000000000000000000000000000000000000000000000000000000000002")
	uuidA   = bundle.ReplacementUUIDFor(1, 100)
	uuidB   = bundle.ReplacementUUIDFor(2, 100)
)

type recorder struct{ got chan SealedReport }

func (r *recorder) RecordSealed(_ context.Context, rep SealedReport) error {
	r.got <- rep
	return nil
}

type rig struct {
	store *pullstore.Store
	rec   *recorder
	srv   *Server
	clk   clock.Clock
}

func httpConfig() httpserver.Config {
	return httpserver.Config{
		Listen: "127.0.0.1:0", ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 5 * time.Second,
		WriteTimeout: 5 * time.Second, IdleTimeout: 5 * time.Second, MaxHeaderBytes: 8192, MaxBodyBytes: 1 << 20,
	}
}

func newRig(t *testing.T, clk clock.Clock, mutate func(*Config)) *rig {
	t.Helper()
	store, err := pullstore.New(pullstore.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig("127.0.0.1:0", secret)
	cfg.KeepAlive = time.Minute
	if mutate != nil {
		mutate(&cfg)
	}
	rec := &recorder{got: make(chan SealedReport, 4)}
	srv, err := New(cfg, Deps{Store: store, Recorder: rec, Clock: clk, Registry: prometheus.NewRegistry(), Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	return &rig{store: store, rec: rec, srv: srv, clk: clk}
}

// start runs h (the server's handler unless wrapped) on a loopback listener until cleanup.
func (r *rig) start(t *testing.T, h http.Handler) string {
	t.Helper()
	if h == nil {
		if err := r.srv.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { stop(t, r.srv.Stop) })
		return r.srv.URL()
	}
	hs, err := httpserver.New(httpConfig(), h, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := hs.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stop(t, func(ctx context.Context) error { return r.srv.Stop(ctx) }) // ends the streams
		stop(t, hs.Stop)
	})
	return hs.URL()
}

func stop(t *testing.T, f func(context.Context) error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := f(ctx); err != nil {
		t.Errorf("stop: %v", err)
	}
}

func (r *rig) client(t *testing.T, url string) *Client {
	t.Helper()
	c, err := NewClient(ClientConfig{
		URL: url, Secret: secret, Timeout: 5 * time.Second,
		Reconnect: clock.Backoff{Min: time.Millisecond, Max: 20 * time.Millisecond},
	}, r.clk)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func ab(uuid string, tx byte) bundle.AtomicBundle {
	return bundle.AtomicBundle{Txs: [][]byte{{0x02, 0xc1, tx}}, BlockNumber: 42, MinTimestamp: 1200, MaxTimestamp: 1200, ReplacementUUID: uuid}
}

func (r *rig) put(t *testing.T, slot uint64, parent common.Hash, b bundle.AtomicBundle) {
	t.Helper()
	if _, err := r.store.Put(slot, parent, b); err != nil {
		t.Fatal(err)
	}
}

// follow runs Client.Stream in a goroutine the test owns; events arrive on the channel.
func follow(t *testing.T, c *Client) <-chan Event {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	events := make(chan Event, 64)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = c.Stream(ctx, func(ev Event) error {
			select {
			case events <- ev:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	t.Cleanup(func() { cancel(); <-done })
	return events
}

func next(t *testing.T, events <-chan Event) Event {
	t.Helper()
	select {
	case ev := <-events:
		return ev
	case <-time.After(10 * time.Second):
		t.Fatal("no stream event within 10 s")
		return Event{}
	}
}
