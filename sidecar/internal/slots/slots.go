// Package slots is the sidecar's per-slot vocabulary: the L1 block a based block targets, the
// inbox proposal's inputs, the inbox's events of a block, and what was sent for a slot. The
// pipeline produces these, the inbox, the tracker and the driver consume them; the package
// imports none of them.
package slots

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
)

// Target is the L1 block the based block must land in: slot S on parent P, with the payload
// attributes the proposer's beacon node announced for (S, P).
type Target struct {
	Slot         uint64
	Time         uint64 // the L1 block's timestamp
	ParentHash   common.Hash
	ParentNumber uint64
	FeeRecipient common.Address
	PrevRandao   common.Hash
	BeaconRoot   common.Hash
	Withdrawals  []*types.Withdrawal
	GasLimit     uint64
	BaseFee      *big.Int // of the block being built, for the value model
}

// Number is the L1 block number the based block must land at.
func (t Target) Number() uint64 { return t.ParentNumber + 1 }

// ForcedEntries are the due forced-inclusion queue entries from position Start.
type ForcedEntries struct {
	Start uint64
	Txs   [][]byte
}

// InboxHead is the inbox's L2 head: the tip of the L2 chain whose data is on L1. ID is the
// last batch's L2 block hash, or a confirmed based block's commitment (Based); StateRoot may be
// zero for a based block proposed without a proven root.
type InboxHead struct {
	ID        common.Hash
	StateRoot common.Hash
	Number    uint64
	L1Slot    uint64
	Based     bool
	// Proposer is a based head's proposer: derivation makes it the block's fee recipient.
	Proposer common.Address
}

// BasedMode is what the inbox says about uncertified based blocks in a target's L1 block.
type BasedMode struct {
	Open bool
	// Why names what opened it: "no_certified_progress" or "forced_overdue" (empty when closed).
	Why  string
	Head InboxHead
}

// ProposeArgs are the proposal part of the inbox's submitBased.
type ProposeArgs struct {
	Target Target
	// Message is the slot-ending message built on; in based mode it is uncertified (an empty
	// certificate) and names the L2 block at the inbox head.
	Message *bundle.SignedSlotEnding
	// ParentID is the inbox id the block builds on when it is not the message's L2 block hash:
	// in based mode, the inbox head's id (a commitment after a based block). Zero: the message's.
	ParentID      common.Hash
	Payload       []byte               // bundle.EncodeBasedBlock output
	Sidecar       *types.BlobTxSidecar // blob mode: the payload's blobs, commitments and cell proofs; nil: calldata
	Forced        ForcedEntries
	PostStateRoot common.Hash // zero: none
	Proof         []byte
}

// SubmitArgs are the inputs of the sidecar's one atomic transaction: the proposal, the
// selected bundles' signed calls and assertions (one group per bundle, in plan order), and its
// gas limit (0: the per-transaction cap, for a first simulation that measures it).
type SubmitArgs struct {
	ProposeArgs
	Groups []bundle.CallGroup
	Gas    uint64
}

// BlockEvents are the commitments proposed and confirmed in one L1 block.
type BlockEvents struct {
	Proposed  map[common.Hash]bool
	Confirmed map[common.Hash]bool
}

// Sent is what went out for a slot on one parent: the tracker checks it against L1, and a
// newer message for the same slot replaces it (same replacement uuid).
type Sent struct {
	L2ChainID  uint64
	Slot       uint64
	Target     Target
	Bundle     *bundle.AtomicBundle
	Commitment common.Hash
	SlotEnding uint64      // the L2 number of the slot-ending block it builds on
	L2Hash     common.Hash // the based block's L2 hash, as derivation will build it
	Included   []common.Hash
	Failed     map[common.Hash]string
	Dropped    []bundle.Dropped
	Arrived    time.Time
	// DeadTime runs from arrival to the first byte of the request on the first endpoint's
	// connection (to the publication when no endpoint is configured).
	DeadTime time.Duration
	Timings  map[string]time.Duration
	// Delivery is the fan-out when the submission returned (at the first acceptance).
	Delivery Delivery

	done chan struct{} // closed once all is set
	all  Delivery
}

// Delivery summarises a fan-out to the builder and relay endpoints: how many accepted, how
// many refused or failed, and when the first and the last endpoint's first request byte was
// written (zero: none).
type Delivery struct {
	Accepted, Failed    int
	FirstByte, LastByte time.Time
}

// Pending marks s as having endpoints still answering; Finish ends that.
func (s *Sent) Pending() { s.done = make(chan struct{}) }

// Finish records the whole fan-out once every endpoint answered or gave up.
func (s *Sent) Finish(all Delivery) {
	s.all = all
	close(s.done)
}

// All waits for the whole fan-out (Delivery when nothing was pending).
func (s *Sent) All(ctx context.Context) (Delivery, error) {
	if s.done == nil {
		return s.Delivery, nil
	}
	select {
	case <-s.done:
		return s.all, nil
	case <-ctx.Done():
		return Delivery{}, ctx.Err()
	}
}

// Final returns the whole fan-out without waiting; ok is false while endpoints still answer.
func (s *Sent) Final() (d Delivery, ok bool) {
	if s.done == nil {
		return s.Delivery, true
	}
	select {
	case <-s.done:
		return s.all, true
	default:
		return Delivery{}, false
	}
}

// L2Block is the based block's L2 number.
func (s *Sent) L2Block() uint64 { return bundle.BasedBlockNumber(s.SlotEnding) }
