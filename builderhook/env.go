package builderhook

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

// sizeBuffer is the room go-ethereum's miner keeps under params.MaxBlockSize (EIP-7934) for
// what is added to the block after its transactions.
const sizeBuffer = 1_000_000

// Env is the block being filled: the fields go-ethereum's miner keeps in its environment
// struct. A builder that forks the miner copies its environment in and out, or embeds Env.
//
// ApplyAtomic may replace State (and EVM.StateDB) with a restored copy, which is why it
// takes the Env and not the *state.StateDB: go-ethereum clears the state journal after
// every transaction, so a state cannot be rolled back across several transactions.
type Env struct {
	Config  *params.ChainConfig
	Header  *types.Header // GasUsed and BlobGasUsed are kept current
	State   *state.StateDB
	EVM     *vm.EVM // EVM.StateDB must be State
	GasPool *core.GasPool

	Txs      []*types.Transaction // included so far, blob sidecars stripped
	Receipts []*types.Receipt
	Sidecars []*types.BlobTxSidecar // of the blob transactions in Txs, in order
	Size     uint64                 // RLP size of the block so far, as the miner counts it
}

// Sentinel errors of Env checks.
var (
	ErrEnv             = errors.New("builderhook: incomplete env")
	ErrUnsupportedFork = errors.New("builderhook: fork not supported")
)

func (e *Env) check() error {
	switch {
	case e == nil:
		return fmt.Errorf("%w: nil", ErrEnv)
	case e.Config == nil || e.Header == nil || e.State == nil || e.EVM == nil || e.GasPool == nil:
		return fmt.Errorf("%w: config, header, state, evm and gas pool are required", ErrEnv)
	case e.Header.Number == nil:
		return fmt.Errorf("%w: header has no number", ErrEnv)
	case e.EVM.StateDB != vm.StateDB(e.State):
		return fmt.Errorf("%w: evm runs on another state", ErrEnv)
	case len(e.Txs) != len(e.Receipts):
		return fmt.Errorf("%w: %d txs but %d receipts", ErrEnv, len(e.Txs), len(e.Receipts))
	case e.Config.IsAmsterdam(e.Header.Number, e.Header.Time):
		// Amsterdam blocks carry an access list the Env does not collect.
		return fmt.Errorf("%w: amsterdam", ErrUnsupportedFork)
	case e.Config.IsCancun(e.Header.Number, e.Header.Time) && e.Header.BlobGasUsed == nil:
		return fmt.Errorf("%w: header has no blob gas used", ErrEnv)
	}
	return nil
}

// blobs is the number of blobs in the block so far.
func (e *Env) blobs() int {
	if e.Header.BlobGasUsed == nil {
		return 0
	}
	return int(*e.Header.BlobGasUsed / params.BlobTxBlobGasPerBlob)
}

// maxBlobs is the per-block blob limit of the current blob schedule (0 before Cancun).
func (e *Env) maxBlobs() int {
	if !e.Config.IsCancun(e.Header.Number, e.Header.Time) {
		return 0
	}
	return eip4844.MaxBlobsPerBlock(e.Config, e.Header.Time)
}

// txIndex is the position the next transaction takes in the block.
func (e *Env) txIndex() int { return len(e.Txs) }

// include appends an executed transaction, like the miner's commitTransaction.
func (e *Env) include(tx *types.Transaction, receipt *types.Receipt) {
	if sc := tx.BlobTxSidecar(); sc != nil {
		e.Sidecars = append(e.Sidecars, sc)
		tx = tx.WithoutBlobTxSidecar()
	}
	if e.Header.BlobGasUsed != nil {
		*e.Header.BlobGasUsed += receipt.BlobGasUsed
	}
	e.Txs = append(e.Txs, tx)
	e.Receipts = append(e.Receipts, receipt)
	e.Size += tx.Size()
	e.Header.GasUsed = e.GasPool.Used()
}
