package bindings_test

import (
	"bytes"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
)

// callFailure checks that a committed submission failed on a signed call with the account's named
// error T at (leg, index), and returns the error.
func callFailure[T any](f *fixture, tx txRef, leg uint8, index int64) *T {
	f.t.Helper()
	failed := revertAs[bindings.BasedInboxCallFailed](f, tx)
	if failed.Leg != leg || failed.Index.Int64() != index {
		f.t.Fatalf("call %d of leg %d failed, want %d of leg %d", failed.Index, failed.Leg, index, leg)
	}
	v, err := bindings.UnpackAccountError(failed.Reason)
	if err != nil {
		f.t.Fatalf("decode the account's error %x: %v", failed.Reason, err)
	}
	got, ok := v.(*T)
	if !ok {
		f.t.Fatalf("the account refused with %s %+v, want %T", reflect.TypeOf(v), v, new(T))
	}
	return got
}

// submitPre submits, in the current slot, a certified submission whose pre-calls are pre.
func (f *fixture) submitPre(slot uint64, pre ...bindings.SignedCall) txRef {
	f.t.Helper()
	s := f.certified(slot, 10*slot, nil)
	s.PreCalls = pre
	tx := f.submit(f.sidecar, s, 1)
	f.chain.Commit()
	return tx
}

// refusal is one broken authorisation: calls builds the pre-calls, check the failure.
type refusal struct {
	name  string
	calls func(slot, ts uint64) []bindings.SignedCall
	check func(f *fixture, tx txRef, slot, ts uint64)
}

// TestSignedCallRefusals: each broken authorisation is refused by the account with its named
// error, wrapped by the inbox in CallFailed(leg, index), and the whole submission reverts.
func TestSignedCallRefusals(t *testing.T) {
	f := newFixture(t)
	for i, tc := range f.refusals() {
		t.Run(tc.name, func(sub *testing.T) {
			defer f.use(sub)()
			slot := uint64(i + 1)
			ts := f.enterSlot(slot)
			tc.check(f, f.submitPre(slot, tc.calls(slot, ts)...), slot, ts)
			f.checkUntouched(keyAddr(f.searcher))
		})
	}
}

