// Package basedmode builds the sidecar's based blocks when the sequencer is absent: once the
// inbox opens based mode (no certified progress for BASED_MODE_AFTER_SLOTS slots, or a forced
// entry overdue), an uncertified based block may build on the inbox's L2 head. At each slot's
// accept_by, if no slot-ending message has arrived for it, the Trigger asks the inbox and, when
// based mode is open, offers the driver a Message made from the head; the pipeline then builds
// it like any other slot (docs/architecture.md, "Based mode").
package basedmode

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

var (
	ErrConfig  = errors.New("invalid based mode config")
	ErrMissing = errors.New("missing dependency")
	// ErrClosed: the inbox takes no uncertified based block in the target's L1 block.
	ErrClosed = errors.New("based mode is closed")
	// ErrHeadMismatch: the L2 node's block at the inbox head's number is not the head's block.
	ErrHeadMismatch = errors.New("the L2 node's block is not the inbox head")
)

// Inbox reads based mode and the L2 head in a target's L1 block (inbox.Inbox).
type Inbox interface {
	BasedMode(ctx context.Context, t slots.Target) (slots.BasedMode, error)
}

// Targets resolves the L1 block of (slot, parent), as the pipeline does.
type Targets interface {
	Target(ctx context.Context, slot uint64, parent common.Hash) (slots.Target, error)
}

// L2Headers reads the sidecar's L2 node.
type L2Headers interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Maker makes the based-mode message for a slot from the inbox head.
type Maker struct {
	l2ChainID uint64
	inbox     Inbox
	targets   Targets
	l2        L2Headers
}

// NewMaker checks its dependencies.
func NewMaker(l2ChainID uint64, inbox Inbox, targets Targets, l2 L2Headers) (*Maker, error) {
	if l2ChainID == 0 {
		return nil, fmt.Errorf("%w: the l2 chain id must be set", ErrConfig)
	}
	if inbox == nil || targets == nil || l2 == nil {
		return nil, fmt.Errorf("%w: inbox, targets and l2 are required", ErrMissing)
	}
	return &Maker{l2ChainID: l2ChainID, inbox: inbox, targets: targets, l2: l2}, nil
}

// Message returns the uncertified message to build slot's based block on parent with: the L2
// block at the inbox head as the block built on, the head's id as the inbox parent, no
// certificate and no batch (the inbox anchors it on its head, ANCHOR_HEAD). It returns
// ErrClosed when based mode is closed in that L1 block, and ErrHeadMismatch when the L2 node
// does not have the head's block (it lags, or follows another chain).
func (m *Maker) Message(ctx context.Context, slot uint64, parent common.Hash, at time.Time) (pipeline.Message, slots.BasedMode, error) {
	t, err := m.targets.Target(ctx, slot, parent)
	if err != nil {
		return pipeline.Message{}, slots.BasedMode{}, fmt.Errorf("target: %w", err)
	}
	bm, err := m.inbox.BasedMode(ctx, t)
	if err != nil {
		return pipeline.Message{}, bm, fmt.Errorf("inbox based mode: %w", err)
	}
	if !bm.Open {
		return pipeline.Message{}, bm, ErrClosed
	}
	l2, err := m.headBlock(ctx, bm.Head)
	if err != nil {
		return pipeline.Message{}, bm, err
	}
	se := bundle.SlotEnding{
		L2ChainID: m.l2ChainID, L2BlockNumber: bm.Head.Number, L2BlockHash: l2.Hash(), L2ParentHash: l2.ParentHash,
		L2StateRoot: bm.Head.StateRoot, L1Slot: slot, L1ParentHash: parent, IsSlotEnding: true,
	}
	return pipeline.Message{SignedSlotEnding: &bundle.SignedSlotEnding{SlotEnding: se}, Arrived: at, Based: true,
		ParentID: bm.Head.ID}, bm, nil
}

// headBlock is the L2 node's block at the head's number, checked against what the inbox knows
// of it: its hash when the head is a batch's end (the id is the block hash); for a based head
// its fee recipient (derivation makes it the proposer), which tells the derived based block
// from a sequenced block of the same number the L2 node may hold; its state root when the head
// carries one.
func (m *Maker) headBlock(ctx context.Context, h slots.InboxHead) (*types.Header, error) {
	l2, err := m.l2.HeaderByNumber(ctx, new(big.Int).SetUint64(h.Number))
	if err != nil {
		return nil, fmt.Errorf("L2 block %d (the inbox head): %w", h.Number, err)
	}
	switch {
	case l2.Number.Uint64() != h.Number:
		return nil, fmt.Errorf("%w: asked for block %d, got %d", ErrHeadMismatch, h.Number, l2.Number.Uint64())
	case !h.Based && l2.Hash() != h.ID:
		return nil, fmt.Errorf("%w: block %d is %s, the inbox head is %s", ErrHeadMismatch, h.Number, l2.Hash().Hex(), common.Hash(h.ID).Hex())
	case h.Based && l2.Coinbase != h.Proposer:
		return nil, fmt.Errorf("%w: block %d pays %s, the based head's proposer is %s", ErrHeadMismatch, h.Number, l2.Coinbase.Hex(), h.Proposer.Hex())
	case h.StateRoot != (common.Hash{}) && l2.Root != h.StateRoot:
		return nil, fmt.Errorf("%w: block %d has state root %s, the inbox head %s", ErrHeadMismatch, h.Number, l2.Root.Hex(), h.StateRoot.Hex())
	}
	return l2, nil
}
