package derivation

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Head is the derived L2 head after one processed L1 block.
type Head struct {
	L1Number uint64
	L1Hash   common.Hash
	L1Time   uint64
	// Number, Hash and StateRoot are the L2 head block's.
	Number    uint64
	Hash      common.Hash
	StateRoot common.Hash
	// ID is the head as the inbox names it: Hash, or the commitment of a based block (Based).
	ID    common.Hash
	Based bool
}

// FaultKind names what was wrong.
type FaultKind string

// Fault kinds, bounded: they label the faults metric.
const (
	// FaultHash: the certified lastHash of a batch is not the hash of the blocks derived from it.
	FaultHash FaultKind = "hash_mismatch"
	// FaultData: a batch's payload did not decode or named the wrong number of blocks, or a
	// based block's blobs were not available; it derived as empty blocks.
	FaultData FaultKind = "bad_data"
	// FaultParent: a log's parent is not the derived head (the inbox should make this impossible).
	FaultParent FaultKind = "parent_mismatch"
	// FaultStateRoot: a based block's proven post-state root is not the derived block's.
	FaultStateRoot FaultKind = "state_root_mismatch"
)

// Fault is one sequencer or proposer fault found on L1.
type Fault struct {
	Kind      FaultKind
	L1Number  uint64
	L1Hash    common.Hash
	L2Number  uint64
	Certified common.Hash // what L1 names (a batch's lastHash, a log's parent id)
	Derived   common.Hash // what derivation produced (the hash, or the head id)
	Reason    string
}

// Err is the fault as an error wrapping ErrFault.
func (f Fault) Err() error {
	return fmt.Errorf("%w: %s in l1 block %d at l2 block %d: certified %s, derived %s: %s",
		ErrFault, f.Kind, f.L1Number, f.L2Number, f.Certified, f.Derived, f.Reason)
}
