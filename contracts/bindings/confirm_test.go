package bindings_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/contracts/bindings"
)

// word is the keccak256 of one ABI-encoded 32-byte return value, what an assertion expects.
func word(v *big.Int) common.Hash { return crypto.Keccak256Hash(common.LeftPadBytes(v.Bytes(), 32)) }

// staged is a certified proposal sent but not yet committed.
type staged struct {
	m          bindings.SlotEnding
	blk        bindings.BasedBlock
	commitment common.Hash
}

func (f *fixture) stageProposal(slot, n uint64, tipGwei int64) (staged, txRef) {
	f.t.Helper()
	ts := f.enterSlot(slot)
	m := f.slotEnding(slot, n)
	blk := calldataBlock(m.L2BlockHash, []byte("l2 txs"))
	s := staged{m: m, blk: blk, commitment: f.commitmentFor(f.sidecar, blk, n+1, ts, f.forcedHead())}
	return s, f.propose(f.sidecar, m, f.certify(m), blk, tipGwei)
}

func TestConfirmBasedRejectsAnotherSender(t *testing.T) {
	f := newFixture(t)
	s, p := f.stageProposal(1, 10, 3)
	byStranger := f.confirm(f.stranger, s.commitment, nil, 2)
	byProposer := f.confirm(f.sidecar, s.commitment, nil, 1)
	f.chain.Commit()
	f.mustSucceed(p, byProposer)
	e := revertAs[bindings.BasedInboxNotProposer](f, byStranger)
	if e.Proposer != keyAddr(f.sidecar) || e.Sender != keyAddr(f.stranger) {
		t.Fatalf("%+v", e)
	}
	if f.chain.Receipt(byStranger).TransactionIndex > f.chain.Receipt(byProposer).TransactionIndex {
		t.Fatal("the stranger's confirmation must run first to show it cannot take the proposal")
	}
}

func TestConfirmBasedRejectsLaterBlock(t *testing.T) {
	f := newFixture(t)
	s, p := f.stageProposal(1, 10, 1)
	proposedIn := f.chain.Commit().Number.Uint64()
	f.mustSucceed(p)
	late := f.confirm(f.sidecar, s.commitment, nil, 1)
	f.chain.Commit()
	e := revertAs[bindings.BasedInboxConfirmationExpired](f, late)
	if e.ProposedIn != proposedIn || e.CurrentBlock != proposedIn+1 {
		t.Fatalf("%+v", e)
	}
	if f.isConfirmed(s.commitment) || len(f.derive()) != 0 {
		t.Fatal("an unconfirmed based block was derived")
	}
	if h := f.head(); h.Based || h.Id != s.m.L2BlockHash {
		t.Fatalf("head %+v, want the slot-ending block", h)
	}
}

func TestConfirmBasedRejectsUnknownAndRepeatedCommitments(t *testing.T) {
	f := newFixture(t)
	s, p := f.stageProposal(1, 10, 3)
	unknown := f.confirm(f.stranger, common.HexToHash("0x1234"), nil, 2)
	first := f.confirm(f.sidecar, s.commitment, nil, 1)
	again := f.confirm(f.sidecar, s.commitment, nil, 1)
	f.chain.Commit()
	f.mustSucceed(p, first)
	if e := revertAs[bindings.BasedInboxUnknownCommitment](f, unknown); e.Commitment != common.HexToHash("0x1234") {
		t.Fatalf("%+v", e)
	}
	if e := revertAs[bindings.BasedInboxAlreadyConfirmed](f, again); e.Commitment != s.commitment {
		t.Fatalf("%+v", e)
	}
}

