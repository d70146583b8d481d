package sim

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
)

// L1Env is the L1 block the bundle targets: slot S's block on parent P, with the payload
// attributes the proposer's beacon node announced.
type L1Env struct {
	ParentHash   common.Hash
	Time         uint64 // slot S's timestamp
	FeeRecipient common.Address
	PrevRandao   common.Hash
	BeaconRoot   common.Hash
	Withdrawals  []*types.Withdrawal
	// GasLimit of the block; 0 keeps the parent's (the builder's choice is not known).
	GasLimit uint64
	// Watch is an account whose balance change is measured beside the fee recipient's (the
	// sidecar's own, to know what a slot earns it); zero measures nothing useful.
	Watch common.Address
	// Code replaces accounts' code for this simulation only: the pipeline's speculation runs the
	// inbox with a stand-in sequencer key before the real certificate exists (docs/speculation.md).
	Code map[common.Address][]byte
	// Storage sets storage slots of accounts for this simulation only (the others keep their
	// values): with committee certificates the stand-in takes the committee's place.
	Storage map[common.Address]map[common.Hash]common.Hash
}

// L1Result is the simulated L1 bundle.
type L1Result struct {
	// Txs holds one result per transaction, in bundle order.
	Txs []TxResult
	// FirstFailed is the index of the first transaction that did not succeed, or -1.
	FirstFailed int
	// GasUsed is the bundle's transactions' gas used.
	GasUsed uint64
	// Value is the fee recipient's balance change over the bundle (negative if it pays).
	Value *big.Int
	// WatchValue is L1Env.Watch's balance change over the bundle.
	WatchValue *big.Int
	// BaseFee is the simulated block's base fee.
	BaseFee *big.Int
}

// The value probe: a contract returning BALANCE(COINBASE) and the balance of the address in
// its calldata (COINBASE BALANCE PUSH0 MSTORE PUSH0 CALLDATALOAD BALANCE PUSH1 32 MSTORE
// PUSH1 64 PUSH0 RETURN), called before and after the bundle by an account that pays no
// priority fee, so the probes themselves move nothing to the fee recipient. Both exist only in
// the request's state overrides, at addresses derived from a fixed label.
var (
	probeCode     = hexutil.MustDecode("0x41315f525f353160205260405ff3")
	probeContract = common.BytesToAddress(crypto.Keccak256([]byte("syncboost/sim/coinbase-probe")))
	probeCaller   = common.BytesToAddress(crypto.Keccak256([]byte("syncboost/sim/coinbase-probe-caller")))
	// The fee cap only has to clear any base fee; the balance covers gas at that cap.
	probeFeeCap  = new(big.Int).Lsh(big.NewInt(1), 64)
	probeBalance = new(big.Int).Lsh(big.NewInt(1), 100)
)

const probeGas = 30_000

// SimulateL1 executes the ordered atomic bundle txs on top of env.ParentHash in the block env
// describes and measures the value to the builder. A reverted transaction is a result (see
// FirstFailed); one that cannot be included at all is an *InvalidTxError naming its index.
func (c *Client) SimulateL1(ctx context.Context, env L1Env, txs []*bundle.Tx) (*L1Result, error) {
	if len(txs) == 0 {
		return nil, fmt.Errorf("%w: empty bundle", ErrInput)
	}
	calls, err := c.callList(txs)
	if err != nil {
		return nil, err
	}
	ref := blockRef{BlockHash: env.ParentHash}
	blockOf := func(n int, last bool) simBlock {
		list := make([]callArgs, 0, n+2)
		list = append(list, probeCall(0, env.Watch))
		list = append(list, calls[:n]...)
		if last {
			list = append(list, probeCall(1, env.Watch))
		}
		return simBlock{BlockOverrides: l1Overrides(env), StateOverrides: probeState(env.Code, env.Storage), Calls: list}
	}
	blk, err := c.simulate(ctx, ref, blockOf(len(calls), true))
	var f *txFailure
	if errors.As(err, &f) {
		return nil, attribute(ctx, f, txs, func(ctx context.Context, n int) error {
			_, err := c.simulate(ctx, ref, blockOf(n, false))
			return err
		}, -1)
	}
	if err != nil {
		return nil, err
	}
	if err := checkL1Header(blk.Header, env); err != nil {
		return nil, err
	}
	res, err := l1Result(blk)
	if err != nil {
		return nil, err
	}
	fixLogs(res.Txs, txs, 1)
	return res, nil
}

