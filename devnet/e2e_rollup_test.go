package devnet

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
)

// inboxLogs are the inbox's logs in L1 blocks from..to.
func inboxLogs(t *testing.T, d *Devnet, from, to uint64) []bindings.BasedInboxBasedBlockProposed {
	t.Helper()
	logs, err := d.L1Client().FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{d.Manifest.Contracts.Inbox}})
	if err != nil {
		t.Fatal(err)
	}
	ib := bindings.NewBasedInbox()
	var out []bindings.BasedInboxBasedBlockProposed
	for i := range logs {
		if ev, err := ib.UnpackBasedBlockProposedEvent(&logs[i]); err == nil {
			out = append(out, *ev)
		}
	}
	return out
}

func basedModeOpen(t *testing.T, d *Devnet) bool {
	t.Helper()
	ib := bindings.NewBasedInbox()
	open, err := ib.UnpackBasedModeOpen(inboxCall(t, d, ib.PackBasedModeOpen()))
	if err != nil {
		t.Fatal(err)
	}
	return open
}

// TestE2EBasedModeWhileTheSequencerIsDown: the sequencer releases nothing and posts no batch for
// 15 slots. Based mode opens after 10 of them, the sidecar's uncertified based blocks land on the
// inbox head and the L1-only node derives them; the sequencer then resumes on top of them (its
// first batch names the based head), based mode closes, and nothing forked.
func TestE2EBasedModeWhileTheSequencerIsDown(t *testing.T) {
	// The demo searcher sends after each release; with none, the test sends every slot.
	d := startDevnet(t, shortSlots, func(c *Config) { c.ManualSearcher = true })
	from := d.L1.LastSlot() + 2
	d.Seq.Silence(from, from+15)
	waitSlot(t, d, from)
	start := d.L1.Node().BlockChain().CurrentBlock().Number.Uint64()
	openedAt := uint64(0)
	for s := from; s < from+15; s++ {
		waitSlot(t, d, s)
		if _, err := d.Searcher.SendForSlot(context.Background(), s+1); err != nil {
			t.Logf("slot %d: demo bundle: %v", s+1, err)
		}
		if open := basedModeOpen(t, d); open && openedAt == 0 {
			openedAt = s
		} else if open != (openedAt != 0) {
			t.Fatalf("slot %d: based mode open %v after opening in slot %d", s, open, openedAt)
		}
	}
	if openedAt < from+10 || openedAt > from+12 {
		t.Fatalf("based mode opened in slot %d, want about 10 slots after the sequencer fell silent in %d", openedAt, from)
	}
	for s := from + 15; s < from+19; s++ {
		waitSlot(t, d, s)
		if _, err := d.Searcher.SendForSlot(context.Background(), s+1); err != nil {
			t.Logf("slot %d: demo bundle: %v", s+1, err)
		}
	}
	end := waitSlot(t, d, from+19)
	if basedModeOpen(t, d) {
		t.Fatal("based mode still open 4 slots after the sequencer resumed")
	}
	var basedMode, certified int
	for _, p := range inboxLogs(t, d, start, end.Block.NumberU64()) {
		switch p.Info.Anchor {
		case bindings.AnchorHead:
			basedMode++
		case bindings.AnchorSlotEnding:
			if p.Info.L1Slot >= from+15 {
				certified++
			}
		}
	}
	if basedMode == 0 || certified == 0 {
		t.Fatalf("%d based-mode blocks while the sequencer was down, %d certified after it resumed", basedMode, certified)
	}
	t.Logf("based mode open from slot %d; %d based-mode blocks landed; %d certified based blocks after the sequencer resumed", openedAt, basedMode, certified)
	st := d.Stats(from, from+18)
	if st.Disagreed != 0 || st.Agreed == 0 {
		t.Fatalf("L1-only node agreed in %d slots, disagreed in %d", st.Agreed, st.Disagreed)
	}
	if err := d.Derive.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestE2EBasedModeStaysClosedWhileTheSequencerIsLive: 11 slots without a based block (no searcher
// sends anything), while the sequencer commits its batches, leave based mode closed.
func TestE2EBasedModeStaysClosedWhileTheSequencerIsLive(t *testing.T) {
	d := startDevnet(t, shortSlots, func(c *Config) { c.ManualSearcher = true })
	from := d.L1.LastSlot() + 1
	start := d.L1.Node().BlockChain().CurrentBlock().Number.Uint64()
	var last uint64
	for s := from; s < from+12; s++ {
		if r := waitSlot(t, d, s); r.Block != nil {
			last = r.Block.NumberU64()
		}
		if basedModeOpen(t, d) {
			t.Fatalf("slot %d: based mode open while the sequencer is live", s)
		}
	}
	if n := len(inboxLogs(t, d, start, last)); n != 0 {
		t.Fatalf("%d based blocks without any bundle", n)
	}
	if got := d.agreement(from + 10); !strings.HasPrefix(got, "ok ") || got == "ok 0" {
		t.Fatalf("slot %d: l1-only node %q: the batches should have moved it past genesis", from+10, got)
	}
}