func (f *fixture) refusals() []refusal {
	searcher := keyAddr(f.searcher)
	one := func(edit func(c *bundle.BasedCall)) func(slot, ts uint64) []bindings.SignedCall {
		return func(slot, ts uint64) []bindings.SignedCall {
			c := f.basedCall(slot, 0, f.demo, f.sd.PackLock())
			c.Deadline = ts // valid unless edit says otherwise
			edit(&c)
			return []bindings.SignedCall{f.sign(f.searcher, c)}
		}
	}
	return []refusal{
		{"wrong slot", one(func(c *bundle.BasedCall) { c.L1Slot++ }), func(f *fixture, tx txRef, slot, _ uint64) {
			if e := callFailure[basedaccount.BasedAccountCallWrongSlot](f, tx, 0, 0); e.Slot != slot || e.Signed != slot+1 {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"expired", one(func(c *bundle.BasedCall) { c.Deadline-- }), func(f *fixture, tx txRef, _, ts uint64) {
			if e := callFailure[basedaccount.BasedAccountCallExpired](f, tx, 0, 0); e.Deadline != ts-1 || e.Timestamp != ts {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"wrong chain", one(func(c *bundle.BasedCall) { c.ChainID = 1 }), func(f *fixture, tx txRef, _, _ uint64) {
			if e := callFailure[basedaccount.BasedAccountCallWrongChain](f, tx, 0, 0); e.ChainId.Int64() != 31337 || e.Signed.Int64() != 1 {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"wrong nonce", one(func(c *bundle.BasedCall) { c.Nonce = 5 }), func(f *fixture, tx txRef, _, _ uint64) {
			if e := callFailure[basedaccount.BasedAccountCallWrongNonce](f, tx, 0, 0); e.Nonce.Int64() != 5 || e.Next.Sign() != 0 {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"signed by another key", func(slot, _ uint64) []bindings.SignedCall {
			c := f.basedCall(slot, 0, f.demo, f.sd.PackLock())
			digest := c.Digest(searcher) // the searcher's own digest, signed by the stranger's key
			sig, err := crypto.Sign(digest[:], f.stranger)
			if err != nil {
				f.t.Fatal(err)
			}
			sig[64] += 27
			return []bindings.SignedCall{bindings.SignedCallOf(&bundle.SignedCall{Account: searcher, Call: c, Signature: sig})}
		}, func(f *fixture, tx txRef, _, _ uint64) {
			if e := callFailure[basedaccount.BasedAccountCallBadSignature](f, tx, 0, 0); e.Signer != keyAddr(f.stranger) {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"the same authorisation twice", func(slot, ts uint64) []bindings.SignedCall {
			c := one(func(*bundle.BasedCall) {})(slot, ts)[0]
			return []bindings.SignedCall{c, c}
		}, func(f *fixture, tx txRef, _, _ uint64) {
			if e := callFailure[basedaccount.BasedAccountCallReplayed](f, tx, 0, 1); e.Nonce.Sign() != 0 || e.Next.Int64() != 1 {
				f.t.Fatalf("%+v", e)
			}
		}},
	}
}

// checkUntouched checks a failed submission left no trace: no based block, no nonce use, no lock.
func (f *fixture) checkUntouched(account common.Address) {
	f.t.Helper()
	if n := f.basedNonce(account); n != 0 {
		f.t.Fatalf("account nonce %d", n)
	}
	if f.demoUint(f.sd.PackPreActions()) != 0 || f.demoUint(f.sd.PackLocked(account)) != 0 {
		f.t.Fatal("a refused submission's call changed the demo")
	}
	if d := f.derive(); len(d) != 0 {
		f.t.Fatalf("derived %+v", d)
	}
}

// TestReplayedAuthorisationIsRefused: an authorisation that ran once cannot run again, even in the
// same slot and through the same inbox.
func TestReplayedAuthorisationIsRefused(t *testing.T) {
	f := newFixture(t)
	a := f.atomicSubmission(1, 10, nil)
	tx := f.submit(f.sidecar, a.s, 1)
	f.chain.Commit()
	f.mustSucceed(tx)
	f.enterSlot(1) // a later block of the same slot
	replay := f.submitPre(1, a.s.PreCalls[0])
	if e := callFailure[basedaccount.BasedAccountCallReplayed](f, replay, 0, 0); e.Nonce.Sign() != 0 || e.Next.Int64() != 2 {
		t.Fatalf("%+v", e)
	}
	if n := f.basedNonce(keyAddr(f.searcher)); n != 2 {
		t.Fatalf("account nonce %d", n)
	}
}

// TestAuthorisationForAnotherInbox: the account takes calls only from the inbox the call names
// (CallNotFromInbox); naming the other inbox after signing breaks the signature (CallBadSignature).
func TestAuthorisationForAnotherInbox(t *testing.T) {
	f := newFixture(t)
	other := f.chain.Deploy(f.deployer, deployCode(bindings.BasedInboxMetaData.Bin, f.ib.PackConstructor(f.cfg)))
	f.enterSlot(1)
	signedForA := f.lockCall(f.searcher, 1, 0)
	tampered := signedForA
	tampered.Call.Inbox = other
	s := f.certified(1, 10, nil)
	s.PreCalls = []bindings.SignedCall{signedForA}
	viaB := f.send(f.sidecar, other, f.ib.PackSubmitBased(normalised(s)), 2)
	s.PreCalls = []bindings.SignedCall{tampered}
	tamperedViaB := f.send(f.sidecar, other, f.ib.PackSubmitBased(normalised(s)), 1)
	f.chain.Commit()
	if e := callFailure[basedaccount.BasedAccountCallNotFromInbox](f, viaB, 0, 0); e.Sender != other || e.Inbox != f.inbox {
		t.Fatalf("%+v", e)
	}
	if e := callFailure[basedaccount.BasedAccountCallBadSignature](f, tamperedViaB, 0, 0); e.Signer == keyAddr(f.searcher) {
		t.Fatalf("%+v", e)
	}
	f.checkUntouched(keyAddr(f.searcher))
}

// TestExecuteBasedOnlyFromTheInbox: a valid authorisation sent to the account by anyone but the
// inbox it names is refused.
func TestExecuteBasedOnlyFromTheInbox(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(1)
	c := f.lockCall(f.searcher, 1, 0)
	tx := f.send(f.stranger, keyAddr(f.searcher), f.ba.PackExecuteBased(basedaccount.BasedCall(c.Call), c.Signature), 1)
	f.chain.Commit()
	if r := f.chain.Receipt(tx); r.Status != 0 {
		t.Fatal("a stranger made the account act")
	}
	v, err := bindings.UnpackAccountError(f.chain.RevertData(tx))
	if e, ok := v.(*basedaccount.BasedAccountCallNotFromInbox); err != nil || !ok || e.Sender != keyAddr(f.stranger) || e.Inbox != f.inbox {
		t.Fatalf("%#v %v", v, err)
	}
	f.checkUntouched(keyAddr(f.searcher))
}

func TestSignedCallToAnAddressWithoutAccountCode(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(1)
	c := f.lockCall(f.stranger, 1, 0) // the stranger's EOA is not delegated
	tx := f.submitPre(1, f.lockCall(f.searcher, 1, 0), c)
	if e := revertAs[bindings.BasedInboxNotAnAccount](f, tx); e.Leg != 0 || e.Index.Int64() != 1 || e.Account != keyAddr(f.stranger) {
		t.Fatalf("%+v", e)
	}
	f.checkUntouched(keyAddr(f.searcher))
}

// TestSignedCallCannotReenterTheInbox: a call that reenters submitBased or recordSequenced
// reverts with Reentered, passed up through the account's CallReverted and the inbox's CallFailed.
func TestSignedCallCannotReenterTheInbox(t *testing.T) {
	f := newFixture(t)
	reentered := bindings.BasedInboxReenteredErrorID()
	check := func(tx txRef, leg uint8) {
		f.t.Helper()
		e := callFailure[basedaccount.BasedAccountCallReverted](f, tx, leg, 0)
		if !bytes.Equal(e.Reason, reentered[:4]) {
			f.t.Fatalf("reason %x, want Reentered", e.Reason)
		}
		f.checkUntouched(keyAddr(f.searcher))
	}
	f.enterSlot(1)
	inner := normalised(f.certified(1, 10, nil))
	check(f.submitPre(1, f.sign(f.searcher, f.basedCall(1, 0, f.inbox, f.ib.PackSubmitBased(inner)))), 0)

	f.enterSlot(2)
	m := f.slotEnding(2, 20)
	m.SlotEnding = false
	s := f.certified(2, 20, nil)
	s.PostCalls = []bindings.SignedCall{f.sign(f.searcher, f.basedCall(2, 0, f.inbox, f.ib.PackRecordSequenced(m, f.certify(m))))}
	tx := f.submit(f.sidecar, s, 1)
	f.chain.Commit()
	check(tx, 1)
}

// TestFailingPostCallRevertsTheSubmission: the target's own revert reason reaches the caller.
func TestFailingPostCallRevertsTheSubmission(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(1)
	s := f.certified(1, 10, nil) // no proven root: release cannot read one
	s.PreCalls = []bindings.SignedCall{f.lockCall(f.searcher, 1, 0)}
	s.PostCalls = []bindings.SignedCall{f.releaseCall(f.searcher, 1, 1)}
	tx := f.submit(f.sidecar, s, 1)
	f.chain.Commit()
	e := callFailure[basedaccount.BasedAccountCallReverted](f, tx, 1, 0)
	noProven := bindings.BasedInboxNoProvenStateRootErrorID()
	if !bytes.Equal(e.Reason, noProven[:4]) {
		t.Fatalf("reason %x, want NoProvenStateRoot", e.Reason)
	}
	f.checkUntouched(keyAddr(f.searcher))
}

// TestBasedCallDigestMatchesBundle: the account's EIP-712 digest is bundle's (the shared vector
// every signing test relies on), and so is its type hash.
func TestBasedCallDigestMatchesBundle(t *testing.T) {
	f := newFixture(t)
	searcher := keyAddr(f.searcher)
	c := bundle.BasedCall{ChainID: 31337, Inbox: f.inbox, L1Slot: 7, Target: f.demo, Value: big.NewInt(12345),
		Data: []byte("payload"), Nonce: 3, Deadline: 4_000_000_123}
	sc := f.sign(f.searcher, c)
	got, err := f.ba.UnpackBasedCallDigest(f.call(searcher, f.ba.PackBasedCallDigest(basedaccount.BasedCall(sc.Call))))
	if err != nil {
		t.Fatal(err)
	}
	if want := c.Digest(searcher); common.Hash(got) != want {
		t.Fatalf("contract digest %x, bundle %x", got, want)
	}
	th, err := f.ba.UnpackBASEDCALLTYPEHASH(f.call(f.account, f.ba.PackBASEDCALLTYPEHASH()))
	if err != nil || common.Hash(th) != crypto.Keccak256Hash([]byte(bundle.BasedCallType)) {
		t.Fatalf("type hash %x: %v", th, err)
	}
}

// TestCopiedSignedCallRunsInAnotherSubmission records a limit of the BasedCall type: it binds the
// inbox, slot, nonce and deadline but not the submission, so whoever sees a signed call (the
// builder the bundle goes to) can run it in its own submission in the same slot, here the lock
// pre-call without its release post-call. The sidecar's submission then fails on the replay.
// docs/contracts.md ("What a dishonest builder can do") describes it and how a searcher limits it.
func TestCopiedSignedCallRunsInAnotherSubmission(t *testing.T) {
	f := newFixture(t)
	a := f.atomicSubmission(1, 10, nil)
	copied := f.certified(1, 10, []byte("the builder's own block"))
	copied.PreCalls = a.s.PreCalls
	theirs := f.submit(f.stranger, copied, 5)
	ours := f.submit(f.sidecar, a.s, 1)
	f.chain.Commit()
	f.mustSucceed(theirs)
	callFailure[basedaccount.BasedAccountCallReplayed](f, ours, 0, 0)
	if f.demoUint(f.sd.PackLocked(keyAddr(f.searcher))) == 0 || f.basedNonce(keyAddr(f.searcher)) != 1 {
		t.Fatal("the copied lock did not run")
	}
}
