package searcherapi

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/journal"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/transport/fbsig"
	"github.com/syncboost/syncboost/transport/httpserver"
)

const (
	l1Chain         = 1337
	l2Chain         = 167000
	nextSlot        = 100
	testHeaderBytes = 8 << 10
	testStart       = 1_763_712_000 // the server's virtual clock at start, unix seconds
)

var (
	alice = pooltest.Key(1)
	bob   = pooltest.Key(2)
)

type slots struct{ next atomic.Uint64 }

func (s *slots) NextSlot() uint64 { return s.next.Load() }

func testConfig() (Config, pool.Config) {
	return Config{
			HTTP: httpserver.Config{
				Listen: "127.0.0.1:0", ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
				WriteTimeout: 10 * time.Second, IdleTimeout: 30 * time.Second,
				MaxHeaderBytes: testHeaderBytes, MaxBodyBytes: 256 << 10,
			},
			L1ChainID: l1Chain, L2ChainIDs: []uint64{l2Chain}, Limits: pooltest.Limits(),
			RatePerSecond: 10_000, RateBurst: 10_000, MaxBatch: 10, MaxSlotsAhead: 8, KeepAlive: time.Minute,
			RatePerIP: 100_000, RateBurstPerIP: 100_000, L1ReadTimeout: 5 * time.Second,
			Calls: CallLimits{PerIdentity: 10_000, PerIdentityBurst: 10_000, Fresh: 10_000, FreshBurst: 10_000,
				Total: 20_000, TotalBurst: 20_000, RetryAfter: time.Second},
			ReplayWindow: DefaultReplayWindow, MaxSeenRequests: 100_000,
			MaxUnverifiedBodies: DefaultMaxUnverifiedBodies, MaxUnverifiedPerIP: DefaultMaxUnverifiedPerIP, MaxStreamsPerIdentity: DefaultMaxStreamsPerIdentity,
			MaxStreams: DefaultMaxStreams, MaxWatchers: DefaultMaxWatchers,
		},
		pool.Config{MaxLive: 10_000, MaxPerSignerSlot: 1000, Retention: time.Hour, MaxFinished: 10_000}
}

// harness is a real server on loopback over a real pool and journal.
type harness struct {
	t     testing.TB
	srv   *Server
	pool  *pool.Memory
	slots *slots
	reg   *prometheus.Registry
	maker *pooltest.Maker
	url   string
	clock *clock.Virtual // the server's clock: rate limits and the replay window

	sentMu sync.Mutex
	sent   map[sentKey]common.Hash
}

type sentKey struct {
	who common.Address
	i   int
}

// remember and prevHash track which bundle a signer sent i-th, for tests that check later.
func (h *harness) remember(key *ecdsa.PrivateKey, i int, hash common.Hash) {
	h.sentMu.Lock()
	defer h.sentMu.Unlock()
	if h.sent == nil {
		h.sent = map[sentKey]common.Hash{}
	}
	h.sent[sentKey{pooltest.Addr(key), i}] = hash
}

func (h *harness) prevHash(key *ecdsa.PrivateKey, i int) common.Hash {
	h.sentMu.Lock()
	defer h.sentMu.Unlock()
	return h.sent[sentKey{pooltest.Addr(key), i}]
}

func newHarness(t testing.TB, mutate func(*Config, *pool.Config)) *harness {
	t.Helper()
	cfg, pcfg := testConfig()
	if mutate != nil {
		mutate(&cfg, &pcfg)
	}
	return startHarness(t, cfg, pcfg, t.TempDir())
}

func startHarness(t testing.TB, cfg Config, pcfg pool.Config, dir string) *harness {
	t.Helper()
	return startHarnessWith(t, cfg, pcfg, dir, nil)
}

func startHarnessWith(t testing.TB, cfg Config, pcfg pool.Config, dir string, sim Simulator) *harness {
	t.Helper()
	return startHarnessDeps(t, cfg, pcfg, dir, func(d *Deps) { d.Sim = sim })
}

// startHarnessDeps starts a harness whose server deps edit changes (edit may be nil).
func startHarnessDeps(t testing.TB, cfg Config, pcfg pool.Config, dir string, edit func(*Deps)) *harness {
	t.Helper()
	return startHarnessQuotas(t, cfg, pcfg, dir, nil, edit)
}

// startHarnessQuotas is startHarnessDeps with the pool's per-signer quotas (nil: none).
func startHarnessQuotas(t testing.TB, cfg Config, pcfg pool.Config, dir string, q pool.Quotas, edit func(*Deps)) *harness {
	t.Helper()
	reg := prometheus.NewRegistry()
	j, err := journal.Open(journal.Config{Dir: dir}, zerolog.Nop(), reg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = j.Close() })
	p, err := pool.New(pcfg, pool.Deps{Journal: j, Registry: reg, Quotas: q})
	if err != nil {
		t.Fatal(err)
	}
	sl := &slots{}
	sl.next.Store(nextSlot)
	clk := clock.NewVirtual(time.Unix(testStart, 0))
	deps := Deps{Pool: p, Slots: sl, Log: zerolog.Nop(), Registry: reg, Now: clk.Now}
	if edit != nil {
		edit(&deps)
	}
	srv, err := New(cfg, deps)
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Stop(ctx)
	})
	return &harness{t: t, srv: srv, pool: p, slots: sl, reg: reg, maker: pooltest.NewMaker(l1Chain, l2Chain), url: srv.URL(), clock: clk}
}

