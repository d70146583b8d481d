package devnet

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/sequencer"
)

// A transaction a user forces through the L1 inbox (with the exact fee) is in the first based
// block after its delay, ahead of the searchers' transactions, and in none before.
func TestE2EChainForcedTransaction(t *testing.T) {
	d := startDevnet(t, shortSlots)
	waitSlot(t, d, d.L1.LastSlot()+2) // warm-up: the sidecar has an L1 head
	user := manifestKey(t, d, "user", 1)
	to := common.Address{0xf0, 0xce}
	forced := l2Transfer(t, d, user, to, big.NewInt(params.GWei))
	raw, err := forced.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	ib := bindings.NewBasedInbox()
	fee, err := ib.UnpackForcedInclusionFee(inboxCall(t, d, ib.PackForcedInclusionFee()))
	if err != nil {
		t.Fatal(err)
	}
	delay, err := ib.UnpackForcedInclusionDelay(inboxCall(t, d, ib.PackForcedInclusionDelay()))
	if err != nil {
		t.Fatal(err)
	}
	enqueue := l1Call(t, d, user, d.Manifest.Contracts.Inbox, fee, ib.PackEnqueueForcedTransaction(raw))

	// The enqueueing transaction is mined from the public pool in one of the next slots.
	var enqueuedAt uint64
	from := d.L1.LastSlot()
	for s := from + 1; enqueuedAt == 0; s++ {
		if s > from+3 {
			t.Fatalf("enqueueing transaction %s not mined", enqueue.Hash())
		}
		if r := waitSlot(t, d, s); r.Block != nil && r.Block.Transaction(enqueue.Hash()) != nil {
			enqueuedAt = r.Block.Time()
		}
	}
	due := d.L1.Slots().SlotAt(time.Unix(int64(enqueuedAt+delay), 0))
	t.Logf("forced transaction enqueued at %d, delay %d s: due in slot %d", enqueuedAt, delay, due)
	for s := d.L1.Slots().SlotAt(time.Unix(int64(enqueuedAt), 0)) + 1; ; s++ {
		if s < due {
			f, _ := settledOrUnsent(t, d, s)
			if f.Derived() && txIndex(d.L2.BlockChain().GetBlockByHash(f.BasedHash()).Transactions(), forced.Hash()) >= 0 {
				t.Fatalf("based block of slot %d, before the forced transaction is due, holds it", s)
			}
			continue
		}
		f, landed := landedOrLate(t, d, s, s < due+lateTries)
		if !landed {
			continue
		}
		checkForcedFirst(t, d, f, forced.Hash())
		return
	}
}

// checkForcedFirst checks that the based block of f's slot executes the forced transaction
// first, successfully, ahead of the demo searcher's transactions.
func checkForcedFirst(t *testing.T, d *Devnet, f sequencer.SlotFacts, forced common.Hash) {
	t.Helper()
	txs := d.L2.BlockChain().GetBlockByHash(f.BasedHash()).Transactions()
	if at := txIndex(txs, forced); at != 0 {
		t.Fatalf("based block of slot %d holds the forced transaction at %d of %d, want first", f.Slot, at, len(txs))
	}
	searcher := gethnode.TestAddress(keySearcher)
	var searchers int
	for _, tx := range txs[1:] {
		if sender(t, tx) == searcher {
			searchers++
		}
	}
	if searchers == 0 {
		t.Fatalf("based block of slot %d holds no searcher transaction after the forced one", f.Slot)
	}
	receipts := d.L2.BlockChain().GetReceiptsByHash(f.BasedHash())
	if len(receipts) == 0 || receipts[0].Status != types.ReceiptStatusSuccessful {
		t.Fatalf("forced transaction's receipt %+v", receipts)
	}
}

func txIndex(txs types.Transactions, hash common.Hash) int {
	for i, tx := range txs {
		if tx.Hash() == hash {
			return i
		}
	}
	return -1
}

// manifestKey is the i-th key of role in devnet.json's accounts.
func manifestKey(t *testing.T, d *Devnet, role string, i int) *ecdsa.PrivateKey {
	t.Helper()
	for _, a := range d.Manifest.Accounts {
		if a.Role != role {
			continue
		}
		if i > 0 {
			i--
			continue
		}
		k, err := crypto.ToECDSA(hexutil.MustDecode(a.PrivateKey))
		if err != nil || crypto.PubkeyToAddress(k.PublicKey) != a.Address {
			t.Fatalf("devnet.json account %s: key %v", a.Address, err)
		}
		return k
	}
	t.Fatalf("devnet.json has no %s account %d", role, i)
	return nil
}

func inboxCall(t *testing.T, d *Devnet, data []byte) []byte {
	t.Helper()
	inbox := d.Manifest.Contracts.Inbox
	out, err := d.L1Client().CallContract(context.Background(), ethereum.CallMsg{To: &inbox, Data: data}, nil)
	if err != nil {
		t.Fatalf("inbox call: %v", err)
	}
	return out
}

// l1Call sends, signed by key, an L1 transaction calling to with value through the L1 node's
// public RPC.
func l1Call(t *testing.T, d *Devnet, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	ec := d.L1Client()
	from := crypto.PubkeyToAddress(key.PublicKey)
	gas, err := ec.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
	if err != nil {
		t.Fatalf("estimate gas: %v", err)
	}
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	chainID := new(big.Int).SetUint64(d.L1.ChainID())
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
		Gas: gas + gas/5, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip),
		To: &to, Value: value, Data: data})
	if err := ec.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send L1 transaction: %v", err)
	}
	return tx
}
