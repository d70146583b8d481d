package builder

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/builderhook"
)

// ErrSimulation is wrapped by eth_callBundle failures that are not about one transaction's
// execution (those are reported per transaction).
var ErrSimulation = errors.New("builder: bundle simulation failed")

// CallBundleArgs are eth_callBundle's parameters.
type CallBundleArgs struct {
	Txs []*types.Transaction
	// BlockNumber is the block simulated as; 0 means the state block plus one, the only
	// block the simulation can be.
	BlockNumber uint64
	// StateBlock is the block whose state the bundle runs on; nil means the head.
	StateBlock *uint64
	// Timestamp of the simulated block; 0 means the state block's plus one slot.
	Timestamp uint64
	// Coinbase of the simulated block; nil means the devnet proposer's fee recipient.
	Coinbase *common.Address
}

// CallBundleResult is eth_callBundle's answer in the Flashbots shape: wei amounts as decimal
// strings, gas and block numbers as JSON numbers.
type CallBundleResult struct {
	BundleGasPrice    string         `json:"bundleGasPrice"`
	BundleHash        common.Hash    `json:"bundleHash"`
	CoinbaseDiff      string         `json:"coinbaseDiff"`
	EthSentToCoinbase string         `json:"ethSentToCoinbase"`
	GasFees           string         `json:"gasFees"`
	Results           []CallTxResult `json:"results"`
	StateBlockNumber  uint64         `json:"stateBlockNumber"`
	TotalGasUsed      uint64         `json:"totalGasUsed"`
}

// CallTxResult is one transaction's simulation. Value holds the return data of a successful
// call; a reverted one has Error and Revert (the revert data, 0x-hex).
type CallTxResult struct {
	CoinbaseDiff      string          `json:"coinbaseDiff"`
	EthSentToCoinbase string          `json:"ethSentToCoinbase"`
	FromAddress       common.Address  `json:"fromAddress"`
	GasFees           string          `json:"gasFees"`
	GasPrice          string          `json:"gasPrice"`
	GasUsed           uint64          `json:"gasUsed"`
	ToAddress         *common.Address `json:"toAddress"`
	TxHash            common.Hash     `json:"txHash"`
	Value             *hexutil.Bytes  `json:"value,omitempty"`
	Error             string          `json:"error,omitempty"`
	Revert            *hexutil.Bytes  `json:"revert,omitempty"`
}

// CallBundle simulates args.Txs in order on the state block, each transaction on the state
// the previous ones left, and reports each one's outcome. A transaction that is invalid (bad
// nonce, fee, balance) fails the whole call, naming it.
func (b *Builder) CallBundle(ctx context.Context, args *CallBundleArgs) (*CallBundleResult, error) {
	parent, err := b.stateHeader(args)
	if err != nil {
		return nil, err
	}
	attrs := builderhook.Attributes{Timestamp: args.Timestamp, FeeRecipient: b.cfg.FeeRecipient}
	if attrs.Timestamp == 0 {
		attrs.Timestamp = parent.Time + uint64(b.cfg.SlotDuration.Seconds())
	}
	if attrs.Timestamp <= parent.Time {
		return nil, fmt.Errorf("%w: timestamp: %d is not after the state block's %d", ErrSimulation, attrs.Timestamp, parent.Time)
	}
	if args.Coinbase != nil {
		attrs.FeeRecipient = *args.Coinbase
	}
	bb, err := builderhook.NewBlockBuilder(ctx, b.chain, parent, attrs)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSimulation, err)
	}
	out := &CallBundleResult{StateBlockNumber: parent.Number.Uint64(), Results: make([]CallTxResult, 0, len(args.Txs))}
	coinbaseDiff, gasFees := new(big.Int), new(big.Int)
	hashes := make([]byte, 0, len(args.Txs)*common.HashLength)
	for i, tx := range args.Txs {
		r, diff, fees, err := simulateTx(&bb.Env, i, tx)
		if err != nil {
			return nil, fmt.Errorf("%w: txs[%d] (%s): %w", ErrSimulation, i, tx.Hash(), err)
		}
		out.Results = append(out.Results, r)
		out.TotalGasUsed += r.GasUsed
		coinbaseDiff.Add(coinbaseDiff, diff)
		gasFees.Add(gasFees, fees)
		hashes = append(hashes, tx.Hash().Bytes()...)
	}
	out.BundleHash = crypto.Keccak256Hash(hashes)
	out.CoinbaseDiff, out.GasFees = coinbaseDiff.String(), gasFees.String()
	out.EthSentToCoinbase = new(big.Int).Sub(coinbaseDiff, gasFees).String()
	out.BundleGasPrice = perGas(coinbaseDiff, out.TotalGasUsed).String()
	return out, nil
}

