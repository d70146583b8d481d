// Package l1sim runs contract tests on go-ethereum's simulated backend with the chain rules pinned
// to the current mainnet fork (Osaka with the BPO2 blob schedule), not the dev chain's future fork.
// Block timestamps are under the test's control: the genesis lies far in the future of the wall
// clock, so every Commit produces parent time + 1 and AdjustTime jumps exactly.
package l1sim

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/syncboost/syncboost/bundle/chainspec"
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

// ChainConfig is the current mainnet rules with every fork active at genesis (chainspec).
func ChainConfig() *params.ChainConfig { return chainspec.Mainnet(ChainID) }

// Chain is one simulated L1.
type Chain struct {
	t       testing.TB
	backend *simulated.Backend
	Client  simulated.Client
	sim     simulator
	Signer  types.Signer
	Config  *params.ChainConfig
	nonces  map[common.Address]uint64 // tracked here: the pool updates its own asynchronously
	pending chan common.Hash          // hashes the pool made pending (newPendingTransactions)
	seen    map[common.Hash]bool
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
		// The miner stops filling a block after Recommit; a slow machine (the race detector, a
		// busy CI host) must not silently leave sent transactions out of the next block.
		ec.Miner.Recommit = time.Hour
		ec.RPCTxFeeCap = 0 // transactions up to the per-transaction gas cap at test fee caps
	})
	t.Cleanup(func() { _ = backend.Close() })
	client := backend.Client()
	sim, ok := client.(simulator)
	if !ok {
		t.Fatal("simulated client has no eth_simulateV1")
	}
	c := &Chain{t: t, backend: backend, Client: client, sim: sim, Signer: types.LatestSigner(cfg), Config: cfg,
		nonces: map[common.Address]uint64{}, pending: make(chan common.Hash, 1024), seen: map[common.Hash]bool{}}
	c.subscribePending()
	return c
}

// subscribePending follows the pool's pending transactions. Send waits until its transaction is
// pending: the legacy pool promotes asynchronously, and a promotion that races with Commit's
// forced pool reset can leave a sent transaction out of the block.
func (c *Chain) subscribePending() {
	c.t.Helper()
	// The simulated client embeds *ethclient.Client in an exported field; gethclient needs its
	// underlying RPC client to subscribe.
	field := reflect.ValueOf(c.Client).FieldByName("Client")
	ec, ok := field.Interface().(*ethclient.Client)
	if !field.IsValid() || !ok {
		c.t.Fatal("simulated client does not wrap an *ethclient.Client")
	}
	sub, err := gethclient.New(ec.Client()).SubscribePendingTransactions(context.Background(), c.pending)
	if err != nil {
		c.t.Fatalf("subscribe to pending transactions: %v", err)
	}
	c.t.Cleanup(sub.Unsubscribe)
}

// awaitPending blocks until the pool reports tx as pending.
func (c *Chain) awaitPending(tx common.Hash) {
	c.t.Helper()
	timeout := time.NewTimer(30 * time.Second)
	defer timeout.Stop()
	for !c.seen[tx] {
		select {
		case h := <-c.pending:
			c.seen[h] = true
		case <-timeout.C:
			c.t.Fatalf("transaction %s never became pending", tx)
		}
	}
	delete(c.seen, tx)
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
// when needed. It must run while no transaction is pending: it first waits for the pool to settle
// on the head and drops whatever it still holds.
func (c *Chain) NextBlockAt(ts uint64) {
	c.t.Helper()
	c.backend.Rollback()
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
	signed, err := types.SignNewTx(key, c.Signer, c.txData(c.nonce(key), tx))
	if err != nil {
		c.t.Fatalf("sign: %v", err)
	}
	c.submit(signed)
	return signed
}

// nonce is the sender's next nonce: the committed one the first time, then counted locally.
func (c *Chain) nonce(key *ecdsa.PrivateKey) uint64 {
	c.t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	if n, ok := c.nonces[from]; ok {
		return n
	}
	n, err := c.Client.NonceAt(context.Background(), from, nil)
	if err != nil {
		c.t.Fatalf("nonce: %v", err)
	}
	c.nonces[from] = n
	return n
}

func (c *Chain) submit(tx *types.Transaction) {
	c.t.Helper()
	if err := c.Client.SendTransaction(context.Background(), tx); err != nil {
		c.t.Fatalf("send: %v", err)
	}
	from, err := types.Sender(c.Signer, tx)
	if err != nil {
		c.t.Fatalf("sender: %v", err)
	}
	c.nonces[from] = tx.Nonce() + 1
	c.awaitPending(tx.Hash())
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
			ChainID: uint256.MustFromBig(c.Config.ChainID), Nonce: nonce, GasTipCap: uint256.MustFromBig(tip),
			GasFeeCap: uint256.MustFromBig(feeCap), Gas: gas, To: tx.To, Value: uint256.MustFromBig(valueOf(tx.Value)),
			Data: tx.Data, BlobFeeCap: uint256.MustFromBig(big.NewInt(100 * params.GWei)),
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
		_, pending, perr := c.Client.TransactionByHash(context.Background(), tx.Hash())
		from, _ := types.Sender(c.Signer, tx)
		pn, _ := c.Client.PendingNonceAt(context.Background(), from)
		n, _ := c.Client.NonceAt(context.Background(), from, nil)
		c.t.Fatalf("receipt of %s (nonce %d): %v; pending=%v %v; pool nonce %d state nonce %d", tx.Hash(), tx.Nonce(), err, pending, perr, pn, n)
	}
	return r
}

// Deploy sends a contract creation (bytecode followed by the packed constructor arguments), commits
// it and returns the new address.
func (c *Chain) Deploy(key *ecdsa.PrivateKey, code []byte) common.Address {
	c.t.Helper()
	signed, err := types.SignNewTx(key, c.Signer, &types.DynamicFeeTx{
		ChainID: c.Config.ChainID, Nonce: c.nonce(key), GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei), Gas: 10_000_000, Data: code,
	})
	if err != nil {
		c.t.Fatalf("sign deployment: %v", err)
	}
	c.submit(signed)
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