func TestConfirmBasedReportsFirstFailingAssertion(t *testing.T) {
	f := newFixture(t)
	zero := word(common.Big0)
	holds := bindings.Assertion{Target: f.demo, Data: f.sd.PackPreActions(), Expect: zero}
	wrong := bindings.Assertion{Target: f.demo, Data: f.sd.PackPreActions(), Expect: word(common.Big1)}
	reverts := bindings.Assertion{Target: f.inbox, Data: f.ib.PackLatestProvenStateRoot(), Expect: zero}

	s, p := f.stageProposal(1, 10, 2)
	c := f.confirm(f.sidecar, s.commitment, []bindings.Assertion{holds, holds, wrong, reverts}, 1)
	f.chain.Commit()
	f.mustSucceed(p)
	e := revertAs[bindings.BasedInboxAssertionFailed](f, c)
	if e.Index.Int64() != 2 || e.CallReverted || e.ReturnDataHash != zero {
		t.Fatalf("%+v", e)
	}

	s, p = f.stageProposal(2, 20, 2)
	c = f.confirm(f.sidecar, s.commitment, []bindings.Assertion{holds, reverts, wrong}, 1)
	f.chain.Commit()
	f.mustSucceed(p)
	e = revertAs[bindings.BasedInboxAssertionFailed](f, c)
	noProven := bindings.BasedInboxNoProvenStateRootErrorID()
	if e.Index.Int64() != 1 || !e.CallReverted || e.ReturnDataHash != crypto.Keccak256Hash(noProven[:4]) {
		t.Fatalf("%+v", e)
	}
	if len(f.derive()) != 0 {
		t.Fatal("a based block whose assertion failed was derived")
	}
}

// TestCompetingProposalsOnlyOneConfirms: anyone may propose on a public slot-ending message, but
// only one based block per parent can be confirmed, and a late proposal on it is refused.
func TestCompetingProposalsOnlyOneConfirms(t *testing.T) {
	f := newFixture(t)
	ts := f.enterSlot(1)
	m := f.slotEnding(1, 10)
	cert := f.certify(m)
	theirs := calldataBlock(m.L2BlockHash, []byte("copied"))
	ours := calldataBlock(m.L2BlockHash, []byte("ours"))
	ct := f.commitmentFor(f.stranger, theirs, 11, ts, 0)
	co := f.commitmentFor(f.sidecar, ours, 11, ts, 0)
	pt := f.propose(f.stranger, m, cert, theirs, 5)
	kt := f.confirm(f.stranger, ct, nil, 4)
	po := f.propose(f.sidecar, m, cert, ours, 3)
	ko := f.confirm(f.sidecar, co, nil, 2)
	f.chain.Commit()
	f.mustSucceed(pt, kt)
	if e := revertAs[bindings.BasedInboxL2HeadNotExtended](f, po); e.HeadId != ct {
		t.Fatalf("late proposal: %+v", e)
	}
	revertAs[bindings.BasedInboxUnknownCommitment](f, ko)

	// Both pending before either confirms: the second confirmation finds its parent superseded.
	ts = f.enterSlot(2)
	m = f.slotEnding(2, 20)
	cert = f.certify(m)
	theirs, ours = calldataBlock(m.L2BlockHash, []byte("copied")), calldataBlock(m.L2BlockHash, []byte("ours"))
	ct = f.commitmentFor(f.stranger, theirs, 21, ts, 0)
	co = f.commitmentFor(f.sidecar, ours, 21, ts, 0)
	pt = f.propose(f.stranger, m, cert, theirs, 5)
	po = f.propose(f.sidecar, m, cert, ours, 4)
	kt = f.confirm(f.stranger, ct, nil, 3)
	ko = f.confirm(f.sidecar, co, nil, 2)
	f.chain.Commit()
	f.mustSucceed(pt, po, kt)
	if e := revertAs[bindings.BasedInboxParentNotHead](f, ko); e.ParentId != m.L2BlockHash || e.HeadId != ct {
		t.Fatalf("%+v", e)
	}
	if d := f.derive(); len(d) != 2 || d[1].Commitment != ct {
		t.Fatalf("derived %+v", d)
	}
}
