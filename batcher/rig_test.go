package batcher_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/batcher"
	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
)

// The rig runs the poster against a real go-ethereum L1 with the BasedInbox deployed in slot 1's
// block. The test builds each L1 block from the node's pool (as the devnet builder does), so a
// transaction lands only when the test says, and a virtual clock that never moves keeps the
// poster's polling still: NotifyL1 makes it look for receipts.

const (
	l1ChainID   = 31337
	l2ChainID   = 167001
	slotSeconds = 2
	genesisTime = 1_767_225_600
)

var (
	deployer  = gethnode.TestKey(0)
	seqKey    = gethnode.TestKey(1)
	posterKey = gethnode.TestKey(2)
	stranger  = gethnode.TestKey(3)
	l2Genesis = common.Hash{0x9e}
)

type rig struct {
	t      testing.TB
	l1     *gethnode.Node
	inbox  common.Address
	ib     *bindings.BasedInbox
	domain bundle.Domain
	poster *batcher.Poster
	reg    *prometheus.Registry
	events chan batcher.Event
	head   *types.Header // the newest L1 block the test built
}

func newRig(t testing.TB, edit func(*batcher.Config)) *rig {
	t.Helper()
	r := &rig{t: t, ib: bindings.NewBasedInbox(), events: make(chan batcher.Event, 256), reg: prometheus.NewRegistry()}
	r.l1 = gethnodetest.Start(t, gethnode.Config{ChainID: l1ChainID, GenesisTime: genesisTime, Accounts: 4})
	r.head = r.l1.BlockChain().CurrentBlock()
	r.deployInbox()
	r.domain = bundle.Domain{ChainID: l1ChainID, VerifyingContract: r.inbox}
	cfg := batcher.DefaultConfig(l1ChainID, r.inbox, l2ChainID)
	if edit != nil {
		edit(&cfg)
	}
	var err error
	slots, err := clock.NewSlotClock(time.Unix(genesisTime, 0), slotSeconds*time.Second)
	must(t, err)
	r.poster, err = batcher.New(cfg, batcher.Deps{
		L1: batcher.NewClient(r.l1.Client()), Slots: slots, Key: posterKey, Certifier: batcher.KeyCertifier{Key: seqKey, Domain: r.domain},
		Clock: clock.NewVirtual(time.Unix(genesisTime, 0)), Log: zerolog.Nop(), Registry: r.reg,
		Observer: func(e batcher.Event) {
			select {
			case r.events <- e:
			default:
				t.Errorf("observer channel full, dropped %s", e.Kind)
			}
		},
	})
	must(t, err)
	must(t, r.poster.Start(context.Background()))
	t.Cleanup(func() { must(t, r.poster.Stop(context.Background())) })
	return r
}

func (r *rig) deployInbox() {
	cfg := bindings.InboxConfig{
		GenesisTime: genesisTime, SlotSeconds: slotSeconds, L2ChainId: big.NewInt(l2ChainID),
		L2GenesisHash: l2Genesis, L2GenesisStateRoot: common.Hash{0x5e}, Sequencer: addr(seqKey),
		ForcedInclusionFee: big.NewInt(params.GWei), ForcedInclusionCap: 4, ForcedTxMaxBytes: 4096,
	}
	code := append(common.FromHex(bindings.BasedInboxMetaData.Bin), r.ib.PackConstructor(cfg)...)
	r.inbox = crypto.CreateAddress(addr(deployer), 0)
	tx := types.MustSignNewTx(deployer, types.LatestSignerForChainID(big.NewInt(l1ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l1ChainID), Gas: 8_000_000, GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(50 * params.GWei), Data: code})
	sealed := r.mine(1, tx)
	if len(sealed.Receipts) != 1 || sealed.Receipts[0].Status != types.ReceiptStatusSuccessful {
		r.t.Fatal("inbox not deployed")
	}
}

// mine builds slot's L1 block on the head: loose txs first, then the node's pool by tip.
func (r *rig) mine(slot uint64, loose ...*types.Transaction) *builderhook.Sealed {
	r.t.Helper()
	ctx := context.Background()
	b, err := builderhook.NewBlockBuilder(ctx, r.l1.BlockChain(), r.head, builderhook.Attributes{
		Timestamp: genesisTime + slot*slotSeconds, FeeRecipient: common.Address{0xfe}})
	must(r.t, err)
	for _, tx := range loose {
		_, err := b.ApplyTx(ctx, tx)
		must(r.t, err)
	}
	b.FillFromPool(ctx, r.l1.Backend().TxPool())
	r.fillBlobs(ctx, b)
	sealed, err := b.Seal(ctx)
	must(r.t, err)
	must(r.t, r.l1.ImportBlock(ctx, sealed.Block, sealed.Requests))
	r.head = sealed.Block.Header()
	return sealed
}

