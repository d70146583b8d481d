package bindings_test

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
)

// TestNoViewReturnsAnUnconfirmedRoot: one L1 block holds, in this order, another proposer's
// proven submission that reverts on its assertion, a reader, our proven submission, and two more
// readers. From outside a submission no view ever returns the failed block's root, and the
// transient root is gone as soon as the submission that proved it ends.
func TestNoViewReturnsAnUnconfirmedRoot(t *testing.T) {
	f := newFixture(t)
	ts := f.enterSlot(1)
	theirs := f.certified(1, 10, []byte("copied"))
	theirRoot := l2Root(11, 9)
	ct := f.prove(&theirs, f.stranger, 11, ts, 0, theirs.SlotEnding.L2StateRoot, theirRoot)
	theirs.Bundles = []bindings.CallBundle{{Assertions: []bindings.Assertion{{Target: f.demo, Data: f.sd.PackPreActions(), Expect: word(common.Big1)}}}}
	a := f.atomicSubmission(1, 10, nil)

	failed := f.submit(f.stranger, theirs, 6)
	before := f.send(f.deployer, f.inbox, f.ib.PackLatestConfirmedStateRoot(), 5)
	ours := f.submit(f.sidecar, a.s, 4)
	transient := f.send(f.stranger, f.inbox, f.ib.PackTransientStateRoot(), 3)
	theirProven := f.send(f.stranger, f.inbox, f.ib.PackProvenStateRoot(ct), 3)
	f.chain.Commit()
	for i, tx := range []txRef{failed, before, ours, transient, theirProven} {
		if got := f.chain.Receipt(tx).TransactionIndex; got != uint(i) {
			t.Fatalf("tx %d landed at index %d", i, got)
		}
	}
	revertAs[bindings.BasedInboxAssertionFailed](f, failed)
	revertAs[bindings.BasedInboxNoProvenStateRoot](f, before)
	f.mustSucceed(ours)
	revertAs[bindings.BasedInboxNoProvenStateRoot](f, transient)
	if e := revertAs[bindings.BasedInboxStateRootNotProven](f, theirProven); e.Commitment != ct {
		t.Fatalf("%+v", e)
	}
	if got := common.BytesToHash(f.call(f.demo, f.sd.PackLastStateRoot())); got != a.postRoot {
		t.Fatalf("our post-call read %x, want our root %x", got, a.postRoot)
	}

	// Later blocks: confirmed roots only, and no transient root.
	f.enterSlot(2)
	f.chain.Commit()
	f.checkConfirmedViews(a.commitment, a.postRoot, ct)
}

// checkConfirmedViews checks, at the head, that the views return ours (confirmed) and refuse
// theirs (never confirmed) and the transient root.
func (f *fixture) checkConfirmedViews(ours, ourRoot, theirs common.Hash) {
	f.t.Helper()
	latest, err := f.ib.UnpackLatestConfirmedStateRoot(f.call(f.inbox, f.ib.PackLatestConfirmedStateRoot()))
	if err != nil || latest.Commitment != ours || latest.StateRoot != ourRoot {
		f.t.Fatalf("latest confirmed %+v, %v", latest, err)
	}
	root, err := f.ib.UnpackProvenStateRoot(f.call(f.inbox, f.ib.PackProvenStateRoot(ours)))
	if err != nil || common.Hash(root) != ourRoot {
		f.t.Fatalf("proven root %x, %v", root, err)
	}
	res, err := f.chain.Simulate(f.chain.Head().Time+1,
		callMsg(f.inbox, f.ib.PackTransientStateRoot()), callMsg(f.inbox, f.ib.PackProvenStateRoot(theirs)))
	if err != nil {
		f.t.Fatal(err)
	}
	decodeAs[bindings.BasedInboxNoProvenStateRoot](f, res[0].RevertData)
	decodeAs[bindings.BasedInboxStateRootNotProven](f, res[1].RevertData)
	if f.isConfirmed(theirs) {
		f.t.Fatal("the failed submission's block is confirmed")
	}
}

// TestFailedSubmissionAloneLeavesNothingReadable: a proven submission that reverts is the only
// one in its block; afterwards no view has any root.
func TestFailedSubmissionAloneLeavesNothingReadable(t *testing.T) {
	f := newFixture(t)
	ts := f.enterSlot(1)
	s := f.certified(1, 10, nil)
	c := f.prove(&s, f.sidecar, 11, ts, 0, s.SlotEnding.L2StateRoot, l2Root(11, 0))
	s.Bundles = []bindings.CallBundle{{Assertions: []bindings.Assertion{{Target: f.demo, Data: f.sd.PackPreActions(), Expect: word(common.Big1)}}}}
	tx := f.submit(f.sidecar, s, 2)
	after := f.send(f.stranger, f.inbox, f.ib.PackTransientStateRoot(), 1)
	f.chain.Commit()
	revertAs[bindings.BasedInboxAssertionFailed](f, tx)
	revertAs[bindings.BasedInboxNoProvenStateRoot](f, after)
	res, err := f.chain.Simulate(f.chain.Head().Time+1, callMsg(f.inbox, f.ib.PackLatestConfirmedStateRoot()),
		callMsg(f.inbox, f.ib.PackProvenStateRoot(c)), callMsg(f.inbox, f.ib.PackTransientStateRoot()))
	if err != nil {
		t.Fatal(err)
	}
	decodeAs[bindings.BasedInboxNoProvenStateRoot](f, res[0].RevertData)
	decodeAs[bindings.BasedInboxStateRootNotProven](f, res[1].RevertData)
	decodeAs[bindings.BasedInboxNoProvenStateRoot](f, res[2].RevertData)
}

// TestTransientRootIsNotVisibleToPreCalls: inside the transaction, before the proposal, there is
// no root either: a pre-call reading it reverts the submission.
func TestTransientRootIsNotVisibleToPreCalls(t *testing.T) {
	f := newFixture(t)
	ts := f.enterSlot(1)
	s := f.certified(1, 10, nil)
	f.prove(&s, f.sidecar, 11, ts, 0, s.SlotEnding.L2StateRoot, l2Root(11, 0))
	s.Bundles = []bindings.CallBundle{f.sealed(1, bundle.CallGroup{PreCalls: []bundle.SignedCall{f.releaseCall(f.searcher, 1, 0)}})}
	tx := f.submit(f.sidecar, s, 1)
	f.chain.Commit()
	e := callFailure[basedaccount.BasedAccountCallReverted](f, tx, 0, 0, 0)
	noProven := bindings.BasedInboxNoProvenStateRootErrorID()
	if !bytes.Equal(e.Reason, noProven[:4]) {
		t.Fatalf("reason %x, want NoProvenStateRoot", e.Reason)
	}
}

// TestRejectedProofRevertsThePreCalls: a proof that does not verify fails the whole submission,
// the pre-call that ran before the proposal included.
func TestRejectedProofRevertsThePreCalls(t *testing.T) {
	f := newFixture(t)
	a := f.atomicSubmission(1, 10, nil)
	a.s.Blk.Proof = f.attest(a.s.SlotEnding.L2StateRoot, a.commitment, l2Root(99, 0))
	tx := f.submit(f.sidecar, a.s, 1)
	f.chain.Commit()
	if e := revertAs[bindings.BasedInboxStateProofRejected](f, tx); e.PostStateRoot != a.postRoot {
		t.Fatalf("%+v", e)
	}
	f.checkUntouched(keyAddr(f.searcher))
}
