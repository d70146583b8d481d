package builderhook

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
)

// Test contracts, deployed at genesis.
var (
	// counterAddr: slot0++ then LOG0 (PUSH0 SLOAD PUSH1 1 ADD PUSH0 SSTORE PUSH0 PUSH0 LOG0 STOP).
	counterAddr = common.HexToAddress("0x00000000000000000000000000000000000c0117")
	counterCode = common.FromHex("0x5f54600101" + "5f55" + "5f5fa0" + "00")
	// revertAddr: PUSH0 PUSH0 REVERT.
	revertAddr = common.HexToAddress("0x000000000000000000000000000000000000deaD")
	revertCode = common.FromHex("0x5f5ffd")
	// payerAddr forwards msg.value to block.coinbase
	// (PUSH0 PUSH0 PUSH0 PUSH0 CALLVALUE COINBASE GAS CALL POP STOP).
	payerAddr = common.HexToAddress("0x00000000000000000000000000000000000000fa")
	payerCode = common.FromHex("0x5f5f5f5f34415af15000")
)

const testAccounts = 8

var (
	tip    = big.NewInt(2 * params.GWei)
	feeCap = big.NewInt(100 * params.GWei)
)

type testChain struct {
	node   *gethnode.Node
	signer types.Signer
	nonces map[common.Address]uint64
}

func newTestChain(t *testing.T) *testChain {
	t.Helper()
	n := gethnodetest.Start(t, gethnode.Config{
		Accounts: testAccounts,
		Alloc: types.GenesisAlloc{
			counterAddr: {Code: counterCode, Balance: common.Big0},
			revertAddr:  {Code: revertCode, Balance: common.Big0},
			payerAddr:   {Code: payerCode, Balance: common.Big0},
		},
	})
	return &testChain{node: n, signer: types.LatestSigner(n.ChainConfig()), nonces: map[common.Address]uint64{}}
}

// tx signs a dynamic-fee transaction from test account `from` with its next nonce.
func (c *testChain) tx(t *testing.T, from int, to common.Address, value *big.Int, gas uint64) *types.Transaction {
	t.Helper()
	key := gethnode.TestKey(from)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	nonce := c.nonces[addr]
	c.nonces[addr]++
	return c.sign(t, key, nonce, to, value, gas)
}

func (c *testChain) sign(t *testing.T, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int, gas uint64) *types.Transaction {
	t.Helper()
	return types.MustSignNewTx(key, c.signer, &types.DynamicFeeTx{
		ChainID: c.node.ChainConfig().ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas, To: &to, Value: value,
	})
}

func (c *testChain) head(t *testing.T) *types.Header {
	t.Helper()
	return c.node.BlockChain().CurrentBlock()
}

func (c *testChain) attrs(parent *types.Header) Attributes {
	return Attributes{
		Timestamp:    parent.Time + 12,
		FeeRecipient: common.HexToAddress("0x00000000000000000000000000000000000FEE01"),
		PrevRandao:   common.Hash{0x0a},
		BeaconRoot:   common.Hash{0x0b, byte(parent.Number.Uint64())},
		Withdrawals:  types.Withdrawals{},
	}
}

func (c *testChain) builder(t *testing.T) *BlockBuilder {
	t.Helper()
	parent := c.head(t)
	b, err := NewBlockBuilder(context.Background(), c.node.BlockChain(), parent, c.attrs(parent))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }
