package pipeline_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/derivation"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/sidecar/internal/mempool"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// withMempool rewires the rig's pipeline to take up to n of src's transactions in based mode.
func (r *rig) withMempool(n int, src pipeline.Mempool) {
	r.t.Helper()
	r.cfg.MempoolTxs, r.deps.Mempool = n, src
	var err error
	r.p, err = pipeline.New(r.cfg, r.deps)
	must(r.t, err)
}

// withNodeMempool takes up to 8 of the rig's L2 node's pooled transactions in based mode.
func (r *rig) withNodeMempool() {
	src, err := mempool.New(r.l2.Client(), l2ChainID, zerolog.Nop())
	must(r.t, err)
	r.withMempool(8, src)
}

// userTx signs an L2 transfer from test key i with its next nonce, as a rollup user does.
func (r *rig) userTx(i int, nonce uint64) *types.Transaction {
	to := common.Address{0x55, byte(i)}
	return types.MustSignNewTx(gethnode.TestKey(i), types.LatestSignerForChainID(big.NewInt(l2ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l2ChainID), Nonce: nonce, Gas: 21_000, To: &to, Value: big.NewInt(1),
		GasTipCap: big.NewInt(searcherTip), GasFeeCap: big.NewInt(2 * searcherTip)})
}

// landedTxs lands sent in the L1 block of slot s and reads its based block back from the
// inbox's event as an L2 node derives it; it checks that block is the one the sidecar predicted.
func (r *rig) landedTxs(s uint64, sent *slots.Sent) []*types.Transaction {
	r.t.Helper()
	sealed, confirmed := r.landAt(s, sent.Bundle)
	if !confirmed[sent.Commitment] {
		r.t.Fatalf("slot %d: the based block did not land", s)
	}
	h := sealed.Block.Hash()
	logs, err := r.l1c.FilterLogs(context.Background(), ethereum.FilterQuery{BlockHash: &h, Addresses: []common.Address{r.inboxAddr}})
	must(r.t, err)
	ib := bindings.NewBasedInbox()
	for i := range logs {
		ev, err := ib.UnpackBasedBlockProposedEvent(&logs[i])
		if err != nil {
			continue
		}
		txs, _, skips := derivation.BasedTxs(ev.Info.ForcedTxs, ev.Info.TxData, l2ChainID)
		if len(skips) != 0 {
			r.t.Fatalf("derivation skips %v", skips)
		}
		env := bundle.BasedEnv(r.l2.ChainConfig(), r.l2Genesis, addr(sidecar))
		built, err := builderhook.Assemble(context.Background(), r.l2.BlockChain(), r.l2Genesis,
			builderhook.Attributes{Timestamp: env.Time, FeeRecipient: env.Coinbase}, nil, txs)
		must(r.t, err)
		if len(built.Skipped) != 0 || built.Block.Hash() != sent.L2Hash {
			r.t.Fatalf("derived block %s (%d skipped), the sidecar predicted %s", built.Block.Hash(), len(built.Skipped), sent.L2Hash)
		}
		return txs
	}
	r.t.Fatal("no BasedBlockProposed event")
	return nil
}

// TestBasedModeTakesTheL2Mempool: with the sequencer absent, the users' transactions in the L2
// node's pool follow the searcher's bundle in the uncertified based block, which lands and
// derives to the block the sidecar predicted.
func TestBasedModeTakesTheL2Mempool(t *testing.T) {
	const target = 12
	ctx := context.Background()
	r := newRig(t)
	r.withNodeMempool()
	users := []*types.Transaction{r.userTx(0, 0), r.userTx(0, 1), r.userTx(5, 0)}
	for _, tx := range users {
		must(t, r.l2c.SendTransaction(ctx, tx))
	}
	a := r.searcherBundleFor(target, 0, common.Address{0xa1}, true)
	sent, err := r.p.Handle(ctx, r.handleBased(t, target, "no_certified_progress"))
	must(t, err)
	got := r.landedTxs(target, sent)
	if len(got) != 1+len(users) || got[0].Hash() != a.Bundle.L2[0].Hash() {
		t.Fatalf("the based block has %d transactions, want the bundle's first, then the %d users'", len(got), len(users))
	}
	in := map[common.Hash]bool{}
	for _, tx := range got[1:] {
		in[tx.Hash()] = true
	}
	for _, tx := range users {
		if !in[tx.Hash()] {
			t.Fatalf("user transaction %s is not in the based block", tx.Hash())
		}
	}
}

// TestBasedModeWithOnlyTheMempool: no bundle and no forced entry, but users' transactions
// pooled: the based block carries them alone (they pay for its L1 gas).
func TestBasedModeWithOnlyTheMempool(t *testing.T) {
	const target = 12
	ctx := context.Background()
	r := newRig(t)
	r.withNodeMempool()
	user := r.userTx(5, 0)
	must(t, r.l2c.SendTransaction(ctx, user))
	sent, err := r.p.Handle(ctx, r.handleBased(t, target, "no_certified_progress"))
	must(t, err)
	if got := r.landedTxs(target, sent); len(got) != 1 || got[0].Hash() != user.Hash() {
		t.Fatalf("the based block has %d transactions, want the user's alone", len(got))
	}
}

// fixedPool is a pool that offers what a hostile or stale node might: fixed transactions.
type fixedPool []*bundle.Tx

func (f fixedPool) Pending(context.Context, mempool.Limits) ([]*bundle.Tx, error) { return f, nil }

// TestBasedModeDropsAPooledTransactionThatCannotExecute: a pooled transaction that cannot be
// included (a nonce far ahead) and the same sender's next one are left out; the slot is sent
// with the bundle and the other user's transaction, and lands.
func TestBasedModeDropsAPooledTransactionThatCannotExecute(t *testing.T) {
	const target = 12
	r := newRig(t)
	decode := func(tx *types.Transaction) *bundle.Tx {
		raw, _ := tx.MarshalBinary()
		d, err := bundle.DecodeTx("tx", raw, l2ChainID)
		must(t, err)
		return d
	}
	good := r.userTx(5, 0)
	r.withMempool(8, fixedPool{decode(r.userTx(0, 7)), decode(r.userTx(0, 8)), decode(good)})
	a := r.searcherBundleFor(target, 0, common.Address{0xa1}, true)
	sent, err := r.p.Handle(context.Background(), r.handleBased(t, target, "no_certified_progress"))
	must(t, err)
	got := r.landedTxs(target, sent)
	if len(got) != 2 || got[0].Hash() != a.Bundle.L2[0].Hash() || got[1].Hash() != good.Hash() {
		t.Fatalf("the based block has %d transactions, want the bundle's and the good user's", len(got))
	}
}

// TestCertifiedSlotTakesNoMempool: a certified slot takes none of the pool: the sequencer
// includes its own.
func TestCertifiedSlotTakesNoMempool(t *testing.T) {
	r := newRig(t)
	called := false
	r.withMempool(8, poolFunc(func() { called = true }))
	r.searcherBundle(0, common.Address{0xa1}, true)
	if _, err := r.p.Handle(context.Background(), r.message()); err != nil {
		t.Fatal(err)
	}
	if called {
		t.Fatal("a certified slot read the L2 mempool")
	}
}

type poolFunc func()

func (f poolFunc) Pending(context.Context, mempool.Limits) ([]*bundle.Tx, error) {
	f()
	return nil, nil
}
