package devnet

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/contracts/bindings"
)

// TestE2EBasedModeTakesTheL2Mempool: the sequencer is down for 14 slots (it neither sequences
// nor releases) and no searcher sends anything. Once based mode opens, transfers users send to
// the L2 node are included by the sidecar's uncertified based blocks, the L1-only node derives
// them, and the sequencer resumes on them without a fork.
func TestE2EBasedModeTakesTheL2Mempool(t *testing.T) {
	ctx := context.Background()
	d := startDevnet(t, shortSlots, func(c *Config) { c.ManualSearcher = true })
	from := d.L1.LastSlot() + 2
	d.Seq.Halt(from, from+14)
	start := d.L1.Node().BlockChain().CurrentBlock().Number.Uint64()
	s := from
	for ; s < from+14 && !basedModeOpen(t, d); s++ {
		waitSlot(t, d, s)
	}
	if !basedModeOpen(t, d) {
		t.Fatalf("based mode still closed in slot %d, 14 slots after the sequencer went down", s)
	}
	opened := s
	user := manifestKey(t, d, "user", 2)
	var sent []*types.Transaction
	for i := range 3 {
		tx := userTransfer(t, d, user, uint64(i))
		if err := d.L2Client().SendTransaction(ctx, tx); err != nil {
			t.Fatalf("transfer %d: %v", i, err)
		}
		sent = append(sent, tx)
	}
	l1only := d.L1Only.EthClient()
	for end := s + 5; s < end; s++ {
		waitSlot(t, d, s)
		if r, err := l1only.TransactionReceipt(ctx, sent[len(sent)-1].Hash()); err == nil && r.Status == types.ReceiptStatusSuccessful {
			break
		}
	}
	for i, tx := range sent {
		r, err := l1only.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			t.Fatalf("transfer %d: not on the L1-only node's chain by slot %d: %v", i, s, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transfer %d: status %d", i, r.Status)
		}
	}
	for end := s + 4; s < end; s++ {
		waitSlot(t, d, s)
	}
	if st := d.Stats(from, s-1); st.Disagreed != 0 {
		t.Fatalf("L1-only node agreed in %d slots, disagreed in %d", st.Agreed, st.Disagreed)
	}
	if err := d.Derive.Err(); err != nil {
		t.Fatal(err)
	}
	// Up to the head's parent: go-ethereum may not have indexed the head's logs yet ("log value
	// pointer … not found"), and every based-mode block landed slots before it.
	end := d.L1.Node().BlockChain().CurrentBlock().Number.Uint64() - 1
	var based int
	for _, p := range inboxLogs(t, d, start, end) {
		if p.Info.Anchor == bindings.AnchorHead {
			based++
		}
	}
	if based == 0 {
		t.Fatal("the transfers landed, but in no uncertified based block")
	}
	t.Logf("sequencer down from slot %d, based mode open by slot %d; the 3 transfers derived by slot %d; %d based-mode blocks", from, opened, s, based)
}

// userTransfer signs the i-th of a user's L2 transfers from its current nonce, with a tip that
// pays for a based block's L1 gas.
func userTransfer(t *testing.T, d *Devnet, key *ecdsa.PrivateKey, i uint64) *types.Transaction {
	t.Helper()
	nonce, err := d.L2Client().NonceAt(context.Background(), crypto.PubkeyToAddress(key.PublicKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	to, chainID := common.Address{0x3e, 0x33}, big.NewInt(L2ChainID)
	return types.MustSignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce + i,
		Gas: params.TxGas, GasTipCap: big.NewInt(100 * params.GWei), GasFeeCap: big.NewInt(200 * params.GWei), To: &to, Value: big.NewInt(1)})
}
