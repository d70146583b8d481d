package devnet

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/l1/builder"
	"github.com/syncboost/syncboost/devnet/sequencer"
)

// The safety claim on real blocks: with the devnet builder breaking half the slots' bundles
// apart (every ordered subset of [raw pre, the atomic transaction, raw post] in turn), over 30
// slots no L1 contract state depends on an L2 block that derivation does not count. Every
// SyncDemo Released event sits in a transaction that confirmed the same commitment, the
// commitment is confirmed in the inbox, derivation counted it as the slot's based block and
// the event's L2 number and state root are that block's; the demo's recorded commitment is
// always a counted one; and every slot the builder left intact lands.
func TestE2EChainUnbundlingBuilderSafety(t *testing.T) {
	const slots = 30
	d := startDevnet(t, func(c *Config) { c.UnbundleShareBps = 5000 })
	first := d.L1.LastSlot() + 3
	var tally unbundleTally
	var problems []string
	counted := map[common.Hash]bool{} // commitments derivation counted, for lastCommitment
	for s := first; s < first+slots; s++ {
		f, sent := settledOrUnsent(t, d, s)
		rep := waitSlot(t, d, s)
		for _, b := range f.Based {
			if b.Hash != (common.Hash{}) && !b.Reorged {
				counted[b.Commitment] = true
			}
		}
		why := checkUnbundledSlot(t, d, rep, f, sent, counted, &tally)
		if why != "" {
			problems = append(problems, fmt.Sprintf("slot %d: %s", s, why))
		}
	}
	t.Logf("unbundling builder at 50%%: %d slots, %d tampered (%d of them landed), %d intact (%d landed), %d the builder never got; "+
		"%d Released events checked, builder counted %d tampered bundles", slots, tally.tampered, tally.tamperedLanded, tally.intact,
		tally.intactLanded, tally.unsent, tally.released, d.L1.Builder().Stats().Tampered)
	if len(problems) > 0 {
		t.Errorf("%d of %d slots broke the safety claim:\n%s", len(problems), slots, strings.Join(problems, "\n"))
	}
	if tally.tampered == 0 || tally.intactLanded == 0 {
		t.Errorf("want both tampered and intact slots landing, got %+v", tally)
	}
	// The demo's bundle is [raw preAction, the atomic transaction, raw preAction]: successive
	// tampered slots try successive ordered subsets of it, so within one cycle all differ.
	cycle := int(builder.Arrangements(3) - 1)
	t.Logf("%d of the %d dishonest arrangements of a three-transaction bundle tried", len(tally.orders[3]), cycle)
	if got, want := len(tally.orders[3]), min(tally.tampered, cycle); got != want {
		t.Errorf("the builder tried %d distinct arrangements of three-transaction bundles in %d tampered slots, want %d (%v)",
			got, tally.tampered, want, tally.orders)
	}
	if tally.unsent > slots/5 {
		t.Errorf("the builder got no bundle in %d of %d slots: the test checked too little", tally.unsent, slots)
	}
}

type unbundleTally struct {
	tampered, tamperedLanded, intact, intactLanded, unsent, released int
	orders                                                           map[int]map[string]bool // tried orders by bundle size
}