type rpcResp struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result"`
	Error   *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    struct {
			Field  string `json:"field"`
			Reason string `json:"reason"`
		} `json:"data"`
	} `json:"error"`
}

// post sends body with the given signature header ("" for none).
func (h *harness) post(body []byte, header string) (int, []byte) {
	h.t.Helper()
	status, _, out := h.postVia(http.DefaultClient, body, header)
	return status, out
}

// postVia is post through client, also returning the response headers.
func (h *harness) postVia(client *http.Client, body []byte, header string) (int, http.Header, []byte) {
	h.t.Helper()
	req, err := http.NewRequest(http.MethodPost, h.url+"/", bytes.NewReader(body))
	if err != nil {
		h.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if header != "" {
		req.Header.Set(fbsig.Header, header)
	}
	resp, err := client.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		h.t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, out
}

func sign(t testing.TB, body []byte, key *ecdsa.PrivateKey) string {
	t.Helper()
	h, err := fbsig.Sign(body, key)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// rpcIDs numbers the test requests, so two calls with the same params are distinct requests
// (the server refuses an exact replay of a state-changing one).
var rpcIDs atomic.Int64

func rpcBody(t testing.TB, method string, params ...any) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": rpcIDs.Add(1), "method": method, "params": params})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// call signs and sends one call and decodes the single response.
func (h *harness) call(key *ecdsa.PrivateKey, method string, params ...any) rpcResp {
	h.t.Helper()
	return h.callRaw(key, rpcBody(h.t, method, params...))
}

func (h *harness) callRaw(key *ecdsa.PrivateKey, body []byte) rpcResp {
	h.t.Helper()
	_, out := h.post(body, sign(h.t, body, key))
	var r rpcResp
	if err := json.Unmarshal(out, &r); err != nil {
		h.t.Fatalf("response %q: %v", out, err)
	}
	return r
}

// send signs b as sent now (signedAt is set when b has none).
func (h *harness) send(key *ecdsa.PrivateKey, b *bundle.ComposableBundle) rpcResp {
	h.t.Helper()
	if b.SignedAt == 0 {
		b.SignedAt = h.signedAt()
	}
	return h.call(key, bundle.MethodSendBundle, b)
}

// signedAt is the server's clock now, as a request's signedAt.
func (h *harness) signedAt() uint64 { return uint64(h.clock.Now().Unix()) }

// cancelParams are based_cancelBundle's params for uuid up to nonce, signed now.
func (h *harness) cancelParams(uuid string, nonce uint64) map[string]any {
	return map[string]any{"replacementUuid": uuid, "replacementNonce": nonce, "signedAt": h.signedAt()}
}

// cancel cancels uuid up to nonce.
func (h *harness) cancel(key *ecdsa.PrivateKey, uuid string, nonce uint64) rpcResp {
	h.t.Helper()
	return h.call(key, bundle.MethodCancelBundle, h.cancelParams(uuid, nonce))
}

// mustSend sends b and requires acceptance.
func (h *harness) mustSend(key *ecdsa.PrivateKey, b *bundle.ComposableBundle) SendResult {
	h.t.Helper()
	r := h.send(key, b)
	if r.Error != nil {
		h.t.Fatalf("based_sendBundle refused: %+v", *r.Error)
	}
	var res SendResult
	if err := json.Unmarshal(r.Result, &res); err != nil {
		h.t.Fatal(err)
	}
	return res
}

func (h *harness) status(key *ecdsa.PrivateKey, hash any) (StatusResult, rpcResp) {
	h.t.Helper()
	r := h.call(key, bundle.MethodGetBundleStatus, hash)
	var st StatusResult
	if r.Error == nil {
		if err := json.Unmarshal(r.Result, &st); err != nil {
			h.t.Fatal(err)
		}
	}
	return st, r
}

// counter reads a counter or gauge with the given labels from the registry.
func (h *harness) counter(name string, labels map[string]string) float64 {
	h.t.Helper()
	mfs, err := h.reg.Gather()
	if err != nil {
		h.t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	next:
		for _, m := range mf.GetMetric() {
			for _, lp := range m.GetLabel() {
				if v, ok := labels[lp.GetName()]; ok && v != lp.GetValue() {
					continue next
				}
			}
			if m.Counter != nil {
				return m.GetCounter().GetValue()
			}
			return m.GetGauge().GetValue()
		}
	}
	return 0
}
