package derivation_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/derivation"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
)

const l2ChainID = 167_009

// rig is one L1 with the inbox, a source L2 node where the test builds the real chain, and the
// Deriver's own L2 node, which sees only L1.
type rig struct {
	t                             *testing.T
	l1                            *l1Chain
	deployer, sequencer, proposer *ecdsa.PrivateKey
	inbox                         common.Address
	ib                            *bindings.BasedInbox
	src, dst                      *gethnode.Node
	d                             *derivation.Deriver
	reg                           *prometheus.Registry
	headID                        common.Hash // the inbox's head id as the test has moved it
	l2nonce                       uint64
}

func newRig(t *testing.T, blobs derivation.BlobSource) *rig {
	t.Helper()
	r := &rig{t: t, deployer: mustKey(t), sequencer: mustKey(t), proposer: mustKey(t), ib: bindings.NewBasedInbox()}
	r.l1 = newL1(t, addr(r.deployer), addr(r.sequencer), addr(r.proposer))
	l2cfg := gethnode.Config{ChainID: l2ChainID, Accounts: 2}
	r.src, r.dst = gethnodetest.Start(t, l2cfg), gethnodetest.Start(t, l2cfg)
	genesis := r.src.BlockChain().Genesis()
	r.headID = genesis.Hash()
	verifier := r.deploy(deployCode(bindings.AttestationVerifierMetaData.Bin, bindings.NewAttestationVerifier().PackConstructor(addr(r.deployer))))
	r.inbox = r.deploy(deployCode(bindings.BasedInboxMetaData.Bin, r.ib.PackConstructor(bindings.InboxConfig{
		GenesisTime: l1GenesisTime, SlotSeconds: slotSeconds, L2ChainId: big.NewInt(l2ChainID),
		L2GenesisHash: genesis.Hash(), L2GenesisStateRoot: genesis.Root(), Sequencer: addr(r.sequencer),
		StateVerifier: verifier, ForcedInclusionFee: big.NewInt(params.Ether / 100), ForcedInclusionDelay: 4 * slotSeconds,
		ForcedInclusionCap: 4, ForcedTxMaxBytes: 4096,
	})))
	cfg := derivation.DefaultConfig()
	cfg.Inbox, cfg.Sequencer, cfg.MaxReorgDepth = r.inbox, addr(r.sequencer), 16
	r.reg = prometheus.NewRegistry()
	d, err := derivation.New(cfg, derivation.Deps{L1: r.l1.client, L2: r.dst, Blobs: blobs, Clock: clock.Real{},
		Log: zerolog.New(zerolog.NewTestWriter(t)), Registry: r.reg})
	if err != nil {
		t.Fatal(err)
	}
	r.d = d
	return r
}

func mustKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func deployCode(bin string, args []byte) []byte { return append(common.FromHex(bin), args...) }

func (r *rig) deploy(code []byte) common.Address {
	r.t.Helper()
	tx := r.l1.send(r.deployer, nil, code, nil)
	r.l1.commit()
	return r.l1.mustSucceed(tx).ContractAddress
}

func (r *rig) ctx() context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	r.t.Cleanup(cancel)
	return ctx
}

// transfer is a signed L2 transfer from test account 0.
func (r *rig) transfer() *types.Transaction {
	r.t.Helper()
	signer := types.LatestSignerForChainID(big.NewInt(l2ChainID))
	tx, err := types.SignNewTx(gethnode.TestKey(0), signer, &types.DynamicFeeTx{ChainID: big.NewInt(l2ChainID), Nonce: r.l2nonce,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21_000,
		To: &common.Address{0xee}, Value: big.NewInt(int64(r.l2nonce + 1))})
	if err != nil {
		r.t.Fatal(err)
	}
	r.l2nonce++
	return tx
}

// build assembles a block on the source chain's parent with txs and the coinbase, imports it.
func (r *rig) build(parent *types.Header, coinbase common.Address, txs []*types.Transaction) *types.Block {
	r.t.Helper()
	chain := r.src.BlockChain()
	env := bundle.BasedEnv(chain.Config(), parent, coinbase)
	sealed, err := builderhook.Assemble(r.ctx(), chain, parent, builderhook.Attributes{Timestamp: env.Time, FeeRecipient: env.Coinbase}, nil, txs)
	if err != nil {
		r.t.Fatal(err)
	}
	if len(sealed.Skipped) > 0 {
		r.t.Fatalf("source block skipped %+v", sealed.Skipped)
	}
	if err := r.src.ImportBlock(r.ctx(), sealed.Block, sealed.Requests); err != nil {
		r.t.Fatal(err)
	}
	return sealed.Block
}

