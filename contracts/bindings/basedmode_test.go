package bindings_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
)

// stageOn sends an uncertified submission on parent (based-on-based or based mode).
func (f *fixture) stageOn(parent common.Hash, l2Number, ts, forcedStart uint64, tipGwei int64) (common.Hash, txRef) {
	f.t.Helper()
	s := uncertified(parent, []byte("more l2 txs"))
	c := f.commitmentFor(f.sidecar, s.Blk, l2Number, ts, forcedStart)
	return c, f.submit(f.sidecar, s, tipGwei)
}

// TestBasedOnBasedInOneL1Block: a submission without a certificate builds on a based block
// confirmed earlier in the same L1 block, and only on the current head.
func TestBasedOnBasedInOneL1Block(t *testing.T) {
	f := newFixture(t)
	ts := f.enterSlot(1)
	s1 := f.certified(1, 10, []byte("first"))
	c1 := f.commitmentFor(f.sidecar, s1.Blk, 11, ts, 0)
	_, early := f.stageOn(c1, 12, ts, 0, 1) // before its parent exists
	p1 := f.submit(f.sidecar, s1, 1)
	c2, p2 := f.stageOn(c1, 12, ts, 0, 1)
	_, again := f.stageOn(c1, 12, ts, 0, 1)
	sibling := f.submit(f.sidecar, uncertified(c1, []byte("sibling")), 1)
	c3, p3 := f.stageOn(c2, 13, ts, 0, 1)
	f.chain.Commit()
	f.mustSucceed(p1, p2, p3)
	if e := revertAs[bindings.BasedInboxCertificateRequired](f, early); e.CurrentSlot != 1 {
		t.Fatalf("building on a parent not yet confirmed: %+v", e)
	}
	if e := revertAs[bindings.BasedInboxCommitmentExists](f, again); e.Commitment != c2 {
		t.Fatalf("the same submission twice: %+v", e)
	}
	if e := revertAs[bindings.BasedInboxParentNotHead](f, sibling); e.ParentId != c1 || e.HeadId != c2 {
		t.Fatalf("a second child of the same parent: %+v", e)
	}
	d := f.derive()
	if len(d) != 3 || d[0].Commitment != c1 || d[1].Commitment != c2 || d[1].Parent != c1 || d[2].Parent != c2 {
		t.Fatalf("derived %+v", d)
	}
	if d[1].Info.Anchor != bindings.AnchorBased || d[1].Info.L2BlockNumber != 12 {
		t.Fatalf("second block %+v", d[1].Info)
	}
	if h := f.head(); h.Id != c3 || h.Number != 13 {
		t.Fatalf("head %+v", h)
	}

	// Outside its L1 block a based block is no anchor: building on it needs a certificate.
	ts = f.enterSlot(2)
	_, late := f.stageOn(c3, 14, ts, 0, 1)
	f.chain.Commit()
	revertAs[bindings.BasedInboxCertificateRequired](f, late)
}

func TestSlotEndingMustExtendTheL2Head(t *testing.T) {
	f := newFixture(t)
	f.landCertified(1, 10, nil) // head: based block 11, slot 1

	attempt := func(slot uint64, edit func(*bindings.SlotEnding)) txRef {
		f.enterSlot(slot)
		m := f.slotEnding(slot, 0)
		edit(&m)
		tx := f.submit(f.sidecar, bindings.Submission{SlotEnding: m, Certificate: f.certify(m), Blk: calldataBlock(m.L2BlockHash, nil)}, 1)
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

	rejected(attempt(1, number(12)), 11)  // signed for the based block's own slot: stale
	rejected(attempt(2, number(11)), 11)  // not above the based block
	f.mustSucceed(attempt(2, number(12))) // head: based block 13, slot 2

	// Certified progress without a based block: the head is sequenced block 14 (slot 3). Directly
	// on a certified head the parent hash must match, and the same number must be the same block.
	f.enterSlot(3)
	m := f.slotEnding(3, 14)
	m.SlotEnding = false
	rec := f.send(f.stranger, f.inbox, f.ib.PackRecordSequenced(m, f.certify(m)), 1)
	f.chain.Commit()
	f.mustSucceed(rec)
	rejected(attempt(3, func(m *bindings.SlotEnding) { number(15)(m); m.L2ParentHash = l2Hash(14, 1) }), 14)
	rejected(attempt(3, func(m *bindings.SlotEnding) { number(14)(m); m.L2BlockHash = l2Hash(14, 1) }), 14)
	f.mustSucceed(attempt(3, number(14))) // the head itself, certified again as slot-ending
	if h := f.head(); !h.Based || h.Number != 15 || h.L1Slot != 3 {
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
	f.chain.Commit()
	f.mustSucceed(p1)
	if e := revertAs[bindings.BasedInboxParentMismatch](f, offHead); e.Expected != genesis.Id {
		t.Fatalf("%+v", e)
	}
	ts = f.enterSlot(12)
	_, p2 := f.stageOn(b1, 2, ts, 0, 1)
	f.chain.Commit()
	f.mustSucceed(p2)
	d := f.derive()
	if len(d) != 2 || d[0].Info.Anchor != bindings.AnchorHead || d[0].Info.ParentStateRoot != genesis.StateRoot || d[1].Parent != b1 {
		t.Fatalf("derived %+v", d)
	}

	// The sequencer resumes with a certificate that extends the based-mode head; based mode closes.
	f.landCertified(13, 3, nil)
	if f.basedModeOpenAt(14) {
		t.Fatal("based mode still open after the sequencer resumed")
	}
	ts = f.enterSlot(14)
	_, closed := f.stageOn(f.head().Id, 5, ts, 0, 1)
	f.chain.Commit()
	revertAs[bindings.BasedInboxCertificateRequired](f, closed)
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
