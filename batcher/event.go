package batcher

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
)

// EventKind names a step of the poster.
type EventKind string

const (
	// EventSent: a batch transaction went out; Replaced says it replaced a pending one.
	EventSent EventKind = "sent"
	// EventLanded: a batch transaction is in an L1 block; Outcome is OutcomeCommitted or
	// OutcomeNoop (both success) or OutcomeReverted.
	EventLanded EventKind = "landed"
	// EventApplied: the batch was already applied at the L1 head, so nothing was sent.
	EventApplied EventKind = "already_applied"
	// EventDropped: the sender's nonce moved past a pending transaction that has no receipt.
	EventDropped EventKind = "dropped"
	// EventFailed: the batch was not sent; Err says why.
	EventFailed EventKind = "failed"
)

// Outcomes of a landed batch transaction.
const (
	OutcomeCommitted = "committed" // BatchCommitted: the inbox head moved
	OutcomeNoop      = "noop"      // the same batch was applied first (a sidecar's carried copy)
	OutcomeReverted  = "reverted"
)

// Event is one step of the poster, for observers (the devnet's table, tests).
type Event struct {
	Kind   EventKind
	Header bundle.BatchHeader // as sent (the blob form's, in blob mode)
	Tx     common.Hash
	// Transaction is the signed transaction of EventSent (with its blobs in blob mode).
	Transaction *types.Transaction
	Nonce       uint64
	Replaced    bool
	Outcome     string
	BlobHashes  []common.Hash
	L1Block     uint64
	Err         error
}
