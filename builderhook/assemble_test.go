package builderhook

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/syncboost/syncboost/devnet/gethnode"
)

func TestAssembledBlockBecomesHead(t *testing.T) {
	c := newTestChain(t)
	ctx := context.Background()
	ec := c.node.EthClient()
	withdrawTo := common.HexToAddress("0x00000000000000000000000000000000000d00d1")
	victim := common.HexToAddress("0x00000000000000000000000000000000000d00d2")

	for round := range 2 {
		parent := c.head(t)
		attrs := c.attrs(parent)
		attrs.Withdrawals = types.Withdrawals{{Index: uint64(round), Validator: 7, Address: withdrawTo, Amount: params.GWei}}
		good := []*types.Transaction{c.tx(t, 1, counterAddr, nil, 100_000), c.tx(t, 2, payerAddr, big.NewInt(5), 100_000)}
		bad := []*types.Transaction{c.tx(t, 3, victim, ether(1), 21000), c.tx(t, 4, revertAddr, nil, 100_000)}
		loose := []*types.Transaction{c.tx(t, 5, counterAddr, nil, 100_000), c.tx(t, 6, revertAddr, nil, 100_000)}
		// The failed bundle's senders did not spend their nonces.
		c.nonces[gethnode.TestAddress(3)]--
		c.nonces[gethnode.TestAddress(4)]--

		sealed, err := Assemble(ctx, c.node.BlockChain(), parent, attrs, [][]*types.Transaction{good, bad}, loose)
		if err != nil {
			t.Fatal(err)
		}
		if len(sealed.Skipped) != 1 || sealed.Skipped[0].Bundle != 1 || !errors.Is(sealed.Skipped[0].Err, ErrReverted) {
			t.Fatalf("skipped %+v, want bundle 1 reverted", sealed.Skipped)
		}
		if err := c.node.ImportBlock(ctx, sealed.Block, sealed.Requests); err != nil {
			t.Fatal(err)
		}
		head, err := ec.BlockByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if head.Hash() != sealed.Block.Hash() || head.NumberU64() != uint64(round+1) {
			t.Fatalf("head %d %s, want %s", head.NumberU64(), head.Hash(), sealed.Block.Hash())
		}
		want := []common.Hash{good[0].Hash(), good[1].Hash(), loose[0].Hash(), loose[1].Hash()}
		if len(head.Transactions()) != len(want) {
			t.Fatalf("head has %d txs, want %d", len(head.Transactions()), len(want))
		}
		for i, tx := range head.Transactions() {
			if tx.Hash() != want[i] {
				t.Fatalf("tx %d is %s, want %s", i, tx.Hash(), want[i])
			}
		}
		// The reverted loose transaction is in the block with a failed receipt, like the miner does.
		r, err := ec.TransactionReceipt(ctx, loose[1].Hash())
		if err != nil || r.Status != types.ReceiptStatusFailed {
			t.Fatalf("loose revert receipt %+v, %v", r, err)
		}
		// The failed bundle left nothing in the block. (Looking its transactions up by hash
		// would race go-ethereum's asynchronous transaction indexer.)
		for _, tx := range bad {
			if head.Transaction(tx.Hash()) != nil {
				t.Fatalf("tx %s of the failed bundle is in the block", tx.Hash())
			}
		}
		if bal, _ := ec.BalanceAt(ctx, victim, nil); bal.Sign() != 0 {
			t.Fatalf("failed bundle moved %s wei", bal)
		}
		wantWithdrawn := new(big.Int).Mul(big.NewInt(int64(round+1)), big.NewInt(params.Ether))
		if bal, _ := ec.BalanceAt(ctx, withdrawTo, nil); bal.Cmp(wantWithdrawn) != 0 {
			t.Fatalf("withdrawals credited %s, want %s", bal, wantWithdrawn)
		}
		if h := head.Header(); h.RequestsHash == nil || *h.RequestsHash != types.CalcRequestsHash(nil) || h.ParentBeaconRoot == nil {
			t.Fatalf("header misses Prague fields: requests %v beacon root %v", h.RequestsHash, h.ParentBeaconRoot)
		}
		if sealed.Envelope.ExecutionPayload.BlockHash != sealed.Block.Hash() || sealed.Envelope.BlockValue.Cmp(sealed.Fees) != 0 {
			t.Fatal("envelope does not describe the block")
		}
	}
}

// Over the authenticated Engine API port, with the params NewPayloadParams builds.
func TestSealedNewPayloadOverJWT(t *testing.T) {
	c := newTestChain(t)
	ctx := context.Background()
	b := c.builder(t)
	if _, err := b.ApplyBundle(ctx, []*types.Transaction{c.tx(t, 1, counterAddr, nil, 100_000)}); err != nil {
		t.Fatal(err)
	}
	sealed, err := b.Seal(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.ApplyTx(ctx, c.tx(t, 2, counterAddr, nil, 100_000)); !errors.Is(err, ErrSealed) {
		t.Fatalf("apply after seal: %v, want ErrSealed", err)
	}
	client, err := c.node.DialEngine(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	var status struct {
		Status string `json:"status"`
	}
	if err := client.CallContext(ctx, &status, NewPayloadMethod, sealed.NewPayloadParams()...); err != nil {
		t.Fatal(err)
	}
	if status.Status != "VALID" {
		t.Fatalf("%s: %s", NewPayloadMethod, status.Status)
	}
}

func TestNewBlockBuilderRejectsBadAttributes(t *testing.T) {
	c := newTestChain(t)
	parent := c.head(t)
	tests := []struct {
		name  string
		attrs func(a *Attributes)
	}{
		{name: "timestamp equal to parent", attrs: func(a *Attributes) { a.Timestamp = parent.Time }},
		{name: "extra data too long", attrs: func(a *Attributes) { a.ExtraData = make([]byte, 33) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := c.attrs(parent)
			tt.attrs(&a)
			if _, err := NewBlockBuilder(context.Background(), c.node.BlockChain(), parent, a); !errors.Is(err, ErrAttributes) {
				t.Fatalf("error %v, want ErrAttributes", err)
			}
		})
	}
}
