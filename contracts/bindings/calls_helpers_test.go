package bindings_test

import (
	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

// basedCall is call(target, data) for f's inbox in slot, at nonce, valid until the end of the
// slot, without a bundle id: the id exists only once the call's whole bundle does.
func (f *fixture) basedCall(slot, nonce uint64, target common.Address, data []byte) bundle.BasedCall {
	return bundle.BasedCall{
		ChainID: l1sim.ChainID, Inbox: f.inbox, Submitter: keyAddr(f.sidecar), L1Slot: slot, Target: target, Data: data,
		Nonce: nonce, Deadline: slotTime(slot+1) - 1,
	}
}

// unsigned is c by key's account, not yet signed: signGroup signs it with the rest of its group.
func unsigned(key *ecdsa.PrivateKey, c bundle.BasedCall) bundle.SignedCall {
	return bundle.SignedCall{Account: keyAddr(key), Call: c}
}

// lockCall and releaseCall are the demo's pre-call and post-call for the account of key.
func (f *fixture) lockCall(key *ecdsa.PrivateKey, slot, nonce uint64) bundle.SignedCall {
	return unsigned(key, f.basedCall(slot, nonce, f.demo, f.sd.PackLock()))
}

func (f *fixture) releaseCall(key *ecdsa.PrivateKey, slot, nonce uint64) bundle.SignedCall {
	return unsigned(key, f.basedCall(slot, nonce, f.demo, f.sd.PackRelease()))
}

// signGroup signs every call of g, in place, for g's bundle id with its account's key (through
// bundle.SignCall, whose digest is what the account checks), and returns g. It leaves the chain,
// inbox and slot each call names as they are, so a test can sign a wrong one on purpose.
func (f *fixture) signGroup(g bundle.CallGroup) bundle.CallGroup {
	f.t.Helper()
	id := g.ID()
	for _, leg := range [][]bundle.SignedCall{g.PreCalls, g.PostCalls} {
		for i := range leg {
			key, ok := f.keys[leg[i].Account]
			if !ok {
				f.t.Fatalf("no key for account %s", leg[i].Account)
			}
			leg[i].Call.BundleID = id
			s, err := bundle.SignCall(key, leg[i].Call)
			if err != nil {
				f.t.Fatal(err)
			}
			leg[i] = *s
		}
	}
	return g
}

// bound binds g to f's inbox and slot (bundle.CallGroup.Bind, as the sidecar does) and signs it.
func (f *fixture) bound(slot uint64, g bundle.CallGroup) bundle.CallGroup {
	g.L1Slot = slot
	g.Bind(f.callChains())
	return f.signGroup(g)
}

// sealed is bound(slot, g) in the inbox's ABI form, ready for Submission.Bundles.
func (f *fixture) sealed(slot uint64, g bundle.CallGroup) bindings.CallBundle {
	return bindings.CallBundleOf(f.bound(slot, g))
}

// lockRelease is the demo's smallest whole bundle for key's account: lock (pre-call) at nonce,
// release (post-call) at nonce+1, and the assertion that the lock is released.
func (f *fixture) lockRelease(key *ecdsa.PrivateKey, slot, nonce uint64) bundle.CallGroup {
	return bundle.CallGroup{
		PreCalls:   []bundle.SignedCall{f.lockCall(key, slot, nonce)},
		PostCalls:  []bundle.SignedCall{f.releaseCall(key, slot, nonce+1)},
		Assertions: []bundle.Assertion{{Target: f.demo, Data: f.sd.PackLocked(keyAddr(key)), Expect: word(common.Big0)}},
	}
}

// newAccounts makes n unfunded EOAs delegated to BasedAccount (one L1 block), whose keys
// signGroup knows.
func (f *fixture) newAccounts(n int) []*ecdsa.PrivateKey {
	f.t.Helper()
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = mustKey(f.t)
		f.keys[keyAddr(keys[i])] = keys[i]
	}
	f.chain.Delegate(f.deployer, keys, f.account)
	return keys
}

// withBundles is s carrying bs.
func withBundles(s bindings.Submission, bs ...bindings.CallBundle) bindings.Submission {
	s.Bundles = bs
	return s
}

// callChains binds calls to the fixture's chain and inbox, with the sidecar as the submitter.
func (f *fixture) callChains() bundle.Chains {
	return bundle.Chains{L1: l1sim.ChainID, Inbox: f.inbox, Submitter: keyAddr(f.sidecar)}
}
