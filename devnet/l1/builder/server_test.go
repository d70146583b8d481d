package builder_test

import (
	"encoding/json"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1/builder"
	"github.com/syncboost/syncboost/relayapi"
)

func TestCallBundleReportsEachTransaction(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	pay, revert := r.tx(1, 0, sink, 1000, 2), r.tx(2, 0, reverter, 0, 3)
	head := r.head().Number.Uint64()
	status, reply := r.call(nil, builder.MethodCallBundle, map[string]any{
		"txs": rawHex(t, pay, revert), "blockNumber": hexutil.Uint64(head + 1), "stateBlockNumber": "latest",
	})
	if status != http.StatusOK || reply.Error != nil {
		t.Fatalf("status %d error %+v", status, reply.Error)
	}
	var res builder.CallBundleResult
	if err := json.Unmarshal(reply.Result, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Results) != 2 || res.StateBlockNumber != head {
		t.Fatalf("result %+v", res)
	}
	ok, bad := res.Results[0], res.Results[1]
	wantFees := new(big.Int).SetUint64(2 * params.GWei * params.TxGas).String()
	if ok.Error != "" || ok.Value == nil || ok.GasUsed != params.TxGas || ok.GasFees != wantFees ||
		ok.CoinbaseDiff != wantFees || ok.EthSentToCoinbase != "0" || ok.FromAddress != gethnode.TestAddress(1) ||
		ok.TxHash != pay.Hash() || *ok.ToAddress != sink {
		t.Fatalf("first result %+v", ok)
	}
	if !strings.Contains(bad.Error, "reverted") || bad.Value != nil || bad.GasUsed <= params.TxGas {
		t.Fatalf("second result %+v", bad)
	}
	if res.TotalGasUsed != ok.GasUsed+bad.GasUsed {
		t.Fatalf("total gas %d", res.TotalGasUsed)
	}
	wantTotal := new(big.Int).SetUint64(2*params.GWei*ok.GasUsed + 3*params.GWei*bad.GasUsed).String()
	if res.CoinbaseDiff != wantTotal || res.GasFees != wantTotal {
		t.Fatalf("coinbase diff %s gas fees %s, want %s", res.CoinbaseDiff, res.GasFees, wantTotal)
	}
	if want := crypto.Keccak256Hash(pay.Hash().Bytes(), revert.Hash().Bytes()); res.BundleHash != want {
		t.Fatalf("bundle hash %s", res.BundleHash)
	}
	if r.nonce(1) != 0 || r.nonce(2) != 0 {
		t.Fatal("simulation changed the chain")
	}
	// A transaction that cannot be included at all fails the call, naming it.
	_, reply = r.call(nil, builder.MethodCallBundle, map[string]any{"txs": rawHex(t, r.tx(1, 5, sink, 1, 2))})
	if reply.Error == nil || !strings.Contains(reply.Error.Message, "txs[0]") || !strings.Contains(reply.Error.Message, "nonce") {
		t.Fatalf("bad nonce: %+v", reply.Error)
	}
	_, reply = r.call(nil, builder.MethodCallBundle, map[string]any{"txs": rawHex(t, pay), "blockNumber": hexutil.Uint64(head + 5)})
	if reply.Error == nil || !strings.Contains(reply.Error.Message, "blockNumber") {
		t.Fatalf("wrong block: %+v", reply.Error)
	}
}

func TestSignatureRequiredAndChecked(t *testing.T) {
	t.Parallel()
	cfg := builder.DefaultServerConfig()
	cfg.RequireSignature = true
	r := newRig(t, cfg)
	ab := r.bundleOf("", r.tx(1, 0, sink, 1, 2))
	if status, reply := r.call(nil, builder.MethodSendBundle, ab); status != http.StatusForbidden || reply.Error == nil ||
		!strings.Contains(reply.Error.Message, "X-Flashbots-Signature") {
		t.Fatalf("unsigned: status %d %+v", status, reply.Error)
	}
	r.send(r.sub, ab) // signed by the sidecar's client
	if s := r.b.Stats(); s.Received != 1 {
		t.Fatalf("stats %+v", s)
	}
}

