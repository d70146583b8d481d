package bindings_test

import (
	"crypto/ecdsa"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
)

// TestNoSubmissionRunsPartOfABundle is the attack a signed call without its bundle's id allowed:
// a submission carries the searcher's lock pre-call without the release post-call (here also
// without the assertions, split across two bundles, or with the signed id rewritten). Even from
// the submitter the searcher chose, every partial copy is refused, the searcher's nonce and lock
// are untouched, and the sidecar's submission with the whole bundle then lands in the same slot.
func TestNoSubmissionRunsPartOfABundle(t *testing.T) {
	f := newFixture(t)
	other := f.newAccounts(1)[0] // another searcher, whose whole bundle the builder may carry
	f.enterSlot(1)
	g := f.demoBundle(1, 10, big.NewInt(1000)) // what the builder saw
	otherG := f.bound(1, f.lockRelease(other, 1, 0))
	lockOnly := bundle.CallGroup{PreCalls: g.PreCalls}
	noAssertions := bundle.CallGroup{PreCalls: g.PreCalls, PostCalls: g.PostCalls}
	rewritten := bundle.CallGroup{PreCalls: slices.Clone(g.PreCalls)}
	rewritten.PreCalls[0].Call.BundleID = rewritten.ID()

	wrongID := func(tx txRef, b int64, got bundle.CallGroup) {
		f.t.Helper()
		e := revertAs[bindings.BasedInboxWrongBundleId](f, tx)
		if e.Leg != 0 || e.Bundle.Int64() != b || e.Index.Sign() != 0 || e.BundleId != got.ID() || e.Signed != g.ID() {
			f.t.Fatalf("%+v", e)
		}
	}
	copies := []struct {
		name    string
		bundles []bundle.CallGroup
		check   func(tx txRef)
	}{
		{"the lock without the release", []bundle.CallGroup{lockOnly}, func(tx txRef) { wrongID(tx, 0, lockOnly) }},
		{"the calls without the assertions", []bundle.CallGroup{noAssertions}, func(tx txRef) { wrongID(tx, 0, noAssertions) }},
		{"after another whole bundle, split in two", []bundle.CallGroup{otherG, lockOnly,
			{PostCalls: g.PostCalls, Assertions: g.Assertions}}, func(tx txRef) { wrongID(tx, 1, lockOnly) }},
		{"the lock with its id rewritten", []bundle.CallGroup{rewritten}, func(tx txRef) {
			if e := callFailure[basedaccount.BasedAccountCallBadSignature](f, tx, 0, 0, 0); e.Signer == keyAddr(f.searcher) {
				f.t.Fatalf("%+v", e)
			}
		}},
	}
	var txs []txRef
	for i, c := range copies {
		s := f.certified(1, 10, []byte("the builder's own block"))
		for _, cg := range c.bundles {
			s.Bundles = append(s.Bundles, bindings.CallBundleOf(cg))
		}
		txs = append(txs, f.submit(f.sidecar, s, int64(10-i)))
	}
	f.chain.Commit()
	for i, c := range copies {
		t.Run(c.name, func(sub *testing.T) {
			defer f.use(sub)()
			c.check(txs[i])
		})
	}
	f.checkUntouched(keyAddr(f.searcher))
	f.checkUntouched(keyAddr(other))

	a := f.atomicWith(1, 10, g) // the sidecar's submission, in the slot's next block
	tx := f.submit(f.sidecar, a.s, 1)
	f.chain.Commit()
	f.mustSucceed(tx)
	f.checkRanWhole(tx, a, 1)
}

// checkRanWhole checks that the demo bundle of a (lock, release, three assertions) ran whole in
// tx, the releases'th release, and that a's block is confirmed.
func (f *fixture) checkRanWhole(tx txRef, a atomic, releases uint64) {
	f.t.Helper()
	searcher := keyAddr(f.searcher)
	if n := f.basedNonce(searcher); n != 2 {
		f.t.Fatalf("account nonce %d, want 2: both calls ran", n)
	}
	if f.demoUint(f.sd.PackLocked(searcher)) != 0 || f.demoUint(f.sd.PackReleases()) != releases {
		f.t.Fatal("the lock was not released")
	}
	if got := common.BytesToHash(f.call(f.demo, f.sd.PackLastStateRoot())); got != a.postRoot {
		f.t.Fatalf("the release read %x, want %x", got, a.postRoot)
	}
	for _, l := range f.chain.Receipt(tx).Logs {
		if ev, err := f.ib.UnpackBasedBlockConfirmedEvent(l); err == nil {
			if ev.Assertions.Int64() != int64(len(a.g.Assertions)) {
				f.t.Fatalf("%d assertions checked, want %d", ev.Assertions, len(a.g.Assertions))
			}
			return
		}
	}
	f.t.Fatal("no BasedBlockConfirmed")
}

