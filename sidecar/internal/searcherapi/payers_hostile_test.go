package searcherapi

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

// fakeL1 is the L1 head's accounts; reads counts the reads per account.
type fakeL1 struct {
	mu       sync.Mutex
	balances map[common.Address]*big.Int
	nonces   map[common.Address]uint64
	reads    map[common.Address]int
	down     bool
}

func (f *fakeL1) BalanceNonce(_ context.Context, a common.Address) (*big.Int, uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reads[a]++
	if f.down {
		return nil, 0, errors.New("connection refused")
	}
	b := f.balances[a]
	if b == nil {
		b = new(big.Int)
	}
	return b, f.nonces[a], nil
}

// l1Tx is an L1 transfer of key with nonce: it costs 21000 × 30 gwei + 1 wei.
func l1Tx(t *testing.T, key *ecdsa.PrivateKey, nonce uint64) []byte {
	t.Helper()
	id := big.NewInt(l1Chain)
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(2e9),
		GasFeeCap: big.NewInt(30e9), Gas: 21000, To: &to, Value: big.NewInt(1)}), types.LatestSignerForChainID(id), key)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

var txCost = new(big.Int).Add(new(big.Int).Mul(big.NewInt(21000), big.NewInt(30e9)), big.NewInt(1))

// Junk bundles whose L1 legs come from unfunded fresh keys are refused at intake, naming the
// transaction, the sender, what it needs and what it holds; a nonce already used is refused;
// a funded sender's consecutive transactions (n, n+1) are accepted with one read, their costs
// added up; a sender that can pay one of two is refused at the second.
func TestUnpayableL1LegsRefusedAtIntake(t *testing.T) {
	funded, junk, half := pooltest.Key(1), pooltest.Key(2), pooltest.Key(3)
	l1 := &fakeL1{reads: map[common.Address]int{}, nonces: map[common.Address]uint64{pooltest.Addr(funded): 5, pooltest.Addr(half): 0},
		balances: map[common.Address]*big.Int{pooltest.Addr(funded): new(big.Int).Mul(txCost, big.NewInt(2)), pooltest.Addr(half): txCost}}
	cfg, pcfg := testConfig()
	h := startHarnessDeps(t, cfg, pcfg, t.TempDir(), func(d *Deps) { d.Payers = l1 })
	send := func(pre, post [][]byte) rpcResp {
		b := h.maker.Bundle(alice, 0, 1, 0)
		b.PreTxs, b.PostTxs = pre, post
		return h.send(alice, b)
	}

	r := send([][]byte{l1Tx(t, junk, 0)}, nil)
	mustRefuse(t, "unfunded sender", r, "preTxs[0]", reasonCannotPay)
	for _, want := range []string{pooltest.Addr(junk).Hex(), txCost.String() + " wei", "holds 0"} {
		if !strings.Contains(r.Error.Message, want) {
			t.Fatalf("message %q does not say %q", r.Error.Message, want)
		}
	}
	mustRefuse(t, "used nonce", send([][]byte{l1Tx(t, funded, 4)}, nil), "preTxs[0].nonce", reasonTxNonceTooLow)
	mustOK(t, "consecutive transactions of a funded sender", send([][]byte{l1Tx(t, funded, 5)}, [][]byte{l1Tx(t, funded, 6)}))
	if n := l1.reads[pooltest.Addr(funded)]; n != 2 { // one per bundle
		t.Fatalf("%d reads of the funded sender for two bundles, want one each", n)
	}
	mustRefuse(t, "three transactions of a sender that pays two", send([][]byte{l1Tx(t, funded, 5), l1Tx(t, funded, 6)},
		[][]byte{l1Tx(t, funded, 7)}), "postTxs[0]", reasonCannotPay)
	mustRefuse(t, "second transaction over the balance", send([][]byte{l1Tx(t, half, 0), l1Tx(t, half, 1)}, nil), "preTxs[1]", reasonCannotPay)
	l1.down = true
	mustRefuse(t, "L1 unreachable", send([][]byte{l1Tx(t, funded, 5)}, nil), "preTxs[0]", reasonSenderUnknown)
	if h.pool.Len() != 1 {
		t.Fatalf("%d bundles pooled, want only the payable one", h.pool.Len())
	}
	if h.counter("sidecar_searcherapi_rejections_total", map[string]string{"reason": reasonCannotPay}) != 3 {
		t.Fatal("sender_cannot_pay not counted")
	}
}

// A searcher's bundle for slot S waits while S is skipped; before the pool prunes S, the
// searcher resends the same bundle for S+1 and it pools there, not refused as a duplicate.
func TestResendAfterSkippedSlotIsAccepted(t *testing.T) {
	h := newHarness(t, nil)
	b := h.maker.Bundle(alice, 1, 1, 0)
	b.L1Slot = nextSlot
	first := h.mustSend(alice, b)
	again := *b
	again.L1Slot, again.SignedAt = nextSlot+1, h.signedAt()+1
	second := h.mustSend(alice, &again)
	if second.BundleHash != first.BundleHash || second.ReplacementUUID != first.ReplacementUUID {
		t.Fatalf("resend answered %+v, want the same bundle and uuid as %+v", second, first)
	}
	st, _ := h.status(alice, first.BundleHash)
	if st.Status != bundle.StatusReceived || uint64(st.L1Slot) != nextSlot+1 {
		t.Fatalf("after the resend the bundle is %s for slot %d, want received for %d", st.Status, st.L1Slot, nextSlot+1)
	}
	dup := again
	dup.SignedAt++
	if r := h.send(bob, &dup); reasonOf(r) != "duplicate" {
		t.Fatalf("another signer's copy of the live bundle: %+v, want duplicate", r.Error)
	}
}
