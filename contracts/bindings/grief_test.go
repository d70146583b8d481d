package bindings_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
)

// A searcher's call cannot queue a forced transaction from inside a submission: it could make an
// entry due that the proposal did not count and revert the whole submission unattributed.
func TestCallCannotEnqueueForcedTransactionDuringSubmission(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(1)
	c := f.basedCall(1, 0, f.inbox, f.ib.PackEnqueueForcedTransaction([]byte{0x02, 0x01}))
	c.Value = forcedFee
	g := f.signGroup(f.bound(1, bundle.CallGroup{PreCalls: []bundle.SignedCall{unsigned(f.searcher, c)}}))
	tx := f.submitBundles(1, bindings.CallBundleOf(g))
	e := callFailure[basedaccount.BasedAccountCallReverted](f, tx, 0, 0, 0)
	if len(e.Reason) < 4 || common.Bytes2Hex(e.Reason[:4]) != common.Bytes2Hex(bindings.BasedInboxEnqueueDuringSubmissionErrorID().Bytes()[:4]) {
		t.Fatalf("the enqueue reverted with %x, want EnqueueDuringSubmission", e.Reason)
	}
	if tail, err := f.ib.UnpackForcedTail(f.call(f.inbox, f.ib.PackForcedTail())); err != nil || tail != 0 {
		t.Fatalf("forced tail %d (%v): an entry was queued", tail, err)
	}
}

// A target that reverts with 100 kB cannot make the submission run out of gas wrapping it: the
// account keeps 1,024 bytes of it and the inbox names the call with that.
func TestHugeRevertDataIsCut(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(1)
	// PUSH3 0x019000 PUSH0 REVERT: revert with 102,400 zero bytes.
	// Init code: PUSH6 <that> PUSH0 MSTORE PUSH1 6 PUSH1 26 RETURN.
	reverter := f.chain.Deploy(f.deployer, common.FromHex("0x65620190005ffd5f526006601af3"))
	c := f.basedCall(1, 0, reverter, nil)
	g := f.signGroup(f.bound(1, bundle.CallGroup{PreCalls: []bundle.SignedCall{unsigned(f.searcher, c)}}))
	tx := f.submitBundles(1, bindings.CallBundleOf(g))
	if e := callFailure[basedaccount.BasedAccountCallReverted](f, tx, 0, 0, 0); len(e.Reason) != 1024 {
		t.Fatalf("the target's revert reached the inbox with %d bytes, want 1024", len(e.Reason))
	}
	f.checkUntouched(keyAddr(f.searcher))
}