func TestBadSignatureRefused(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	body := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_cancelBundle","params":[{"replacementUuid":"x"}]}`)
	req, err := http.NewRequestWithContext(r.ctx, http.MethodPost, r.srv.URL(), strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	// A signature by another key than the address it claims.
	sig, err := crypto.Sign(crypto.Keccak256(body), gethnode.TestKey(1))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("X-Flashbots-Signature", gethnode.TestAddress(2).Hex()+":"+hexutil.Encode(sig))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("status %d", resp.StatusCode)
	}
}

func TestRefusingEndpoint(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	r.srv.SetFault(builder.Fault{Refuse: true})
	res, err := r.sub.SendBundle(r.ctx, r.bundleOf("", r.tx(1, 0, sink, 1, 2)), time.Time{})
	if err != nil || res[0].Outcome != relayapi.OutcomeServerError {
		t.Fatalf("refusing endpoint: %+v %v", res, err)
	}
	r.srv.SetFault(builder.Fault{})
	r.send(r.sub, r.bundleOf("", r.tx(1, 0, sink, 1, 2)))
	if s := r.b.Stats(); s.Received != 1 {
		t.Fatalf("stats %+v", s)
	}
}

func TestRequestErrorsNameTheField(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	tests := []struct {
		method string
		param  any
		code   int
		want   string
	}{
		{"eth_foo", map[string]any{}, -32601, "eth_foo"},
		{builder.MethodSendBundle, map[string]any{"txs": []string{"0x02"}, "blockNumber": "0x9"}, -32602, "txs[0]"},
		{builder.MethodSendBundle, map[string]any{"txs": []string{}}, -32602, "txs"},
		{builder.MethodCancelBundle, map[string]any{}, -32602, "replacementUuid"},
		{builder.MethodCallBundle, map[string]any{"txs": []string{"zz"}}, -32602, "txs[0]"},
		{builder.MethodCallBundle, map[string]any{"txs": rawHex(t, r.tx(1, 0, sink, 1, 1)), "timestamp": "soon"}, -32602, "timestamp"},
		{builder.MethodCallBundle, map[string]any{"txs": rawHex(t, r.tx(1, 0, sink, 1, 1)), "coinbase": "0x12"}, -32602, "coinbase"},
	}
	for _, tt := range tests {
		_, reply := r.call(gethnode.TestKey(1), tt.method, tt.param)
		if reply.Error == nil || reply.Error.Code != tt.code || !strings.Contains(reply.Error.Message, tt.want) {
			t.Errorf("%s %v: %+v, want code %d naming %q", tt.method, tt.param, reply.Error, tt.code, tt.want)
		}
	}
}

// Without RequireSignature, eth_sendBundle and eth_cancelBundle still need a signature;
// eth_callBundle does not.
func TestUnsignedPoolMethodsRefused(t *testing.T) {
	t.Parallel()
	r := newRig(t, builder.DefaultServerConfig())
	ab := r.bundleOf("", r.tx(1, 0, sink, 1, 2))
	for _, tc := range []struct {
		method string
		param  any
	}{
		{builder.MethodSendBundle, ab},
		{builder.MethodCancelBundle, map[string]any{"replacementUuid": "u"}},
	} {
		status, reply := r.call(nil, tc.method, tc.param)
		if status != http.StatusForbidden || reply.Error == nil ||
			!strings.Contains(reply.Error.Message, "X-Flashbots-Signature") || !strings.Contains(reply.Error.Message, tc.method) {
			t.Fatalf("unsigned %s: status %d %+v", tc.method, status, reply.Error)
		}
	}
	if s := r.b.Stats(); s.Received != 0 || s.Cancelled != 0 {
		t.Fatalf("unsigned requests reached the pool: %+v", s)
	}
	if _, reply := r.call(nil, builder.MethodCallBundle, map[string]any{"txs": rawHex(t, r.tx(1, 0, sink, 1, 2))}); reply.Error != nil {
		t.Fatalf("unsigned callBundle: %+v", reply.Error)
	}
	r.send(r.sub, ab) // the sidecar's client signs
	if s := r.b.Stats(); s.Received != 1 {
		t.Fatalf("signed send: stats %+v", s)
	}
}
