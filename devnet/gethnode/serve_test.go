package gethnode_test

import (
	"context"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
)

func TestServesChainIDOnLoopback(t *testing.T) {
	n := gethnodetest.Start(t, gethnode.Config{ChainID: 31337, Accounts: 2})
	u, err := url.Parse(n.HTTPEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	if u.Hostname() != "127.0.0.1" || u.Port() == "" || u.Port() == "0" {
		t.Fatalf("endpoint %s is not a loopback port", n.HTTPEndpoint())
	}
	ctx := context.Background()
	id, err := n.EthClient().ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id.Uint64() != 31337 {
		t.Fatalf("eth_chainId = %d, want 31337", id)
	}
	bal, err := n.EthClient().BalanceAt(ctx, gethnode.TestAddress(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(gethnode.DefaultBalance) != 0 {
		t.Fatalf("test account balance %s, want %s", bal, gethnode.DefaultBalance)
	}
}

func TestEngineAPIRequiresJWT(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "jwt.hex")
	secret := "0x" + common.Bytes2Hex(make([]byte, 31)) + "2a"
	if err := os.WriteFile(file, []byte(secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	n := gethnodetest.Start(t, gethnode.Config{JWTSecretFile: file})
	if got := n.JWTSecret(); hexutil.Encode(got[:]) != secret {
		t.Fatalf("secret %x not read from file", got)
	}
	ctx := context.Background()
	authed, err := n.DialEngine(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer authed.Close()
	var caps []string
	if err := authed.CallContext(ctx, &caps, "engine_exchangeCapabilities", []string{"engine_newPayloadV4"}); err != nil {
		t.Fatalf("authenticated call: %v", err)
	}
	if len(caps) == 0 {
		t.Fatal("no capabilities")
	}
	plain, err := rpc.DialContext(ctx, n.AuthEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	if err := plain.CallContext(ctx, &caps, "engine_exchangeCapabilities", []string{}); err == nil {
		t.Fatal("unauthenticated Engine API call succeeded")
	}
}

func TestSimulateV1(t *testing.T) {
	n := gethnodetest.Start(t, gethnode.Config{Accounts: 1})
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	call := map[string]any{
		"from":                 gethnode.TestAddress(0),
		"to":                   to,
		"value":                hexutil.Big(*big.NewInt(12345)),
		"gas":                  hexutil.Uint64(21000),
		"maxFeePerGas":         hexutil.Big(*big.NewInt(10_000_000_000)),
		"maxPriorityFeePerGas": hexutil.Big(*big.NewInt(1)),
		"nonce":                hexutil.Uint64(0),
	}
	opts := map[string]any{
		"blockStateCalls": []any{map[string]any{"calls": []any{call}}},
		"validation":      true,
	}
	var res []struct {
		Number  hexutil.Uint64 `json:"number"`
		GasUsed hexutil.Uint64 `json:"gasUsed"`
		Calls   []struct {
			Status  hexutil.Uint64 `json:"status"`
			GasUsed hexutil.Uint64 `json:"gasUsed"`
		} `json:"calls"`
	}
	if err := n.Client().CallContext(context.Background(), &res, "eth_simulateV1", opts, "latest"); err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 || len(res[0].Calls) != 1 {
		t.Fatalf("unexpected result shape: %+v", res)
	}
	if c := res[0].Calls[0]; c.Status != 1 || c.GasUsed != 21000 {
		t.Fatalf("call status %d gas %d, want 1 and 21000", c.Status, c.GasUsed)
	}
	if res[0].Number != 1 {
		t.Fatalf("simulated block %d, want 1", res[0].Number)
	}
}

// A block built by go-ethereum's own payload builder, imported with ImportBlock, becomes head.
func TestImportBlock(t *testing.T) {
	n := gethnodetest.Start(t, gethnode.Config{})
	ctx := context.Background()
	api, genesis := n.Engine(), n.BlockChain().Genesis()
	root := common.Hash{1}
	attrs := &engine.PayloadAttributes{
		Timestamp: genesis.Time() + 12, SuggestedFeeRecipient: common.Address{2},
		Withdrawals: []*types.Withdrawal{}, BeaconRoot: &root,
	}
	fcs := engine.ForkchoiceStateV1{HeadBlockHash: genesis.Hash()}
	res, err := api.ForkchoiceUpdatedV3(ctx, fcs, attrs)
	if err != nil || res.PayloadID == nil {
		t.Fatalf("forkchoice with attributes: %v", err)
	}
	env, err := api.GetPayloadV5(*res.PayloadID)
	if err != nil {
		t.Fatal(err)
	}
	block, err := engine.ExecutableDataToBlock(*env.ExecutionPayload, []common.Hash{}, &root, env.Requests)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.ImportBlock(ctx, block, env.Requests); err != nil {
		t.Fatal(err)
	}
	head, err := n.EthClient().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Hash() != block.Hash() {
		t.Fatalf("head %s, want %s", head.Hash(), block.Hash())
	}
	// Osaka rules, not Amsterdam: the node's own builder adds no block access list or slot.
	if head.BlockAccessListHash != nil || head.SlotNumber != nil || head.RequestsHash == nil {
		t.Fatalf("head is not an Osaka block: bal %v slot %v requests %v",
			head.BlockAccessListHash, head.SlotNumber, head.RequestsHash)
	}
	bad := types.NewBlockWithHeader(&types.Header{ParentHash: common.Hash{9}, Number: big.NewInt(5)})
	if err := n.NewPayload(ctx, bad.WithBody(types.Body{Withdrawals: []*types.Withdrawal{}}), nil); err == nil {
		t.Fatal("a block with an unknown parent was accepted as VALID")
	}
}
