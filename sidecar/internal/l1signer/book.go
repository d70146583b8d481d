// Package l1signer holds the sidecar's L1 key and its nonces. Each slot the sidecar signs one
// transaction, the inbox's atomic submitBased, at nonce n, the account's nonce at the parent
// block P the bundle builds on. The bundle lands or not: if it did not (a missed slot), the next
// slot reuses n; if it did, the next slot uses n+1; if the chain reorgs, n is read again at the
// new head.
//
// Book is the pure bookkeeping; Signer adds the key, the execution-client reads and signing.
package l1signer

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Sentinel errors.
var (
	ErrNotSynced = errors.New("nonce not known at this parent")
	ErrConfig    = errors.New("invalid config")
	ErrNilDep    = errors.New("missing dependency")
)

// Head identifies an L1 block.
type Head struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
}

// Assignment is the nonce of one slot's transaction on one parent.
type Assignment struct {
	Slot   uint64
	Parent common.Hash
	Nonce  uint64
}

// Change is what a sync learned about the tracked head.
type Change int

// Changes a sync can observe.
const (
	// ChangeFirst: the first head the book sees.
	ChangeFirst Change = iota
	// ChangeSame: the tracked head again; nothing changes.
	ChangeSame
	// ChangeLanded: the head extends the tracked one and the nonce advanced by one: the
	// sidecar's transaction landed.
	ChangeLanded
	// ChangeMissed: the head extends the tracked one with the nonce unchanged: nothing of the
	// sidecar's landed, and the next slot reuses the nonce.
	ChangeMissed
	// ChangeForeign: the head extends the tracked one but the nonce moved by other than 0 or 1
	// (the key is used elsewhere, or the client answered a lower nonce).
	ChangeForeign
	// ChangeReorg: the head does not extend the tracked one (a reorg, or heads were missed);
	// the nonce is the chain's at the new head.
	ChangeReorg
)

func (c Change) String() string {
	return [...]string{"first", "same", "landed", "missed", "foreign", "reorg"}[c]
}

// Book tracks the account nonce at the current L1 head. It is pure and not safe for
// concurrent use; Signer serialises access.
type Book struct {
	synced bool
	head   Head
	nonce  uint64 // the account's nonce in the state after head
}

// Head returns the tracked head and the nonce there; ok is false before the first Sync.
func (b *Book) Head() (h Head, nonce uint64, ok bool) { return b.head, b.nonce, b.synced }

// Sync records that the account's nonce after head is nonce, as read from the chain, and says
// how that relates to the previously tracked head.
func (b *Book) Sync(head Head, nonce uint64) Change {
	var c Change
	switch {
	case !b.synced:
		c = ChangeFirst
	case head.Hash == b.head.Hash:
		if nonce == b.nonce {
			return ChangeSame
		}
		c = ChangeReorg // same block, different answer: trust the chain
	case head.ParentHash == b.head.Hash && head.Number == b.head.Number+1:
		switch nonce {
		case b.nonce:
			c = ChangeMissed
		case b.nonce + 1:
			c = ChangeLanded
		default:
			c = ChangeForeign
		}
	default:
		c = ChangeReorg
	}
	b.synced, b.head, b.nonce = true, head, nonce
	return c
}

// Assign returns the nonce of slot's transaction on parent, which must be the tracked
// head. The nonce depends only on the parent, so a replacement bundle for the same slot, or
// the next slot after a missed one on the same parent, gets the same nonce.
func (b *Book) Assign(slot uint64, parent common.Hash) (Assignment, error) {
	if !b.synced || parent != b.head.Hash {
		return Assignment{}, fmt.Errorf("%w: parent %s, tracked head %s", ErrNotSynced, parent, b.head.Hash)
	}
	return Assignment{Slot: slot, Parent: parent, Nonce: b.nonce}, nil
}
