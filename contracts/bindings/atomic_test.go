package bindings_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

// flow is one atomic bundle [pre-action, proposeBased, post-action, confirmBased] sent for one block.
type flow struct {
	pre, propose, post, confirm *types.Transaction
	commitment, postRoot        common.Hash
}

// sendFlow sends the four transactions of the atomic flow with a proven post-state root; the tips
// make the miner order them like the bundle. assertions gets the commitment and proven root.
func (f *fixture) sendFlow(slot, n uint64, assertions func(c, root common.Hash) []bindings.Assertion) flow {
	f.t.Helper()
	ts := f.enterSlot(slot)
	m := f.slotEnding(slot, n)
	blk := calldataBlock(m.L2BlockHash, []byte("searcher l2 txs"))
	fl := flow{postRoot: l2Root(n+1, 0)}
	fl.commitment = f.commitmentFor(f.sidecar, blk, n+1, ts, f.forcedHead())
	blk.PostStateRoot = fl.postRoot
	blk.Proof = f.attest(m.L2StateRoot, fl.commitment, fl.postRoot)

	fl.pre = f.send(f.searcher, f.demo, f.sd.PackPreAction(), 4)
	fl.propose = f.propose(f.sidecar, m, f.certify(m), blk, 3)
	fl.post = f.send(f.searcher, f.demo, f.sd.PackReadProvenRoot(), 2)
	fl.confirm = f.confirm(f.sidecar, fl.commitment, assertions(fl.commitment, fl.postRoot), 1)
	f.chain.Commit()
	for i, tx := range []*types.Transaction{fl.pre, fl.propose, fl.post, fl.confirm} {
		if r := f.chain.Receipt(tx); r.TransactionIndex != uint(i) || r.BlockNumber.Cmp(f.chain.Receipt(fl.pre).BlockNumber) != 0 {
			f.t.Fatalf("tx %d landed at index %d of block %s", i, r.TransactionIndex, r.BlockNumber)
		}
	}
	return fl
}

func (f *fixture) attest(parent, commitment, post common.Hash) []byte {
	f.t.Helper()
	sig, err := bindings.SignAttestation(f.attester, big.NewInt(l1sim.ChainID), f.verifier, parent, commitment, post)
	if err != nil {
		f.t.Fatal(err)
	}
	return sig
}

// flowAssertions checks the pre-action ran once, the post-action saw the proven root, and the
// based block is pending; wrongAt replaces one expectation with a false one.
func (f *fixture) flowAssertions(wrongAt int) func(c, root common.Hash) []bindings.Assertion {
	return func(c, root common.Hash) []bindings.Assertion {
		as := []bindings.Assertion{
			{Target: f.demo, Data: f.sd.PackPreActions(), Expect: word(common.Big1)},
			{Target: f.demo, Data: f.sd.PackLastStateRoot(), Expect: word(root.Big())},
			{Target: f.inbox, Data: f.ib.PackIsConfirmedOrPending(c), Expect: word(common.Big1)},
		}
		if wrongAt >= 0 {
			as[wrongAt].Expect = word(big.NewInt(7))
		}
		return as
	}
}

func TestAtomicFlowConfirmedWhenAssertionsHold(t *testing.T) {
	f := newFixture(t)
	fl := f.sendFlow(1, 10, f.flowAssertions(-1))
	f.mustSucceed(fl.pre, fl.propose, fl.post, fl.confirm)

	d := f.derive()
	if len(d) != 1 || d[0].Commitment != fl.commitment || d[0].Info.PostStateRoot != fl.postRoot {
		t.Fatalf("derived %+v", d)
	}
	root, err := f.ib.UnpackProvenStateRoot(f.call(f.inbox, f.ib.PackProvenStateRoot(fl.commitment)))
	if err != nil || common.Hash(root) != fl.postRoot {
		t.Fatalf("proven root %x, %v", root, err)
	}
	if h := f.head(); h.Id != fl.commitment || h.StateRoot != fl.postRoot || h.Number != 11 {
		t.Fatalf("head %+v", h)
	}
}

func TestAtomicFlowFailingAssertionConfirmsNothing(t *testing.T) {
	f := newFixture(t)
	fl := f.sendFlow(1, 10, f.flowAssertions(1))
	f.mustSucceed(fl.pre, fl.propose, fl.post)
	if e := revertAs[bindings.BasedInboxAssertionFailed](f, fl.confirm); e.Index.Int64() != 1 || e.CallReverted {
		t.Fatalf("%+v", e)
	}
	if f.isConfirmed(fl.commitment) {
		t.Fatal("confirmed despite a failing assertion")
	}
	if d := f.derive(); len(d) != 0 {
		t.Fatalf("derivation sees %+v", d)
	}
	if h := f.head(); h.Based {
		t.Fatalf("head moved to a based block: %+v", h)
	}
	res, err := f.chain.Simulate(f.chain.Head().Time+1, callMsg(f.inbox, f.ib.PackProvenStateRoot(fl.commitment)))
	if err != nil {
		t.Fatal(err)
	}
	if v, err := bindings.UnpackInboxError(res[0].RevertData); err != nil || !res[0].Reverted {
		t.Fatalf("proven root of an unconfirmed block after its L1 block: %v %v", v, err)
	} else if _, ok := v.(*bindings.BasedInboxStateRootNotProven); !ok {
		t.Fatalf("reverted with %#v", v)
	}
}
