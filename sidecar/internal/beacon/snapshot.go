package beacon

import (
	"github.com/ethereum/go-ethereum/common"
)

// ParentKind tells which ePBS branch a parent candidate belongs to.
type ParentKind string

// Parent kinds. Under MEV-Boost the only candidate is ParentFull.
const (
	ParentFull  ParentKind = "full"  // the head block's payload was revealed
	ParentEmpty ParentKind = "empty" // the head block's payload is skipped
)

// Parent is a candidate execution parent of the block being built.
type Parent struct {
	Hash   common.Hash
	Number uint64
	Kind   ParentKind
}

// Reasons a Snapshot is not ready; they are stable strings for logs and metrics.
const (
	ReasonNoHead        = "no_head"
	ReasonStreamDown    = "beacon_stream_down"
	ReasonExecUnknown   = "execution_head_unknown"
	ReasonExecUnchecked = "execution_head_unconfirmed"
	ReasonExecMismatch  = "execution_head_mismatch"
	ReasonExecDown      = "execution_client_unavailable"
	ReasonOptimistic    = "optimistic_head"
)

// Duty is a proposer duty.
type Duty struct {
	Slot           uint64
	ValidatorIndex uint64
	Pubkey         [48]byte
}

// Snapshot is the tracker's view of L1 at one instant.
type Snapshot struct {
	// Slot is the wall-clock slot; BuildSlot = Slot+1 is the slot being built
	// (the block for slot S is built during slot S-1).
	Slot      uint64
	BuildSlot uint64
	// The beacon head and its execution block.
	HeadSlot       uint64
	HeadRoot       common.Hash
	HeadExecHash   common.Hash
	HeadExecNumber uint64
	// Parents are the execution blocks the block for BuildSlot may build on:
	// the head's execution block, and under ePBS also its parent (the EMPTY
	// branch). Empty unless Ready.
	Parents []Parent
	// Optimistic: the beacon node has not had the head validated by its
	// execution client. Never build on an optimistic head.
	Optimistic bool
	// Ready: the head is known, its execution block is confirmed by our
	// execution client, it is not optimistic and the event stream is up.
	Ready bool
	// Reason says why the snapshot is not Ready.
	Reason string
	// Proposer of BuildSlot, when duties are known.
	Proposer *Duty
}

// execHead is the execution block of the beacon head.
type execHead struct {
	hash, parentHash common.Hash
	number           uint64
	confirmed        bool // the execution client returned the same hash at number
	mismatch         bool // the execution client returned another hash at number
	unreachable      bool // the last cross-check request failed
}

// state is the tracker's mutable state, guarded by Tracker.mu.
type state struct {
	haveHead   bool
	headSlot   uint64
	headRoot   common.Hash
	exec       *execHead
	optimistic bool
	streamUp   bool
	attrs      map[AttributesKey]*PayloadAttributes
	duties     map[uint64]Duty
	// dutyRoot is the head event's current_duty_dependent_root; dutiesStale
	// asks for a re-fetch after a reorg or a reconnect.
	dutyRoot    common.Hash
	dutiesStale bool
}

// setHead moves the head; the execution block is looked up again from the
// payload attributes already seen (their parent_block_root names the head).
func (st *state) setHead(slot uint64, root common.Hash) {
	if st.haveHead && st.headRoot == root {
		st.headSlot = slot
		return
	}
	st.haveHead, st.headSlot, st.headRoot, st.exec = true, slot, root, nil
	st.linkExec()
}

// linkExec finds the head's execution block in the payload attributes.
func (st *state) linkExec() {
	if st.exec != nil || !st.haveHead {
		return
	}
	for _, a := range st.attrs {
		if a.ParentBlockRoot == st.headRoot && a.HasParentBlockNumber {
			st.exec = &execHead{hash: a.ParentBlockHash, number: a.ParentBlockNumber}
			return
		}
	}
}

func (st *state) addAttributes(a *PayloadAttributes, currentSlot, keep uint64) {
	for k := range st.attrs {
		if k.ProposalSlot+keep < currentSlot {
			delete(st.attrs, k)
		}
	}
	st.attrs[a.Key()] = a
	st.linkExec()
}

// snapshot derives the Snapshot for wall-clock slot now.
func (st *state) snapshot(now uint64, epbs bool) Snapshot {
	s := Snapshot{Slot: now, BuildSlot: now + 1, Optimistic: st.optimistic}
	if d, ok := st.duties[s.BuildSlot]; ok {
		s.Proposer = &d
	}
	if !st.haveHead {
		s.Reason = ReasonNoHead
		return s
	}
	s.HeadSlot, s.HeadRoot = st.headSlot, st.headRoot
	if st.exec != nil {
		s.HeadExecHash, s.HeadExecNumber = st.exec.hash, st.exec.number
	}
	switch {
	case !st.streamUp:
		s.Reason = ReasonStreamDown
	case st.optimistic:
		s.Reason = ReasonOptimistic
	case st.exec == nil:
		s.Reason = ReasonExecUnknown
	case st.exec.mismatch:
		s.Reason = ReasonExecMismatch
	case st.exec.unreachable:
		s.Reason = ReasonExecDown
	case !st.exec.confirmed:
		s.Reason = ReasonExecUnchecked
	default:
		s.Ready = true
		s.Parents = []Parent{{Hash: st.exec.hash, Number: st.exec.number, Kind: ParentFull}}
		if epbs && st.exec.number > 0 {
			s.Parents = append(s.Parents, Parent{Hash: st.exec.parentHash, Number: st.exec.number - 1, Kind: ParentEmpty})
		}
	}
	return s
}
