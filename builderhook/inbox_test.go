package builderhook

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
)

const (
	inboxGenesisTime = 1_700_000_000
	inboxL2ChainID   = 0x28c59
	deployerIdx      = 0
	sequencerIdx     = 1
	sidecarIdx       = 2
)

// An L1 block assembled with our atomic transaction (submitBased) shows the inbox's
// confirmation; the same submission with a failing assertion is left out whole.
func TestBlockWithOurBundleConfirmsBasedBlock(t *testing.T) {
	c := newInboxChain(t)
	ctx := context.Background()
	ib := bindings.NewBasedInbox()
	inbox := c.deployInbox(t, ib)

	parent := c.head(t)
	attrs := c.attrs(parent)
	attrs.Timestamp = inboxGenesisTime + 2*12 // slot 2
	m := bindings.SlotEnding{
		L2ChainId: big.NewInt(inboxL2ChainID), L2BlockNumber: 0, L2BlockHash: crypto.Keccak256Hash([]byte("l2 genesis")),
		L1Slot: 2, L1ParentHash: parent.Hash(), SeqIndex: 3, SlotEnding: true,
	}
	cert, err := bundle.SignECDSA(&bundle.SlotEnding{
		L2ChainID: inboxL2ChainID, L2BlockNumber: m.L2BlockNumber, L2BlockHash: m.L2BlockHash, L2ParentHash: m.L2ParentHash,
		L2StateRoot: m.L2StateRoot, L1Slot: m.L1Slot, L1ParentHash: m.L1ParentHash, SeqIndex: m.SeqIndex, IsSlotEnding: true,
	}, bundle.Domain{ChainID: c.node.ChainConfig().ChainID.Uint64(), VerifyingContract: inbox}, gethnode.TestKey(sequencerIdx))
	if err != nil {
		t.Fatal(err)
	}
	blk := bindings.BasedBlock{ParentHash: m.L2BlockHash, DataMode: bindings.DataCalldata, TxData: []byte("l2 txs"), Proof: []byte{}}
	commitment, err := bindings.Commitment(bindings.CommitmentPreimage{
		Inbox: inbox, L1ChainId: c.node.ChainConfig().ChainID, L1BlockNumber: parent.Number.Uint64() + 1,
		L1ParentHash: parent.Hash(), L1Timestamp: attrs.Timestamp, Proposer: gethnode.TestAddress(sidecarIdx),
		ParentId: blk.ParentHash, L2BlockNumber: m.L2BlockNumber + 1, DataMode: blk.DataMode, DataHash: bindings.DataHash(blk.TxData),
	})
	if err != nil {
		t.Fatal(err)
	}
	noForced := crypto.Keccak256Hash(make([]byte, 32)) // keccak256(abi.encode(uint64(0)))
	ourBundle := func(expect common.Hash) []*types.Transaction {
		submit := c.signData(t, sidecarIdx, 0, inbox, ib.PackSubmitBased(bindings.Submission{
			SlotEnding: m, Certificate: cert.Signature, Blk: blk, Bundles: []bindings.CallBundle{{
				PreCalls: []bindings.SignedCall{}, PostCalls: []bindings.SignedCall{},
				Assertions: []bindings.Assertion{{Target: inbox, Data: ib.PackForcedHead(), Expect: expect}},
			}},
		}))
		return []*types.Transaction{submit}
	}
	bad, good := ourBundle(common.Hash{7}), ourBundle(noForced)

	sealed, err := Assemble(ctx, c.node.BlockChain(), parent, attrs, [][]*types.Transaction{bad, good}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(sealed.Skipped) != 1 || sealed.Skipped[0].Bundle != 0 || sealed.Skipped[0].Tx != 0 || !errors.Is(sealed.Skipped[0].Err, ErrReverted) {
		t.Fatalf("skipped %+v, want the submission with the failing assertion", sealed.Skipped)
	}
	if err := c.node.ImportBlock(ctx, sealed.Block, sealed.Requests); err != nil {
		t.Fatal(err)
	}
	receipt, err := c.node.EthClient().TransactionReceipt(ctx, good[0].Hash())
	if err != nil {
		t.Fatal(err)
	}
	var confirmed *bindings.BasedInboxBasedBlockConfirmed
	for _, l := range receipt.Logs {
		if ev, err := ib.UnpackBasedBlockConfirmedEvent(l); err == nil {
			confirmed = ev
		}
	}
	if confirmed == nil || confirmed.Commitment != commitment || confirmed.L2BlockNumber != m.L2BlockNumber+1 {
		t.Fatalf("confirmation event %+v, want commitment %s", confirmed, commitment)
	}
	out, err := c.node.EthClient().CallContract(ctx, ethereum.CallMsg{To: &inbox, Data: ib.PackIsConfirmed(commitment)}, nil)
	if ok, err2 := ib.UnpackIsConfirmed(out); err != nil || err2 != nil || !ok {
		t.Fatalf("isConfirmed = %v (%v, %v)", ok, err, err2)
	}
}

func newInboxChain(t *testing.T) *testChain {
	t.Helper()
	n := gethnodetest.Start(t, gethnode.Config{Accounts: 3, GenesisTime: inboxGenesisTime})
	return &testChain{node: n, signer: types.LatestSigner(n.ChainConfig()), nonces: map[common.Address]uint64{}}
}

// deployInbox deploys BasedInbox in a block of slot 1 and returns its address.
func (c *testChain) deployInbox(t *testing.T, ib *bindings.BasedInbox) common.Address {
	t.Helper()
	cfg := bindings.InboxConfig{
		GenesisTime: inboxGenesisTime, SlotSeconds: 12, L2ChainId: big.NewInt(inboxL2ChainID),
		L2GenesisHash: crypto.Keccak256Hash([]byte("l2 genesis")), Sequencer: gethnode.TestAddress(sequencerIdx),
		ForcedInclusionFee: big.NewInt(params.Ether / 100), ForcedInclusionDelay: 48, ForcedInclusionCap: 3, ForcedTxMaxBytes: 4096,
	}
	code := append(common.FromHex(bindings.BasedInboxMetaData.Bin), ib.PackConstructor(cfg)...)
	deploy := types.MustSignNewTx(gethnode.TestKey(deployerIdx), c.signer, &types.DynamicFeeTx{
		ChainID: c.node.ChainConfig().ChainID, Nonce: 0, GasTipCap: tip, GasFeeCap: feeCap, Gas: 10_000_000, Data: code,
	})
	parent := c.head(t)
	attrs := c.attrs(parent)
	attrs.Timestamp = inboxGenesisTime + 12
	sealed, err := Assemble(context.Background(), c.node.BlockChain(), parent, attrs, [][]*types.Transaction{{deploy}}, nil)
	if err != nil || len(sealed.Skipped) != 0 {
		t.Fatalf("deploy: %v %+v", err, sealed.Skipped)
	}
	if err := c.node.ImportBlock(context.Background(), sealed.Block, sealed.Requests); err != nil {
		t.Fatal(err)
	}
	return crypto.CreateAddress(gethnode.TestAddress(deployerIdx), 0)
}

func (c *testChain) signData(t *testing.T, from int, nonce uint64, to common.Address, data []byte) *types.Transaction {
	t.Helper()
	return types.MustSignNewTx(gethnode.TestKey(from), c.signer, &types.DynamicFeeTx{
		ChainID: c.node.ChainConfig().ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 1_000_000, To: &to, Data: data,
	})
}
