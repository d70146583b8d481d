// Package l1sim runs contract tests on go-ethereum's simulated backend with the chain rules pinned
// to the current mainnet fork (Osaka with the BPO2 blob schedule), not the dev chain's future fork.
// Block timestamps are under the test's control: the genesis lies far in the future of the wall
// clock, so every Commit produces parent time + 1 and AdjustTime jumps exactly.
package l1sim

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

const (
	// ChainID is the simulated L1's chain id.
	ChainID = 31337
	// GenesisTime is the genesis timestamp (year 2096), ahead of any wall clock a test runs at.
	GenesisTime = 4_000_000_000
	// BlockGasLimit leaves room for a whole atomic flow of large transactions in one block.
	BlockGasLimit = 60_000_000
	// TxGasCap is EIP-7825's per-transaction gas cap under Osaka.
	TxGasCap = 1 << 24
)

// ChainConfig is the mainnet fork schedule of go-ethereum v1.17.8 with every fork active at
// genesis: Prague, Osaka, BPO1 and BPO2; Amsterdam and later stay unscheduled.
func ChainConfig() *params.ChainConfig {
	zero := uint64(0)
	return &params.ChainConfig{
		ChainID:                 big.NewInt(ChainID),
		HomesteadBlock:          common.Big0,
		EIP150Block:             common.Big0,
		EIP155Block:             common.Big0,
		EIP158Block:             common.Big0,
		ByzantiumBlock:          common.Big0,
		ConstantinopleBlock:     common.Big0,
		PetersburgBlock:         common.Big0,
		IstanbulBlock:           common.Big0,
		MuirGlacierBlock:        common.Big0,
		BerlinBlock:             common.Big0,
		LondonBlock:             common.Big0,
		ArrowGlacierBlock:       common.Big0,
		GrayGlacierBlock:        common.Big0,
		MergeNetsplitBlock:      common.Big0,
		TerminalTotalDifficulty: common.Big0,
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		PragueTime:              &zero,
		OsakaTime:               &zero,
		BPO1Time:                &zero,
		BPO2Time:                &zero,
		DepositContractAddress:  params.MainnetChainConfig.DepositContractAddress,
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
			BPO1:   params.DefaultBPO1BlobConfig,
			BPO2:   params.DefaultBPO2BlobConfig,
		},
	}
}

// Chain is one simulated L1.
type Chain struct {
	t       testing.TB
	backend *simulated.Backend
	Client  simulated.Client
	sim     simulator
	Signer  types.Signer
	Config  *params.ChainConfig
}

// New starts a chain whose genesis funds every given account with a million ether.
func New(t testing.TB, funded ...common.Address) *Chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	balance := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	for _, a := range funded {
		alloc[a] = types.Account{Balance: balance}
	}
	cfg := ChainConfig()
	backend := simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = cfg
		ec.Genesis.Timestamp = GenesisTime
		ec.Genesis.GasLimit = BlockGasLimit
		ec.Genesis.BaseFee = big.NewInt(params.InitialBaseFee)
		ec.Miner.GasCeil = BlockGasLimit
	})
	t.Cleanup(func() { _ = backend.Close() })
	client := backend.Client()
	sim, ok := client.(simulator)
	if !ok {
		t.Fatal("simulated client has no eth_simulateV1")
	}
	return &Chain{t: t, backend: backend, Client: client, sim: sim, Signer: types.LatestSigner(cfg), Config: cfg}
}

// Head returns the latest block header.
func (c *Chain) Head() *types.Header {
	c.t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.t.Fatalf("head: %v", err)
	}
	return h
}

// NextBlockAt makes the next committed block carry timestamp ts, sealing one empty block at ts-1
// when needed. It must run while no transaction is pending.
func (c *Chain) NextBlockAt(ts uint64) {
	c.t.Helper()
	head := c.Head().Time
	if ts <= head {
		c.t.Fatalf("next block at %d: head is already at %d", ts, head)
	}
	if ts == head+1 {
		return
	}
	if err := c.backend.AdjustTime(time.Duration(ts-1-head) * time.Second); err != nil {
		c.t.Fatalf("adjust time: %v", err)
	}
}

// Commit seals the pending transactions into one block and returns its header.
func (c *Chain) Commit() *types.Header {
	c.t.Helper()
	c.backend.Commit()
	return c.Head()
}

// Tx describes a transaction to sign and send.
type Tx struct {
	To    common.Address
	Data  []byte
	Value *big.Int
	Gas   uint64   // zero: 10M
	Tip   *big.Int // zero: 1 gwei; the miner orders senders by tip
	Blobs *types.BlobTxSidecar
}

// Send signs tx with key at the sender's pending nonce and submits it.
func (c *Chain) Send(key *ecdsa.PrivateKey, tx Tx) *types.Transaction {
	c.t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		c.t.Fatalf("nonce: %v", err)
	}
	signed, err := types.SignNewTx(key, c.Signer, c.txData(nonce, tx))
	if err != nil {
		c.t.Fatalf("sign: %v", err)
	}
	if err := c.Client.SendTransaction(ctx, signed); err != nil {
		c.t.Fatalf("send: %v", err)
	}
	return signed
}

func (c *Chain) txData(nonce uint64, tx Tx) types.TxData {
	gas, tip := tx.Gas, tx.Tip
	if gas == 0 {
		gas = 10_000_000
	}
	if tip == nil {
		tip = big.NewInt(params.GWei)
	}
	feeCap := big.NewInt(100 * params.GWei)
	if tx.Blobs != nil {
		return &types.BlobTx{
			ChainID: uint256From(c.Config.ChainID), Nonce: nonce, GasTipCap: uint256From(tip),
			GasFeeCap: uint256From(feeCap), Gas: gas, To: tx.To, Value: uint256From(valueOf(tx.Value)),
			Data: tx.Data, BlobFeeCap: uint256From(big.NewInt(100 * params.GWei)),
			BlobHashes: tx.Blobs.BlobHashes(), Sidecar: tx.Blobs,
		}
	}
	to := tx.To
	return &types.DynamicFeeTx{
		ChainID: c.Config.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
		To: &to, Value: valueOf(tx.Value), Data: tx.Data,
	}
}

// Receipt returns the receipt of a committed transaction.
func (c *Chain) Receipt(tx *types.Transaction) *types.Receipt {
	c.t.Helper()
	r, err := c.Client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		c.t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	return r
}

// Deploy sends a contract creation (bytecode followed by the packed constructor arguments), commits
// it and returns the new address.
func (c *Chain) Deploy(key *ecdsa.PrivateKey, code []byte) common.Address {
	c.t.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		c.t.Fatalf("nonce: %v", err)
	}
	signed, err := types.SignNewTx(key, c.Signer, &types.DynamicFeeTx{
		ChainID: c.Config.ChainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei), Gas: 10_000_000, Data: code,
	})
	if err != nil {
		c.t.Fatalf("sign deployment: %v", err)
	}
	if err := c.Client.SendTransaction(ctx, signed); err != nil {
		c.t.Fatalf("send deployment: %v", err)
	}
	c.Commit()
	r := c.Receipt(signed)
	if r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("deployment reverted: %x", c.RevertData(signed))
	}
	return r.ContractAddress
}

// Balance returns an account's balance at the head.
func (c *Chain) Balance(a common.Address) *big.Int {
	c.t.Helper()
	b, err := c.Client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		c.t.Fatalf("balance: %v", err)
	}
	return b
}

func valueOf(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func uint256From(v *big.Int) *uint256.Int {
	u, overflow := uint256.FromBig(v)
	if overflow {
		panic("value overflows uint256")
	}
	return u
}
