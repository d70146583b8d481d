package bindings_test

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
)

// proposeConfirm lands a certified based block on slot-ending block n in slot and returns its
// commitment.
func (f *fixture) proposeConfirm(slot, n uint64, txData []byte) common.Hash {
	f.t.Helper()
	ts := f.enterSlot(slot)
	m := f.slotEnding(slot, n)
	blk := calldataBlock(m.L2BlockHash, txData)
	c := f.commitmentFor(f.sidecar, blk, n+1, ts, f.forcedHead())
	p := f.propose(f.sidecar, m, f.certify(m), blk, 2)
	cf := f.confirm(f.sidecar, c, nil, 1)
	f.chain.Commit()
	f.mustSucceed(p, cf)
	return c
}

func TestProposeBasedAcceptsCertifiedSlotEnding(t *testing.T) {
	f := newFixture(t)
	ts := f.enterSlot(2)
	m := f.slotEnding(2, 40)
	txData := bytes.Repeat([]byte{0xab}, 300)
	blk := calldataBlock(m.L2BlockHash, txData)
	want := f.commitmentFor(f.sidecar, blk, 41, ts, 0)

	p := f.propose(f.sidecar, m, f.certify(m), blk, 2)
	c := f.confirm(f.sidecar, want, nil, 1)
	f.chain.Commit()
	f.mustSucceed(p, c)

	ev := f.proposedEvent(p)
	if ev.Commitment != want {
		t.Fatalf("commitment %x, Go side predicted %x", ev.Commitment, want)
	}
	if ev.Proposer != keyAddr(f.sidecar) || ev.ParentId != m.L2BlockHash {
		t.Fatalf("proposer %s parent %x", ev.Proposer, ev.ParentId)
	}
	info := ev.Info
	if info.L2BlockNumber != 41 || info.L1Slot != 2 || info.Anchor != bindings.AnchorSlotEnding {
		t.Fatalf("info %+v", info)
	}
	if info.DataHash != bindings.DataHash(txData) || !bytes.Equal(info.TxData, txData) || len(info.BlobHashes) != 0 {
		t.Fatalf("data commitment %x, tx data %d bytes", info.DataHash, len(info.TxData))
	}
	if info.ParentStateRoot != m.L2StateRoot || info.PostStateRoot != (common.Hash{}) {
		t.Fatalf("state roots %x -> %x", info.ParentStateRoot, info.PostStateRoot)
	}
	if !f.isConfirmed(want) {
		t.Fatal("not confirmed")
	}
	if h := f.head(); h.Id != want || h.Number != 41 || !h.Based || h.L1Slot != 2 {
		t.Fatalf("head %+v", h)
	}
	if d := f.derive(); len(d) != 1 || d[0].Commitment != want {
		t.Fatalf("derived %+v", d)
	}
}
