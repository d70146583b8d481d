package derivation_test

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

// The test L1: go-ethereum's simulated backend under the current mainnet rules, its genesis far
// ahead of the wall clock so every Commit is parent time + 1.
const (
	l1ChainID     = 31337
	l1GenesisTime = 4_000_000_000
	slotSeconds   = 12
)

type l1Chain struct {
	t       testing.TB
	backend *simulated.Backend
	client  simulated.Client
	signer  types.Signer
	nonces  map[common.Address]uint64
	pending chan common.Hash
	seen    map[common.Hash]bool
}

func newL1(t testing.TB, funded ...common.Address) *l1Chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for _, a := range funded {
		alloc[a] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))}
	}
	cfg := chainspec.Mainnet(l1ChainID)
	backend := simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config, ec.Genesis.Timestamp, ec.Genesis.GasLimit = cfg, l1GenesisTime, 60_000_000
		ec.Genesis.BaseFee = big.NewInt(params.InitialBaseFee)
		ec.Miner.GasCeil, ec.Miner.Recommit, ec.RPCTxFeeCap = 60_000_000, time.Hour, 0
	})
	t.Cleanup(func() { _ = backend.Close() })
	c := &l1Chain{t: t, backend: backend, client: backend.Client(), signer: types.LatestSigner(cfg),
		nonces: map[common.Address]uint64{}, pending: make(chan common.Hash, 1024), seen: map[common.Hash]bool{}}
	// Send waits for its transaction to be pending: a promotion racing with Commit's pool reset
	// could leave it out of the block.
	ec, ok := reflect.ValueOf(c.client).FieldByName("Client").Interface().(*ethclient.Client)
	if !ok {
		t.Fatal("simulated client does not wrap an *ethclient.Client")
	}
	sub, err := gethclient.New(ec.Client()).SubscribePendingTransactions(context.Background(), c.pending)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sub.Unsubscribe)
	return c
}

func (c *l1Chain) head() *types.Header {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return h
}

// nextSlot is the slot of the next committed block.
func (c *l1Chain) nextSlot() uint64 { return (c.head().Time + 1 - l1GenesisTime) / slotSeconds }

func (c *l1Chain) commit() *types.Header {
	c.t.Helper()
	c.backend.Commit()
	return c.head()
}

// send signs and submits a transaction (a blob transaction when sc is set) and waits until it
// is pending.
func (c *l1Chain) send(key *ecdsa.PrivateKey, to *common.Address, data []byte, sc *types.BlobTxSidecar) *types.Transaction {
	c.t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, ok := c.nonces[from]
	if !ok {
		n, err := c.client.NonceAt(context.Background(), from, nil)
		if err != nil {
			c.t.Fatal(err)
		}
		nonce = n
	}
	var txd types.TxData = &types.DynamicFeeTx{ChainID: big.NewInt(l1ChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei), Gas: 15_000_000, To: to, Data: data}
	if sc != nil {
		txd = &types.BlobTx{ChainID: uint256.NewInt(l1ChainID), Nonce: nonce, GasTipCap: uint256.NewInt(params.GWei),
			GasFeeCap: uint256.NewInt(100 * params.GWei), Gas: 15_000_000, To: *to, Data: data,
			BlobFeeCap: uint256.NewInt(100 * params.GWei), BlobHashes: sc.BlobHashes(), Sidecar: sc}
	}
	tx, err := types.SignNewTx(key, c.signer, txd)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := c.client.SendTransaction(context.Background(), tx); err != nil {
		c.t.Fatalf("send: %v", err)
	}
	c.nonces[from] = nonce + 1
	c.awaitPending(tx.Hash())
	return tx
}

func (c *l1Chain) awaitPending(h common.Hash) {
	c.t.Helper()
	timeout := time.NewTimer(30 * time.Second)
	defer timeout.Stop()
	for !c.seen[h] {
		select {
		case got := <-c.pending:
			c.seen[got] = true
		case <-timeout.C:
			c.t.Fatalf("transaction %s never became pending", h)
		}
	}
	delete(c.seen, h)
}

func (c *l1Chain) mustSucceed(tx *types.Transaction) *types.Receipt {
	c.t.Helper()
	r, err := c.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		c.t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("tx %s reverted", tx.Hash())
	}
	return r
}

// fork makes parent the head: the next commit builds a sibling of its child.
func (c *l1Chain) fork(parent common.Hash) {
	c.t.Helper()
	if err := c.backend.Fork(parent); err != nil {
		c.t.Fatal(err)
	}
}

// displace sends, at key's committed nonce, a self-transfer paying a higher tip: after a fork it
// keeps the dropped branch's transaction with that nonce, which the pool takes back, out.
func (c *l1Chain) displace(key *ecdsa.PrivateKey) *types.Transaction {
	c.t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.client.NonceAt(context.Background(), from, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	tx, err := types.SignNewTx(key, c.signer, &types.DynamicFeeTx{ChainID: big.NewInt(l1ChainID), Nonce: nonce,
		GasTipCap: big.NewInt(50 * params.GWei), GasFeeCap: big.NewInt(500 * params.GWei), Gas: 21_000, To: &from})
	if err != nil {
		c.t.Fatal(err)
	}
	if err := c.client.SendTransaction(context.Background(), tx); err != nil {
		c.t.Fatalf("send: %v", err)
	}
	c.nonces[from] = nonce + 1
	c.awaitPending(tx.Hash())
	return tx
}
