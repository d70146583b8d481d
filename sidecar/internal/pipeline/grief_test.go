package pipeline_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// Each test here is an attack on composition, run on real go-ethereum nodes: the honest bundle
// must land in its slot whatever the attacker pools beside it.

// freshKey is a throwaway identity: no balance on either chain.
func freshKey(t testing.TB, i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("fresh identity %d", i))))
	must(t, err)
	return k
}

// junkBundle pools, from a fresh identity, a bundle whose one L1 pre-transaction cannot pay:
// 1 M gas at a 1000 gwei tip, declaring more value than any honest bundle.
func (r *rig) junkBundle(i int) *pool.Entry {
	r.t.Helper()
	key := freshKey(r.t, i)
	to := common.Address{0xdd}
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(l1ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l1ChainID), Gas: 1_000_000, GasTipCap: big.NewInt(1000 * params.GWei),
		GasFeeCap: big.NewInt(1000 * params.GWei), To: &to, Value: new(big.Int)})
	raw, err := tx.MarshalBinary()
	must(r.t, err)
	b := &bundle.ComposableBundle{L2ChainID: l2ChainID, L1Slot: slot, PreTxs: [][]byte{raw}}
	return r.poolBundle(addr(key), b)
}

// Ten junk bundles from ten fresh identities, each declaring 1000 gwei × 1 M gas, once used up
// the simulate-and-drop rounds one failure at a time. Now each is simulated alone, failed with
// its reason in the one pass, and the honest bundle lands in its slot.
func TestJunkBundlesCannotKillTheSlot(t *testing.T) {
	r := newRig(t)
	honest := r.searcherBundle(0, common.Address{0xb0}, true)
	var junk []*pool.Entry
	for i := range 10 {
		junk = append(junk, r.junkBundle(i))
	}
	sent, err := r.p.Handle(context.Background(), r.message())
	must(t, err)
	if len(sent.Included) != 1 || sent.Included[0] != honest.Hash {
		t.Fatalf("included %v, want only the honest bundle", sent.Included)
	}
	for _, j := range junk {
		if why := sent.Failed[j.Hash]; !strings.HasPrefix(why, "pre_action_failed") {
			t.Fatalf("junk bundle %s: reason %q, want pre_action_failed", j.Hash, why)
		}
	}
	if _, confirmed := r.land(sent.Bundle); !confirmed[sent.Commitment] {
		t.Fatal("the honest bundle must land confirmed")
	}
	const evals = "sidecar_pipeline_bundle_evaluations_total"
	if ok, failed := r.metric(evals, "ok"), r.metric(evals, "failed"); ok != 1 || failed != 10 {
		t.Fatalf("evaluations counted ok %v failed %v, want 1 and 10", ok, failed)
	}
	if earned := r.metric("sidecar_pipeline_last_slot_earned_wei", ""); earned <= 0 {
		t.Fatalf("the slot sent earns the sidecar %v wei by the gauge, want more than nothing", earned)
	}
}

// Three forced entries of the inbox's maximum size (4,096 bytes) once starved a proposal whose
// gas limit was a formula. The gas now comes from the simulation: the based block carries all
// three, within the per-transaction cap, and lands confirmed.
func TestMaximumForcedEntriesFitTheProposal(t *testing.T) {
	r := newRigForced(t, 3, 4096)
	// The sidecar pays the forced entries' L1 gas (a million, against a 1 gwei inclusion fee
	// each): the honest bundle's L2 fees cover it.
	honest := r.bundleTipping(0, 200*params.GWei)
	sent, err := r.p.Handle(context.Background(), r.message())
	must(t, err)
	if len(sent.Included) != 1 || sent.Included[0] != honest.Hash {
		t.Fatalf("included %v, want the honest bundle", sent.Included)
	}
	sealed, confirmed := r.land(sent.Bundle)
	if !confirmed[sent.Commitment] {
		t.Fatal("the based block must land confirmed")
	}
	head := new(big.Int).SetBytes(r.read(r.inboxAddr, bindings.NewBasedInbox().PackForcedHead()))
	if head.Uint64() != 3 {
		t.Fatalf("forced head %d after the block, want the three entries consumed", head)
	}
	submit := sealed.Block.Transactions()[0]
	if used := sealed.Receipts[0].GasUsed; used < 1_000_000 || submit.Gas() >= bundle.MaxTxGas {
		t.Fatalf("gas used %d, limit %d: want the forced entries' million gas, under the cap", used, submit.Gas())
	}
}

