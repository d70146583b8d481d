package bindings_test

import (
	"bytes"
	"math/big"
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

// callFailure checks that a committed submission failed on a signed call with the account's named
// error T at (leg, bundle, index), and returns the error.
func callFailure[T any](f *fixture, tx txRef, leg uint8, bundle, index int64) *T {
	f.t.Helper()
	failed := revertAs[bindings.BasedInboxCallFailed](f, tx)
	if failed.Leg != leg || failed.Bundle.Int64() != bundle || failed.Index.Int64() != index {
		f.t.Fatalf("call %d of leg %d of bundle %d failed, want %d of leg %d of bundle %d",
			failed.Index, failed.Leg, failed.Bundle, index, leg, bundle)
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

// submitBundles submits, in the current slot, a certified submission carrying bs.
func (f *fixture) submitBundles(slot uint64, bs ...bindings.CallBundle) txRef {
	f.t.Helper()
	tx := f.submit(f.sidecar, withBundles(f.certified(slot, 10*slot, nil), bs...), 1)
	f.chain.Commit()
	return tx
}

// refusal is one broken authorisation: calls builds the one bundle, check the failure.
type refusal struct {
	name  string
	calls func(slot, ts uint64) bindings.CallBundle
	check func(f *fixture, tx txRef, slot, ts uint64)
}

// TestSignedCallRefusals: each broken authorisation is refused by the account with its named
// error, wrapped by the inbox in CallFailed(leg, bundle, index), and the whole submission reverts.
func TestSignedCallRefusals(t *testing.T) {
	f := newFixture(t)
	for i, tc := range f.refusals() {
		t.Run(tc.name, func(sub *testing.T) {
			defer f.use(sub)()
			slot := uint64(i + 1)
			ts := f.enterSlot(slot)
			tc.check(f, f.submitBundles(slot, tc.calls(slot, ts)), slot, ts)
			f.checkUntouched(keyAddr(f.searcher))
		})
	}
}

func (f *fixture) refusals() []refusal {
	searcher := keyAddr(f.searcher)
	// one signs a bundle of one lock pre-call as edited: signGroup keeps the edit (no Bind).
	one := func(edit func(c *bundle.BasedCall)) func(slot, ts uint64) bindings.CallBundle {
		return func(slot, ts uint64) bindings.CallBundle {
			c := f.basedCall(slot, 0, f.demo, f.sd.PackLock())
			c.Deadline = ts // valid unless edit says otherwise
			edit(&c)
			return bindings.CallBundleOf(f.signGroup(bundle.CallGroup{PreCalls: []bundle.SignedCall{unsigned(f.searcher, c)}}))
		}
	}
	return []refusal{
		{"wrong slot", one(func(c *bundle.BasedCall) { c.L1Slot++ }), func(f *fixture, tx txRef, slot, _ uint64) {
			if e := callFailure[basedaccount.BasedAccountCallWrongSlot](f, tx, 0, 0, 0); e.Slot != slot || e.Signed != slot+1 {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"expired", one(func(c *bundle.BasedCall) { c.Deadline-- }), func(f *fixture, tx txRef, _, ts uint64) {
			if e := callFailure[basedaccount.BasedAccountCallExpired](f, tx, 0, 0, 0); e.Deadline != ts-1 || e.Timestamp != ts {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"wrong chain", one(func(c *bundle.BasedCall) { c.ChainID = 1 }), func(f *fixture, tx txRef, _, _ uint64) {
			if e := callFailure[basedaccount.BasedAccountCallWrongChain](f, tx, 0, 0, 0); e.ChainId.Int64() != 31337 || e.Signed.Int64() != 1 {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"wrong nonce", one(func(c *bundle.BasedCall) { c.Nonce = 5 }), func(f *fixture, tx txRef, _, _ uint64) {
			if e := callFailure[basedaccount.BasedAccountCallWrongNonce](f, tx, 0, 0, 0); e.Nonce.Int64() != 5 || e.Next.Sign() != 0 {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"signed by another key", func(slot, _ uint64) bindings.CallBundle {
			g := bundle.CallGroup{PreCalls: []bundle.SignedCall{f.lockCall(f.searcher, slot, 0)}}
			g.L1Slot = slot
			g.Bind(f.callChains())
			digest := g.PreCalls[0].Call.Digest(searcher) // the searcher's own digest, signed by the stranger's key
			sig, err := crypto.Sign(digest[:], f.stranger)
			if err != nil {
				f.t.Fatal(err)
			}
			sig[64] += 27
			g.PreCalls[0].Signature = sig
			return bindings.CallBundleOf(g)
		}, func(f *fixture, tx txRef, _, _ uint64) {
			if e := callFailure[basedaccount.BasedAccountCallBadSignature](f, tx, 0, 0, 0); e.Signer != keyAddr(f.stranger) {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"the same authorisation twice", func(slot, _ uint64) bindings.CallBundle {
			lock := f.lockCall(f.searcher, slot, 0)
			return f.sealed(slot, bundle.CallGroup{PreCalls: []bundle.SignedCall{lock, lock}})
		}, func(f *fixture, tx txRef, _, _ uint64) {
			if e := callFailure[basedaccount.BasedAccountCallReplayed](f, tx, 0, 0, 1); e.Nonce.Sign() != 0 || e.Next.Int64() != 1 {
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

// TestReplayedAuthorisationIsRefused: a bundle that ran once cannot run again, even whole, in the
// same slot, block and inbox (a based block on top of the first): its first call's nonce is used.
func TestReplayedAuthorisationIsRefused(t *testing.T) {
	f := newFixture(t)
	a := f.atomicSubmission(1, 10, nil)
	tx := f.submit(f.sidecar, a.s, 2)
	replayed := uncertified(a.commitment, []byte("a based block on the first"))
	replayed.Bundles = a.s.Bundles
	replay := f.submit(f.sidecar, replayed, 1)
	f.chain.Commit()
	f.mustSucceed(tx)
	if e := callFailure[basedaccount.BasedAccountCallReplayed](f, replay, 0, 0, 0); e.Nonce.Sign() != 0 || e.Next.Int64() != 2 {
		t.Fatalf("%+v", e)
	}
	if n := f.basedNonce(keyAddr(f.searcher)); n != 2 {
		t.Fatalf("account nonce %d", n)
	}
}

// TestAuthorisationForAnotherInbox: the account takes calls only from the inbox the call names
// (CallNotFromInbox). Naming the other inbox after signing changes the bundle's id (the calls'
// inbox is in it: WrongBundleId), and rewriting the signed id too breaks the signature
// (CallBadSignature).
func TestAuthorisationForAnotherInbox(t *testing.T) {
	f := newFixture(t)
	other := f.chain.Deploy(f.deployer, deployCode(bindings.BasedInboxMetaData.Bin, f.ib.PackConstructor(f.cfg)))
	f.enterSlot(1)
	signedForA := f.bound(1, bundle.CallGroup{PreCalls: []bundle.SignedCall{f.lockCall(f.searcher, 1, 0)}})
	tampered := bundle.CallGroup{PreCalls: slices.Clone(signedForA.PreCalls)}
	tampered.PreCalls[0].Call.Inbox = other
	idRewritten := bundle.CallGroup{PreCalls: slices.Clone(tampered.PreCalls)}
	idRewritten.PreCalls[0].Call.BundleID = idRewritten.ID()
	m := f.slotEnding(1, 0) // B's genesis, certified for inbox B, so the submission reaches the calls
	s := bindings.Submission{SlotEnding: m, Certificate: f.certifyWith(m, bundle.Domain{ChainID: l1sim.ChainID, VerifyingContract: other}, f.sequencer),
		Blk: calldataBlock(m.L2BlockHash, nil)}
	var txs []txRef
	for i, g := range []bundle.CallGroup{signedForA, tampered, idRewritten} {
		s.Bundles = []bindings.CallBundle{bindings.CallBundleOf(g)}
		txs = append(txs, f.send(f.sidecar, other, f.ib.PackSubmitBased(normalised(s)), int64(3-i)))
	}
	f.chain.Commit()
	if e := callFailure[basedaccount.BasedAccountCallNotFromInbox](f, txs[0], 0, 0, 0); e.Sender != other || e.Inbox != f.inbox {
		t.Fatalf("%+v", e)
	}
	if e := revertAs[bindings.BasedInboxWrongBundleId](f, txs[1]); e.BundleId != tampered.ID() || e.Signed != signedForA.ID() {
		t.Fatalf("%+v", e)
	}
	if e := callFailure[basedaccount.BasedAccountCallBadSignature](f, txs[2], 0, 0, 0); e.Signer == keyAddr(f.searcher) {
		t.Fatalf("%+v", e)
	}
	f.checkUntouched(keyAddr(f.searcher))
}

// TestExecuteBasedOnlyFromTheInbox: a valid authorisation sent to the account by anyone but the
// inbox it names is refused.
func TestExecuteBasedOnlyFromTheInbox(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(1)
	c := f.sealed(1, f.lockRelease(f.searcher, 1, 0)).PreCalls[0]
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
	g := bundle.CallGroup{PreCalls: []bundle.SignedCall{
		f.lockCall(f.searcher, 1, 0), f.lockCall(f.stranger, 1, 0), // the stranger's EOA is not delegated
	}}
	tx := f.submitBundles(1, f.sealed(1, g))
	if e := revertAs[bindings.BasedInboxNotAnAccount](f, tx); e.Leg != 0 || e.Bundle.Sign() != 0 || e.Index.Int64() != 1 ||
		e.Account != keyAddr(f.stranger) {
		t.Fatalf("%+v", e)
	}
	f.checkUntouched(keyAddr(f.searcher))
}

// TestSignedCallCannotReenterTheInbox: a call that reenters submitBased or submitBatch
// reverts with Reentered, passed up through the account's CallReverted and the inbox's CallFailed.
func TestSignedCallCannotReenterTheInbox(t *testing.T) {
	f := newFixture(t)
	reentered := bindings.BasedInboxReenteredErrorID()
	check := func(tx txRef, leg uint8) {
		f.t.Helper()
		e := callFailure[basedaccount.BasedAccountCallReverted](f, tx, leg, 0, 0)
		if !bytes.Equal(e.Reason, reentered[:4]) {
			f.t.Fatalf("reason %x, want Reentered", e.Reason)
		}
		f.checkUntouched(keyAddr(f.searcher))
	}
	f.enterSlot(1)
	inner := normalised(f.certified(1, 10, nil))
	reenter := unsigned(f.searcher, f.basedCall(1, 0, f.inbox, f.ib.PackSubmitBased(inner)))
	check(f.submitBundles(1, f.sealed(1, bundle.CallGroup{PreCalls: []bundle.SignedCall{reenter}})), 0)

	f.enterSlot(2)
	record := unsigned(f.searcher, f.basedCall(2, 0, f.inbox, f.ib.PackSubmitBatch(f.batch(2, f.head().Id, 12, 20))))
	check(f.submitBundles(2, f.sealed(2, bundle.CallGroup{PostCalls: []bundle.SignedCall{record}})), 1)
}

// TestFailingPostCallRevertsTheSubmission: the target's own revert reason reaches the caller.
func TestFailingPostCallRevertsTheSubmission(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(1)
	tx := f.submitBundles(1, f.sealed(1, f.lockRelease(f.searcher, 1, 0))) // no proven root: release cannot read one
	e := callFailure[basedaccount.BasedAccountCallReverted](f, tx, 1, 0, 0)
	noProven := bindings.BasedInboxNoProvenStateRootErrorID()
	if !bytes.Equal(e.Reason, noProven[:4]) {
		t.Fatalf("reason %x, want NoProvenStateRoot", e.Reason)
	}
	f.checkUntouched(keyAddr(f.searcher))
}

// TestBasedCallDigestMatchesBundle: the account's EIP-712 digest is bundle's (the shared vector
// every signing test relies on), bundle id included, and so is its type hash.
func TestBasedCallDigestMatchesBundle(t *testing.T) {
	f := newFixture(t)
	searcher := keyAddr(f.searcher)
	c := bundle.BasedCall{ChainID: 31337, Inbox: f.inbox, L1Slot: 7, Target: f.demo, Value: big.NewInt(12345),
		Data: []byte("payload"), Nonce: 3, Deadline: 4_000_000_123, BundleID: common.HexToHash("0xb0b1")}
	sc := bindings.SignedCallOf(&bundle.SignedCall{Account: searcher, Call: c})
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

// A stale submission a builder lands in a later slot is refused WrongSlot before any call runs:
// the searcher's account is untouched and the revert costs the sidecar little gas.
func TestStaleSubmissionFailsBeforeItsCalls(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(1)
	stale := withBundles(f.certified(1, 10, nil), f.sealed(1, f.signGroup(f.lockRelease(f.searcher, 1, 0))))
	f.enterSlot(2)
	tx := f.submit(f.sidecar, stale, 1)
	f.chain.Commit()
	if e := revertAs[bindings.BasedInboxWrongSlot](f, tx); e.CurrentSlot != 2 || e.MessageSlot != 1 {
		t.Fatalf("stale submission refused with %+v, want WrongSlot(2, 1)", e)
	}
	f.checkUntouched(keyAddr(f.searcher))
	gas := f.chain.Receipt(tx).GasUsed
	t.Logf("stale submission reverted with %d gas", gas)
	if gas > 100_000 {
		t.Fatalf("the stale submission's revert used %d gas, want under 100,000", gas)
	}
}
