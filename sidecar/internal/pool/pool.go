// Package pool holds searchers' bundles until the composer builds them into a slot: indexed by
// (l2ChainId, l1Slot), replaceable by (replacementUuid, signer), de-duplicated by bundle hash,
// expired once the slot passed, with a status history a searcher can follow. Every change is
// handed to a Journal in order and is durable when the method returns.
package pool

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// Sentinel errors; callers branch with errors.Is.
var (
	ErrNotFound = errors.New("not found")
	// ErrTooManyWatchers: Config.MaxWatchers subscriptions are open already.
	ErrTooManyWatchers = errors.New("too many watchers")
	ErrDuplicate       = errors.New("bundle already pooled")
	ErrNonceTooLow     = errors.New("replacement nonce too low")
	ErrSlotCap         = errors.New("too many bundles for this signer in this slot")
	// ErrSlotFull: the slot holds Config.MaxPerSlot live bundles (or all but the part
	// reserved for proven signers, for a signer that is not proven).
	ErrSlotFull      = errors.New("slot full")
	ErrPoolFull      = errors.New("pool full")
	ErrTransition    = errors.New("status transition not allowed")
	ErrInvalidEntry  = errors.New("invalid entry")
	ErrConfig        = errors.New("invalid pool config")
	ErrNotRestorable = errors.New("restore after first use")
	// ErrUnavailable: a shared pool's store did not answer; the call changed nothing that
	// was acknowledged, and the caller may try again.
	ErrUnavailable = errors.New("bundle pool unavailable")
)

// Pool is what the searcher API, the composer and the inclusion tracker need from a bundle
// pool. A shared (for example Redis-backed) pool implements the same contract: every method
// returns only once its change is durable.
type Pool interface {
	// Add pools a bundle, replacing the signer's bundle with the same replacement uuid when
	// the nonce is higher. A bundle already pooled and live is returned as a duplicate.
	Add(ctx context.Context, e *Entry) (AddResult, error)
	// Cancel cancels the signer's live bundle holding uuid if its nonce is at most maxNonce.
	Cancel(ctx context.Context, identity common.Address, uuid string, maxNonce uint64, reason string) (*Entry, error)
	// Get returns a copy of the bundle with this hash.
	Get(ctx context.Context, hash common.Hash) (*Entry, error)
	// ForSlot returns the live bundles for k in arrival order.
	ForSlot(ctx context.Context, k Key) ([]*Entry, error)
	// SetStatus records a transition (see Allowed).
	SetStatus(ctx context.Context, hash common.Hash, c bundle.StatusChange) (*Entry, error)
	// Watch returns the bundle now and a channel of its later changes. The channel is closed
	// when the bundle leaves the pool or the subscriber falls too far behind; stop releases it.
	Watch(ctx context.Context, hash common.Hash) (e *Entry, changes <-chan bundle.StatusChange, stop func(), err error)
	// Prune expires live bundles whose target slot is before nextSlot and forgets bundles
	// whose target slot is more than the retention before it.
	Prune(ctx context.Context, nextSlot uint64) (PruneResult, error)
	// Len returns the number of live bundles.
	Len() int
}

// AddResult says what Add did.
type AddResult struct {
	Entry     *Entry       // the pooled bundle (the existing one for a duplicate)
	Duplicate bool         // the same bundle was already pooled; nothing changed
	Replaced  *common.Hash // the bundle this one replaced, if any
}

// PruneResult counts what Prune did.
type PruneResult struct {
	Expired   int
	Forgotten int
}

// Journal makes the pool's changes durable. Record is called with the pool's lock held, in
// the order the changes happen, so it must only queue; Commit.Wait blocks until the ops (and
// every op recorded before them) are on disk.
type Journal interface {
	Record(ops []Op) Commit
}

// Op is one journal write: the entry's whole state after a change, or the deletion of an
// entry that left the pool.
type Op struct {
	Put    *Entry
	Delete common.Hash
}

// Commit is a pending journal write.
type Commit interface {
	Wait(ctx context.Context) error
}

// Done is a Commit that is already durable (an in-memory pool's, or one with nothing to write).
type Done struct{ Err error }

// Wait returns d.Err.
func (d Done) Wait(context.Context) error { return d.Err }

// Discard is a Journal that keeps nothing, for a pool without durability.
type Discard struct{}

// Record returns Done.
func (Discard) Record([]Op) Commit { return Done{} }
