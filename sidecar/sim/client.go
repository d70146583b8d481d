package sim

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/syncboost/syncboost/bundle"
)

// Caller is the JSON-RPC capability the simulator needs; go-ethereum's *rpc.Client has it.
type Caller interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// Config configures a simulator for one execution client.
type Config struct {
	// Caller reaches the execution client's JSON-RPC API.
	Caller Caller
	// MaxTxGas is the chain's per-transaction gas cap, which eth_simulateV1 does not enforce:
	// 0 means the EIP-7825 cap (params.MaxTxGas); math.MaxUint64 disables the check.
	MaxTxGas uint64
}

// Check reports the first invalid field.
func (c Config) Check() error {
	if c.Caller == nil {
		return fmt.Errorf("%w: caller is nil", ErrConfig)
	}
	return nil
}

// Client simulates on one execution client. It is safe for concurrent use.
type Client struct {
	caller   Caller
	maxTxGas uint64
}

// New returns a simulator for the execution client behind cfg.Caller.
func New(cfg Config) (*Client, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	maxGas := cfg.MaxTxGas
	if maxGas == 0 {
		maxGas = params.MaxTxGas
	}
	return &Client{caller: cfg.Caller, maxTxGas: maxGas}, nil
}

// txFailure is a request the node refused because of one of its calls (which one it does not
// say): the JSON-RPC code and message of a transaction validation error.
type txFailure struct {
	code int
	msg  string
}

func (f *txFailure) Error() string { return fmt.Sprintf("%s (code %d)", f.msg, f.code) }

// Codes execution clients give a call that cannot be included (execution-apis eth_simulateV1,
// go-ethereum internal/ethapi/errors.go). -32602 and -32603 also carry go-ethereum's other
// transaction validation errors (fee cap above 256 bits, blob fee too low, calldata floor).
var txCodes = map[int]bool{
	-38010: true, // nonce too low
	-38011: true, // nonce too high
	-38012: true, // max fee per gas below the base fee
	-38013: true, // intrinsic gas too low
	-38014: true, // insufficient funds
	-38015: true, // block gas limit reached
	-38024: true, // sender is not an EOA
	-38025: true, // init code too large
	-32602: true,
	-32603: true,
}

// simulate sends one eth_simulateV1 request for a block of calls and decodes the answer.
// A validation failure comes back as *txFailure.
func (c *Client) simulate(ctx context.Context, ref blockRef, blk simBlock) (*simulatedBlock, error) {
	req := simRequest{BlockStateCalls: []simBlock{blk}, Validation: true}
	var raw json.RawMessage
	if err := c.caller.CallContext(ctx, &raw, simulateMethod, req, ref); err != nil {
		return nil, classify(err)
	}
	return decodeResponse(raw, len(blk.Calls))
}

func classify(err error) error {
	var rerr rpc.Error
	if errors.As(err, &rerr) && txCodes[rerr.ErrorCode()] &&
		!strings.HasPrefix(rerr.Error(), "invalid argument") {
		return &txFailure{code: rerr.ErrorCode(), msg: rerr.Error()}
	}
	return fmt.Errorf("%w: %w", ErrRequest, err)
}

// callList converts txs to calls, rejecting what no node would report exactly.
func (c *Client) callList(txs []*bundle.Tx) ([]callArgs, error) {
	calls := make([]callArgs, len(txs))
	for i, tx := range txs {
		if tx == nil || tx.Transaction == nil {
			return nil, fmt.Errorf("%w: transaction %d is nil", ErrInput, i)
		}
		if c.maxTxGas != math.MaxUint64 && tx.Gas() > c.maxTxGas {
			return nil, &InvalidTxError{Index: i, Code: -32603,
				Message: fmt.Sprintf("gas limit %d above the per-transaction cap %d", tx.Gas(), c.maxTxGas)}
		}
		calls[i] = toCallArgs(tx)
	}
	return calls, nil
}