// A forced entry derivation skips (it does not decode) is left out of every simulation, alone
// and merged: two bundles beside it are sent together and land.
func TestUndecodableForcedEntryIsSkippedInEverySimulation(t *testing.T) {
	r := newRigExtra(t, 6, clock.NewVirtual(time.Time{}), func(r *rig) []*types.Transaction {
		return append(r.enqueueRaw(bytes.Repeat([]byte{0xff}, 100)), r.enqueueForced(1, 200)...)
	})
	r.searcherBundle(0, common.Address{0xb0}, true)
	r.searcherBundle(1, common.Address{0xb1}, true)
	sent, err := r.p.Handle(context.Background(), r.message())
	must(t, err)
	if len(sent.Included) != 2 || len(sent.Failed) != 0 {
		t.Fatalf("included %v failed %v, want both bundles in", sent.Included, sent.Failed)
	}
	if _, confirmed := r.land(sent.Bundle); !confirmed[sent.Commitment] {
		t.Fatal("the based block must land confirmed")
	}
}

// A bundle that pays the sidecar for the gas it adds but not for the slot's fixed L1 cost is
// not sent at a loss: the slot is skipped as unprofitable and the metric counts it.
func TestUnprofitableSlotIsSkipped(t *testing.T) {
	r := newRig(t)
	cheap := r.bundleTipping(0, 5*params.GWei)
	_, err := r.p.Handle(context.Background(), r.message())
	mustSkip(t, err, bundle.SkipUnprofitable)
	if !strings.Contains(err.Error(), "earns the sidecar") {
		t.Fatalf("skip %v does not say what the slot earns", err)
	}
	if n := r.skips(bundle.SkipUnprofitable); n != 1 {
		t.Fatalf("unprofitable skips counted %v, want 1", n)
	}
	if len(r.submitted) != 0 {
		t.Fatalf("%d bundles sent for an unprofitable slot", len(r.submitted))
	}
	e, err := r.pool.Get(context.Background(), cheap.Hash)
	must(t, err)
	if st := e.Status(); !st.Status.Live() || !strings.Contains(st.Reason, "unprofitable") {
		t.Fatalf("the bundle is %s (%q); it did nothing wrong, stays live and is told why it was not sent", st.Status, st.Reason)
	}
}

// A bundle whose L2 fees do not even pay for the L1 gas it adds is left out beside one that
// pays: it cannot turn the slot into a loss for the sidecar. Alone, it makes the slot
// unprofitable, and nothing is sent.
func TestBundleUnderpayingItsGasIsLeftOut(t *testing.T) {
	r := newRig(t)
	payer := r.bundleTipping(0, 100*params.GWei)
	free := r.bundleTipping(1, 0)
	sent, err := r.p.Handle(context.Background(), r.message())
	must(t, err)
	if len(sent.Included) != 1 || sent.Included[0] != payer.Hash {
		t.Fatalf("included %v, want only the bundle that pays", sent.Included)
	}
	var why string
	for _, d := range sent.Dropped {
		if d.Hash == free.Hash {
			why = d.Reason
		}
	}
	if !strings.HasPrefix(why, bundle.DropUnderpays) {
		t.Fatalf("the free bundle left out for %q, want %s", why, bundle.DropUnderpays)
	}

	alone := newRig(t)
	alone.bundleTipping(1, 0)
	_, err = alone.p.Handle(context.Background(), alone.message())
	mustSkip(t, err, bundle.SkipUnprofitable)
}

