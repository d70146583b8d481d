package sim

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
)

// Test contracts in the genesis state.
var (
	// counter: slot0++, LOG0 of the new value, returns it.
	counterAddr = common.HexToAddress("0x00000000000000000000000000000000000c0001")
	counterCode = hexutil.MustDecode("0x5f54600101805f555f5260205fa060205ff3")
	// reverter: reverts with the 32-byte word 0x…deadbeef.
	reverterAddr = common.HexToAddress("0x00000000000000000000000000000000000c0002")
	reverterCode = hexutil.MustDecode("0x63deadbeef5f5260205ffd")
	// tipper: forwards msg.value to block.coinbase.
	tipperAddr = common.HexToAddress("0x00000000000000000000000000000000000c0003")
	tipperCode = hexutil.MustDecode("0x5f5f5f5f34415af15000")
)

const testAccounts = 8

func startNode(t *testing.T) *gethnode.Node {
	t.Helper()
	n := gethnodetest.Start(t, gethnode.Config{
		Accounts: testAccounts,
		Alloc: types.GenesisAlloc{
			counterAddr:  {Code: counterCode, Balance: new(big.Int)},
			reverterAddr: {Code: reverterCode, Balance: new(big.Int)},
			tipperAddr:   {Code: tipperCode, Balance: new(big.Int)},
		},
	})
	return n
}

// countingCaller counts eth_simulateV1 requests.
type countingCaller struct {
	Caller
	calls atomic.Int64
}

func (c *countingCaller) CallContext(ctx context.Context, result any, method string, args ...any) error {
	c.calls.Add(1)
	return c.Caller.CallContext(ctx, result, method, args...)
}

// unreachable is a node that must not be asked.
type unreachable struct{}

func (unreachable) CallContext(context.Context, any, string, ...any) error {
	return errors.New("unreachable node called")
}

func newClient(t *testing.T, c Caller) *Client {
	t.Helper()
	s, err := New(Config{Caller: c})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// txSpec is a dynamic-fee transaction to sign with gethnode.TestKey(key).
type txSpec struct {
	key   int
	nonce uint64
	to    common.Address
	value int64
	data  []byte
	gas   uint64
	tip   int64 // wei per gas
}

// sign signs s for chainID and decodes it the way the sidecar receives it.
func sign(t *testing.T, chainID *big.Int, s txSpec) *bundle.Tx {
	t.Helper()
	gas := s.gas
	if gas == 0 {
		gas = 100_000
	}
	to := s.to
	return signData(t, chainID, s.key, &types.DynamicFeeTx{
		ChainID: chainID, Nonce: s.nonce, To: &to, Value: big.NewInt(s.value), Data: s.data, Gas: gas,
		GasTipCap: big.NewInt(s.tip), GasFeeCap: big.NewInt(100 * params.GWei),
	})
}

// signData signs any transaction type with gethnode.TestKey(key) and decodes it.
func signData(t *testing.T, chainID *big.Int, key int, data types.TxData) *bundle.Tx {
	t.Helper()
	tx := types.MustSignNewTx(gethnode.TestKey(key), types.LatestSignerForChainID(chainID), data)
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	dec, err := bundle.DecodeTx("tx", raw, chainID.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	return dec
}

func chainID(n *gethnode.Node) *big.Int { return n.ChainConfig().ChainID }

// buildBlock assembles a block from header (parent hash, number, time, coinbase, gas limit,
// mix digest, beacon root already set) and txs the way a block builder or L2 derivation does,
// then imports it through the Engine API, whose validation re-executes it and checks every
// root. It returns the imported block.
func buildBlock(t *testing.T, n *gethnode.Node, header *types.Header, txs []*bundle.Tx, withdrawals []*types.Withdrawal) *types.Block {
	t.Helper()
	ctx := context.Background()
	bc, cfg := n.BlockChain(), n.ChainConfig()
	parent := bc.GetHeaderByHash(header.ParentHash)
	if parent == nil {
		t.Fatalf("parent %s unknown", header.ParentHash)
	}
	if header.BaseFee == nil {
		header.BaseFee = eip1559.CalcBaseFee(cfg, parent)
	}
	excess := eip4844.CalcExcessBlobGas(cfg, parent, header.Time)
	header.ExcessBlobGas, header.BlobGasUsed = &excess, new(uint64)
	header.Difficulty, header.UncleHash = new(big.Int), types.EmptyUncleHash
	statedb, err := bc.StateAt(parent.Root, parent.Number, parent.Time)
	if err != nil {
		t.Fatal(err)
	}
	evm := vm.NewEVM(core.NewEVMBlockContext(header, bc, &header.Coinbase), statedb, cfg, vm.Config{})
	core.PreExecution(ctx, header.ParentBeaconRoot, parent, cfg, evm, header.Number, header.Time)
	gp := core.NewGasPool(header.GasLimit)
	var (
		body     = &types.Body{Withdrawals: withdrawals}
		receipts []*types.Receipt
		logs     []*types.Log
	)
	if body.Withdrawals == nil {
		body.Withdrawals = []*types.Withdrawal{}
	}
	for i, tx := range txs {
		statedb.SetTxContext(tx.Hash(), i, uint32(i+1))
		rcpt, _, err := core.ApplyTransaction(ctx, evm, gp, statedb, header, tx.Transaction)
		if err != nil {
			t.Fatalf("apply tx %d: %v", i, err)
		}
		body.Transactions = append(body.Transactions, tx.Transaction)
		receipts = append(receipts, rcpt)
		logs = append(logs, rcpt.Logs...)
	}
	header.GasUsed = gp.Used()
	requests, _, err := core.PostExecution(ctx, cfg, header.Number, header.Time, logs, body.Withdrawals, evm, uint32(len(txs)+1))
	if err != nil {
		t.Fatal(err)
	}
	rh := types.CalcRequestsHash(requests)
	header.RequestsHash = &rh
	block := core.AssembleBlock(bc, header, statedb, body, receipts, nil)
	if err := n.ImportBlock(ctx, block, requests); err != nil {
		t.Fatal(err)
	}
	return block
}

func genesisHeader(t *testing.T, n *gethnode.Node) *types.Header {
	t.Helper()
	h, err := n.EthClient().HeaderByNumber(context.Background(), big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	return h
}
