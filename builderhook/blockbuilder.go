package builderhook

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

// Errors of block assembly.
var (
	ErrAttributes = errors.New("builderhook: bad payload attributes")
	ErrSealed     = errors.New("builderhook: block already sealed")
)

// Chain is what block assembly reads from go-ethereum; *core.BlockChain implements it.
type Chain interface {
	core.ChainContext
	StateAtForkBoundary(parent, header *types.Header) (*state.StateDB, error)
}

var _ Chain = (*core.BlockChain)(nil)

// Attributes are the payload attributes of the block to build, as the consensus client
// gives them in engine_forkchoiceUpdated.
type Attributes struct {
	Timestamp    uint64
	FeeRecipient common.Address
	PrevRandao   common.Hash
	Withdrawals  types.Withdrawals // nil means none
	BeaconRoot   common.Hash       // parent beacon block root
	// GasLimit is the gas limit to move towards (by at most parent/1024 per block);
	// 0 keeps the parent's.
	GasLimit  uint64
	ExtraData []byte
}

// AttributesFromEngine converts Engine API payload attributes (V3, Cancun to Osaka).
func AttributesFromEngine(a *engine.PayloadAttributes) Attributes {
	out := Attributes{
		Timestamp: a.Timestamp, FeeRecipient: a.SuggestedFeeRecipient,
		PrevRandao: a.Random, Withdrawals: a.Withdrawals,
	}
	if a.BeaconRoot != nil {
		out.BeaconRoot = *a.BeaconRoot
	}
	return out
}

func (a Attributes) check(parent *types.Header) error {
	switch {
	case a.Timestamp <= parent.Time:
		return fmt.Errorf("%w: timestamp %d not after parent's %d", ErrAttributes, a.Timestamp, parent.Time)
	case len(a.ExtraData) > int(params.MaximumExtraDataSize):
		return fmt.Errorf("%w: extra data %d bytes > %d", ErrAttributes, len(a.ExtraData), params.MaximumExtraDataSize)
	}
	return nil
}

// BlockBuilder assembles one block: pre-execution system calls at creation, then bundles
// and transactions in the order they are applied, then withdrawals, execution requests and
// the roots at Seal.
type BlockBuilder struct {
	Env
	chain       Chain
	withdrawals types.Withdrawals
	sealed      bool
}

// NewBlockBuilder prepares the block on top of parent: header, parent state, EVM, and the
// EIP-4788 (beacon root) and EIP-2935 (parent hash) system calls.
func NewBlockBuilder(ctx context.Context, chain Chain, parent *types.Header, attrs Attributes) (*BlockBuilder, error) {
	cfg := chain.Config()
	if err := attrs.check(parent); err != nil {
		return nil, err
	}
	header := newHeader(cfg, parent, attrs)
	if !cfg.IsPrague(header.Number, header.Time) || cfg.IsAmsterdam(header.Number, header.Time) {
		return nil, fmt.Errorf("%w: block %v at %d is not Prague to Osaka", ErrUnsupportedFork, header.Number, header.Time)
	}
	statedb, err := chain.StateAtForkBoundary(parent, header)
	if err != nil {
		return nil, fmt.Errorf("builderhook: parent state %s: %w", parent.Hash(), err)
	}
	evm := vm.NewEVM(core.NewEVMBlockContext(header, chain, &attrs.FeeRecipient), statedb, cfg, vm.Config{})
	core.PreExecution(ctx, header.ParentBeaconRoot, parent, cfg, evm, header.Number, header.Time)
	withdrawals := attrs.Withdrawals
	if withdrawals == nil {
		withdrawals = types.Withdrawals{} // Shanghai blocks need a (possibly empty) list
	}
	return &BlockBuilder{
		Env: Env{
			Config: cfg, Header: header, State: statedb, EVM: evm,
			GasPool: core.NewGasPool(header.GasLimit),
			Size:    uint64(header.Size()) + uint64(withdrawals.Size()),
		},
		chain:       chain,
		withdrawals: withdrawals,
	}, nil
}

func newHeader(cfg *params.ChainConfig, parent *types.Header, attrs Attributes) *types.Header {
	number := new(big.Int).Add(parent.Number, common.Big1)
	target := attrs.GasLimit
	if target == 0 {
		target = parent.GasLimit
	}
	var excess uint64
	if cfg.IsCancun(parent.Number, parent.Time) {
		excess = eip4844.CalcExcessBlobGas(cfg, parent, attrs.Timestamp)
	}
	beaconRoot := attrs.BeaconRoot
	return &types.Header{
		ParentHash:       parent.Hash(),
		Number:           number,
		GasLimit:         core.CalcGasLimit(parent.GasLimit, target),
		Time:             attrs.Timestamp,
		Coinbase:         attrs.FeeRecipient,
		MixDigest:        attrs.PrevRandao,
		Extra:            attrs.ExtraData,
		Difficulty:       new(big.Int),
		BaseFee:          eip1559.CalcBaseFee(cfg, parent),
		ExcessBlobGas:    &excess,
		BlobGasUsed:      new(uint64),
		ParentBeaconRoot: &beaconRoot,
	}
}

// ApplyBundle applies one atomic bundle (see ApplyAtomic).
func (b *BlockBuilder) ApplyBundle(ctx context.Context, txs []*types.Transaction) (*Result, error) {
	if b.sealed {
		return nil, ErrSealed
	}
	return ApplyAtomic(ctx, &b.Env, txs)
}

// ApplyTx applies one loose transaction (see ApplyTx).
func (b *BlockBuilder) ApplyTx(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	if b.sealed {
		return nil, ErrSealed
	}
	return ApplyTx(ctx, &b.Env, tx)
}
