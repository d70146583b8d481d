package gethnode

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrPayloadRejected is returned when the Engine API does not answer VALID.
var ErrPayloadRejected = errors.New("gethnode: payload not valid")

// NewPayload hands an assembled block (and its execution requests, as returned by
// core.PostExecution) to the node through engine_newPayloadV4, the Osaka version.
func (n *Node) NewPayload(ctx context.Context, block *types.Block, requests [][]byte) error {
	api := n.Engine()
	if api == nil {
		return ErrNotStarted
	}
	env := engine.BlockToExecutableData(block, new(big.Int), nil, requests)
	// The Engine API rejects nil lists post-Cancun/Prague: send empty ones.
	hashes := make([]common.Hash, 0)
	for _, tx := range block.Transactions() {
		hashes = append(hashes, tx.BlobHashes()...)
	}
	reqs := make([]hexutil.Bytes, 0, len(requests))
	for _, r := range requests {
		reqs = append(reqs, r)
	}
	st, err := api.NewPayloadV4(ctx, *env.ExecutionPayload, hashes, block.BeaconRoot(), reqs)
	if err != nil {
		return fmt.Errorf("gethnode: new payload %s: %w", block.Hash(), err)
	}
	return checkStatus("new payload", block.Hash(), st)
}

// SetHead makes hash the head through engine_forkchoiceUpdatedV3. Safe and finalized stay
// unset: both devnet chains reorg (the L1's fault schedule, based blocks that replace the
// sequencer's unreleased blocks), and go-ethereum moves blocks up to the finalized one into
// its ancient store, after which the canonical chain cannot leave them.
func (n *Node) SetHead(ctx context.Context, hash common.Hash) error {
	api := n.Engine()
	if api == nil {
		return ErrNotStarted
	}
	res, err := api.ForkchoiceUpdatedV3(ctx, engine.ForkchoiceStateV1{HeadBlockHash: hash}, nil)
	if err != nil {
		return fmt.Errorf("gethnode: forkchoice updated %s: %w", hash, err)
	}
	return checkStatus("forkchoice updated", hash, res.PayloadStatus)
}

// ImportBlock runs NewPayload then SetHead: afterwards the block is the chain head.
func (n *Node) ImportBlock(ctx context.Context, block *types.Block, requests [][]byte) error {
	if err := n.NewPayload(ctx, block, requests); err != nil {
		return err
	}
	return n.SetHead(ctx, block.Hash())
}

func checkStatus(call string, hash common.Hash, st engine.PayloadStatusV1) error {
	if st.Status == engine.VALID {
		return nil
	}
	reason := ""
	if st.ValidationError != nil {
		reason = ": " + *st.ValidationError
	}
	return fmt.Errorf("%w: %s %s: %s%s", ErrPayloadRejected, call, hash, st.Status, reason)
}
