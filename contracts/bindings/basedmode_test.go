package bindings_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
)

// noSlotEnding is the slot-ending argument of an uncertified proposal (ignored by the inbox).
var noSlotEnding = bindings.SlotEnding{L2ChainId: new(big.Int)}

// stageOn sends an uncertified proposal on parent (based-on-based or based mode).
func (f *fixture) stageOn(parent common.Hash, l2Number, ts, forcedStart uint64, tipGwei int64) (common.Hash, txRef) {
	f.t.Helper()
	blk := calldataBlock(parent, []byte("more l2 txs"))
	c := f.commitmentFor(f.sidecar, blk, l2Number, ts, forcedStart)
	return c, f.propose(f.sidecar, noSlotEnding, []byte{}, blk, tipGwei)
}

func TestBasedOnBasedInOneL1Block(t *testing.T) {
	f := newFixture(t)
	ts := f.enterSlot(1)
	m := f.slotEnding(1, 10)
	blk1 := calldataBlock(m.L2BlockHash, []byte("first"))
	c1 := f.commitmentFor(f.sidecar, blk1, 11, ts, 0)
	p1 := f.propose(f.sidecar, m, f.certify(m), blk1, 1)
	c2, p2 := f.stageOn(c1, 12, ts, 0, 1)
	early := f.confirm(f.sidecar, c2, nil, 1)
	k1 := f.confirm(f.sidecar, c1, nil, 1)
	k2 := f.confirm(f.sidecar, c2, nil, 1)
	f.chain.Commit()
	f.mustSucceed(p1, p2, k1, k2)
	if e := revertAs[bindings.BasedInboxParentNotHead](f, early); e.ParentId != c1 || e.HeadId != m.L2BlockHash {
		t.Fatalf("confirming the child before its parent: %+v", e)
	}
	d := f.derive()
	if len(d) != 2 || d[0].Commitment != c1 || d[1].Commitment != c2 || d[1].Parent != c1 {
		t.Fatalf("derived %+v", d)
	}
	if d[1].Info.Anchor != bindings.AnchorBased || d[1].Info.L2BlockNumber != 12 {
		t.Fatalf("second block %+v", d[1].Info)
	}
	if h := f.head(); h.Id != c2 || h.Number != 12 {
		t.Fatalf("head %+v", h)
	}

	// Outside its L1 block a based block is no anchor: building on it needs a certificate.
	ts = f.enterSlot(2)
	_, late := f.stageOn(c2, 13, ts, 0, 1)
	f.chain.Commit()
	revertAs[bindings.BasedInboxCertificateRequired](f, late)
}

func TestSlotEndingMustExtendTheL2Head(t *testing.T) {
	f := newFixture(t)
	f.proposeConfirm(1, 10, nil) // head: based block 11, slot 1

	attempt := func(slot uint64, edit func(*bindings.SlotEnding)) txRef {
		f.enterSlot(slot)
		m := f.slotEnding(slot, 0)
		edit(&m)
		tx := f.propose(f.sidecar, m, f.certify(m), calldataBlock(m.L2BlockHash, nil), 1)
		f.chain.Commit()
		return tx
	}
	number := func(n uint64) func(*bindings.SlotEnding) {
		return func(m *bindings.SlotEnding) {
			m.L2BlockNumber, m.L2BlockHash, m.L2ParentHash = n, l2Hash(n, 0), l2Hash(n-1, 0)
		}
	}
	rejected := func(tx txRef, headNumber uint64) {
		f.t.Helper()
		if e := revertAs[bindings.BasedInboxL2HeadNotExtended](f, tx); e.HeadNumber != headNumber {
			f.t.Fatalf("%+v", e)
		}
	}

	rejected(attempt(1, number(12)), 11) // signed for the based block's own slot: stale
	rejected(attempt(2, number(11)), 11) // not above the based block
	f.mustSucceed(attempt(2, number(12)))
	rejected(attempt(3, func(m *bindings.SlotEnding) { number(13)(m); m.L2ParentHash = l2Hash(12, 1) }), 12)
	f.mustSucceed(attempt(3, number(13)))
	rejected(attempt(4, func(m *bindings.SlotEnding) { number(13)(m); m.L2BlockHash = l2Hash(13, 1) }), 13)
	f.mustSucceed(attempt(4, number(13))) // the head itself, certified again for a new slot
	if h := f.head(); h.Based || h.Id != l2Hash(13, 0) || h.L1Slot != 3 {
		t.Fatalf("head %+v", h)
	}
}

