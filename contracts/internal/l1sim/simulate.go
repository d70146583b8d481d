package l1sim

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// simulator is the part of the simulated backend's client that runs eth_simulateV1.
type simulator interface {
	SimulateV1(ctx context.Context, opts ethclient.SimulateOptions, block *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error)
}

// CallResult is the outcome of one simulated call.
type CallResult struct {
	ReturnData []byte
	GasUsed    uint64
	Reverted   bool
	RevertData []byte // the revert payload (custom error), when Reverted
}

// Simulate runs calls in order in one block on top of the head, with timestamp ts, the way the
// next committed block would see them (blockhash(number-1) is the head's hash).
func (c *Chain) Simulate(ts uint64, calls ...ethereum.CallMsg) ([]CallResult, error) {
	for i := range calls {
		if calls[i].Gas == 0 {
			calls[i].Gas = TxGasCap
		}
	}
	latest := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	return c.simulate(&latest, &ethereum.BlockOverrides{Time: ts}, calls)
}

func (c *Chain) simulate(base *rpc.BlockNumberOrHash, o *ethereum.BlockOverrides, calls []ethereum.CallMsg) ([]CallResult, error) {
	opts := ethclient.SimulateOptions{BlockStateCalls: []ethclient.SimulateBlock{{BlockOverrides: o, Calls: calls}}}
	out, err := c.sim.SimulateV1(context.Background(), opts, base)
	if err != nil {
		return nil, fmt.Errorf("eth_simulateV1: %w", err)
	}
	if len(out) != 1 || len(out[0].Calls) != len(calls) {
		return nil, errors.New("eth_simulateV1: unexpected result shape")
	}
	res := make([]CallResult, len(calls))
	for i, r := range out[0].Calls {
		res[i] = CallResult{ReturnData: r.ReturnValue, GasUsed: r.GasUsed, Reverted: r.Status == 0}
		if r.Error != nil && strings.HasPrefix(r.Error.Data, "0x") {
			data, err := hexutil.Decode(r.Error.Data)
			if err != nil {
				return nil, fmt.Errorf("call %d: revert data: %w", i, err)
			}
			res[i].RevertData = data
		}
	}
	return res, nil
}

// RevertData replays the block prefix up to a committed failed transaction with eth_simulateV1 on
// the block's parent, in the block's own environment, and returns the transaction's revert data.
func (c *Chain) RevertData(tx *types.Transaction) []byte {
	c.t.Helper()
	r := c.Receipt(tx)
	block, err := c.Client.BlockByHash(context.Background(), r.BlockHash)
	if err != nil {
		c.t.Fatalf("block of %s: %v", tx.Hash(), err)
	}
	calls := make([]ethereum.CallMsg, 0, r.TransactionIndex+1)
	for _, prior := range block.Transactions()[:r.TransactionIndex+1] {
		from, err := types.Sender(c.Signer, prior)
		if err != nil {
			c.t.Fatalf("sender: %v", err)
		}
		calls = append(calls, ethereum.CallMsg{
			From: from, To: prior.To(), Gas: prior.Gas(), GasFeeCap: prior.GasFeeCap(),
			GasTipCap: prior.GasTipCap(), Value: prior.Value(), Data: prior.Data(),
			BlobGasFeeCap: prior.BlobGasFeeCap(), BlobHashes: prior.BlobHashes(),
		})
	}
	parent := rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(new(big.Int).Sub(block.Number(), common.Big1).Int64()))
	o := &ethereum.BlockOverrides{
		Number: block.Number(), Time: block.Time(), GasLimit: block.GasLimit(),
		Coinbase: block.Coinbase(), BaseFee: block.BaseFee(),
	}
	res, err := c.simulate(&parent, o, calls)
	if err != nil {
		c.t.Fatalf("replay %s: %v", tx.Hash(), err)
	}
	last := res[len(res)-1]
	if !last.Reverted {
		c.t.Fatalf("replay of %s did not revert", tx.Hash())
	}
	return last.RevertData
}
