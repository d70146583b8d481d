package searcher

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/transport/fbsig"
)

// chain answers head, nonce, and 41 to every view (basedNonce, releases).
type chain struct{}

func (chain) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(9), BaseFee: big.NewInt(1e9)}, nil
}
func (chain) PendingNonceAt(context.Context, common.Address) (uint64, error) { return 5, nil }
func (chain) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return common.LeftPadBytes(big.NewInt(41).Bytes(), 32), nil
}

func key(label string) *ecdsa.PrivateKey {
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(label)))
	return k
}

// sidecar stands in for the searcher API: it checks the signature and the bundle as the real
// one does and acknowledges with the bundle hash.
type sidecar struct {
	mu      sync.Mutex
	got     []*bundle.CheckedBundle
	signers []common.Address
}

func (s *sidecar) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	signer, err := fbsig.Verify(r.Header.Get(fbsig.Header), body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	var req struct {
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	_ = json.Unmarshal(body, &req)
	b, err := bundle.DecodeComposableBundle(req.Params[0])
	if err == nil && req.Method == "based_sendBundle" {
		var cb *bundle.CheckedBundle
		if cb, err = b.Validate(bundle.Limits{MaxTxs: 8, MaxBytes: 1 << 16, MaxGasPerTx: 1 << 24, MaxGasPerBundle: 1 << 25, MaxAssertions: 4},
			bundle.Chains{L1: 1, L2: 2, Inbox: inbox, Submitter: submitter}); err == nil {
			s.mu.Lock()
			s.got, s.signers = append(s.got, cb), append(s.signers, signer)
			s.mu.Unlock()
			_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": 1, "result": map[string]any{"bundleHash": cb.Hash}})
			return
		}
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": 1, "error": map[string]any{"code": -32602, "message": err.Error()}})
}

var inbox, submitter = common.Address{0x1b}, common.Address{0x5c}

func TestDemoBundles(t *testing.T) {
	sc := &sidecar{}
	srv := httptest.NewServer(sc)
	defer srv.Close()
	demo := common.Address{0xde}
	s, err := New(Config{SearcherURL: srv.URL, L1ChainID: 1, L2ChainID: 2, Inbox: inbox, Submitter: submitter, Demo: demo, Key: key("k"), FailKey: key("f"),
		Identity: key("id"), Recipient: common.Address{0x77}, FailEvery: 4, GenesisTime: 1000, SlotSeconds: 2}, chain{}, chain{})
	if err != nil {
		t.Fatal(err)
	}
	sent, err := s.SendForSlot(context.Background(), 8)
	if err != nil {
		t.Fatal(err)
	}
	if len(sc.got) != 2 || sent.Good != sc.got[0].Hash || sent.Failing != sc.got[1].Hash {
		t.Fatalf("want the demo and the failing bundle acknowledged, got %d", len(sc.got))
	}
	if sc.signers[0] != crypto.PubkeyToAddress(key("id").PublicKey) {
		t.Fatal("the signature header must carry the searcher identity")
	}
	good, bad := sc.got[0], sc.got[1]
	if len(good.Pre) != 1 || len(good.L2) != 1 || len(good.Post) != 1 || *good.Pre[0].To() != demo || good.Post[0].Nonce() != 6 || good.L1Slot != 8 {
		t.Fatal("demo bundle: want raw preActions at nonces 5 and 6 around one L2 transfer, slot 8")
	}
	sd := bindings.NewSyncDemo()
	checkCall(t, good.PreCalls, key("k"), demo, sd.PackLock(), 41, LockValue)
	checkCall(t, good.PostCalls, key("k"), demo, sd.PackRelease(), 42, nil)
	if want := crypto.Keccak256Hash(common.LeftPadBytes(big.NewInt(42).Bytes(), 32)); good.Assertions[0].Expect != want {
		t.Fatal("the demo asserts exactly one more release")
	}
	if len(bad.Pre)+len(bad.Post)+len(bad.PreCalls) != 0 || len(bad.Assertions) != 0 {
		t.Fatal("the failing bundle fails by its post-call alone")
	}
	checkCall(t, bad.PostCalls, key("f"), demo, sd.PackRelease(), 41, nil)
	for _, b := range []*bundle.CheckedBundle{good, bad} {
		if id := b.CallGroup().ID(); b.PostCalls[0].Call.BundleID != id {
			t.Fatalf("calls sign bundle id %s, want the bundle's %s", b.PostCalls[0].Call.BundleID, id)
		}
	}
	if sent, _ := s.SendForSlot(context.Background(), 9); sent.Failing != (common.Hash{}) {
		t.Fatal("a failing bundle only every FailEvery-th slot")
	}
}

// checkCall wants one call of data to target, signed by k's account for slot 8 until its end.
func checkCall(t *testing.T, calls []bundle.SignedCall, k *ecdsa.PrivateKey, target common.Address, data []byte, nonce uint64, value *big.Int) {
	t.Helper()
	if len(calls) != 1 {
		t.Fatalf("%d calls, want 1", len(calls))
	}
	c := calls[0]
	addr := crypto.PubkeyToAddress(k.PublicKey)
	if signer, err := c.Signer("call"); err != nil || signer != addr || c.Account != addr {
		t.Fatalf("call signed by %s (%v), account %s, want %s", signer, err, c.Account, addr)
	}
	if c.Call.Target != target || !bytes.Equal(c.Call.Data, data) || c.Call.Nonce != nonce || c.Call.L1Slot != 8 ||
		c.Call.Inbox != inbox || c.Call.ChainID != 1 || c.Call.Deadline != 1000+9*2 {
		t.Fatalf("call %+v", c.Call)
	}
	if (value == nil) != (c.Call.Value == nil || c.Call.Value.Sign() == 0) || value != nil && value.Cmp(c.Call.Value) != 0 {
		t.Fatalf("call value %v, want %v", c.Call.Value, value)
	}
}
