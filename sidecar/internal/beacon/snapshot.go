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
	ReasonHeadStale     = "head_stale"
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
	// Ready: the head is known and the beacon node confirmed it within the
	// silence rule, its execution block is confirmed by our execution client,
	// it is not optimistic and the event stream is up.
	Ready bool
	// Reason says why the snapshot is not Ready.
	Reason string
	// Proposer of BuildSlot, when duties are known.
	Proposer *Duty
	// Gloas: BuildSlot is under Gloas (ePBS) in the beacon node's fork schedule, so Parents
	// holds the FULL and the EMPTY candidate; before it the MEV-Boost single parent.
	Gloas bool
	// HeadPayload is the beacon node's word on the head's payload (Gloas events only), and
	// Canonical the parent kind it makes canonical: FULL when revealed, EMPTY when withheld,
	// empty while unknown.
	HeadPayload PayloadStatus
	Canonical   ParentKind
	// Bids are the builders' bids seen for BuildSlot (Gloas events only).
	Bids []Bid
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
	// confirmedSlot is the newest slot at which the beacon node vouched for
	// its head: a head or chain_reorg event, a re-sync read, or attributes
	// for a later slot built on the head (which a node sends during missed
	// slots too). A frozen node vouches for nothing.
	confirmedSlot uint64
	attrs         map[AttributesKey]*PayloadAttributes
	duties        map[uint64]Duty
	// dutyRoot is the head event's current_duty_dependent_root; dutiesStale
	// asks for a re-fetch after a reorg or a reconnect.
	dutyRoot    common.Hash
	dutiesStale bool
	// Gloas events: bids by slot, and what is known of each beacon block's payload.
	bids     map[uint64][]Bid
	payloads map[common.Hash]payloadSeen
}

// setHead moves the head, vouched for at slot (capped at the wall-clock slot
// now); the execution block is looked up again from the payload attributes
// already seen (their parent_block_root names the head).
func (st *state) setHead(slot uint64, root common.Hash, now uint64) {
	st.confirm(slot, now)
	if st.haveHead && st.headRoot == root {
		st.headSlot = slot
		return
	}
	st.haveHead, st.headSlot, st.headRoot, st.exec = true, slot, root, nil
	st.linkExec(now)
}

// confirm records that the beacon node vouched for its head at slot; a slot
// past now (a node's clock or a bad timestamp) counts as now.
func (st *state) confirm(slot, now uint64) {
	st.confirmedSlot = max(st.confirmedSlot, min(slot, now))
}

// linkExec finds the head's execution block in the payload attributes; any
// attributes built on the head vouch for it at the slot before theirs.
func (st *state) linkExec(now uint64) {
	if !st.haveHead {
		return
	}
	for _, a := range st.attrs {
		if a.ParentBlockRoot != st.headRoot {
			continue
		}
		if a.Slot > 0 {
			st.confirm(a.Slot-1, now)
		}
		// Under ePBS the next slot's attributes name both parents under the same beacon root;
		// the head's own execution block is the higher one (the FULL parent).
		if a.HasParentBlockNumber && (st.exec == nil || a.ParentBlockNumber > st.exec.number) {
			st.exec = &execHead{hash: a.ParentBlockHash, number: a.ParentBlockNumber}
		}
	}
}

// linkPayload sets the execution block of root read from the beacon node,
// unless the head moved on meanwhile or events already linked it.
func (st *state) linkPayload(root common.Hash, p BlockPayload) {
	if st.haveHead && st.headRoot == root && st.exec == nil {
		st.exec = &execHead{hash: p.BlockHash, parentHash: p.ParentHash, number: p.BlockNumber}
	}
}

func (st *state) addAttributes(a *PayloadAttributes, now, keep uint64) {
	for k := range st.attrs {
		if k.Slot+keep < now {
			delete(st.attrs, k)
		}
	}
	st.attrs[a.Key()] = a
	st.linkExec(now)
}

// stale reports whether the beacon node has not vouched for its head for
// more than silence slots at wall-clock slot now.
func (st *state) stale(now, silence uint64) bool {
	return now > st.confirmedSlot && now-st.confirmedSlot > silence
}

// snapshot derives the Snapshot for wall-clock slot now under the silence
// rule of silence slots.
func (st *state) snapshot(now uint64, epbs bool, silence uint64) Snapshot {
	s := Snapshot{Slot: now, BuildSlot: now + 1, Optimistic: st.optimistic, Gloas: epbs}
	if d, ok := st.duties[s.BuildSlot]; ok {
		s.Proposer = &d
	}
	if !st.haveHead {
		s.Reason = ReasonNoHead
		return s
	}
	s.HeadSlot, s.HeadRoot = st.headSlot, st.headRoot
	st.gloasView(&s)
	if st.exec != nil {
		s.HeadExecHash, s.HeadExecNumber = st.exec.hash, st.exec.number
	}
	switch {
	case !st.streamUp:
		s.Reason = ReasonStreamDown
	case st.stale(now, silence):
		s.Reason = ReasonHeadStale
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
		if epbs && s.HeadPayload == PayloadWithheld {
			// The head's payload never came: its execution block is the last revealed one, and
			// the block being built can only build on it (the EMPTY branch).
			s.Parents = []Parent{{Hash: st.exec.hash, Number: st.exec.number, Kind: ParentEmpty}}
			break
		}
		s.Parents = []Parent{{Hash: st.exec.hash, Number: st.exec.number, Kind: ParentFull}}
		if epbs && st.exec.number > 0 {
			s.Parents = append(s.Parents, Parent{Hash: st.exec.parentHash, Number: st.exec.number - 1, Kind: ParentEmpty})
		}
	}
	return s
}
