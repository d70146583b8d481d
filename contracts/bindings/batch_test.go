package bindings_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

func (f *fixture) sendBatch(b bindings.Batch, tipGwei int64) txRef {
	f.t.Helper()
	return f.send(f.stranger, f.inbox, f.ib.PackSubmitBatch(b), tipGwei)
}

// landBatch commits b in its own block in slot and fails the test unless it lands.
func (f *fixture) landBatch(slot uint64, b bindings.Batch) {
	f.t.Helper()
	f.enterSlot(slot)
	tx := f.sendBatch(b, 1)
	f.chain.Commit()
	f.mustSucceed(tx)
}

// batches are the BatchCommitted events of the inbox so far, in L1 order.
func (f *fixture) batches() []*bindings.BasedInboxBatchCommitted {
	f.t.Helper()
	logs, err := f.chain.Client.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{f.inbox}})
	if err != nil {
		f.t.Fatal(err)
	}
	var out []*bindings.BasedInboxBatchCommitted
	for i := range logs {
		if ev, err := f.ib.UnpackBatchCommittedEvent(&logs[i]); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

func TestBatchDigestMatchesBundle(t *testing.T) {
	f := newFixture(t)
	b := f.batch(3, l2Hash(0, 0), 1, 9)
	got, err := f.ib.UnpackBatchDigest(f.call(f.inbox, f.ib.PackBatchDigest(b.Header)))
	if err != nil {
		t.Fatal(err)
	}
	h := bundle.BatchHeader{L2ChainID: l2ChainID, ParentID: l2Hash(0, 0), FirstNumber: 1, LastNumber: 9,
		LastHash: l2Hash(9, 0), LastStateRoot: l2Root(9, 0), L1Slot: 3, DataHash: b.Header.DataHash}
	if want := h.Digest(f.domain()); common.Hash(got) != want {
		t.Fatalf("inbox digest %x, bundle.BatchHeader.Digest %x", got, want)
	}
}

// TestSubmitBatchCommitsCertifiedProgress: a certified batch on the head moves the head and
// the certified slot; the same batch again (the sidecar's copy, say) changes nothing.
func TestSubmitBatchCommitsCertifiedProgress(t *testing.T) {
	f := newFixture(t)
	b := f.batch(2, l2Hash(0, 0), 1, 7)
	f.enterSlot(2)
	first, again := f.sendBatch(b, 2), f.sendBatch(b, 1)
	f.chain.Commit()
	f.mustSucceed(first, again)
	evs := f.batches()
	if len(evs) != 1 {
		t.Fatalf("%d BatchCommitted events, want 1", len(evs))
	}
	ev := evs[0]
	if ev.LastHash != l2Hash(7, 0) || ev.ParentId != l2Hash(0, 0) || ev.FirstNumber != 1 || ev.LastNumber != 7 ||
		ev.L1Slot != 2 || ev.DataMode != bindings.DataCalldata || !bytes.Equal(ev.Data, b.Data) || len(ev.BlobHashes) != 0 {
		t.Fatalf("event %+v", ev)
	}
	if h := f.head(); h.Id != l2Hash(7, 0) || h.StateRoot != l2Root(7, 0) || h.Number != 7 || h.L1Slot != 2 || h.Based {
		t.Fatalf("head %+v", h)
	}
}

// TestBatchRefusals: only the sequencer's batch, on the head, for a slot that has begun, with the
// data its certificate names, is committed; each refusal names its reason.
func TestBatchRefusals(t *testing.T) {
	f := newFixture(t)
	genesis := l2Hash(0, 0)
	resign := func(b bindings.Batch, edit func(*bundle.SignedBatch)) bindings.Batch {
		sb := &bundle.SignedBatch{Header: bundle.BatchHeader{
			L2ChainID: b.Header.L2ChainId, ParentID: b.Header.ParentId, FirstNumber: b.Header.FirstNumber,
			LastNumber: b.Header.LastNumber, LastHash: b.Header.LastHash, LastStateRoot: b.Header.LastStateRoot,
			L1Slot: b.Header.L1Slot, DataMode: b.Header.DataMode, DataHash: b.Header.DataHash,
		}, Data: b.Data}
		edit(sb)
		f.signBatch(sb, f.sequencer)
		return bindings.BatchOf(sb)
	}
	good := f.batch(1, genesis, 1, 4)
	forged := good // the sequencer's certificate of another batch
	forged.Certificate = f.batch(1, genesis, 1, 5).Certificate
	byStranger := good
	{
		sb := &bundle.SignedBatch{Data: good.Data}
		sb.Header = bundle.BatchHeader{L2ChainID: l2ChainID, ParentID: genesis, FirstNumber: 1, LastNumber: 4,
			LastHash: l2Hash(4, 0), LastStateRoot: l2Root(4, 0), L1Slot: 1, DataHash: good.Header.DataHash}
		f.signBatch(sb, f.stranger)
		byStranger = bindings.BatchOf(sb)
	}
	otherData := good
	otherData.Data = []byte("other blocks")
	cases := []struct {
		name  string
		batch bindings.Batch
		check func(txRef)
	}{
		{"future slot", resign(good, func(b *bundle.SignedBatch) { b.Header.L1Slot = 2 }), func(tx txRef) {
			if e := revertAs[bindings.BasedInboxWrongSlot](f, tx); e.MessageSlot != 2 {
				t.Fatalf("%+v", e)
			}
		}},
		{"other chain", resign(good, func(b *bundle.SignedBatch) { b.Header.L2ChainID++ }), func(tx txRef) { revertAs[bindings.BasedInboxWrongL2Chain](f, tx) }},
		{"empty range", resign(good, func(b *bundle.SignedBatch) { b.Header.LastNumber = 0 }), func(tx txRef) { revertAs[bindings.BasedInboxBatchRange](f, tx) }},
		{"off the head", resign(good, func(b *bundle.SignedBatch) { b.Header.ParentID = l2Hash(0, 1) }), func(tx txRef) {
			if e := revertAs[bindings.BasedInboxBatchNotOnHead](f, tx); e.HeadId != genesis || e.ParentId != l2Hash(0, 1) {
				t.Fatalf("%+v", e)
			}
		}},
		{"gap", resign(good, func(b *bundle.SignedBatch) { b.Header.FirstNumber = 2 }), func(tx txRef) { revertAs[bindings.BasedInboxBatchNotOnHead](f, tx) }},
		{"certificate of another batch", forged, func(tx txRef) { revertAs[bindings.BasedInboxNotSequencer](f, tx) }},
		{"stranger's certificate", byStranger, func(tx txRef) {
			if e := revertAs[bindings.BasedInboxNotSequencer](f, tx); e.Signer != keyAddr(f.stranger) {
				t.Fatalf("%+v", e)
			}
		}},
		{"other data", otherData, func(tx txRef) {
			if e := revertAs[bindings.BasedInboxBatchDataMismatch](f, tx); e.Got != crypto.Keccak256Hash(otherData.Data) {
				t.Fatalf("%+v", e)
			}
		}},
		{"blob mode without blobs", resign(good, func(b *bundle.SignedBatch) { b.Header.DataMode, b.Data = bundle.DataBlobs, []byte{} }), func(tx txRef) {
			revertAs[bindings.BasedInboxMissingBlob](f, tx)
		}},
		{"unknown mode", resign(good, func(b *bundle.SignedBatch) { b.Header.DataMode = 7 }), func(tx txRef) { revertAs[bindings.BasedInboxUnknownDataMode](f, tx) }},
	}
	f.enterSlot(1)
	txs := make([]txRef, len(cases))
	for i, c := range cases {
		txs[i] = f.sendBatch(c.batch, 1)
	}
	f.chain.Commit()
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			defer f.use(t)()
			c.check(txs[i])
		})
	}
	if h := f.head(); h.Id != genesis {
		t.Fatalf("a refused batch moved the head: %+v", h)
	}
}