func l1Result(blk *simulatedBlock) (*L1Result, error) {
	n := len(blk.Calls) - 2
	before, watchBefore, err := probeValues(blk.Calls[0], "result[0].calls[0]")
	if err != nil {
		return nil, err
	}
	after, watchAfter, err := probeValues(blk.Calls[n+1], fmt.Sprintf("result[0].calls[%d]", n+1))
	if err != nil {
		return nil, err
	}
	res := &L1Result{Txs: blk.Calls[1 : n+1], FirstFailed: -1, Value: after.Sub(after, before),
		WatchValue: watchAfter.Sub(watchAfter, watchBefore), BaseFee: blk.Header.BaseFee}
	for i, r := range res.Txs {
		res.GasUsed += r.GasUsed
		if !r.OK && res.FirstFailed < 0 {
			res.FirstFailed = i
		}
	}
	return res, nil
}

// probeValues reads the probe's two balances: the fee recipient's and the watched account's.
func probeValues(r TxResult, field string) (*big.Int, *big.Int, error) {
	if !r.OK || len(r.Return) != 64 {
		return nil, nil, respErr(field, "value probe failed (ok %v, %d bytes): %s", r.OK, len(r.Return), r.Err)
	}
	return new(big.Int).SetBytes(r.Return[:32]), new(big.Int).SetBytes(r.Return[32:]), nil
}

func probeCall(nonce uint64, watch common.Address) callArgs {
	to := probeContract
	return callArgs{
		Type:                 types.DynamicFeeTxType,
		From:                 probeCaller,
		To:                   &to,
		Nonce:                u64Arg(nonce),
		Gas:                  probeGas,
		MaxFeePerGas:         bigArg(probeFeeCap),
		MaxPriorityFeePerGas: bigArg(new(big.Int)),
		Value:                bigArg(new(big.Int)),
		Input:                common.LeftPadBytes(watch.Bytes(), 32),
	}
}

func probeState(code map[common.Address][]byte, storage map[common.Address]map[common.Hash]common.Hash) map[common.Address]account {
	out := map[common.Address]account{
		probeContract: {Code: probeCode},
		probeCaller:   {Nonce: u64Arg(0), Balance: bigArg(probeBalance)},
	}
	for a, c := range code {
		out[a] = account{Code: c}
	}
	for a, slots := range storage {
		acc := out[a]
		acc.StateDiff = slots
		out[a] = acc
	}
	return out
}

func l1Overrides(env L1Env) blockOverrides {
	w := types.Withdrawals(env.Withdrawals)
	if w == nil {
		w = types.Withdrawals{}
	}
	o := blockOverrides{
		Time:         hexutil.Uint64(env.Time),
		FeeRecipient: env.FeeRecipient,
		PrevRandao:   env.PrevRandao,
		BeaconRoot:   env.BeaconRoot,
		Withdrawals:  w,
	}
	if env.GasLimit != 0 {
		o.GasLimit = u64Arg(env.GasLimit)
	}
	return o
}

func checkL1Header(h *types.Header, env L1Env) error {
	checks := []fieldCheck{
		{"parentHash", h.ParentHash, env.ParentHash},
		{"timestamp", h.Time, env.Time},
		{"miner", h.Coinbase, env.FeeRecipient},
		{"mixHash", h.MixDigest, env.PrevRandao},
	}
	if env.GasLimit != 0 {
		checks = append(checks, fieldCheck{"gasLimit", h.GasLimit, env.GasLimit})
	}
	if err := checkFields(checks); err != nil {
		return err
	}
	if h.BaseFee == nil {
		return respErr("result[0].baseFeePerGas", "missing")
	}
	return nil
}