// checkUnbundledSlot inspects rep's L1 block and says what breaks the claim ("" when nothing).
func checkUnbundledSlot(t *testing.T, d *Devnet, rep l1.SlotReport, f sequencer.SlotFacts, sent bool,
	counted map[common.Hash]bool, tally *unbundleTally,
) string {
	t.Helper()
	if rep.Block == nil {
		return "no L1 block"
	}
	tampered := false
	for _, o := range rep.Bundles {
		if o.Tampered != nil {
			tampered = true
			if tally.orders == nil {
				tally.orders = map[int]map[string]bool{}
			}
			if tally.orders[len(o.Txs)] == nil {
				tally.orders[len(o.Txs)] = map[string]bool{}
			}
			tally.orders[len(o.Txs)][fmt.Sprint(o.Tampered.Order)] = true
			t.Logf("slot %d: builder tried arrangement %d, order %v of %d txs, landed %v", rep.Slot, o.Tampered.Arrangement,
				o.Tampered.Order, len(o.Txs), o.Tampered.Landed)
		}
	}
	confirmed, released, err := inspectL1Block(d, rep.Block)
	if err != nil {
		t.Fatalf("slot %d: %v", rep.Slot, err)
	}
	tally.released += len(released)
	landed := len(confirmed) > 0
	switch {
	case !sent || len(rep.Bundles) == 0: // skipped by the sidecar, or too late for the builder
		tally.unsent++
	case tampered:
		tally.tampered++
		if landed {
			tally.tamperedLanded++
		}
	default:
		tally.intact++
		if !landed {
			return "the builder left the bundle intact but no submission confirmed; " + diagnose(d, rep.Slot)
		}
		tally.intactLanded++
	}
	if landed != f.Derived() {
		return fmt.Sprintf("L1 confirmed %d based blocks, derivation counted %v", len(confirmed), f.Derived())
	}
	for _, ev := range released {
		if why := checkReleased(t, d, rep.Block, f, confirmed, ev); why != "" {
			return why
		}
	}
	if c := demoHash(t, d, bindings.NewSyncDemo().PackLastCommitment(), rep.Block.Hash()); c != (common.Hash{}) && !counted[c] {
		return fmt.Sprintf("SyncDemo.lastCommitment %s after L1 block %d is no based block derivation counted", c, rep.Block.NumberU64())
	}
	return ""
}

// checkReleased checks one Released event against the submission confirmed in the same
// transaction, the inbox and the block derivation counted.
func checkReleased(t *testing.T, d *Devnet, blk *types.Block, f sequencer.SlotFacts, confirmed map[common.Hash][]common.Hash,
	ev *bindings.SyncDemoReleased,
) string {
	t.Helper()
	c := common.Hash(ev.Commitment)
	if !slices.Contains(confirmed[ev.Raw.TxHash], c) {
		return fmt.Sprintf("Released(%s) in tx %s, which confirmed %v", c, ev.Raw.TxHash, confirmed[ev.Raw.TxHash])
	}
	ib := bindings.NewBasedInbox()
	inbox := d.Manifest.Contracts.Inbox
	out, err := d.L1Client().CallContractAtHash(context.Background(), ethereum.CallMsg{To: &inbox, Data: ib.PackIsConfirmed(c)}, blk.Hash())
	if ok, uerr := ib.UnpackIsConfirmed(out); err != nil || uerr != nil || !ok {
		return fmt.Sprintf("Released(%s): inbox isConfirmed %v (%v %v)", c, ok, err, uerr)
	}
	for _, b := range f.Based {
		if b.Commitment != c || b.Hash == (common.Hash{}) || b.Reorged {
			continue
		}
		h := d.L2.BlockChain().GetHeaderByHash(b.Hash)
		if h == nil || h.Number.Uint64() != ev.L2BlockNumber || h.Root != common.Hash(ev.StateRoot) {
			return fmt.Sprintf("Released(%s) names L2 block %d root %x; derivation counted %v", c, ev.L2BlockNumber, ev.StateRoot, h)
		}
		return ""
	}
	return fmt.Sprintf("Released(%s): no based block derivation counted has that commitment (%+v)", c, f.Based)
}

// inspectL1Block reads every receipt of blk: the commitments the inbox confirmed, by the
// transaction that confirmed them, and every SyncDemo Released event.
func inspectL1Block(d *Devnet, blk *types.Block) (map[common.Hash][]common.Hash, []*bindings.SyncDemoReleased, error) {
	rs, err := d.L1Client().BlockReceipts(context.Background(), rpc.BlockNumberOrHashWithHash(blk.Hash(), true))
	if err != nil {
		return nil, nil, fmt.Errorf("receipts of L1 block %d: %w", blk.NumberU64(), err)
	}
	ib, sd := bindings.NewBasedInbox(), bindings.NewSyncDemo()
	confirmed := map[common.Hash][]common.Hash{}
	var released []*bindings.SyncDemoReleased
	for _, r := range rs {
		for _, l := range r.Logs {
			switch l.Address {
			case d.Manifest.Contracts.Inbox:
				if ev, err := ib.UnpackBasedBlockConfirmedEvent(l); err == nil {
					confirmed[r.TxHash] = append(confirmed[r.TxHash], ev.Commitment)
				}
			case d.Manifest.Contracts.SyncDemo:
				if ev, err := sd.UnpackReleasedEvent(l); err == nil {
					released = append(released, ev)
				}
			}
		}
	}
	return confirmed, released, nil
}