// fillBlobs adds the pool's blob transactions: builderhook.FillFromPool asks the pool for plain
// transactions only (go-ethereum's pool serves the two kinds to separate requests).
func (r *rig) fillBlobs(ctx context.Context, b *builderhook.BlockBuilder) {
	pending, _ := r.l1.Backend().TxPool().Pending(txpool.PendingFilter{BlobTxs: true, BlobVersion: types.BlobSidecarVersion1})
	for _, list := range pending {
		for _, lazy := range list {
			if tx := lazy.Resolve(); tx != nil {
				if _, err := b.ApplyTx(ctx, tx); err != nil {
					r.t.Logf("blob tx %s left out: %v", tx.Hash(), err)
					break
				}
			}
		}
	}
}

// batch certifies blocks first..last on parent for slot, each block one random transaction
// of txBytes (random, so the payload does not compress below its size).
func (r *rig) batch(slot uint64, parent common.Hash, first, last uint64, txBytes int) *bundle.SignedBatch {
	r.t.Helper()
	blocks := make([][][]byte, last-first+1)
	for i := range blocks {
		tx := make([]byte, txBytes)
		_, err := rand.Read(tx)
		must(r.t, err)
		blocks[i] = [][]byte{tx}
	}
	data, err := bundle.EncodeBatch(blocks)
	must(r.t, err)
	b := &bundle.SignedBatch{Data: data, Header: bundle.BatchHeader{
		L2ChainID: l2ChainID, ParentID: parent, FirstNumber: first, LastNumber: last,
		LastHash: common.BigToHash(new(big.Int).SetUint64(1000 + last)), LastStateRoot: common.Hash{byte(last)},
		L1Slot: slot, DataMode: bundle.DataCalldata, DataHash: crypto.Keccak256Hash(data),
	}}
	b.Certificate, err = bundle.SignBatch(&b.Header, r.domain, seqKey)
	must(r.t, err)
	return b
}

// waitFor returns the first event of kind, failing on an EventFailed first.
func (r *rig) waitFor(kind batcher.EventKind) batcher.Event {
	r.t.Helper()
	// Generous: the first blob batch loads the KZG setup and computes cell proofs, which
	// takes tens of seconds under -race on a loaded machine.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for {
		select {
		case e := <-r.events:
			if e.Kind == kind {
				return e
			}
			if e.Kind == batcher.EventFailed {
				r.t.Fatalf("waiting for %s: batch failed: %v", kind, e.Err)
			}
		case <-ctx.Done():
			r.t.Fatalf("no %s event", kind)
		}
	}
}

func (r *rig) l2Head() bindings.L2Head {
	r.t.Helper()
	out, err := r.l1.EthClient().CallContract(context.Background(), ethereum.CallMsg{To: &r.inbox, Data: r.ib.PackL2Head()}, nil)
	must(r.t, err)
	h, err := r.ib.UnpackL2Head(out)
	must(r.t, err)
	return h
}

// committed are the BatchCommitted events of the inbox so far.
func (r *rig) committed() []*bindings.BasedInboxBatchCommitted {
	r.t.Helper()
	logs, err := r.l1.EthClient().FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{r.inbox}})
	must(r.t, err)
	var out []*bindings.BasedInboxBatchCommitted
	for i := range logs {
		if ev, err := r.ib.UnpackBatchCommittedEvent(&logs[i]); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// post hands b to the poster and returns its sent event once the L1 pool holds the
// transaction as pending (the pool promotes asynchronously).
func (r *rig) post(b *bundle.SignedBatch) batcher.Event {
	r.t.Helper()
	ch := make(chan core.NewTxsEvent, 16)
	sub := r.l1.Backend().TxPool().SubscribeTransactions(ch, false)
	defer sub.Unsubscribe()
	r.poster.Post(b)
	e := r.waitFor(batcher.EventSent)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for {
		select {
		case ev := <-ch:
			for _, tx := range ev.Txs {
				if tx.Hash() == e.Tx {
					return e
				}
			}
		case <-ctx.Done():
			r.t.Fatalf("batch tx %s never pending", e.Tx)
		}
	}
}

// land mines slot's block and returns the poster's landed event.
func (r *rig) land(slot uint64, loose ...*types.Transaction) (batcher.Event, *builderhook.Sealed) {
	r.t.Helper()
	sealed := r.mine(slot, loose...)
	r.poster.NotifyL1()
	return r.waitFor(batcher.EventLanded), sealed
}

// metric sums the samples of the named counter whose label value is label ("" for all).
func (r *rig) metric(name, label string) float64 {
	r.t.Helper()
	mfs, err := r.reg.Gather()
	must(r.t, err)
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if label == "" || (len(m.GetLabel()) > 0 && m.GetLabel()[0].GetValue() == label) {
				sum += m.GetCounter().GetValue()
			}
		}
	}
	return sum
}