// TestCopiedBundleRefusedForAnotherSubmitter: a builder that saw the searcher's bundle puts it,
// whole, in its own submission on its own based block (without the searcher's L2 transactions).
// Every call names the sidecar the searcher chose as its submitter, so the copy is refused
// before anything runs, and the sidecar's own submission then lands and runs the bundle whole.
func TestCopiedBundleRefusedForAnotherSubmitter(t *testing.T) {
	f := newFixture(t)
	ts := f.enterSlot(1)
	g := f.demoBundle(1, 10, big.NewInt(1000))
	theirs := atomic{s: f.certified(1, 10, []byte("the builder's own l2 txs")), g: g, postRoot: l2Root(11, 0)}
	f.prove(&theirs.s, f.stranger, 11, ts, 0, theirs.s.SlotEnding.L2StateRoot, theirs.postRoot)
	theirs.s.Bundles = []bindings.CallBundle{bindings.CallBundleOf(g)}
	tx := f.submit(f.stranger, theirs.s, 5)
	f.chain.Commit()
	e := revertAs[bindings.BasedInboxWrongSubmitter](f, tx)
	if e.Bundle.Sign() != 0 || e.Index.Sign() != 0 || e.Submitter != keyAddr(f.sidecar) || e.Sender != keyAddr(f.stranger) {
		t.Fatalf("%+v", e)
	}
	f.checkUntouched(keyAddr(f.searcher))

	ours := f.atomicWith(1, 10, g)
	tx = f.submit(f.sidecar, ours.s, 1)
	f.chain.Commit()
	f.mustSucceed(tx)
	f.checkRanWhole(tx, ours, 1)
}

// bundleIDVector is a group with several calls and assertions, fixed to the byte, whose id both
// sides must give: BasedInbox.callBundleId and bundle.CallGroup.ID. Signatures and signed ids are
// junk on purpose: the id must not depend on them.
func bundleIDVector() bundle.CallGroup {
	a, b, inbox, demo := common.HexToAddress("0xa1"), common.HexToAddress("0xb2"), common.HexToAddress("0x1b"), common.HexToAddress("0xde")
	call := func(account common.Address, nonce uint64, value int64, data string) bundle.SignedCall {
		return bundle.SignedCall{Account: account, Signature: []byte{byte(nonce)}, Call: bundle.BasedCall{
			ChainID: 31337, Inbox: inbox, L1Slot: 9, Target: demo, Value: big.NewInt(value), Data: []byte(data),
			Nonce: nonce, Deadline: 4_000_000_000 + nonce, BundleID: common.Hash{byte(nonce)},
		}}
	}
	return bundle.CallGroup{
		PreCalls:  []bundle.SignedCall{call(a, 3, 1000, "lock"), call(b, 0, 0, "")},
		PostCalls: []bundle.SignedCall{call(a, 4, 0, "release")},
		Assertions: []bundle.Assertion{
			{Target: demo, Data: []byte("locked(a)"), Expect: common.Hash{1}},
			{Target: inbox, Data: []byte{}, Expect: common.Hash{2}},
			{Target: demo, Data: []byte("releases()"), Expect: common.Hash{3}},
		},
	}
}

// wantBundleIDVector pins bundleIDVector's id, so a change on either side shows here first.
var wantBundleIDVector = common.HexToHash("0x79e0251d49b28afea12e02894363988498ea2fa3f17d8499d4be46a792568892")