func (b *Builder) stateHeader(args *CallBundleArgs) (*types.Header, error) {
	parent := b.chain.CurrentHeader()
	if args.StateBlock != nil {
		if parent = b.chain.GetHeaderByNumber(*args.StateBlock); parent == nil {
			return nil, fmt.Errorf("%w: stateBlockNumber: block %d unknown", ErrSimulation, *args.StateBlock)
		}
	}
	if want := parent.Number.Uint64() + 1; args.BlockNumber != 0 && args.BlockNumber != want {
		return nil, fmt.Errorf("%w: blockNumber: %d, but the block on state block %d is %d",
			ErrSimulation, args.BlockNumber, parent.Number.Uint64(), want)
	}
	return parent, nil
}

// simulateTx runs tx at position i of the block in env and returns its result, the fee
// recipient's balance change and the priority fees it paid.
func simulateTx(env *builderhook.Env, i int, tx *types.Transaction) (CallTxResult, *big.Int, *big.Int, error) {
	h := env.Header
	msg, err := core.TransactionToMessage(tx, types.MakeSigner(env.Config, h.Number, h.Time), h.BaseFee)
	if err != nil {
		return CallTxResult{}, nil, nil, err
	}
	coinbase := env.EVM.Context.Coinbase
	before := env.State.GetBalance(coinbase).ToBig()
	env.State.SetTxContext(tx.Hash(), i, uint32(i+1))
	res, err := core.ApplyMessage(env.EVM, msg, env.GasPool)
	if err != nil {
		return CallTxResult{}, nil, nil, err
	}
	env.State.Finalise(env.EVM.GetRules())
	diff := new(big.Int).Sub(env.State.GetBalance(coinbase).ToBig(), before)
	tip, err := tx.EffectiveGasTip(h.BaseFee)
	if err != nil {
		return CallTxResult{}, nil, nil, err
	}
	fees := new(big.Int).Mul(tip, new(big.Int).SetUint64(res.UsedGas))
	r := CallTxResult{
		CoinbaseDiff: diff.String(), EthSentToCoinbase: new(big.Int).Sub(diff, fees).String(),
		FromAddress: msg.From, GasFees: fees.String(), GasPrice: perGas(diff, res.UsedGas).String(),
		GasUsed: res.UsedGas, ToAddress: tx.To(), TxHash: tx.Hash(),
	}
	if r.ToAddress == nil {
		created := crypto.CreateAddress(msg.From, tx.Nonce())
		r.ToAddress = &created
	}
	if res.Failed() {
		r.Error = res.Err.Error()
		if rev := res.Revert(); len(rev) > 0 {
			data := hexutil.Bytes(rev)
			r.Revert = &data
		}
	} else {
		data := hexutil.Bytes(res.Return())
		r.Value = &data
	}
	return r, diff, fees, nil
}

func perGas(wei *big.Int, gas uint64) *big.Int {
	if gas == 0 {
		return new(big.Int)
	}
	return new(big.Int).Div(wei, new(big.Int).SetUint64(gas))
}
