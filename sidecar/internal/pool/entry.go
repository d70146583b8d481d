package pool

import (
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syncboost/syncboost/bundle"
)

// Key is where the composer looks bundles up: one L2 chain, one target L1 slot.
type Key struct {
	L2ChainID uint64
	L1Slot    uint64
}

// Entry is one pooled bundle. The pool hands out copies; Bundle is shared and must not be
// modified by anyone.
type Entry struct {
	Hash     common.Hash
	Identity common.Address        // the searcher that signed the request
	Bundle   *bundle.CheckedBundle // Bundle.L1Slot is the resolved target slot, never 0
	History  []bundle.StatusChange // oldest first; never empty once pooled
	// Wire is the bundle's JSON as the searcher sent it, if known; a journal may store it
	// instead of encoding Bundle again (l1Slot and replacementUuid are taken from Bundle).
	Wire []byte
}

// Key returns the entry's (l2ChainId, l1Slot).
func (e *Entry) Key() Key {
	return Key{L2ChainID: e.Bundle.L2ChainID, L1Slot: e.Bundle.L1Slot}
}

// Status returns the latest change.
func (e *Entry) Status() bundle.StatusChange {
	if len(e.History) == 0 {
		return bundle.StatusChange{}
	}
	return e.History[len(e.History)-1]
}

// UUID returns the replacement uuid ("" when none).
func (e *Entry) UUID() string { return e.Bundle.ReplacementUUID }

// Nonce returns the replacement nonce.
func (e *Entry) Nonce() uint64 { return e.Bundle.ReplacementNonce }

func (e *Entry) clone() *Entry {
	c := *e
	c.History = slices.Clone(e.History)
	return &c
}

type uuidKey struct {
	identity common.Address
	uuid     string
}

type slotKey struct {
	identity common.Address
	key      Key
}