// TestBatchInBlobs: a blob-mode batch names its blobs' versioned hashes; the event lists them for
// an L2 node to fetch.
func TestBatchInBlobs(t *testing.T) {
	f := newFixture(t)
	payload := bytes.Repeat([]byte("sequenced blocks "), 3000)
	sidecar := blobSidecar(t, payload)
	sb := &bundle.SignedBatch{Header: bundle.BatchHeader{L2ChainID: l2ChainID, ParentID: l2Hash(0, 0), FirstNumber: 1,
		LastNumber: 2, LastHash: l2Hash(2, 0), LastStateRoot: l2Root(2, 0), L1Slot: 1, DataMode: bundle.DataBlobs,
		DataHash: bindings.BlobDataHash(sidecar.BlobHashes())}}
	f.signBatch(sb, f.sequencer)
	f.enterSlot(1)
	tx := f.chain.Send(f.stranger, l1sim.Tx{To: f.inbox, Data: f.ib.PackSubmitBatch(bindings.BatchOf(sb)), Blobs: sidecar})
	f.chain.Commit()
	f.mustSucceed(tx)
	evs := f.batches()
	if len(evs) != 1 || len(evs[0].BlobHashes) != 1 || common.Hash(evs[0].BlobHashes[0]) != sidecar.BlobHashes()[0] || len(evs[0].Data) != 0 {
		t.Fatalf("events %+v", evs)
	}
}

