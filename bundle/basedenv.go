package bundle

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// BasedBlockEnv is the L2 block environment of a based block. The sidecar simulates with it and
// L2 derivation builds the block with it, so both reach the same post-state root.
type BasedBlockEnv struct {
	ParentHash common.Hash
	Number     uint64
	Time       uint64
	Coinbase   common.Address
	GasLimit   uint64
	BaseFee    *big.Int
	PrevRandao common.Hash // zero
	BeaconRoot common.Hash // zero
}

// BasedEnv derives the environment of the based block built on parent (the slot-ending L2
// block, or the previous based block) by proposer: the next number, parent time + 1 (L2 time
// advances one second per block, independent of wall time), the parent's gas limit, the EIP-1559
// base fee, and the proposer's L1 address as the L2 fee recipient.
func BasedEnv(cfg *params.ChainConfig, parent *types.Header, proposer common.Address) BasedBlockEnv {
	return BasedBlockEnv{
		ParentHash: parent.Hash(),
		Number:     parent.Number.Uint64() + 1,
		Time:       parent.Time + 1,
		Coinbase:   proposer,
		GasLimit:   parent.GasLimit,
		BaseFee:    eip1559.CalcBaseFee(cfg, parent),
	}
}

// Header is the based block's header before execution (roots and gas used are filled in by the
// execution that builds it).
func (e BasedBlockEnv) Header() *types.Header {
	zero := common.Hash{}
	return &types.Header{
		ParentHash: e.ParentHash, Number: new(big.Int).SetUint64(e.Number), Time: e.Time,
		Coinbase: e.Coinbase, GasLimit: e.GasLimit, BaseFee: new(big.Int).Set(e.BaseFee),
		MixDigest: e.PrevRandao, Difficulty: new(big.Int), ParentBeaconRoot: &zero,
		WithdrawalsHash: &types.EmptyWithdrawalsHash, UncleHash: types.EmptyUncleHash,
	}
}
