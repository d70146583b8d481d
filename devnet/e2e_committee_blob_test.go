package devnet

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// blobBatchSlots bounds how long TestE2ECommitteeBlobBatches waits for a batch in blobs.
const blobBatchSlots = 12

// lateSlots is how many slots' messages TestE2ECommitteeBlobBatches makes too late for the sidecar.
const lateSlots = 3

// TestE2ECommitteeBlobBatches: with a committee of four and the poster putting every batch in
// blobs (the devnet's batches of empty blocks are a few bytes), slots whose messages are too late for the sidecar leave their batches to
// the poster: the committee re-certifies the batch for its blobs, the inbox, whose only certifier is
// the BLSCommittee, commits it (BatchCommitted in blob mode, naming the blobs), and the L1-only
// node derives the batch's blocks from the blobs: its block at the batch's last number is the
// batch's.
func TestE2ECommitteeBlobBatches(t *testing.T) {
	d := startDevnet(t, withCommittee, func(c *Config) { c.BatchBlobThreshold, c.FailEvery = 1, 0 })
	slots := d.L1.Slots()
	late := d.L1.LastSlot() + 4
	release, acceptBy := slots.Bps(d.cfg.ReleaseLeadBps), slots.Bps(sidecarLeadBps+sidecarBuildBps)
	// Released after the sidecar's accept deadline, lateSlots in a row: whatever the blobs' KZG
	// proofs cost, one of the poster's blob transactions finds a block no submission precedes.
	for s := late; s < late+lateSlots; s++ {
		d.Seq.DelayRelease(s, release-acceptBy/2)
	}
	ib := bindings.NewBasedInbox()
	topic := ib.GetABI().Events[bindings.BasedInboxBatchCommittedEventName].ID
	ec := d.L1.Node().EthClient()
	first := d.L1.LastSlot() + 1
	for s := first; s < first+blobBatchSlots; s++ {
		rep := waitSlot(t, d, s)
		if rep.Block == nil {
			continue
		}
		h := rep.Block.Hash()
		logs, err := ec.FilterLogs(t.Context(), ethereum.FilterQuery{BlockHash: &h,
			Addresses: []common.Address{d.Manifest.Contracts.Inbox}, Topics: [][]common.Hash{{topic}}})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range logs {
			ev, err := ib.UnpackBatchCommittedEvent(&l)
			if err != nil {
				t.Fatal(err)
			}
			if ev.DataMode != uint8(bundle.DataBlobs) || len(ev.BlobHashes) == 0 {
				continue
			}
			ctx, cancel := context.WithTimeout(t.Context(), 3*d.cfg.SlotDuration+10*time.Second)
			head, err := d.Derive.WaitL1(ctx, rep.Block.NumberU64())
			cancel()
			if err != nil {
				t.Fatal(err)
			}
			derived := d.L1Only.BlockChain().GetHeaderByNumber(ev.LastNumber)
			if head.Number < ev.LastNumber || derived == nil || derived.Hash() != common.Hash(ev.LastHash) {
				t.Fatalf("slot %d: blob batch of blocks %d..%d (last %x); the L1-only node's head is %d, its block %d %v",
					s, ev.FirstNumber, ev.LastNumber, ev.LastHash, head.Number, ev.LastNumber, derived)
			}
			t.Logf("slot %d: committee-certified batch of blocks %d..%d in %d blob(s), derived by the L1-only node", s, ev.FirstNumber, ev.LastNumber, len(ev.BlobHashes))
			return
		}
	}
	t.Fatalf("no batch in blobs committed within %d slots", blobBatchSlots)
}
