package sequencer_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/batcher"
	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/sequencer"
)

// withPoster runs a real batch poster with its own L1 key (funded, unused elsewhere on L1),
// reporting to events.
func withPoster(events chan batcher.Event, out **batcher.Poster) func(*rig) sequencer.BatchPoster {
	return func(r *rig) sequencer.BatchPoster {
		domain := bundle.Domain{ChainID: l1ChainID, VerifyingContract: r.inbox}
		p, err := batcher.New(batcher.DefaultConfig(l1ChainID, r.inbox, l2ChainID), batcher.Deps{
			L1: batcher.NewClient(r.l1.Client()), Key: gethnode.TestKey(4), Slots: r.slots, Clock: r.clk,
			Certifier: batcher.KeyCertifier{Key: seqKey, Domain: domain}, Log: zerolog.Nop(), Registry: prometheus.NewRegistry(),
			Observer: func(e batcher.Event) { events <- e },
		})
		must(r.t, err)
		must(r.t, p.Start(context.Background()))
		r.t.Cleanup(func() { must(r.t, p.Stop(context.Background())) })
		*out = p
		return p
	}
}

func waitBatch(t *testing.T, events chan batcher.Event, kind batcher.EventKind) batcher.Event {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for {
		select {
		case e := <-events:
			if e.Kind == kind {
				return e
			}
			if e.Kind == batcher.EventFailed {
				t.Fatalf("batch failed: %v", e.Err)
			}
		case <-ctx.Done():
			t.Fatalf("no %s batch event", kind)
		}
	}
}

// The release's batch reaches L1 through the poster in a slot without any based block: the
// inbox head becomes the slot-ending block.
func TestPosterLandsReleasedBatch(t *testing.T) {
	events := make(chan batcher.Event, 64)
	var poster *batcher.Poster
	r := newRigWith(t, rigOpts{poster: withPoster(events, &poster)})
	pool := r.l1.Backend().TxPool()
	txs := make(chan core.NewTxsEvent, 16)
	sub := pool.SubscribeTransactions(txs, false)
	defer sub.Unsubscribe()
	msg, _ := r.release(2)
	sent := waitBatch(t, events, batcher.EventSent)
	if sent.Header.LastHash != msg.L2BlockHash || sent.Header != msg.Batch.Header {
		t.Fatalf("sent %+v, want the message's batch", sent.Header)
	}
	wctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for pending := false; !pending; {
		select {
		case ev := <-txs:
			for _, tx := range ev.Txs {
				pending = pending || tx.Hash() == sent.Tx
			}
		case <-wctx.Done():
			t.Fatal("the batch transaction never became pending")
		}
	}
	r.atSlotStart(2)
	ctx := context.Background()
	b, err := builderhook.NewBlockBuilder(ctx, r.l1.BlockChain(), r.block1, builderhook.Attributes{
		Timestamp: uint64(r.slots.SlotStart(2).Unix()), FeeRecipient: common.Address{0xfe}})
	must(t, err)
	if n := b.FillFromPool(ctx, pool); n != 1 {
		t.Fatalf("%d pool transactions in the block, want the batch", n)
	}
	sealed, err := b.Seal(ctx)
	must(t, err)
	must(t, r.l1.ImportBlock(ctx, sealed.Block, sealed.Requests))
	poster.NotifyL1()
	if landed := waitBatch(t, events, batcher.EventLanded); landed.Tx != sent.Tx || landed.Outcome != batcher.OutcomeCommitted {
		t.Fatalf("landed %+v", landed)
	}
	if h := r.inboxHead(); common.Hash(h.Id) != msg.L2BlockHash || h.Number != msg.L2BlockNumber {
		t.Fatalf("inbox head %+v, want the slot-ending block %s", h, msg.L2BlockHash)
	}
}

// Further behind the inbox head than one batch may reach, the release is skipped and the
// poster gets the batch of the first blocks, to catch up.
func TestCatchesUpInBatchesOfMaxBlocks(t *testing.T) {
	events := make(chan batcher.Event, 64)
	var poster *batcher.Poster
	r := newRigWith(t, rigOpts{poster: withPoster(events, &poster), edit: func(c *sequencer.Config) { c.MaxBatchBlocks = 2 }})
	for range 3 {
		r.nextBlock()
	}
	r.clk.AdvanceTo(r.slots.SlotStart(2).Add(-lead))
	failed, _ := r.waitFor(sequencer.EventReleaseFailed, nil)
	if failed.Slot != 2 || !errors.Is(failed.Err, sequencer.ErrCatchingUp) {
		t.Fatalf("release failed %+v, want slot 2 catching up", failed)
	}
	sent := waitBatch(t, events, batcher.EventSent)
	if h := sent.Header; h.ParentID != r.genesis.Hash() || h.FirstNumber != 1 || h.LastNumber != 2 {
		t.Fatalf("sent %+v, want blocks 1..2 on genesis", h)
	}
}

// CertifyBatch signs under the sequencer's domain, for the poster's blob-mode headers.
func TestCertifyBatch(t *testing.T) {
	r := newRig(t)
	h := bundle.BatchHeader{L2ChainID: l2ChainID, FirstNumber: 1, LastNumber: 2, DataMode: bundle.DataBlobs}
	cert, err := r.seq.CertifyBatch(context.Background(), &h)
	must(t, err)
	d := h.Digest(r.seq.Domain())
	pub, err := crypto.SigToPub(d[:], append(append([]byte{}, cert.Signature[:64]...), cert.Signature[64]-27))
	must(t, err)
	if crypto.PubkeyToAddress(*pub) != addr(seqKey) {
		t.Fatal("not signed by the sequencer key")
	}
	h.L2ChainID++
	if _, err := r.seq.CertifyBatch(context.Background(), &h); err == nil {
		t.Fatal("certified another chain's batch")
	}
}