// TestCallBundleIdMatchesBundle: the inbox's callBundleId is bundle.CallGroup.ID for the shared
// vector (whatever the calls' signatures and signed ids), for an empty group, and for groups that
// differ from the vector in one part each, which all have ids of their own.
func TestCallBundleIdMatchesBundle(t *testing.T) {
	f := newFixture(t)
	onChain := func(g bundle.CallGroup) common.Hash {
		t.Helper()
		id, err := f.ib.UnpackCallBundleId(f.call(f.inbox, f.ib.PackCallBundleId(bindings.CallBundleOf(g))))
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	if got := onChain(bundleIDVector()); got != bundleIDVector().ID() || got != wantBundleIDVector {
		t.Fatalf("callBundleId %x, bundle %x, vector %x", got, bundleIDVector().ID(), wantBundleIDVector)
	}
	resigned := bundleIDVector()
	resigned.PreCalls[1].Signature, resigned.PostCalls[0].Call.BundleID = []byte("another"), common.Hash{9}
	if got := onChain(resigned); got != wantBundleIDVector {
		t.Fatalf("another signature or signed id changed the id: %x", got)
	}
	edits := map[string]func(g *bundle.CallGroup){
		"empty": func(g *bundle.CallGroup) { *g = bundle.CallGroup{} },
		"post-call as pre-call": func(g *bundle.CallGroup) {
			g.PreCalls, g.PostCalls = g.PreCalls[:1], append(g.PreCalls[1:], g.PostCalls...)
		},
		"a call's value":        func(g *bundle.CallGroup) { g.PreCalls[0].Call.Value = big.NewInt(1001) },
		"an assertion's expect": func(g *bundle.CallGroup) { g.Assertions[2].Expect = common.Hash{4} },
		"one assertion less":    func(g *bundle.CallGroup) { g.Assertions = g.Assertions[:2] },
	}
	seen := map[common.Hash]string{wantBundleIDVector: "vector"}
	for name, edit := range edits {
		g := bundleIDVector()
		edit(&g)
		got := onChain(g)
		if got != g.ID() {
			t.Errorf("%s: callBundleId %x, bundle %x", name, got, g.ID())
		}
		if prev, dup := seen[got]; dup {
			t.Errorf("%s has the id of %s", name, prev)
		}
		seen[got] = name
	}
}

// TestErrorsNameTheBundleAndIndex: with two bundles in one proven submission, a failure in the
// second names bundle 1 and the index within that bundle's own leg, which is how the sidecar
// finds the searcher to blame. The first bundle is whole and valid each time.
func TestErrorsNameTheBundleAndIndex(t *testing.T) {
	f := newFixture(t)
	k := f.newAccounts(1)[0]
	for i, c := range f.secondBundleFailures(k) {
		t.Run(c.name, func(sub *testing.T) {
			defer f.use(sub)()
			slot := uint64(i + 1)
			a := f.atomicWith(slot, 10*slot, f.bound(slot, f.lockRelease(f.searcher, slot, 0)))
			a.s.Bundles = append(a.s.Bundles, c.second(slot))
			tx := f.submit(f.sidecar, a.s, 1)
			f.chain.Commit()
			c.check(tx)
			f.checkUntouched(keyAddr(f.searcher))
			f.checkUntouched(keyAddr(k))
		})
	}
}

// bundleFailure is a second bundle, of k's account, that fails at index 1 of one of its legs.
type bundleFailure struct {
	name   string
	second func(slot uint64) bindings.CallBundle
	check  func(tx txRef)
}

func (f *fixture) secondBundleFailures(k *ecdsa.PrivateKey) []bundleFailure {
	lock := func(slot uint64) bundle.SignedCall { return f.lockCall(k, slot, 0) }
	falseAssertion := bundle.Assertion{Target: f.demo, Data: f.sd.PackReleases(), Expect: word(common.Big0)} // two releases by then
	return []bundleFailure{
		{"pre-call to no account", func(slot uint64) bindings.CallBundle {
			return f.sealed(slot, bundle.CallGroup{PreCalls: []bundle.SignedCall{lock(slot), f.lockCall(f.stranger, slot, 0)}})
		}, func(tx txRef) {
			if e := revertAs[bindings.BasedInboxNotAnAccount](f, tx); e.Leg != 0 || e.Bundle.Int64() != 1 || e.Index.Int64() != 1 {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"pre-call signed for another bundle", func(slot uint64) bindings.CallBundle {
			preAction := unsigned(k, f.basedCall(slot, 1, f.demo, f.sd.PackPreAction()))
			b := f.sealed(slot, bundle.CallGroup{PreCalls: []bundle.SignedCall{lock(slot), preAction}})
			b.PreCalls[1].Call.BundleId = common.Hash{1}
			return b
		}, func(tx txRef) {
			if e := revertAs[bindings.BasedInboxWrongBundleId](f, tx); e.Leg != 0 || e.Bundle.Int64() != 1 || e.Index.Int64() != 1 || e.Signed != (common.Hash{1}) {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"post-call refused by the account", func(slot uint64) bindings.CallBundle {
			g := f.lockRelease(k, slot, 0)
			g.PostCalls = append(g.PostCalls, f.releaseCall(k, slot, 5))
			return f.sealed(slot, g)
		}, func(tx txRef) {
			if e := callFailure[basedaccount.BasedAccountCallWrongNonce](f, tx, 1, 1, 1); e.Nonce.Int64() != 5 || e.Next.Int64() != 2 {
				f.t.Fatalf("%+v", e)
			}
		}},
		{"false assertion", func(slot uint64) bindings.CallBundle {
			g := f.lockRelease(k, slot, 0)
			g.Assertions = append(g.Assertions, falseAssertion)
			return f.sealed(slot, g)
		}, func(tx txRef) {
			e := revertAs[bindings.BasedInboxAssertionFailed](f, tx)
			if e.Bundle.Int64() != 1 || e.Index.Int64() != 1 || e.CallReverted || e.ReturnDataHash != word(big.NewInt(2)) {
				f.t.Fatalf("%+v", e)
			}
		}},
	}
}
