package builderhook

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/syncboost/syncboost/bundle"
)

// Reasons an atomic bundle does not fit the block at all.
var (
	ErrWrongBlock    = errors.New("builderhook: bundle is for another block number")
	ErrTimestamp     = errors.New("builderhook: block timestamp outside the bundle's window")
	ErrTxEncoding    = errors.New("builderhook: bad transaction encoding")
	ErrBundleTooLong = errors.New("builderhook: too many transactions in bundle")
)

// maxBundleTxs bounds decoding work for one bundle; ours carry a handful of transactions.
const maxBundleTxs = 1024

// ApplyTx applies one transaction the way go-ethereum's miner does: a transaction that
// cannot be included (bad nonce, fee below the base fee, no gas left) leaves env unchanged
// and returns the error; one that executes and reverts is included with a failed receipt.
func ApplyTx(ctx context.Context, env *Env, tx *types.Transaction) (*types.Receipt, error) {
	if err := env.check(); err != nil {
		return nil, err
	}
	if err := env.precheck([]*types.Transaction{tx}); err != nil {
		return nil, err
	}
	// A transaction that fails validation never reaches the journal reset that ends a
	// transaction, so a plain journal snapshot undoes it (the miner relies on the same).
	snap, gp := env.State.Snapshot(), env.GasPool.Snapshot()
	receipt, err := env.execute(ctx, env.txIndex(), tx)
	if err != nil {
		env.State.RevertToSnapshot(snap)
		env.GasPool.Set(gp)
		return nil, err
	}
	env.include(tx, receipt)
	return receipt, nil
}

// DecodeTxs decodes an atomic bundle's raw transactions (EIP-2718, blob transactions in
// their network form with the sidecar).
func DecodeTxs(b *bundle.AtomicBundle) ([]*types.Transaction, error) {
	if len(b.Txs) > maxBundleTxs {
		return nil, fmt.Errorf("%w: %d > %d", ErrBundleTooLong, len(b.Txs), maxBundleTxs)
	}
	txs := make([]*types.Transaction, len(b.Txs))
	for i, raw := range b.Txs {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("%w: txs[%d]: %w", ErrTxEncoding, i, err)
		}
		txs[i] = tx
	}
	return txs, nil
}

// ApplyBundle checks that b targets env's block (number and timestamp window), decodes it
// and applies it with ApplyAtomic.
func ApplyBundle(ctx context.Context, env *Env, b *bundle.AtomicBundle) (*Result, error) {
	if err := env.check(); err != nil {
		return nil, err
	}
	if err := Fits(b, env.Header); err != nil {
		return nil, err
	}
	txs, err := DecodeTxs(b)
	if err != nil {
		return nil, err
	}
	return ApplyAtomic(ctx, env, txs)
}

// Fits reports whether b may go into the block with this header: same block number, and
// the timestamp inside [MinTimestamp, MaxTimestamp] (0 means unbounded).
func Fits(b *bundle.AtomicBundle, header *types.Header) error {
	if header.Number == nil || !header.Number.IsUint64() || b.BlockNumber != header.Number.Uint64() {
		return fmt.Errorf("%w: bundle %d, block %v", ErrWrongBlock, b.BlockNumber, header.Number)
	}
	if b.MinTimestamp != 0 && header.Time < b.MinTimestamp || b.MaxTimestamp != 0 && header.Time > b.MaxTimestamp {
		return fmt.Errorf("%w: %d not in [%d, %d]", ErrTimestamp, header.Time, b.MinTimestamp, b.MaxTimestamp)
	}
	return nil
}