// enqueueForced signs n calls of enqueueForcedTransaction, each queuing an L2 transfer padded
// to size bytes, from the deployer (block 1: due at slot 2, one slot later).
func (r *rig) enqueueForced(n, size int) []*types.Transaction {
	var raws [][]byte
	for range n {
		raws = append(raws, r.paddedL2Tx(size))
	}
	return r.enqueueRaw(raws...)
}

// enqueueRaw signs a call of enqueueForcedTransaction for each entry, from the deployer.
func (r *rig) enqueueRaw(raws ...[]byte) []*types.Transaction {
	ib := bindings.NewBasedInbox()
	var txs []*types.Transaction
	for _, raw := range raws {
		tx := types.MustSignNewTx(deployer, types.LatestSignerForChainID(big.NewInt(l1ChainID)), &types.DynamicFeeTx{
			ChainID: big.NewInt(l1ChainID), Nonce: r.nextNonce(deployer, l1ChainID), Gas: 3_000_000,
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(50 * params.GWei), To: &r.inboxAddr,
			Value: big.NewInt(params.GWei), Data: ib.PackEnqueueForcedTransaction(raw)})
		txs = append(txs, tx)
	}
	return txs
}

// paddedL2Tx is an L2 transfer from the deployer whose encoding is exactly size bytes.
func (r *rig) paddedL2Tx(size int) []byte {
	nonce := r.nextNonce(deployer, l2ChainID)
	to := common.Address{0xfc}
	for pad := size - 120; ; pad++ {
		tx := types.MustSignNewTx(deployer, types.LatestSignerForChainID(big.NewInt(l2ChainID)), &types.DynamicFeeTx{
			ChainID: big.NewInt(l2ChainID), Nonce: nonce, Gas: 200_000, GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: big.NewInt(50 * params.GWei), To: &to, Value: new(big.Int), Data: make([]byte, pad)})
		raw, err := tx.MarshalBinary()
		must(r.t, err)
		if len(raw) >= size {
			return raw
		}
	}
}

// bundleTipping pools from searcher i a bundle with one L2 transfer at priority fee tip.
func (r *rig) bundleTipping(i int, tip int64) *pool.Entry {
	r.t.Helper()
	key := searchers[i]
	to := common.Address{0xee, byte(i)}
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(l2ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l2ChainID), Nonce: r.nextNonce(key, l2ChainID), Gas: 21_000, GasTipCap: big.NewInt(tip),
		GasFeeCap: big.NewInt(max(100*params.GWei, 2*tip)), To: &to, Value: big.NewInt(1)})
	raw, err := tx.MarshalBinary()
	must(r.t, err)
	b := &bundle.ComposableBundle{L2ChainID: l2ChainID, L1Slot: slot, L2Txs: [][]byte{raw}}
	return r.poolBundle(addr(key), b)
}

// skips reads the skipped-slots counter for reason.
func (r *rig) skips(reason string) float64 {
	return r.metric("sidecar_pipeline_slots_skipped_total", reason)
}

// metric reads the pipeline's counter or gauge name, with label value label ("" for none); 0
// when it has no such sample.
func (r *rig) metric(name, label string) float64 {
	mfs, err := r.reg.Gather()
	must(r.t, err)
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if len(m.GetLabel()) > 0 && m.GetLabel()[0].GetValue() != label {
				continue
			}
			return m.GetCounter().GetValue() + m.GetGauge().GetValue()
		}
	}
	return 0
}

func mustSkip(t *testing.T, err error, reason string) {
	t.Helper()
	var se *pipeline.SkipError
	if !errors.As(err, &se) || se.Reason != reason {
		t.Fatalf("got %v, want a skip for %s", err, reason)
	}
}
