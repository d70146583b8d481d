package bindings_test

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

func (f *fixture) enqueue(raw []byte, fee *big.Int) txRef {
	f.t.Helper()
	return f.chain.Send(f.stranger, l1sim.Tx{To: f.inbox, Data: f.ib.PackEnqueueForcedTransaction(raw), Value: fee})
}

// proposeForced sends a certified submission on slot-ending block n consuming count forced
// entries, edited by edit, and returns its commitment.
func (f *fixture) proposeForced(slot, n uint64, count uint16, tipGwei int64, edit ...func(*bindings.Submission)) (common.Hash, txRef) {
	f.t.Helper()
	ts := f.enterSlot(slot)
	s := f.certified(slot, n, []byte("l2 txs"))
	s.Blk.ForcedCount = count
	for _, e := range edit {
		e(&s)
	}
	return f.commitmentFor(f.sidecar, s.Blk, n+1, ts, f.forcedHead()), f.submit(f.sidecar, s, tipGwei)
}

func TestEnqueueForcedTransactionChargesTheExactFee(t *testing.T) {
	f := newFixture(t)
	raw := []byte("raw l2 tx")
	noFee := f.enqueue(raw, nil)
	tooMuch := f.enqueue(raw, new(big.Int).Add(forcedFee, common1))
	empty := f.enqueue(nil, forcedFee)
	tooLong := f.enqueue(make([]byte, forcedMaxLen+1), forcedFee)
	ok := f.enqueue(raw, forcedFee)
	block := f.chain.Commit()
	f.mustSucceed(ok)
	if e := revertAs[bindings.BasedInboxWrongForcedInclusionFee](f, noFee); e.Sent.Sign() != 0 || e.Required.Cmp(forcedFee) != 0 {
		t.Fatalf("%+v", e)
	}
	revertAs[bindings.BasedInboxWrongForcedInclusionFee](f, tooMuch)
	if e := revertAs[bindings.BasedInboxForcedTransactionSize](f, empty); e.Size.Sign() != 0 {
		t.Fatalf("%+v", e)
	}
	if e := revertAs[bindings.BasedInboxForcedTransactionSize](f, tooLong); e.Size.Int64() != forcedMaxLen+1 {
		t.Fatalf("%+v", e)
	}
	ev, err := f.ib.UnpackForcedTransactionEnqueuedEvent(f.chain.Receipt(ok).Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if ev.Index != 0 || ev.Sender != keyAddr(f.stranger) || ev.EnqueuedAt != block.Time || !bytes.Equal(ev.RawTx, raw) {
		t.Fatalf("event %+v", ev)
	}
	if got := f.chain.Balance(f.inbox); got.Cmp(forcedFee) != 0 {
		t.Fatalf("inbox holds %s, want the fee %s", got, forcedFee)
	}
}

var common1 = big.NewInt(1)

// TestSubmitBasedRejectsSkippedDueForcedInclusion: an entry may be left out until its delay has
// passed, and no longer.
func TestSubmitBasedRejectsSkippedDueForcedInclusion(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(1)
	enq := f.enqueue([]byte("forced"), forcedFee)
	enqueuedAt := f.chain.Commit().Time
	f.mustSucceed(enq)

	f.landCertified(4, 10, nil) // slot 4 starts 36 s later: not due yet
	if f.forcedHead() != 0 {
		t.Fatal("an entry that was not included was consumed")
	}
	if slotTime(5) < enqueuedAt+forcedDelay {
		t.Fatal("test setup: slot 5 must be past the delay")
	}
	_, skip := f.proposeForced(5, 20, 0, 1)
	f.chain.Commit()
	if e := revertAs[bindings.BasedInboxForcedInclusionDue](f, skip); e.Due.Int64() != 1 || e.Included.Sign() != 0 {
		t.Fatalf("%+v", e)
	}
	_, p := f.proposeForced(5, 20, 1, 2)
	f.chain.Commit()
	f.mustSucceed(p)
	if f.forcedHead() != 1 {
		t.Fatal("the included entry was not consumed")
	}
}

func TestForcedInclusionCapOrderAndFees(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(1)
	var entries [][]byte
	var sent []txRef
	for i := range 5 {
		raw := []byte(fmt.Sprintf("forced tx %d", i))
		if i == 1 {
			raw = []byte{0x00, 0xff} // not a transaction: derivation skips it, the queue does not care
		}
		entries = append(entries, raw)
		sent = append(sent, f.enqueue(raw, forcedFee))
	}
	f.chain.Commit()
	f.mustSucceed(sent...)

	_, over := f.proposeForced(6, 10, forcedCap+1, 1)
	f.chain.Commit()
	if e := revertAs[bindings.BasedInboxTooManyForcedEntries](f, over); e.Included.Int64() != forcedCap+1 || e.Max.Int64() != forcedCap {
		t.Fatalf("%+v", e)
	}
	_, under := f.proposeForced(6, 10, forcedCap-1, 1)
	f.chain.Commit()
	if e := revertAs[bindings.BasedInboxForcedInclusionDue](f, under); e.Due.Int64() != forcedCap {
		t.Fatalf("due is capped per block: %+v", e)
	}

	before := f.chain.Balance(keyAddr(f.sidecar))
	_, p := f.proposeForced(6, 10, forcedCap, 2)
	f.chain.Commit()
	f.mustSucceed(p)
	f.checkForced(p, 0, entries[:3])
	paid := new(big.Int).Sub(f.chain.Balance(keyAddr(f.sidecar)), before)
	paid.Add(paid, f.gasCost(p))
	if want := new(big.Int).Mul(forcedFee, big.NewInt(forcedCap)); paid.Cmp(want) != 0 {
		t.Fatalf("proposer received %s, want %s in fees", paid, want)
	}

	// A submission that reverts (here on a false assertion) consumes nothing and pays no fee: the
	// next based block takes the entries again.
	before = f.chain.Balance(keyAddr(f.sidecar))
	_, failed := f.proposeForced(7, 20, 2, 1, func(s *bindings.Submission) {
		s.Bundles = []bindings.CallBundle{{Assertions: []bindings.Assertion{{Target: f.demo, Data: f.sd.PackPreActions(), Expect: word(common.Big1)}}}}
	})
	f.chain.Commit()
	revertAs[bindings.BasedInboxAssertionFailed](f, failed)
	if f.forcedHead() != 3 {
		t.Fatalf("forced head %d after a failed submission", f.forcedHead())
	}
	if spent := new(big.Int).Sub(before, f.chain.Balance(keyAddr(f.sidecar))); spent.Cmp(f.gasCost(failed)) != 0 {
		t.Fatalf("a failed submission moved %s wei besides its gas", new(big.Int).Sub(spent, f.gasCost(failed)))
	}
	_, p = f.proposeForced(8, 30, 2, 2)
	f.chain.Commit()
	f.mustSucceed(p)
	f.checkForced(p, 3, entries[3:])
	if f.forcedHead() != 5 {
		t.Fatalf("forced head %d", f.forcedHead())
	}
}

// checkForced checks a proposal's event lists the queue entries from start, in order.
func (f *fixture) checkForced(p txRef, start uint64, want [][]byte) {
	f.t.Helper()
	info := f.proposedEvent(p).Info
	if info.ForcedStart != start || len(info.ForcedTxs) != len(want) {
		f.t.Fatalf("forced start %d, %d entries; want %d, %d", info.ForcedStart, len(info.ForcedTxs), start, len(want))
	}
	for i := range want {
		if !bytes.Equal(info.ForcedTxs[i], want[i]) {
			f.t.Fatalf("forced entry %d is %x, want %x", i, info.ForcedTxs[i], want[i])
		}
	}
}

func (f *fixture) gasCost(txs ...txRef) *big.Int {
	sum := new(big.Int)
	for _, tx := range txs {
		r := f.chain.Receipt(tx)
		sum.Add(sum, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
	}
	return sum
}

// TestBasedOnBasedTakesTheNextForcedEntries: a based block on a based block of the same L1 block
// continues the queue where its parent stopped, and owes the entries still due.
func TestBasedOnBasedTakesTheNextForcedEntries(t *testing.T) {
	f := newFixture(t)
	f.enterSlot(1)
	var sent []txRef
	for i := range 5 {
		sent = append(sent, f.enqueue([]byte{byte(i + 1)}, forcedFee))
	}
	f.chain.Commit()
	f.mustSucceed(sent...)

	c1, p1 := f.proposeForced(6, 10, forcedCap, 5)
	child := func(count uint16) txRef {
		s := uncertified(c1, nil)
		s.Blk.ForcedCount = count
		return f.submit(f.sidecar, s, 1)
	}
	short := child(0)
	p2 := child(2)
	f.chain.Commit()
	f.mustSucceed(p1, p2)
	if e := revertAs[bindings.BasedInboxForcedInclusionDue](f, short); e.Due.Int64() != 2 {
		t.Fatalf("%+v", e)
	}
	f.checkForced(p2, forcedCap, [][]byte{{4}, {5}})
	if f.forcedHead() != 5 {
		t.Fatalf("forced head %d", f.forcedHead())
	}
}
