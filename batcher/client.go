package batcher

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Client is the L1 a Poster needs, over one JSON-RPC connection: ethclient's calls plus an
// estimate with a block-time override (eth_estimateGas's fourth parameter in go-ethereum).
type Client struct {
	*ethclient.Client
	rpc *rpc.Client
}

var _ L1 = (*Client)(nil)

// NewClient wraps an RPC connection to an L1 execution client.
func NewClient(c *rpc.Client) *Client { return &Client{Client: ethclient.NewClient(c), rpc: c} }

// EstimateGasAt estimates msg on blockHash's state in a block at time.
func (c *Client) EstimateGasAt(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash, time uint64) (uint64, error) {
	arg := map[string]any{"from": msg.From, "to": msg.To, "input": hexutil.Bytes(msg.Data)}
	if msg.GasFeeCap != nil {
		arg["maxFeePerGas"] = (*hexutil.Big)(msg.GasFeeCap)
	}
	if msg.GasTipCap != nil {
		arg["maxPriorityFeePerGas"] = (*hexutil.Big)(msg.GasTipCap)
	}
	if msg.BlobGasFeeCap != nil {
		arg["maxFeePerBlobGas"] = (*hexutil.Big)(msg.BlobGasFeeCap)
	}
	if msg.BlobHashes != nil {
		arg["blobVersionedHashes"] = msg.BlobHashes
	}
	var gas hexutil.Uint64
	err := c.rpc.CallContext(ctx, &gas, "eth_estimateGas", arg, rpc.BlockNumberOrHashWithHash(blockHash, false),
		nil, map[string]any{"time": hexutil.Uint64(time)})
	if err != nil {
		return 0, fmt.Errorf("eth_estimateGas: %w", err)
	}
	return uint64(gas), nil
}
