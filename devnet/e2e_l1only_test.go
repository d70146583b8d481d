package devnet

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/syncboost/syncboost/devnet/sequencer"
)

// TestE2EL1OnlyNodeAgrees: after every L1 block, the node that derives the L2 chain from L1
// alone has the sequencer's canonical block at its head's number (hash and state root), and
// that number is the inbox head's. Until the sequencer posts batches the inbox head stays at
// the L2 genesis; with batches, the derived head follows them.
func TestE2EL1OnlyNodeAgrees(t *testing.T) {
	const slots = 6
	d := startDevnet(t)
	first := d.L1.LastSlot() + 1
	for s := first; s < first+slots; s++ {
		rep := waitSlot(t, d, s)
		if rep.Block == nil {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 3*d.cfg.SlotDuration+10*time.Second)
		if _, err := d.Derive.WaitL1(ctx, rep.Block.NumberU64()); err != nil {
			cancel()
			t.Fatal(err)
		}
		// The sequencer has followed the same L1 block (deriving its based blocks, if any).
		if _, err := d.Seq.WaitSlot(ctx, s, func(f sequencer.SlotFacts) bool { return f.L1BlockHash == rep.Block.Hash() }); err != nil {
			cancel()
			t.Fatal(err)
		}
		cancel()
		if got := d.agreement(s); !strings.HasPrefix(got, "ok ") {
			t.Errorf("slot %d: l1-only node %q (the log names both hashes)", s, got)
		}
	}
	if err := d.Derive.Err(); err != nil {
		t.Fatal(err)
	}
}
