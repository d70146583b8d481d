package prover_test

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/syncboost/syncboost/sidecar/internal/prover"
)

// An L1 blip on the first read of the inbox's state verifier costs that slot's proof only: the
// next slot reads it again and proves.
func TestAttestationRetriesVerifierLookup(t *testing.T) {
	verifier := common.HexToAddress("0x00000000000000000000000000000000000a77e5")
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		if calls.Add(1) == 1 {
			resp["error"] = map[string]any{"code": -32000, "message": "node restarting"}
		} else {
			resp["result"] = "0x" + common.Bytes2Hex(common.LeftPadBytes(verifier.Bytes(), 32))
		}
		_ = json.NewEncoder(w).Encode(resp)
	}))
	defer srv.Close()
	l1, err := ethclient.Dial(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("attester")))
	a := prover.NewInboxAttestation(prover.AttestationConfig{Key: key, ChainID: big.NewInt(1)}, l1, common.Address{1}, 5*time.Second)
	req := prover.Request{ParentStateRoot: common.Hash{1}, Commitment: common.Hash{2}, PostStateRoot: common.Hash{3}}
	if _, _, err := a.Prove(context.Background(), req); err == nil {
		t.Fatal("the failed lookup must fail this proof")
	}
	root, proof, err := a.Prove(context.Background(), req)
	if err != nil || root != req.PostStateRoot || len(proof) != 65 {
		t.Fatalf("second slot: root %s, %d-byte proof, %v; want the lookup retried and a proof", root, len(proof), err)
	}
}
