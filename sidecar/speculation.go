package sidecar

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
)

// standIn is the pipeline's stand-in for the sequencer's or the committee's certificates, nil
// when speculation is off (docs/speculation.md).
func (b *builder) standIn() (*pipeline.StandIn, error) {
	cfg := pipeline.StandInConfig{Inbox: b.cfg.Inbox.ContractAddress(), L1ChainID: b.cfg.L1.ChainID}
	switch {
	case !b.cfg.Pipeline.Speculate:
		return nil, nil
	case b.committee != nil:
		cfg.Committees = b.committee
	case b.cfg.Sequencer.SignerAddress() != (common.Address{}):
		cfg.Sequencer = b.cfg.Sequencer.SignerAddress()
	default:
		return nil, nil
	}
	return pipeline.NewStandIn(cfg, b.l1)
}

// maxPredictedBlocks bounds the L2 blocks a predicted batch reads.
const maxPredictedBlocks = 64

// speculationHeads predicts the next message from the L2 node's head and the beacon head, and
// its batch as a sequencer builds it (bundle.EncodeBatch of the blocks after the inbox head, in
// calldata); a sequencer that batches otherwise only loses the speculation.
type speculationHeads struct {
	l1, l2    *ethclient.Client
	beacon    interface{ Snapshot() beacon.Snapshot }
	inbox     common.Address
	l2ChainID uint64

	mu   sync.Mutex
	key  [2]common.Hash // (L1 parent, L2 block) of last
	last *bundle.SignedBatch
	slot uint64
}

var errHeadNotReady = errors.New("the L1 head is not ready")

func (h *speculationHeads) LatestL2(ctx context.Context) (*types.Header, error) {
	return h.l2.HeaderByNumber(ctx, nil)
}

func (h *speculationHeads) L1Head(context.Context) (common.Hash, error) {
	s := h.beacon.Snapshot()
	if !s.Ready {
		return common.Hash{}, errHeadNotReady
	}
	return s.HeadExecHash, nil
}

// Batch is the batch from the inbox head at l1Parent to l2, nil when l2 is that head.
func (h *speculationHeads) Batch(ctx context.Context, slot uint64, l1Parent common.Hash, l2 *types.Header) (*bundle.SignedBatch, error) {
	h.mu.Lock()
	if h.key == [2]common.Hash{l1Parent, l2.Hash()} && h.slot == slot {
		defer h.mu.Unlock()
		return h.last, nil
	}
	h.mu.Unlock()
	abi := bindings.NewBasedInbox()
	out, err := h.l1.CallContractAtHash(ctx, ethereum.CallMsg{To: &h.inbox, Data: abi.PackL2Head()}, l1Parent)
	if err != nil {
		return nil, fmt.Errorf("l2Head: %w", err)
	}
	head, err := abi.UnpackL2Head(out)
	if err != nil {
		return nil, fmt.Errorf("l2Head: %w", err)
	}
	b, err := h.batchAfter(ctx, head, l2, slot)
	if err != nil {
		return nil, err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.key, h.slot, h.last = [2]common.Hash{l1Parent, l2.Hash()}, slot, b
	return b, nil
}

func (h *speculationHeads) batchAfter(ctx context.Context, head bindings.L2Head, l2 *types.Header, slot uint64) (*bundle.SignedBatch, error) {
	n := l2.Number.Uint64()
	switch {
	case common.Hash(head.Id) == l2.Hash():
		return nil, nil
	case n <= head.Number || n-head.Number > maxPredictedBlocks:
		return nil, fmt.Errorf("no batch predicted from inbox head %d to L2 block %d", head.Number, n)
	}
	blocks := make([][][]byte, n-head.Number)
	hash := l2.Hash()
	for i := len(blocks) - 1; i >= 0; i-- {
		blk, err := h.l2.BlockByHash(ctx, hash)
		if err != nil {
			return nil, fmt.Errorf("L2 block %s: %w", hash, err)
		}
		for _, tx := range blk.Transactions() {
			raw, err := tx.MarshalBinary()
			if err != nil {
				return nil, err
			}
			blocks[i] = append(blocks[i], raw)
		}
		hash = blk.ParentHash()
	}
	// A based head's id is its commitment, not its hash: its descent is not checked here, and a
	// wrong prediction only differs from the sequencer's batch (a miss).
	if !head.Based && hash != common.Hash(head.Id) {
		return nil, fmt.Errorf("L2 block %d does not descend from the inbox head", n)
	}
	data, err := bundle.EncodeBatch(blocks)
	if err != nil {
		return nil, err
	}
	return &bundle.SignedBatch{Data: data, Header: bundle.BatchHeader{L2ChainID: h.l2ChainID, ParentID: head.Id,
		FirstNumber: head.Number + 1, LastNumber: n, LastHash: l2.Hash(), LastStateRoot: l2.Root, L1Slot: slot,
		DataMode: bundle.DataCalldata, DataHash: crypto.Keccak256Hash(data)}}, nil
}
