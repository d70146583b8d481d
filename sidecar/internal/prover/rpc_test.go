package prover

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

var sampleReq = Request{
	ParentStateRoot: common.Hash{0x01},
	Commitment:      common.Hash{0x02},
	PostStateRoot:   common.Hash{0x03},
}

// answerFunc answers one decoded request with a raw JSON-RPC response body.
type answerFunc func(t *testing.T, id json.RawMessage, p proveParams) string

func proverServer(t *testing.T, answer answerFunc) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req struct {
			JSONRPC string          `json:"jsonrpc"`
			ID      json.RawMessage `json:"id"`
			Method  string          `json:"method"`
			Params  []proveParams   `json:"params"`
		}
		if err := json.Unmarshal(body, &req); err != nil || req.Method != Method || len(req.Params) != 1 ||
			req.JSONRPC != "2.0" || r.Header.Get("Content-Type") != "application/json" {
			t.Errorf("bad request %s (%v)", body, err)
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		_, _ = io.WriteString(w, answer(t, req.ID, req.Params[0]))
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func newRPC(t *testing.T, url string, maxProof int) *RPC {
	t.Helper()
	p, err := NewRPC(RPCConfig{URL: url, MaxProofBytes: maxProof})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func result(id json.RawMessage, root common.Hash, proof string) string {
	return fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":{"postStateRoot":"%s","proof":"%s"}}`, id, root.Hex(), proof)
}

func TestRPCProveReturnsRootAndProof(t *testing.T) {
	var got proveParams
	url := proverServer(t, func(_ *testing.T, id json.RawMessage, p proveParams) string {
		got = p
		return result(id, p.PostStateRoot, "0xc0ffee")
	})
	root, proof, err := newRPC(t, url, 0).Prove(context.Background(), sampleReq)
	if err != nil {
		t.Fatal(err)
	}
	if root != sampleReq.PostStateRoot || hexutil.Encode(proof) != "0xc0ffee" {
		t.Fatalf("root %s proof %x", root, proof)
	}
	want := proveParams{sampleReq.ParentStateRoot, sampleReq.Commitment, sampleReq.PostStateRoot}
	if got != want {
		t.Fatalf("prover received %+v, want %+v", got, want)
	}
}

func TestRPCHonoursContextDeadline(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(func() { close(release); srv.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, _, err := newRPC(t, srv.URL, 0).Prove(ctx, sampleReq)
	if !errors.Is(err, ErrTimeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want ErrTimeout wrapping the deadline", err)
	}
}

func TestRPCMalformedResultNamesField(t *testing.T) {
	tests := []struct {
		name, body, field string
		maxProof          int
	}{
		{"not json", `<html>`, "response", 0},
		{"no jsonrpc", `{"id":%s,"result":{}}`, "jsonrpc", 0},
		{"wrong id", `{"jsonrpc":"2.0","id":999,"result":{}}`, "id", 0},
		{"null result", `{"jsonrpc":"2.0","id":%s,"result":null}`, "result", 0},
		{"result not object", `{"jsonrpc":"2.0","id":%s,"result":"0x00"}`, "result", 0},
		{"root missing", `{"jsonrpc":"2.0","id":%s,"result":{"proof":"0x01"}}`, "result.postStateRoot", 0},
		{"root not hex", `{"jsonrpc":"2.0","id":%s,"result":{"postStateRoot":"xyz","proof":"0x01"}}`, "result.postStateRoot", 0},
		{"root short", `{"jsonrpc":"2.0","id":%s,"result":{"postStateRoot":"0x03","proof":"0x01"}}`, "result.postStateRoot", 0},
		{"proof missing", `{"jsonrpc":"2.0","id":%s,"result":{"postStateRoot":"` + sampleReq.PostStateRoot.Hex() + `"}}`, "result.proof", 0},
		{"proof empty", `{"jsonrpc":"2.0","id":%s,"result":{"postStateRoot":"` + sampleReq.PostStateRoot.Hex() + `","proof":"0x"}}`, "result.proof", 0},
		{"proof odd hex", `{"jsonrpc":"2.0","id":%s,"result":{"postStateRoot":"` + sampleReq.PostStateRoot.Hex() + `","proof":"0x123"}}`, "result.proof", 0},
		{"proof too long", `{"jsonrpc":"2.0","id":%s,"result":{"postStateRoot":"` + sampleReq.PostStateRoot.Hex() + `","proof":"0x` + strings.Repeat("ab", 9) + `"}}`, "result.proof", 8},
		{"body too long", `{"jsonrpc":"2.0","id":%s,"result":{"pad":"` + strings.Repeat("x", 5000) + `"}}`, "response", 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := proverServer(t, func(_ *testing.T, id json.RawMessage, _ proveParams) string {
				if strings.Contains(tt.body, "%s") {
					return fmt.Sprintf(tt.body, id)
				}
				return tt.body
			})
			_, _, err := newRPC(t, url, tt.maxProof).Prove(context.Background(), sampleReq)
			var fe *FieldError
			if !errors.As(err, &fe) || !errors.Is(err, ErrMalformed) || fe.Field != tt.field {
				t.Fatalf("err = %v, want a malformed %s", err, tt.field)
			}
		})
	}
}

func TestRPCErrorsClassified(t *testing.T) {
	rejecting := proverServer(t, func(_ *testing.T, id json.RawMessage, _ proveParams) string {
		return fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"error":{"code":-32000,"message":"witness unavailable"}}`, id)
	})
	otherRoot := proverServer(t, func(_ *testing.T, id json.RawMessage, _ proveParams) string {
		return result(id, common.Hash{0x99}, "0x01")
	})
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "overloaded", http.StatusServiceUnavailable)
	}))
	t.Cleanup(failing.Close)
	gone := httptest.NewServer(http.NotFoundHandler())
	gone.Close()

	var rerr *RPCError
	_, _, err := newRPC(t, rejecting, 0).Prove(context.Background(), sampleReq)
	if !errors.As(err, &rerr) || !errors.Is(err, ErrRejected) || rerr.Code != -32000 || rerr.Message != "witness unavailable" {
		t.Fatalf("json-rpc error: %v", err)
	}
	if _, _, err := newRPC(t, otherRoot, 0).Prove(context.Background(), sampleReq); !errors.Is(err, ErrRootMismatch) {
		t.Fatalf("other root: %v", err)
	}
	if _, _, err := newRPC(t, failing.URL, 0).Prove(context.Background(), sampleReq); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("http 503: %v", err)
	}
	if _, _, err := newRPC(t, gone.URL, 0).Prove(context.Background(), sampleReq); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("connection refused: %v", err)
	}
	if _, _, err := newRPC(t, gone.URL, 0).Prove(context.Background(), Request{}); !errors.Is(err, ErrInput) {
		t.Fatalf("zero request: %v", err)
	}
}

func TestRPCConfigCheck(t *testing.T) {
	tests := []struct {
		name string
		cfg  RPCConfig
		ok   bool
	}{
		{"http", RPCConfig{URL: "http://127.0.0.1:8551"}, true},
		{"https with path", RPCConfig{URL: "https://prover.example/rpc"}, true},
		{"empty", RPCConfig{}, false},
		{"ws", RPCConfig{URL: "ws://127.0.0.1:1"}, false},
		{"no host", RPCConfig{URL: "http://"}, false},
		{"negative proof bound", RPCConfig{URL: "http://a", MaxProofBytes: -1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewRPC(tt.cfg)
			if (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrConfig)) {
				t.Fatalf("NewRPC = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

func FuzzDecodeResponse(f *testing.F) {
	f.Add([]byte(result(json.RawMessage("1"), sampleReq.PostStateRoot, "0x0102")))
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"error":{"code":1,"message":"x"}}`))
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"result":null}`))
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"result":{"postStateRoot":"0x","proof":"0x"}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		const maxProof = 64
		_, proof, err := decodeResponse(body, 1, maxProof)
		if err != nil {
			var fe *FieldError
			var re *RPCError
			if errors.As(err, &fe) && (fe.Field == "" || fe.Reason == "") {
				t.Fatalf("error %v does not name a field and a reason", err)
			}
			if !errors.As(err, &fe) && !errors.As(err, &re) {
				t.Fatalf("unclassified error %v", err)
			}
			return
		}
		if len(proof) == 0 || len(proof) > maxProof {
			t.Fatalf("accepted a %d-byte proof", len(proof))
		}
	})
}
