package searcherclient_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/searcherclient"
	"github.com/syncboost/syncboost/sidecar"
	"github.com/syncboost/syncboost/sidecar/config"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
)

// sidecarAPI is the sidecar's own searcher API, built by sidecar.Build from config.example.toml
// (journal, pool, reputation, the real server) and started on a loopback port of its own. Its
// L1 is a JSON-RPC endpoint that answers the reads intake makes (basedNonce, balances and
// nonces of senders): every account is fresh and rich. Nothing else of the sidecar runs, so the
// next slot is 0 and based_callBundle has no slot-ending message.
type sidecarAPI struct {
	app    *sidecar.App
	url    string
	chains bundle.Chains
}

func startSidecar(t *testing.T) *sidecarAPI {
	t.Helper()
	l1 := httptest.NewServer(http.HandlerFunc(freshL1))
	t.Cleanup(l1.Close)
	cfg, err := config.Load(config.Sources{Path: "../config.example.toml", Environ: []string{
		"SYNCBOOST_JOURNAL_DIR=" + t.TempDir(), "SYNCBOOST_METRICS_LISTEN=127.0.0.1:0", "SYNCBOOST_SEARCHER_API_LISTEN=127.0.0.1:0"}})
	if err != nil {
		t.Fatal(err)
	}
	cfg.L1.RPCURL = l1.URL
	app, err := sidecar.Build(cfg, sidecar.Deps{Log: zerolog.Nop(), Registry: prometheus.NewRegistry(), Clock: clock.Real{}},
		lifecycle.NewSupervisor(zerolog.Nop()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(app.Close)
	if err := app.Searcher.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = app.Searcher.Stop(ctx)
	})
	key, err := cfg.L1.Key.PrivateKey()
	if err != nil {
		t.Fatal(err)
	}
	return &sidecarAPI{app: app, url: app.Searcher.URL() + "/", chains: bundle.Chains{L1: cfg.L1.ChainID, L2: cfg.L2.ChainID,
		Inbox: cfg.Inbox.ContractAddress(), Submitter: crypto.PubkeyToAddress(key.PublicKey)}}
}

// freshL1 answers eth_call (basedNonce() is 0), eth_getBalance (1000 ether) and
// eth_getTransactionCount (0).
func freshL1(w http.ResponseWriter, r *http.Request) {
	var req struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
	}
	body, _ := io.ReadAll(r.Body)
	_ = json.Unmarshal(body, &req)
	result := map[string]any{"eth_call": hexutil.Bytes(make([]byte, 32)),
		"eth_getBalance": (*hexutil.Big)(new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))), "eth_getTransactionCount": "0x0"}[req.Method]
	reply := map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": result}
	if result == nil {
		reply = map[string]any{"jsonrpc": "2.0", "id": req.ID, "error": map[string]any{"code": -32601, "message": req.Method}}
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(reply)
}

func key(t testing.TB, name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("searcherclient server test " + name)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func (s *sidecarAPI) client(t *testing.T, identity string, edit ...func(*searcherclient.Config)) *searcherclient.Client {
	t.Helper()
	cfg := searcherclient.Config{URL: s.url, Identity: key(t, identity), L1ChainID: s.chains.L1, L2ChainID: s.chains.L2,
		Inbox: s.chains.Inbox, Submitter: s.chains.Submitter}
	for _, e := range edit {
		e(&cfg)
	}
	c, err := searcherclient.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// l2Bundle is a bundle of one L2 transfer (nonce n) for slot, fees far over any floor.
func (s *sidecarAPI) l2Bundle(t *testing.T, from *ecdsa.PrivateKey, slot, n uint64) *bundle.ComposableBundle {
	t.Helper()
	chain := new(big.Int).SetUint64(s.chains.L2)
	to := common.Address{0x42}
	tx := types.MustSignNewTx(from, types.LatestSignerForChainID(chain), &types.DynamicFeeTx{ChainID: chain, Nonce: n, Gas: 21_000,
		GasTipCap: big.NewInt(100e9), GasFeeCap: big.NewInt(200e9), To: &to, Value: big.NewInt(1)})
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return &bundle.ComposableBundle{L1Slot: slot, L2Txs: [][]byte{raw}}
}

// withCalls adds a pre-call and a post-call of account (nonces 0 and 1) and an assertion.
func withCalls(b *bundle.ComposableBundle, account common.Address) *bundle.ComposableBundle {
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	call := func(data string, nonce uint64) bundle.SignedCall {
		return bundle.SignedCall{Account: account, Call: bundle.BasedCall{Target: common.Address{0xde, 0x30},
			Data: hexutil.MustDecode(data), Value: big.NewInt(1e9), Nonce: nonce, Deadline: deadline}}
	}
	b.PreCalls = []bundle.SignedCall{call("0xf83d08ba", 0)}
	b.PostCalls = []bundle.SignedCall{call("0x86d1a69f", 1)}
	b.Assertions = []bundle.Assertion{{Target: common.Address{0xde, 0x30}, Data: hexutil.MustDecode("0x9a8a0592"), Expect: common.Hash{1}}}
	return b
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func wantErr(t *testing.T, err error, code int, reason, field string) *searcherclient.Error {
	t.Helper()
	e, ok := searcherclient.AsError(err)
	if !ok || e.Code != code || e.Reason != reason || e.Field != field {
		t.Fatalf("error %v (%#v), want code %d reason %q field %q", err, e, code, reason, field)
	}
	if !strings.Contains(err.Error(), e.Method+": ") {
		t.Fatalf("error %q does not name the method", err)
	}
	return e
}
