package bindings_test

import (
	"bytes"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// landCertified lands a certified based block on slot-ending block n in slot, without calls, and
// returns its commitment.
func (f *fixture) landCertified(slot, n uint64, txData []byte) common.Hash {
	f.t.Helper()
	ts := f.enterSlot(slot)
	s := f.certified(slot, n, txData)
	c := f.commitmentFor(f.sidecar, s.Blk, n+1, ts, f.forcedHead())
	tx := f.submit(f.sidecar, s, 1)
	f.chain.Commit()
	f.mustSucceed(tx)
	return c
}

func TestSubmitBasedAcceptsCertifiedSlotEnding(t *testing.T) {
	f := newFixture(t)
	ts := f.enterSlot(2)
	txData := bytes.Repeat([]byte{0xab}, 300)
	s := f.certified(2, 40, txData)
	want := f.commitmentFor(f.sidecar, s.Blk, 41, ts, 0)
	tx := f.submit(f.sidecar, s, 1)
	f.chain.Commit()
	f.mustSucceed(tx)

	ev := f.proposedEvent(tx)
	if ev.Commitment != want || ev.Proposer != keyAddr(f.sidecar) || ev.ParentId != s.SlotEnding.L2BlockHash {
		t.Fatalf("event %x by %s on %x, Go side predicted %x", ev.Commitment, ev.Proposer, ev.ParentId, want)
	}
	info := ev.Info
	if info.L2BlockNumber != 41 || info.L1Slot != 2 || info.Anchor != bindings.AnchorSlotEnding {
		t.Fatalf("info %+v", info)
	}
	if info.DataHash != bindings.DataHash(txData) || !bytes.Equal(info.TxData, txData) || len(info.BlobHashes) != 0 {
		t.Fatalf("data commitment %x, tx data %d bytes", info.DataHash, len(info.TxData))
	}
	if info.ParentStateRoot != s.SlotEnding.L2StateRoot || info.PostStateRoot != (common.Hash{}) {
		t.Fatalf("state roots %x -> %x", info.ParentStateRoot, info.PostStateRoot)
	}
	if !f.isConfirmed(want) {
		t.Fatal("not confirmed")
	}
	if h := f.head(); h.Id != want || h.Number != 41 || !h.Based || h.L1Slot != 2 {
		t.Fatalf("head %+v", h)
	}
	if d := f.derive(); len(d) != 1 || d[0].Commitment != want {
		t.Fatalf("derived %+v", d)
	}
}

// atomic is one demo bundle in one submission: lock (pre-call, with value), the proven based
// block, release (post-call reading the in-transaction root) and the assertions.
type atomic struct {
	s                    bindings.Submission
	g                    bundle.CallGroup // the searcher's bundle, signed
	commitment, postRoot common.Hash
}

func (f *fixture) atomicSubmission(slot, n uint64, lockValue *big.Int) atomic {
	f.t.Helper()
	return f.atomicWith(slot, n, f.demoBundle(slot, n, lockValue))
}

// demoBundle is the searcher's signed demo bundle for slot-ending block n of slot: its assertions
// pin the proven root of block n+1 that atomicWith proves.
func (f *fixture) demoBundle(slot, n uint64, lockValue *big.Int) bundle.CallGroup {
	f.t.Helper()
	searcher := keyAddr(f.searcher)
	g := f.lockRelease(f.searcher, slot, f.basedNonce(searcher))
	g.PreCalls[0].Call.Value = lockValue
	g.Assertions = []bundle.Assertion{
		{Target: f.demo, Data: f.sd.PackPreActions(), Expect: word(big.NewInt(int64(f.demoUint(f.sd.PackPreActions()) + 1)))},
		{Target: f.demo, Data: f.sd.PackLastStateRoot(), Expect: word(l2Root(n+1, 0).Big())},
		g.Assertions[0], // locked(searcher) == 0
	}
	return f.bound(slot, g)
}

// atomicWith is the sidecar's proven submission on slot-ending block n of slot carrying g, built
// in a new block of the slot.
func (f *fixture) atomicWith(slot, n uint64, g bundle.CallGroup) atomic {
	f.t.Helper()
	ts := f.enterSlot(slot)
	a := atomic{s: f.certified(slot, n, []byte("searcher l2 txs")), g: g, postRoot: l2Root(n+1, 0)}
	a.commitment = f.prove(&a.s, f.sidecar, n+1, ts, f.forcedHead(), a.s.SlotEnding.L2StateRoot, a.postRoot)
	a.s.Bundles = []bindings.CallBundle{bindings.CallBundleOf(g)}
	return a
}

func TestSubmitBasedRunsCallsProposalAndAssertionsInOneTransaction(t *testing.T) {
	f := newFixture(t)
	searcher := keyAddr(f.searcher)
	before := f.chain.Balance(searcher)
	a := f.atomicSubmission(1, 10, big.NewInt(params.Ether))
	tx := f.submit(f.sidecar, a.s, 1)
	f.chain.Commit()
	f.mustSucceed(tx)

	if d := f.derive(); len(d) != 1 || d[0].Commitment != a.commitment || d[0].Info.PostStateRoot != a.postRoot {
		t.Fatalf("derived %+v", d)
	}
	root, err := f.ib.UnpackProvenStateRoot(f.call(f.inbox, f.ib.PackProvenStateRoot(a.commitment)))
	if err != nil || common.Hash(root) != a.postRoot {
		t.Fatalf("proven root %x, %v", root, err)
	}
	if h := f.head(); h.Id != a.commitment || h.StateRoot != a.postRoot || h.Number != 11 {
		t.Fatalf("head %+v", h)
	}
	if got := common.BytesToHash(f.call(f.demo, f.sd.PackLastCommitment())); got != a.commitment {
		t.Fatalf("the post-call saw commitment %x, want %x", got, a.commitment)
	}
	if n := f.basedNonce(searcher); n != 2 {
		t.Fatalf("account nonce %d after two calls", n)
	}
	if got := f.chain.Balance(searcher); got.Cmp(before) != 0 {
		t.Fatalf("searcher balance %s, want %s: the lock is refunded and the sidecar pays the gas", got, before)
	}
}

// TestFailingAssertionRevertsTheL2BlockAndThePreCalls: the central case. The pre-call
// locked value and bumped the account nonce, the post-call recorded the proven root; one false
// assertion undoes all of it and the L2 block never exists.
func TestFailingAssertionRevertsTheL2BlockAndThePreCalls(t *testing.T) {
	f := newFixture(t)
	searcher := keyAddr(f.searcher)
	before, headBefore := f.chain.Balance(searcher), f.head()
	a := f.atomicSubmission(1, 10, big.NewInt(params.Ether))
	g := a.g
	g.Assertions = slices.Clone(g.Assertions)
	g.Assertions[1].Expect = word(big.NewInt(7))
	a.s.Bundles[0] = bindings.CallBundleOf(f.signGroup(g)) // the searcher signs the false assertion
	tx := f.submit(f.sidecar, a.s, 1)
	f.chain.Commit()
	if e := revertAs[bindings.BasedInboxAssertionFailed](f, tx); e.Bundle.Sign() != 0 || e.Index.Int64() != 1 || e.CallReverted {
		t.Fatalf("%+v", e)
	}
	if f.isConfirmed(a.commitment) || len(f.derive()) != 0 {
		t.Fatal("the L2 block of a failed submission exists")
	}
	if h := f.head(); h != headBefore {
		t.Fatalf("head moved: %+v, was %+v", h, headBefore)
	}
	if n := f.basedNonce(searcher); n != 0 {
		t.Fatalf("account nonce %d: the pre-call's nonce use survived", n)
	}
	if got := f.demoUint(f.sd.PackPreActions()); got != 0 {
		t.Fatalf("preActions %d: the pre-call's state change survived", got)
	}
	if got := f.demoUint(f.sd.PackLocked(searcher)); got != 0 {
		t.Fatalf("locked %d", got)
	}
	if got := f.chain.Balance(searcher); got.Cmp(before) != 0 || f.chain.Balance(f.demo).Sign() != 0 {
		t.Fatalf("searcher balance %s (was %s), demo holds %s", got, before, f.chain.Balance(f.demo))
	}
	if got := common.BytesToHash(f.call(f.demo, f.sd.PackLastStateRoot())); got != (common.Hash{}) {
		t.Fatalf("the post-call's record of the unconfirmed root survived: %x", got)
	}
}

func TestAssertionFailedNamesTheFirstFailingAssertion(t *testing.T) {
	f := newFixture(t)
	zero := word(common.Big0)
	holds := bindings.Assertion{Target: f.demo, Data: f.sd.PackPreActions(), Expect: zero}
	wrong := bindings.Assertion{Target: f.demo, Data: f.sd.PackPreActions(), Expect: word(common.Big1)}
	reverts := bindings.Assertion{Target: f.inbox, Data: f.ib.PackLatestConfirmedStateRoot(), Expect: zero}
	noProven := bindings.BasedInboxNoProvenStateRootErrorID()
	for i, tc := range []struct {
		as       []bindings.Assertion
		index    int64
		reverted bool
		hash     common.Hash
	}{
		{[]bindings.Assertion{holds, holds, wrong, reverts}, 2, false, zero},
		{[]bindings.Assertion{holds, reverts, wrong}, 1, true, crypto.Keccak256Hash(noProven[:4])},
	} {
		slot := uint64(i + 1)
		f.enterSlot(slot)
		s := withBundles(f.certified(slot, 10*slot, nil), bindings.CallBundle{Assertions: tc.as})
		tx := f.submit(f.sidecar, s, 1)
		f.chain.Commit()
		e := revertAs[bindings.BasedInboxAssertionFailed](f, tx)
		if e.Bundle.Sign() != 0 || e.Index.Int64() != tc.index || e.CallReverted != tc.reverted || e.ReturnDataHash != tc.hash {
			t.Fatalf("case %d: %+v", i, e)
		}
	}
	if len(f.derive()) != 0 {
		t.Fatal("a based block whose assertion failed was derived")
	}
}

// TestCompetingSubmissionsOnlyOneLands: anyone may submit on a public slot-ending message; the
// first lands whole and a later one on the same parent is refused whole.
func TestCompetingSubmissionsOnlyOneLands(t *testing.T) {
	f := newFixture(t)
	ts := f.enterSlot(1)
	theirs, ours := f.certified(1, 10, []byte("copied")), f.certified(1, 10, []byte("ours"))
	ct := f.commitmentFor(f.stranger, theirs.Blk, 11, ts, 0)
	ours.Bundles = []bindings.CallBundle{f.sealed(1, f.lockRelease(f.searcher, 1, 0))}
	pt := f.submit(f.stranger, theirs, 5)
	po := f.submit(f.sidecar, ours, 3)
	f.chain.Commit()
	f.mustSucceed(pt)
	if e := revertAs[bindings.BasedInboxSlotEndingNotOnHead](f, po); e.HeadId != ct {
		t.Fatalf("late submission: %+v", e)
	}
	if d := f.derive(); len(d) != 1 || d[0].Commitment != ct {
		t.Fatalf("derived %+v", d)
	}
	if f.basedNonce(keyAddr(f.searcher)) != 0 || f.demoUint(f.sd.PackPreActions()) != 0 {
		t.Fatal("the refused submission's pre-call ran")
	}
}
