package builderhook

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// Reasons a bundle is not applied. A *TxError wraps them (or go-ethereum's own errors, such
// as core.ErrNonceTooLow), so errors.Is works on the result of ApplyAtomic.
var (
	ErrEmptyBundle    = errors.New("builderhook: empty bundle")
	ErrReverted       = errors.New("builderhook: transaction reverted")
	ErrTxGasCap       = errors.New("builderhook: transaction gas above the EIP-7825 cap")
	ErrMissingSidecar = errors.New("builderhook: blob transaction without its sidecar")
	ErrSidecarVersion = errors.New("builderhook: blob sidecar version not valid for this fork")
	ErrTooManyBlobs   = errors.New("builderhook: block blob limit reached")
	ErrBlockFull      = errors.New("builderhook: block size limit reached")
)

// TxError says which transaction of a bundle stopped it.
type TxError struct {
	Index int // position in the bundle
	Hash  common.Hash
	Err   error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("bundle tx %d (%s): %v", e.Index, e.Hash, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

// Result describes an applied bundle.
type Result struct {
	GasUsed     uint64 // block gas the bundle consumed
	BlobGasUsed uint64
	Receipts    []*types.Receipt // one per transaction, in order
	Logs        []*types.Log     // of all receipts, in order
	// CoinbaseDelta is the fee recipient's balance after the bundle minus before it:
	// priority fees plus direct payments, minus anything the recipient itself spent.
	CoinbaseDelta *big.Int
	// PriorityFees is the sum of effective tip × gas used over the bundle.
	PriorityFees *big.Int
}

// DirectPayment is the part of CoinbaseDelta not explained by priority fees, such as a
// contract calling block.coinbase.transfer.
func (r *Result) DirectPayment() *big.Int {
	return new(big.Int).Sub(r.CoinbaseDelta, r.PriorityFees)
}

// ApplyAtomic applies txs, in order, to the block in env. Either every transaction executes
// and succeeds (receipt status 1), and env gains them with their receipts, or env is left
// exactly as before: state, gas pool, header gas counters, Txs, Receipts, Sidecars, Size.
//
// On failure env.State and env.EVM.StateDB point to a copy of the state taken before the
// first transaction; the previous state object is discarded (its prefetcher stopped). On
// success they are unchanged. The error is a *TxError unless env itself is unusable.
func ApplyAtomic(ctx context.Context, env *Env, txs []*types.Transaction) (*Result, error) {
	if err := env.check(); err != nil {
		return nil, err
	}
	if len(txs) == 0 {
		return nil, ErrEmptyBundle
	}
	if err := env.precheck(txs); err != nil {
		return nil, err
	}
	cp := env.checkpoint()
	coinbase := env.EVM.Context.Coinbase
	before := env.State.GetBalance(coinbase).ToBig()
	res := &Result{PriorityFees: new(big.Int)}
	for i, tx := range txs {
		receipt, err := env.execute(ctx, env.txIndex()+i, tx)
		if err == nil && receipt.Status != types.ReceiptStatusSuccessful {
			err = ErrReverted
		}
		if err != nil {
			env.restore(cp)
			return nil, &TxError{Index: i, Hash: tx.Hash(), Err: err}
		}
		res.Receipts = append(res.Receipts, receipt)
		res.Logs = append(res.Logs, receipt.Logs...)
		res.BlobGasUsed += receipt.BlobGasUsed
		res.PriorityFees.Add(res.PriorityFees, priorityFee(tx, receipt, env.Header.BaseFee))
	}
	for i, tx := range txs {
		env.include(tx, res.Receipts[i])
	}
	res.GasUsed = env.GasPool.Used() - cp.gasPool.Used()
	res.CoinbaseDelta = new(big.Int).Sub(env.State.GetBalance(coinbase).ToBig(), before)
	return res, nil
}

// execute runs one transaction at block position idx without including it. The index is
// the transaction's position in the final block: receipts and logs carry it.
func (env *Env) execute(ctx context.Context, idx int, tx *types.Transaction) (*types.Receipt, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	env.State.SetTxContext(tx.Hash(), idx, uint32(idx+1))
	receipt, _, err := core.ApplyTransaction(ctx, env.EVM, env.GasPool, env.State, env.Header, tx)
	return receipt, err
}

// checkpoint is what ApplyAtomic restores. Header.BlobGasUsed, Txs, Receipts, Sidecars and
// Size change only once the whole bundle succeeded, so they need no copy.
type checkpoint struct {
	state   *state.StateDB
	gasPool *core.GasPool
	gasUsed uint64
}

func (env *Env) checkpoint() checkpoint {
	return checkpoint{state: env.State.Copy(), gasPool: env.GasPool.Snapshot(), gasUsed: env.Header.GasUsed}
}

func (env *Env) restore(cp checkpoint) {
	env.State.StopPrefetcher()
	env.State = cp.state
	env.EVM.StateDB = cp.state
	env.GasPool.Set(cp.gasPool)
	env.Header.GasUsed = cp.gasUsed
}

// precheck refuses, before any execution, what go-ethereum would only catch late or not at
// all: the EIP-7825 gas cap, blob sidecars, the blob limit and the block size limit.
func (env *Env) precheck(txs []*types.Transaction) error {
	osaka := env.Config.IsOsaka(env.Header.Number, env.Header.Time)
	blobs, size := env.blobs(), env.Size
	for i, tx := range txs {
		fail := func(err error) error { return &TxError{Index: i, Hash: tx.Hash(), Err: err} }
		if osaka && tx.Gas() > params.MaxTxGas {
			return fail(fmt.Errorf("%w: %d > %d", ErrTxGasCap, tx.Gas(), params.MaxTxGas))
		}
		if tx.Type() == types.BlobTxType {
			sc := tx.BlobTxSidecar()
			switch {
			case sc == nil:
				return fail(ErrMissingSidecar)
			case osaka && sc.Version != types.BlobSidecarVersion1:
				return fail(fmt.Errorf("%w: version %d after osaka", ErrSidecarVersion, sc.Version))
			}
			blobs += len(tx.BlobHashes())
			if blobs > env.maxBlobs() {
				return fail(fmt.Errorf("%w: %d > %d", ErrTooManyBlobs, blobs, env.maxBlobs()))
			}
			tx = tx.WithoutBlobTxSidecar()
		}
		size += tx.Size()
		if osaka && size >= params.MaxBlockSize-sizeBuffer {
			return fail(fmt.Errorf("%w: %d bytes", ErrBlockFull, size))
		}
	}
	return nil
}

func priorityFee(tx *types.Transaction, receipt *types.Receipt, baseFee *big.Int) *big.Int {
	tip, err := tx.EffectiveGasTip(baseFee)
	if err != nil {
		return new(big.Int) // unreachable: execution already checked the fee cap
	}
	return tip.Mul(tip, new(big.Int).SetUint64(receipt.GasUsed))
}