// sequence builds n sequenced blocks on the source head (one transfer each but the last) and
// returns their tx lists.
func (r *rig) sequence(n int) ([]*types.Block, [][][]byte) {
	r.t.Helper()
	var blocks []*types.Block
	var lists [][][]byte
	for i := range n {
		var txs []*types.Transaction
		if i < n-1 {
			txs = append(txs, r.transfer())
		}
		b := r.build(r.src.BlockChain().CurrentBlock(), addr(r.sequencer), txs)
		blocks = append(blocks, b)
		lists = append(lists, rawTxs(b))
	}
	return blocks, lists
}

func rawTxs(b *types.Block) [][]byte {
	out := [][]byte{}
	for _, tx := range b.Transactions() {
		raw, _ := tx.MarshalBinary()
		out = append(out, raw)
	}
	return out
}

func (r *rig) domain() bundle.Domain {
	return bundle.Domain{ChainID: l1ChainID, VerifyingContract: r.inbox}
}

// batch is the sequencer's certified batch of blocks on the test's head id, for the next slot.
// In blob mode its payload goes in blobs (returned as a sidecar).
func (r *rig) batch(blocks []*types.Block, lists [][][]byte, mode uint8) (*bundle.SignedBatch, *types.BlobTxSidecar) {
	r.t.Helper()
	payload, err := bundle.EncodeBatch(lists)
	if err != nil {
		r.t.Fatal(err)
	}
	last := blocks[len(blocks)-1]
	b := &bundle.SignedBatch{Header: bundle.BatchHeader{L2ChainID: l2ChainID, ParentID: r.headID,
		FirstNumber: blocks[0].NumberU64(), LastNumber: last.NumberU64(), LastHash: last.Hash(),
		LastStateRoot: last.Root(), L1Slot: r.l1.nextSlot(), DataMode: mode, DataHash: crypto.Keccak256Hash(payload)}, Data: payload}
	var sc *types.BlobTxSidecar
	if mode == bundle.DataBlobs {
		blobs, err := bundle.BlobsFor(payload)
		if err != nil {
			r.t.Fatal(err)
		}
		if sc, err = bundle.BlobSidecar(blobs); err != nil {
			r.t.Fatal(err)
		}
		b.Data, b.Header.DataHash = []byte{}, bindings.BlobDataHash(sc.BlobHashes())
	}
	r.sign(b)
	return b, sc
}

func (r *rig) sign(b *bundle.SignedBatch) {
	r.t.Helper()
	cert, err := bundle.SignBatch(&b.Header, r.domain(), r.sequencer)
	if err != nil {
		r.t.Fatal(err)
	}
	b.Certificate = cert
}

// submitBatch sends b (with its blobs) in the next L1 block, commits it and moves the head id.
func (r *rig) submitBatch(b *bundle.SignedBatch, sc *types.BlobTxSidecar) *types.Header {
	r.t.Helper()
	tx := r.l1.send(r.sequencer, &r.inbox, r.ib.PackSubmitBatch(normBatch(bindings.BatchOf(b))), sc)
	h := r.l1.commit()
	r.l1.mustSucceed(tx)
	r.headID = b.Header.LastHash
	return h
}

func normBatch(b bindings.Batch) bindings.Batch {
	if b.Certificate == nil {
		b.Certificate = []byte{}
	}
	if b.Data == nil {
		b.Data = []byte{}
	}
	return b
}

// step runs the Deriver over the new L1 blocks and checks its head is the source block at
// the same number, and the source's canonical one.
func (r *rig) step(want *types.Block) derivation.Head {
	r.t.Helper()
	if err := r.d.Step(r.ctx()); err != nil {
		r.t.Fatal(err)
	}
	h := r.d.Head()
	if h.Number != want.NumberU64() || h.Hash != want.Hash() || h.StateRoot != want.Root() {
		r.t.Fatalf("derived head %d %s root %s, source %d %s root %s", h.Number, h.Hash, h.StateRoot,
			want.NumberU64(), want.Hash(), want.Root())
	}
	if cur := r.dst.BlockChain().CurrentBlock(); cur.Hash() != want.Hash() {
		r.t.Fatalf("derived node's head %d %s, want %s", cur.Number, cur.Hash(), want.Hash())
	}
	if l1 := r.l1.head(); h.L1Hash != l1.Hash() {
		r.t.Fatalf("derived after l1 %d %s, l1 head %d %s", h.L1Number, h.L1Hash, l1.Number, l1.Hash())
	}
	return h
}

// inboxHead reads the inbox's L2 head.
func (r *rig) inboxHead() bindings.L2Head {
	r.t.Helper()
	out, err := r.l1.client.CallContract(r.ctx(), callMsg(r.inbox, r.ib.PackL2Head()), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	h, err := r.ib.UnpackL2Head(out)
	if err != nil {
		r.t.Fatal(err)
	}
	return h
}
