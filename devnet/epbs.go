package devnet

import (
	"crypto/ecdsa"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/sequencer"
)

// keyAltSearcher is the demo searcher's second account under ePBS (a delegated user key no
// test's extra searcher takes in an ePBS run).
const keyAltSearcher = keyUser + 3

// altSearcherKey is the demo searcher's odd-slot account under ePBS (searcher.Config.AltKey):
// its bundles are then valid on the FULL and the EMPTY parent alike, so both variants carry one.
func (d *Devnet) altSearcherKey() *ecdsa.PrivateKey {
	if !d.cfg.EPBS {
		return nil
	}
	return gethnode.TestKey(keyAltSearcher)
}

// EPBSStats are the figures of an ePBS devnet run over slots First..Last.
type EPBSStats struct {
	First, Last uint64
	Slots       int // slots in the range
	Withheld    int // the builder withheld the payload: no execution block
	FullWon     int // revealed slots whose block built on the previous slot's payload
	EmptyWon    int // revealed slots whose block built on the last revealed one (the previous withheld)
	// Taken: revealed slots for which the sequencer released a message (the proposer took the
	// builder's block: every devnet proposer does).
	Taken       int
	LandedFull  int // Taken slots whose based block landed in the FULL variant
	LandedEmpty int // … in the EMPTY variant
	// LandedTwice: slots with more than one based block of the sidecar on L1 (must be 0).
	LandedTwice int
	// WrongVariant: slots where a variant landed whose parent is not the block's (must be 0).
	WrongVariant int
	Void         int // variants the sidecar reported void (their parent lost)
	// TwoVariants: slots for which the sequencer released both variants.
	TwoVariants int
}

// LandRate is landed / taken.
func (s EPBSStats) LandRate() float64 {
	if s.Taken == 0 {
		return 0
	}
	return float64(s.LandedFull+s.LandedEmpty) / float64(s.Taken)
}

// EPBSStats collects the ePBS figures of slots first..last from the L1 reports, the sequencer's
// facts and the sidecar's tracker.
func (d *Devnet) EPBSStats(first, last uint64) EPBSStats {
	st := EPBSStats{First: first, Last: last}
	for slot := first; slot <= last; slot++ {
		st.Slots++
		rep, ok := d.L1.Report(slot)
		if !ok {
			continue
		}
		f, _ := d.Seq.Slot(slot)
		if len(f.Variants) == 2 {
			st.TwoVariants++
		}
		st.Void += d.voidCount(slot)
		if rep.Withheld {
			st.Withheld++
			continue
		}
		if rep.Block == nil {
			continue
		}
		if rep.Parent == l1.ParentFull {
			st.FullWon++
		} else {
			st.EmptyWon++
		}
		if f.ReleasedAt.IsZero() {
			continue
		}
		st.Taken++
		if n := basedOnL1(f); n > 1 {
			st.LandedTwice++
		}
		if !landed(f) {
			continue
		}
		switch v, _ := f.VariantOn(rep.Block.ParentHash()); {
		case !sameBranch(v, rep.Parent) || !builtOnVariant(f, rep.Block.ParentHash()):
			st.WrongVariant++
		case v == sequencer.VariantFull:
			st.LandedFull++
		default:
			st.LandedEmpty++
		}
	}
	return st
}

// voidCount is how many variants of slot the sidecar reported void: now, or when its table row
// was made (the tracker forgets slots past its reorg window).
func (d *Devnet) voidCount(slot uint64) int {
	n := 0
	if d.Sidecar != nil {
		n = len(d.Sidecar.VoidFor(slot))
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return max(n, d.rows[slot].void)
}

// sameBranch: the sequencer's variant names the branch the L1 report says the block took.
func sameBranch(v sequencer.Variant, parent string) bool {
	return strings.EqualFold(string(v), parent)
}

// builtOnVariant: a based block of the slot on L1 builds on the L2 block of the variant that
// names parent, the L1 block's parent.
func builtOnVariant(f sequencer.SlotFacts, parent common.Hash) bool {
	for _, v := range f.Variants {
		if v.Message.L1ParentHash != parent {
			continue
		}
		for _, b := range f.Based {
			if !b.Reorged && b.Parent == v.Message.L2BlockHash {
				return true
			}
		}
	}
	return false
}

func landed(f sequencer.SlotFacts) bool {
	for _, o := range f.Outcomes {
		if o.Kind == bundle.OutcomeLanded {
			return true
		}
	}
	return false
}

// basedOnL1 counts the slot's based blocks still on the canonical L1 chain.
func basedOnL1(f sequencer.SlotFacts) int {
	n := 0
	for _, b := range f.Based {
		if !b.Reorged {
			n++
		}
	}
	return n
}

// epbsCell is the table's ePBS column for slot: the parent its block built on and the variant
// that landed.
func (d *Devnet) epbsCell(slot uint64) string {
	rep, ok := d.L1.Report(slot)
	switch {
	case !ok:
		return "-"
	case rep.Withheld:
		return "withheld"
	case rep.Block == nil:
		return "missed"
	}
	f, _ := d.Seq.Slot(slot)
	v, ok := f.VariantOn(rep.Block.ParentHash())
	if !ok || !landed(f) {
		return rep.Parent + "/-"
	}
	return rep.Parent + "/" + strings.ToUpper(string(v))
}

// Print writes the figures.
func (s EPBSStats) Print(w io.Writer) {
	fmt.Fprintf(w, "ePBS slots %d..%d: %d slots, %d withheld, FULL won %d, EMPTY won %d; both variants signed in %d\n",
		s.First, s.Last, s.Slots, s.Withheld, s.FullWon, s.EmptyWon, s.TwoVariants)
	fmt.Fprintf(w, "landed in the FULL variant %d, in the EMPTY variant %d, of %d slots whose proposer took the builder's block: land rate %.1f %%; void variants %d; landed twice %d; wrong variant %d\n",
		s.LandedFull, s.LandedEmpty, s.Taken, 100*s.LandRate(), s.Void, s.LandedTwice, s.WrongVariant)
}
