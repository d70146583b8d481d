package sim

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
)

// L2Result is the simulated based block.
type L2Result struct {
	// Txs holds one result per transaction, in the order given.
	Txs []TxResult
	// GasUsed is the block's gas used.
	GasUsed uint64
	// StateRoot is the post-state root: the root of the block L2 derivation builds from the
	// same transactions and environment.
	StateRoot common.Hash
	// Header is the simulated header. Its transactionsRoot and hash are those of unsigned
	// transactions, not the real block's.
	Header *types.Header
}

// SimulateL2 executes txs, in order, as the based block with environment env on top of the
// block env.ParentHash (the slot-ending block or the previous based block). Reverted
// transactions are results (OK false); a transaction that cannot be included at all is an
// *InvalidTxError (errors.Is ErrInvalidTx) naming its index, so the caller can drop its bundle
// and simulate again.
func (c *Client) SimulateL2(ctx context.Context, env bundle.BasedBlockEnv, txs []*bundle.Tx) (*L2Result, error) {
	calls, err := c.callList(txs)
	if err != nil {
		return nil, err
	}
	ref := blockRef{BlockHash: env.ParentHash}
	o := l2Overrides(env)
	run := func(ctx context.Context, n int) (*simulatedBlock, error) {
		return c.simulate(ctx, ref, simBlock{BlockOverrides: o, Calls: calls[:n]})
	}
	blk, err := run(ctx, len(calls))
	var f *txFailure
	if errors.As(err, &f) {
		return nil, attribute(ctx, f, txs, func(ctx context.Context, n int) error {
			_, err := run(ctx, n)
			return err
		}, len(txs))
	}
	if err != nil {
		return nil, err
	}
	if err := checkL2Header(blk.Header, env); err != nil {
		return nil, err
	}
	fixLogs(blk.Calls, txs, 0)
	return &L2Result{Txs: blk.Calls, GasUsed: blk.Header.GasUsed, StateRoot: blk.Header.Root, Header: blk.Header}, nil
}

// fixLogs gives the logs of results the signed transaction's hash and its index in txs: the
// node knows only the unsigned transaction, at position offset+i of its block.
func fixLogs(results []TxResult, txs []*bundle.Tx, offset uint) {
	for i, r := range results {
		for _, l := range r.Logs {
			l.TxHash = txs[i].Hash()
			l.TxIndex -= offset
		}
	}
}

// l2Overrides is bundle.BasedBlockEnv as eth_simulateV1 block overrides, every field explicit.
func l2Overrides(env bundle.BasedBlockEnv) blockOverrides {
	o := blockOverrides{
		Number:       u64Arg(env.Number),
		Time:         hexutil.Uint64(env.Time),
		GasLimit:     u64Arg(env.GasLimit),
		FeeRecipient: env.Coinbase,
		PrevRandao:   env.PrevRandao,
		BeaconRoot:   env.BeaconRoot,
		Withdrawals:  types.Withdrawals{},
	}
	if env.BaseFee != nil {
		o.BaseFeePerGas = bigArg(env.BaseFee)
	}
	return o
}

// checkL2Header rejects a simulated header that is not the based block asked for: its root
// would be one derivation never reaches.
func checkL2Header(h *types.Header, env bundle.BasedBlockEnv) error {
	if !h.Number.IsUint64() {
		return respErr("result[0].number", "%v out of range", h.Number)
	}
	err := checkFields([]fieldCheck{
		{"parentHash", h.ParentHash, env.ParentHash},
		{"number", h.Number.Uint64(), env.Number},
		{"timestamp", h.Time, env.Time},
		{"miner", h.Coinbase, env.Coinbase},
		{"gasLimit", h.GasLimit, env.GasLimit},
		{"mixHash", h.MixDigest, env.PrevRandao},
	})
	if err != nil {
		return err
	}
	if env.BaseFee != nil && (h.BaseFee == nil || h.BaseFee.Cmp(env.BaseFee) != 0) {
		return respErr("result[0].baseFeePerGas", "%v, want %v", h.BaseFee, env.BaseFee)
	}
	if h.ParentBeaconRoot != nil && *h.ParentBeaconRoot != env.BeaconRoot {
		return respErr("result[0].parentBeaconBlockRoot", "%v, want %v", *h.ParentBeaconRoot, env.BeaconRoot)
	}
	return nil
}
