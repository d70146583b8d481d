package builderhook

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
)

// NewPayloadMethod is the Engine API call that imports a sealed Prague or Osaka block.
const NewPayloadMethod = "engine_newPayloadV4"

// Sealed is an assembled block, ready for engine_newPayload.
type Sealed struct {
	Block    *types.Block
	Receipts []*types.Receipt
	Requests [][]byte // execution requests (EIP-7685), as RequestsHash commits to them
	Sidecars []*types.BlobTxSidecar
	Fees     *big.Int // priority fees paid to the fee recipient
	// Envelope holds the ExecutableData, the blobs bundle, the requests and the block value,
	// as engine_getPayload returns them.
	Envelope *engine.ExecutionPayloadEnvelope
	// Skipped lists what Assemble left out, and why.
	Skipped []Skip
}

// Skip is a bundle or loose transaction that Assemble left out.
type Skip struct {
	Bundle int // index in the bundles, or -1 for a loose transaction
	Tx     int // index in the bundle, or in the loose transactions
	Hash   common.Hash
	Err    error
}

// VersionedHashes lists the blob versioned hashes of the block's transactions, in order.
func (s *Sealed) VersionedHashes() []common.Hash {
	hashes := make([]common.Hash, 0)
	for _, tx := range s.Block.Transactions() {
		hashes = append(hashes, tx.BlobHashes()...)
	}
	return hashes
}

// ExecutionRequests is Requests in the Engine API's form (never nil).
func (s *Sealed) ExecutionRequests() []hexutil.Bytes {
	out := make([]hexutil.Bytes, 0, len(s.Requests))
	for _, r := range s.Requests {
		out = append(out, r)
	}
	return out
}

// NewPayloadParams are the JSON-RPC params of NewPayloadMethod for this block.
func (s *Sealed) NewPayloadParams() []any {
	return []any{s.Envelope.ExecutionPayload, s.VersionedHashes(), s.Block.BeaconRoot(), s.ExecutionRequests()}
}

// Seal runs withdrawals and the EIP-7002/7251 request system calls, computes the state
// root and builds the block. The builder accepts nothing afterwards.
func (b *BlockBuilder) Seal(ctx context.Context) (*Sealed, error) {
	if b.sealed {
		return nil, ErrSealed
	}
	if err := b.check(); err != nil {
		return nil, err
	}
	b.sealed = true
	var logs []*types.Log
	for _, r := range b.Receipts {
		logs = append(logs, r.Logs...)
	}
	h := b.Header
	requests, _, err := core.PostExecution(ctx, b.Config, h.Number, h.Time, logs, b.withdrawals, b.EVM, uint32(len(b.Txs)+1))
	if err != nil {
		return nil, fmt.Errorf("builderhook: post-execution: %w", err)
	}
	if requests != nil {
		hash := types.CalcRequestsHash(requests)
		h.RequestsHash = &hash
	}
	body := &types.Body{Transactions: b.Txs, Withdrawals: b.withdrawals}
	b.chain.Engine().Finalize(b.chain, h, b.State, body)
	block := core.AssembleBlock(b.chain, h, b.State, body, b.Receipts, nil)
	if err := b.State.Error(); err != nil {
		return nil, fmt.Errorf("builderhook: state read: %w", err)
	}
	fees := new(big.Int)
	for i, tx := range b.Txs {
		fees.Add(fees, priorityFee(tx, b.Receipts[i], h.BaseFee))
	}
	return &Sealed{
		Block: block, Receipts: b.Receipts, Requests: requests, Sidecars: b.Sidecars, Fees: fees,
		Envelope: engine.BlockToExecutableData(block, fees, b.Sidecars, requests),
	}, nil
}

// Assemble builds a block on parent: each atomic bundle in order (a failing bundle is left
// out whole), then each loose transaction (one that cannot be included is left out). What
// was left out is listed in Sealed.Skipped.
func Assemble(ctx context.Context, chain Chain, parent *types.Header, attrs Attributes,
	bundles [][]*types.Transaction, txs []*types.Transaction,
) (*Sealed, error) {
	b, err := NewBlockBuilder(ctx, chain, parent, attrs)
	if err != nil {
		return nil, err
	}
	var skipped []Skip
	for i, bundle := range bundles {
		_, err := b.ApplyBundle(ctx, bundle)
		var txErr *TxError
		switch {
		case err == nil:
		case errors.As(err, &txErr):
			skipped = append(skipped, Skip{Bundle: i, Tx: txErr.Index, Hash: txErr.Hash, Err: txErr.Err})
		case errors.Is(err, ErrEmptyBundle):
			skipped = append(skipped, Skip{Bundle: i, Err: err})
		default:
			return nil, err
		}
	}
	for i, tx := range txs {
		if _, err := b.ApplyTx(ctx, tx); err != nil {
			var txErr *TxError
			if errors.As(err, &txErr) {
				err = txErr.Err
			}
			skipped = append(skipped, Skip{Bundle: -1, Tx: i, Hash: tx.Hash(), Err: err})
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sealed, err := b.Seal(ctx)
	if err != nil {
		return nil, err
	}
	sealed.Skipped = skipped
	return sealed, nil
}
