package relayapi

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/flashbots/go-utils/signature"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/bundle"
)

// waitLimit only guards against a hung test; nothing waits for it to pass.
const waitLimit = 10 * time.Second

func testKey(t testing.TB, label string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(label)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// sampleBundle is a three-transaction atomic bundle of real signed transactions.
func sampleBundle(t testing.TB) *bundle.AtomicBundle {
	t.Helper()
	key := testKey(t, "searcher")
	signer := types.LatestSignerForChainID(big.NewInt(1))
	to := common.HexToAddress("0x00000000000000000000000000000000000b1b0c")
	b := &bundle.AtomicBundle{BlockNumber: 101, MinTimestamp: 1_700_000_012, MaxTimestamp: 1_700_000_012,
		ReplacementUUID: bundle.ReplacementUUIDFor(167001, 42)}
	for i := range 3 {
		tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: uint64(i),
			GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(3e10), Gas: 100_000, To: &to, Data: []byte{byte(i)}})
		raw, err := tx.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		b.Txs = append(b.Txs, raw)
	}
	return b
}

// received is one request as an endpoint saw it, with the X-Flashbots-Signature checked by
// flashbots/go-utils, the relays' own verification code.
type received struct {
	method string
	id     json.RawMessage
	params json.RawMessage // params[0]
	body   []byte
	header http.Header
	signer common.Address
	sigErr error
}

type responder func(w http.ResponseWriter, r received)

// endpoint is a loopback JSON-RPC server that records every request.
type endpoint struct {
	srv  *httptest.Server
	got  chan received
	hits atomic.Int32
}

func newEndpoint(t *testing.T, respond responder) *endpoint {
	t.Helper()
	e := &endpoint{got: make(chan received, 16)}
	e.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		e.hits.Add(1)
		body, _ := io.ReadAll(req.Body)
		r := received{body: body, header: req.Header.Clone()}
		r.signer, r.sigErr = signature.Verify(req.Header.Get(signature.HTTPHeader), body)
		var env struct {
			Method string            `json:"method"`
			ID     json.RawMessage   `json:"id"`
			Params []json.RawMessage `json:"params"`
		}
		if err := json.Unmarshal(body, &env); err == nil && len(env.Params) == 1 {
			r.method, r.id, r.params = env.Method, env.ID, env.Params[0]
		}
		e.got <- r
		respond(w, r)
	}))
	t.Cleanup(e.srv.Close)
	return e
}

// next returns the next request the endpoint received.
func (e *endpoint) next(t *testing.T) received {
	t.Helper()
	select {
	case r := <-e.got:
		return r
	case <-time.After(waitLimit):
		t.Fatal("endpoint received nothing")
		return received{}
	}
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}

// answerHash answers eth_sendBundle / mev_sendBundle with the hash it computes itself from the
// transactions it received, and eth_cancelBundle with 200, as Titan does.
func answerHash(w http.ResponseWriter, r received) {
	var hashes []byte
	switch Method(r.method) {
	case MethodEthSendBundle:
		b, err := bundle.DecodeAtomicBundle(r.params)
		if err != nil {
			writeJSON(w, 400, fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"error":{"code":-32602,"message":%q}}`, r.id, err))
			return
		}
		h := b.Hash()
		hashes = h[:]
	case MethodMevSendBundle:
		var a MevSendBundleArgs
		_ = json.Unmarshal(r.params, &a)
		var cat []byte
		for _, item := range a.Body {
			cat = append(cat, bundle.RawTxHash(item.Tx).Bytes()...)
		}
		hashes = crypto.Keccak256(cat)
	default:
		writeJSON(w, 200, fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":200}`, r.id))
		return
	}
	writeJSON(w, 200, fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":{"bundleHash":"%#x"}}`, r.id, hashes))
}

func answerStatus(status int) responder {
	return func(w http.ResponseWriter, _ received) { writeJSON(w, status, `internal error`) }
}

func answerRPCError(code int, msg string) responder {
	return func(w http.ResponseWriter, r received) {
		writeJSON(w, 200, fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"error":{"code":%d,"message":%q}}`, r.id, code, msg))
	}
}

func answerRaw(status int, body string) responder {
	return func(w http.ResponseWriter, _ received) { writeJSON(w, status, body) }
}

// blocker holds its requests until the test ends: release is closed at cleanup, before the
// server closes (cleanups run last-registered first), and exited is closed when the handler
// returns.
type blocker struct {
	release chan struct{}
	exited  chan struct{}
}

func newSlowEndpoint(t *testing.T) (*endpoint, *blocker) {
	t.Helper()
	b := &blocker{release: make(chan struct{}), exited: make(chan struct{})}
	e := newEndpoint(t, func(http.ResponseWriter, received) {
		defer close(b.exited)
		<-b.release
	})
	t.Cleanup(func() { close(b.release) })
	return e, b
}

// metricValue sums a counter's value, or a histogram's observation count, over the series of
// name whose labels include want.
func metricValue(t *testing.T, reg *prometheus.Registry, name string, want map[string]string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
	series:
		for _, m := range f.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			for k, v := range want {
				if labels[k] != v {
					continue series
				}
			}
			sum += m.GetCounter().GetValue() + float64(m.GetHistogram().GetSampleCount())
		}
	}
	return sum
}
