package sim

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
)

// simulateMethod is the execution-API method both legs call.
const simulateMethod = "eth_simulateV1"

// simRequest is the first parameter of eth_simulateV1 with one simulated block.
type simRequest struct {
	BlockStateCalls        []simBlock `json:"blockStateCalls"`
	Validation             bool       `json:"validation"`
	TraceTransfers         bool       `json:"traceTransfers"`
	ReturnFullTransactions bool       `json:"returnFullTransactions"`
}

type simBlock struct {
	BlockOverrides blockOverrides             `json:"blockOverrides"`
	StateOverrides map[common.Address]account `json:"stateOverrides,omitempty"`
	Calls          []callArgs                 `json:"calls"`
}

// blockOverrides sets every header field the EVM or the state root depends on. A field left
// out takes eth_simulateV1's default (the parent's coinbase, zero beacon root, parent time +
// 12), which differs from a real block.
type blockOverrides struct {
	Number        *hexutil.Uint64   `json:"number,omitempty"`
	Time          hexutil.Uint64    `json:"time"`
	GasLimit      *hexutil.Uint64   `json:"gasLimit,omitempty"`
	FeeRecipient  common.Address    `json:"feeRecipient"`
	PrevRandao    common.Hash       `json:"prevRandao"`
	BaseFeePerGas *hexutil.Big      `json:"baseFeePerGas,omitempty"`
	BeaconRoot    common.Hash       `json:"beaconRoot"`
	Withdrawals   types.Withdrawals `json:"withdrawals"`
}

// account is a state override.
type account struct {
	Nonce     *hexutil.Uint64             `json:"nonce,omitempty"`
	Code      hexutil.Bytes               `json:"code,omitempty"`
	Balance   *hexutil.Big                `json:"balance,omitempty"`
	StateDiff map[common.Hash]common.Hash `json:"stateDiff,omitempty"`
}

// callArgs is one call of a simulated block: a signed transaction without its signature, the
// sender taken from signature recovery.
type callArgs struct {
	Type                 hexutil.Uint64               `json:"type"`
	From                 common.Address               `json:"from"`
	To                   *common.Address              `json:"to,omitempty"`
	Nonce                *hexutil.Uint64              `json:"nonce,omitempty"`
	Gas                  hexutil.Uint64               `json:"gas"`
	GasPrice             *hexutil.Big                 `json:"gasPrice,omitempty"`
	MaxFeePerGas         *hexutil.Big                 `json:"maxFeePerGas,omitempty"`
	MaxPriorityFeePerGas *hexutil.Big                 `json:"maxPriorityFeePerGas,omitempty"`
	MaxFeePerBlobGas     *hexutil.Big                 `json:"maxFeePerBlobGas,omitempty"`
	BlobVersionedHashes  []common.Hash                `json:"blobVersionedHashes,omitempty"`
	Value                *hexutil.Big                 `json:"value"`
	Input                hexutil.Bytes                `json:"input"`
	AccessList           *types.AccessList            `json:"accessList,omitempty"`
	AuthorizationList    []types.SetCodeAuthorization `json:"authorizationList,omitempty"`
	ChainID              *hexutil.Big                 `json:"chainId,omitempty"`
}

// blockRef is an EIP-1898 block reference by hash: the simulation must run on exactly this
// block, canonical or not (a slot-ending block may not be the node's head yet).
type blockRef struct {
	BlockHash common.Hash `json:"blockHash"`
}

func toCallArgs(tx *bundle.Tx) callArgs {
	nonce := hexutil.Uint64(tx.Nonce())
	c := callArgs{
		Type:  hexutil.Uint64(tx.Type()),
		From:  tx.Sender,
		To:    tx.To(),
		Nonce: &nonce,
		Gas:   hexutil.Uint64(tx.Gas()),
		Value: bigArg(tx.Value()),
		Input: tx.Data(),
	}
	if id := tx.ChainId(); id != nil && id.Sign() > 0 {
		c.ChainID = bigArg(id)
	}
	switch tx.Type() {
	case types.LegacyTxType, types.AccessListTxType:
		c.GasPrice = bigArg(tx.GasPrice())
	default:
		c.MaxFeePerGas = bigArg(tx.GasFeeCap())
		c.MaxPriorityFeePerGas = bigArg(tx.GasTipCap())
	}
	if tx.Type() != types.LegacyTxType {
		al := tx.AccessList()
		if al == nil {
			al = types.AccessList{}
		}
		c.AccessList = &al
	}
	if tx.Type() == types.BlobTxType {
		c.MaxFeePerBlobGas = bigArg(tx.BlobGasFeeCap())
		c.BlobVersionedHashes = tx.BlobHashes()
	}
	if tx.Type() == types.SetCodeTxType {
		c.AuthorizationList = tx.SetCodeAuthorizations()
	}
	return c
}

func bigArg(v *big.Int) *hexutil.Big {
	if v == nil {
		v = new(big.Int)
	}
	return (*hexutil.Big)(new(big.Int).Set(v))
}

func u64Arg(v uint64) *hexutil.Uint64 {
	h := hexutil.Uint64(v)
	return &h
}