// TestBatchInASubmission: only a certified submission may carry a batch, in calldata.
func TestBatchInASubmission(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(11) // based mode is open: the uncertified submission reaches the check
	sb := &bundle.SignedBatch{Header: bundle.BatchHeader{L2ChainID: l2ChainID, ParentID: l2Hash(0, 0), FirstNumber: 1,
		LastNumber: 2, LastHash: l2Hash(2, 0), LastStateRoot: l2Root(2, 0), L1Slot: 11, DataMode: bundle.DataBlobs,
		DataHash: common.Hash{1}}}
	f.signBatch(sb, f.sequencer)
	m := f.slotEnding(11, 2)
	blobs := bindings.Submission{SlotEnding: m, Certificate: f.certify(m), Batch: bindings.BatchOf(sb), Blk: calldataBlock(m.L2BlockHash, nil)}
	uncert := uncertified(l2Hash(0, 0), nil)
	uncert.Batch = f.batch(11, l2Hash(0, 0), 1, 2)
	tb, tu := f.submit(f.sidecar, blobs, 2), f.submit(f.sidecar, uncert, 1)
	f.chain.Commit()
	revertAs[bindings.BasedInboxBatchBlobsInSubmission](f, tb)
	revertAs[bindings.BasedInboxUnexpectedBatch](f, tu)
}

// TestCertificateThatDoesNotExtendTheBasedHeadIsRefused: after based mode, the sequencer's first
// batch must name the based head as its parent; a batch or slot-ending message on the sequenced
// block the based blocks replaced would fork L2 and is refused.
func TestCertificateThatDoesNotExtendTheBasedHeadIsRefused(t *testing.T) {
	f := newFixture(t)
	f.landBatch(1, f.batch(1, l2Hash(0, 0), 1, 5))
	ts := f.enterSlot(12) // slot 1 + 10 slots: based mode open
	b1, p1 := f.stageOn(l2Hash(5, 0), 6, ts, 0, 1)
	f.chain.Commit()
	f.mustSucceed(p1)

	f.enterSlot(13)
	fork := f.batch(13, l2Hash(5, 0), 6, 8) // the sequencer's own block 6, on block 5
	forkTx := f.sendBatch(fork, 1)
	m := f.slotEnding(13, 5)
	stale := f.submit(f.sidecar, bindings.Submission{SlotEnding: m, Certificate: f.certify(m), Blk: calldataBlock(m.L2BlockHash, nil)}, 1)
	f.chain.Commit()
	if e := revertAs[bindings.BasedInboxBatchNotOnHead](f, forkTx); e.HeadId != b1 || e.HeadNumber != 6 {
		t.Fatalf("%+v", e)
	}
	if e := revertAs[bindings.BasedInboxSlotEndingNotOnHead](f, stale); e.HeadId != b1 {
		t.Fatalf("%+v", e)
	}
	if !f.basedModeOpenAt(14) {
		t.Fatal("refused certificates must not close based mode")
	}

	f.landBatch(14, f.batch(14, b1, 7, 8))
	if h := f.head(); h.Id != l2Hash(8, 0) || h.Based || f.basedModeOpenAt(15) {
		t.Fatalf("after the resuming batch: head %+v", h)
	}
}

// TestOverdueForcedEntryOpensBasedMode: the sequencer cannot censor a forced entry by committing
// batches and building no based block: FORCED_OVERDUE_SLOTS after the entry is due, based mode
// opens, a based block on the head includes it, and based mode closes again.
func TestOverdueForcedEntryOpensBasedMode(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(1)
	enq := f.enqueue([]byte("censored l2 tx"), forcedFee)
	f.chain.Commit()
	f.mustSucceed(enq)
	overdue := f.chain.Head().Time + forcedDelay + 4*slotSeconds
	open := (overdue - l1sim.GenesisTime + slotSeconds - 1) / slotSeconds // the first slot starting after it
	for slot := uint64(2); slot < open; slot++ {
		f.landBatch(slot, f.batch(slot, f.head().Id, f.head().Number+1, f.head().Number+1))
		if f.basedModeOpenAt(slot+1) && slot+1 < open {
			t.Fatalf("based mode open in slot %d, entry overdue only from slot %d", slot+1, open)
		}
	}
	if !f.basedModeOpenAt(open) {
		t.Fatalf("based mode closed in slot %d with a forced entry 4 slots past due", open)
	}
	ts := f.enterSlot(open)
	h := f.head()
	s := uncertified(h.Id, []byte("l2 txs"))
	s.Blk.ForcedCount = 1
	c := f.commitmentFor(f.sidecar, s.Blk, h.Number+1, ts, 0)
	tx := f.submit(f.sidecar, s, 1)
	f.chain.Commit()
	f.mustSucceed(tx)
	if f.forcedHead() != 1 || f.head().Id != c || f.basedModeOpenAt(open+1) {
		t.Fatalf("forced head %d, head %+v: the entry must be consumed and based mode closed", f.forcedHead(), f.head())
	}
}
