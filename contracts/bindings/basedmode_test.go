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

// TestSlotEndingMustBeTheBatchedHead: a based block may only build on a slot-ending block whose
// data is on L1, committed before or by the batch its submission carries.
func TestSlotEndingMustBeTheBatchedHead(t *testing.T) {
	f := newFixture(t)
	c1 := f.landCertified(1, 10, nil) // head: based block 11, slot 1

	attempt := func(slot uint64, s bindings.Submission) txRef {
		tx := f.submit(f.sidecar, s, 1)
		f.chain.Commit()
		return tx
	}
	rejected := func(tx txRef, headID common.Hash, headNumber uint64) {
		f.t.Helper()
		if e := revertAs[bindings.BasedInboxSlotEndingNotOnHead](f, tx); e.HeadId != headID || e.HeadNumber != headNumber {
			f.t.Fatalf("%+v", e)
		}
	}

	f.enterSlot(2)
	m := f.slotEnding(2, 12)
	bare := bindings.Submission{SlotEnding: m, Certificate: f.certify(m), Blk: calldataBlock(m.L2BlockHash, nil)}
	rejected(attempt(2, bare), c1, 11) // block 12 is not on L1

	// A batch that skips the based block (it extends block 10) is refused, and all with it.
	f.enterSlot(3)
	m = f.slotEnding(3, 12)
	offBased := bindings.Submission{SlotEnding: m, Certificate: f.certify(m), Batch: f.batch(3, l2Hash(10, 0), 11, 12), Blk: calldataBlock(m.L2BlockHash, nil)}
	if e := revertAs[bindings.BasedInboxBatchNotOnHead](f, attempt(3, offBased)); e.HeadId != c1 || e.ParentId != l2Hash(10, 0) {
		t.Fatalf("%+v", e)
	}

	// The batch on the based block lands the block to build on and the based block with it.
	f.enterSlot(4)
	m = f.slotEnding(4, 12)
	ok := bindings.Submission{SlotEnding: m, Certificate: f.certify(m), Batch: f.batch(4, c1, 12, 12), Blk: calldataBlock(m.L2BlockHash, nil)}
	f.mustSucceed(attempt(4, ok))
	if h := f.head(); !h.Based || h.Number != 13 || h.L1Slot != 4 {
		t.Fatalf("head %+v", h)
	}
	if n := len(f.batches()); n != 2 {
		t.Fatalf("%d batches committed, want 2", n)
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

// TestBatchesKeepBasedModeClosed: 11 slots without a based block while the sequencer commits a
// batch every slot do not open based mode.
func TestBatchesKeepBasedModeClosed(t *testing.T) {
	f := newFixture(t)
	for slot := uint64(1); slot <= 11; slot++ {
		f.landBatch(slot, f.batch(slot, f.head().Id, f.head().Number+1, f.head().Number+3))
		if f.basedModeOpenAt(slot + 1) {
			t.Fatalf("based mode open in slot %d with batches up to slot %d", slot+1, slot)
		}
	}
	if h := f.head(); h.Number != 33 || h.Based || h.L1Slot != 11 {
		t.Fatalf("head %+v", h)
	}
	if f.basedModeOpenAt(21) || !f.basedModeOpenAt(22) {
		t.Fatal("based mode must open 10 slots after the last batch's slot")
	}
}
