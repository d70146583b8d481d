package bindings_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

// proven sends a certified submission on slot-ending n carrying post-state root `post` with
// proof made by prove (given the parent root and commitment).
func (f *fixture) proven(slot, n uint64, post common.Hash, prove func(parent, c common.Hash) []byte) (common.Hash, txRef) {
	f.t.Helper()
	ts := f.enterSlot(slot)
	s := f.certified(slot, n, []byte("l2"))
	c := f.commitmentFor(f.sidecar, s.Blk, n+1, ts, f.forcedHead())
	s.Blk.PostStateRoot, s.Blk.Proof = post, prove(s.SlotEnding.L2StateRoot, c)
	return c, f.submit(f.sidecar, s, 2)
}

func TestStateProofMustBeTheAttestersSignatureOverTheTransition(t *testing.T) {
	f := newFixture(t)
	post := l2Root(11, 0)
	cases := []struct {
		name  string
		prove func(parent, c common.Hash) []byte
	}{
		{"another key", func(parent, c common.Hash) []byte {
			sig, err := bindings.SignAttestation(f.stranger, big.NewInt(l1sim.ChainID), f.verifier, parent, c, post)
			if err != nil {
				t.Fatal(err)
			}
			return sig
		}},
		{"another post-state root", func(parent, c common.Hash) []byte { return f.attest(parent, c, l2Root(99, 0)) }},
		{"another parent root", func(_, c common.Hash) []byte { return f.attest(l2Root(98, 0), c, post) }},
		{"another commitment", func(parent, _ common.Hash) []byte { return f.attest(parent, common.Hash{1}, post) }},
		{"malformed", func(parent, c common.Hash) []byte { return f.attest(parent, c, post)[:64] }},
	}
	for i, tc := range cases {
		_, tx := f.proven(uint64(i+1), 10, post, tc.prove)
		f.chain.Commit()
		if e := revertAs[bindings.BasedInboxStateProofRejected](f, tx); e.PostStateRoot != post {
			t.Fatalf("%s: %+v", tc.name, e)
		}
	}
	_, tx := f.proven(uint64(len(cases)+1), 10, post, func(parent, c common.Hash) []byte { return f.attest(parent, c, post) })
	f.chain.Commit()
	f.mustSucceed(tx)
	if f.proposedEvent(tx).Info.PostStateRoot != post {
		t.Fatal("post-state root missing from the event")
	}
}

func TestStateRootNeedsAVerifier(t *testing.T) {
	f := newFixture(t, func(c *bindings.InboxConfig) { c.StateVerifier = common.Address{} })
	_, tx := f.proven(1, 10, l2Root(11, 0), func(parent, c common.Hash) []byte { return f.attest(parent, c, l2Root(11, 0)) })
	f.chain.Commit()
	revertAs[bindings.BasedInboxNoStateVerifier](f, tx)
}

// TestBasedOnBasedProvesFromTheParentsRoot: a child in the same L1 block proves from its
// parent's root, and its post-call reads the child's own root, not the parent's.
func TestBasedOnBasedProvesFromTheParentsRoot(t *testing.T) {
	f := newFixture(t)
	r1, r2 := l2Root(11, 0), l2Root(12, 0)
	c1, p1 := f.proven(1, 10, r1, func(parent, c common.Hash) []byte { return f.attest(parent, c, r1) })
	ts := f.chain.Head().Time + 1
	child := uncertified(c1, []byte("child"))
	c2 := f.prove(&child, f.sidecar, 12, ts, 0, r1, r2)
	child.Bundles = []bindings.CallBundle{f.sealed(1, f.lockRelease(f.searcher, 1, 0))}
	p2 := f.submit(f.sidecar, child, 1)
	f.chain.Commit()
	f.mustSucceed(p1, p2)
	if info := f.proposedEvent(p2).Info; info.ParentStateRoot != r1 || info.PostStateRoot != r2 {
		t.Fatalf("child roots %x -> %x", info.ParentStateRoot, info.PostStateRoot)
	}
	if got := common.BytesToHash(f.call(f.demo, f.sd.PackLastCommitment())); got != c2 {
		t.Fatalf("the child's post-call saw %x, want the child %x", got, c2)
	}
	if got := common.BytesToHash(f.call(f.demo, f.sd.PackLastStateRoot())); got != r2 {
		t.Fatalf("the child's post-call saw root %x, want %x", got, r2)
	}

	// A child of an unproven block has no parent root to prove from.
	ts = f.enterSlot(2)
	parent := f.certified(2, 20, nil)
	pc := f.commitmentFor(f.sidecar, parent.Blk, 21, ts, 0)
	pp := f.submit(f.sidecar, parent, 2)
	orphan := uncertified(pc, nil)
	f.prove(&orphan, f.sidecar, 22, ts, 0, common.Hash{}, r2)
	po := f.submit(f.sidecar, orphan, 1)
	f.chain.Commit()
	f.mustSucceed(pp)
	revertAs[bindings.BasedInboxParentStateRootUnknown](f, po)
}
