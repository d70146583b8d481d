package bindings_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

// proven sends a certified proposal on slot-ending n carrying post-state root `post` with proof
// made by prove (given the parent root and commitment).
func (f *fixture) proven(slot, n uint64, post common.Hash, prove func(parent, c common.Hash) []byte) (common.Hash, txRef) {
	f.t.Helper()
	ts := f.enterSlot(slot)
	m := f.slotEnding(slot, n)
	blk := calldataBlock(m.L2BlockHash, []byte("l2"))
	c := f.commitmentFor(f.sidecar, blk, n+1, ts, f.forcedHead())
	blk.PostStateRoot, blk.Proof = post, prove(m.L2StateRoot, c)
	return c, f.propose(f.sidecar, m, f.certify(m), blk, 2)
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

func TestBasedOnBasedProvesFromTheParentsRoot(t *testing.T) {
	f := newFixture(t)
	r1, r2 := l2Root(11, 0), l2Root(12, 0)
	c1, p1 := f.proven(1, 10, r1, func(parent, c common.Hash) []byte { return f.attest(parent, c, r1) })
	ts := f.chain.Head().Time + 1
	blk := calldataBlock(c1, []byte("child"))
	c2 := f.commitmentFor(f.sidecar, blk, 12, ts, 0)
	blk.PostStateRoot, blk.Proof = r2, f.attest(r1, c2, r2)
	p2 := f.propose(f.sidecar, noSlotEnding, []byte{}, blk, 1)
	f.chain.Commit()
	f.mustSucceed(p1, p2)
	if info := f.proposedEvent(p2).Info; info.ParentStateRoot != r1 || info.PostStateRoot != r2 {
		t.Fatalf("child roots %x -> %x", info.ParentStateRoot, info.PostStateRoot)
	}

	// A child of an unproven block has no parent root to prove from.
	ts = f.enterSlot(2)
	m := f.slotEnding(2, 20)
	parent := calldataBlock(m.L2BlockHash, nil)
	pc := f.commitmentFor(f.sidecar, parent, 21, ts, 0)
	pp := f.propose(f.sidecar, m, f.certify(m), parent, 2)
	child := calldataBlock(pc, nil)
	child.PostStateRoot, child.Proof = r2, f.attest(common.Hash{}, f.commitmentFor(f.sidecar, child, 22, ts, 0), r2)
	orphan := f.propose(f.sidecar, noSlotEnding, []byte{}, child, 1)
	f.chain.Commit()
	f.mustSucceed(pp)
	revertAs[bindings.BasedInboxParentStateRootUnknown](f, orphan)
}