func (f *fixture) basedModeOpenAt(slot uint64) bool {
	f.t.Helper()
	res, err := f.chain.Simulate(slotTime(slot), callMsg(f.inbox, f.ib.PackBasedModeOpen()))
	if err != nil || res[0].Reverted {
		f.t.Fatalf("basedModeOpen: %v %x", err, res[0].RevertData)
	}
	open, err := f.ib.UnpackBasedModeOpen(res[0].ReturnData)
	if err != nil {
		f.t.Fatal(err)
	}
	return open
}

func TestBasedModeOpensAfterTenSlotsWithoutCertifiedProgress(t *testing.T) {
	f := newFixture(t) // deployed in slot 0: the last certified progress
	genesis := f.head()
	if f.basedModeOpenAt(10) || !f.basedModeOpenAt(11) {
		t.Fatal("based mode must open after 10 empty slots, not before")
	}
	ts := f.enterSlot(10)
	_, early := f.stageOn(genesis.Id, 1, ts, 0, 1)
	f.chain.Commit()
	if e := revertAs[bindings.BasedInboxCertificateRequired](f, early); e.LastCertifiedSlot != 0 || e.CurrentSlot != 10 {
		t.Fatalf("%+v", e)
	}

	ts = f.enterSlot(11)
	_, offHead := f.stageOn(l2Hash(5, 0), 1, ts, 0, 2)
	b1, p1 := f.stageOn(genesis.Id, 1, ts, 0, 1)
	k1 := f.confirm(f.sidecar, b1, nil, 1)
	f.chain.Commit()
	f.mustSucceed(p1, k1)
	if e := revertAs[bindings.BasedInboxParentMismatch](f, offHead); e.Expected != genesis.Id {
		t.Fatalf("%+v", e)
	}
	ts = f.enterSlot(12)
	b2, p2 := f.stageOn(b1, 2, ts, 0, 1)
	k2 := f.confirm(f.sidecar, b2, nil, 1)
	f.chain.Commit()
	f.mustSucceed(p2, k2)
	d := f.derive()
	if len(d) != 2 || d[0].Info.Anchor != bindings.AnchorHead || d[0].Info.ParentStateRoot != genesis.StateRoot || d[1].Parent != b1 {
		t.Fatalf("derived %+v", d)
	}

	// The sequencer resumes with a certificate that extends the based-mode head; based mode closes.
	f.mustSucceed(f.proposeConfirmAbove(13, 3))
	if f.basedModeOpenAt(14) {
		t.Fatal("based mode still open after the sequencer resumed")
	}
	ts = f.enterSlot(14)
	_, closed := f.stageOn(f.head().Id, 5, ts, 0, 1)
	f.chain.Commit()
	revertAs[bindings.BasedInboxCertificateRequired](f, closed)
}

// proposeConfirmAbove lands a certified based block on slot-ending block n and returns the confirm.
func (f *fixture) proposeConfirmAbove(slot, n uint64) txRef {
	f.t.Helper()
	s, p := f.stageProposal(slot, n, 2)
	c := f.confirm(f.sidecar, s.commitment, nil, 1)
	f.chain.Commit()
	f.mustSucceed(p)
	return c
}

func TestRecordSequencedKeepsBasedModeClosed(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(9)
	future := f.slotEnding(10, 5)
	future.SlotEnding = false
	m := f.slotEnding(9, 5)
	m.SlotEnding = false
	early := f.send(f.stranger, f.inbox, f.ib.PackRecordSequenced(future, f.certify(future)), 3)
	forged := f.send(f.stranger, f.inbox, f.ib.PackRecordSequenced(m, f.certifyWith(m, f.domain(), f.stranger)), 2)
	ok := f.send(f.stranger, f.inbox, f.ib.PackRecordSequenced(m, f.certify(m)), 1)
	f.chain.Commit()
	f.mustSucceed(ok)
	revertAs[bindings.BasedInboxWrongSlot](f, early)
	revertAs[bindings.BasedInboxNotSequencer](f, forged)
	if h := f.head(); h.Id != m.L2BlockHash || h.Number != 5 {
		t.Fatalf("head %+v", h)
	}
	if f.basedModeOpenAt(19) || !f.basedModeOpenAt(20) {
		t.Fatal("based mode must open only after 10 slots past the recorded progress")
	}
}
