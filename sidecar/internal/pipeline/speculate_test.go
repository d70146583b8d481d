package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// speculating is the rig's pipeline with a stand-in for the rig's sequencer, on the rig's
// metrics.
func (r *rig) speculating() *pipeline.Pipeline {
	r.t.Helper()
	si, err := pipeline.NewStandIn(pipeline.StandInConfig{Inbox: r.inboxAddr, L1ChainID: l1ChainID, Sequencer: addr(sequencer)}, r.l1c)
	must(r.t, err)
	deps := r.deps
	deps.StandIn = si
	p, err := pipeline.New(r.cfg, deps)
	must(r.t, err)
	return p
}

// prediction is what the sidecar predicts for the rig's slot: the L2 genesis on L1 block 1.
func (r *rig) prediction() pipeline.Prediction {
	return pipeline.Prediction{Slot: slot, L2: r.l2Genesis, L1Parent: r.parent.Hash()}
}

func counter(t *testing.T, reg *prometheus.Registry, name, label string) float64 {
	t.Helper()
	return counterOf(t, reg, name, label)
}

func counterOf(t testing.TB, reg *prometheus.Registry, name, label string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	must(t, err)
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			if mf.GetName() == name && m.GetLabel()[0].GetValue() == label {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}

// sameSend fails unless got sends what want does: the same bundles, commitment and based
// block, the same raw L1 legs and the same atomic transaction's calldata (its gas limit comes
// from each one's simulation and may differ by the certificate's calldata cost).
func sameSend(t *testing.T, want, got *slots.Sent) {
	t.Helper()
	if !slices.Equal(want.Included, got.Included) || want.Commitment != got.Commitment || want.L2Hash != got.L2Hash {
		t.Fatalf("sent %v (commitment %s, L2 %s), the full path sends %v (%s, %s)",
			got.Included, got.Commitment, got.L2Hash, want.Included, want.Commitment, want.L2Hash)
	}
	if len(want.Bundle.Txs) != len(got.Bundle.Txs) {
		t.Fatalf("sent %d L1 transactions, the full path %d", len(got.Bundle.Txs), len(want.Bundle.Txs))
	}
	for i := range want.Bundle.Txs {
		w, g := decode(t, want.Bundle.Txs[i]), decode(t, got.Bundle.Txs[i])
		if !bytes.Equal(w.Data(), g.Data()) || w.Nonce() != g.Nonce() || *w.To() != *g.To() {
			t.Fatalf("L1 transaction %d differs from the full path's", i)
		}
		if diff := int64(w.Gas()) - int64(g.Gas()); diff > 5_000 || diff < -5_000 {
			t.Fatalf("L1 transaction %d: gas limit %d, the full path's %d", i, g.Gas(), w.Gas())
		}
	}
}

// sendsAndLands is sameSend, and got's bundle confirms its slot on L1.
func sendsAndLands(t *testing.T, r *rig, want, got *slots.Sent) {
	t.Helper()
	sameSend(t, want, got)
	if _, confirmed := r.land(got.Bundle); !confirmed[got.Commitment] {
		t.Fatal("the slot did not confirm on L1")
	}
}

func decode(t *testing.T, raw []byte) *types.Transaction {
	t.Helper()
	tx, err := bundle.DecodeTx("tx", raw, l1ChainID)
	must(t, err)
	return tx.Transaction
}

// A speculation that holds is sent without another simulation, and sends what the full path
// sends; the bundle lands with the sequencer's real certificate.
func TestSpeculationHitSendsWhatTheFullPathSends(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	r.searcherBundle(0, common.Address{0xaa}, true)
	r.searcherBundle(1, common.Address{0xbb}, true)
	full, err := r.p.Handle(ctx, r.message())
	must(t, err)

	hitSendsAndLands(t, r, r.speculating(), r.message(), full)
}

// hitSendsAndLands speculates on the rig's prediction with p, then requires msg to be a hit
// that simulates nothing again, sends what full sent and lands.
func hitSendsAndLands(t *testing.T, r *rig, p *pipeline.Pipeline, msg pipeline.Message, full *slots.Sent) {
	t.Helper()
	ctx := context.Background()
	must(t, p.Speculate(ctx, r.prediction()))
	got, err := p.Handle(ctx, msg)
	must(t, err)
	if n := counter(t, r.reg, "sidecar_pipeline_speculation_total", "hit"); n != 1 {
		t.Fatalf("speculation hits: %v, want 1", n)
	}
	if got.Timings["evaluate"] != 0 || got.Timings["merge"] != 0 || got.Timings["simulate_l1"] != 0 {
		t.Fatalf("a hit simulated again after the message: %v", got.Timings)
	}
	sendsAndLands(t, r, full, got)
}

// When what the speculation assumed no longer holds, the slot is built by the full path and
// sends what the full path sends.
func TestSpeculationMissBuildsByTheFullPath(t *testing.T) {
	for _, tc := range []struct {
		name string
		// before runs before the speculation, after between it and the message; msg may
		// replace the message
		before, after func(r *rig, es []*pool.Entry)
		predict       func(r *rig) pipeline.Prediction
		msg           func(r *rig) pipeline.Message
		reused        float64 // bundles' simulations the miss reuses
		first         int     // bundles pooled before the speculation; 0: two
	}{
		{name: "another L2 parent", predict: func(r *rig) pipeline.Prediction {
			p := r.prediction()
			p.L2 = r.emptyL2Block()
			return p
		}},
		{name: "another L1 parent", predict: func(r *rig) pipeline.Prediction {
			p := r.prediction()
			p.L1Parent = r.siblingL1Block()
			return p
		}},
		{name: "a bundle added after", reused: 1, first: 1, after: func(r *rig, es []*pool.Entry) {
			r.searcherBundle(1, common.Address{0xcc}, true)
		}},
		{name: "a bundle cancelled after", reused: 1, after: func(r *rig, es []*pool.Entry) { r.cancel(es[1]) }},
		{name: "a certificate the inbox refuses", msg: func(r *rig) pipeline.Message {
			m := r.message()
			cert, err := bundle.SignECDSA(&m.SlotEnding, bundle.Domain{ChainID: l1ChainID, VerifyingContract: r.inboxAddr}, gethnode.TestKey(9))
			must(r.t, err)
			m.Certificate = cert
			return m
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t)
			ctx := context.Background()
			es := []*pool.Entry{r.searcherBundle(0, common.Address{0xaa}, true)}
			if tc.first != 1 {
				es = append(es, r.searcherBundle(1, common.Address{0xbb}, true))
			}
			if tc.before != nil {
				tc.before(r, es)
			}
			pred := r.prediction()
			if tc.predict != nil {
				pred = tc.predict(r)
			}
			p := r.speculating()
			if err := p.Speculate(ctx, pred); err != nil {
				// a prediction the inbox refuses (an L2 block not on its head) speculates nothing whole
				t.Logf("speculation: %v", err)
			}
			if tc.after != nil {
				tc.after(r, es)
			}
			msg := r.message
			if tc.msg != nil {
				msg = func() pipeline.Message { return tc.msg(r) }
			}
			full, fullErr := r.p.Handle(ctx, msg())
			got, err := p.Handle(ctx, msg())
			if hits := counter(t, r.reg, "sidecar_pipeline_speculation_total", "hit"); hits != 0 {
				t.Fatalf("%v hits, want none", hits)
			}
			if n := counter(t, r.reg, "sidecar_pipeline_speculation_total", "miss"); n != 1 {
				t.Fatalf("%v misses, want 1", n)
			}
			if n := counter(t, r.reg, "sidecar_pipeline_speculation_evaluations_total", "reused"); n != tc.reused {
				t.Fatalf("%v simulations reused, want %v", n, tc.reused)
			}
			if fullErr != nil || err != nil {
				var want, have *pipeline.SkipError
				if !errors.As(fullErr, &want) || !errors.As(err, &have) || want.Reason != have.Reason {
					t.Fatalf("skipped with %v; the full path with %v", err, fullErr)
				}
				return
			}
			sameSend(t, full, got)
		})
	}
}

// emptyL2Block imports an empty L2 block on the genesis and returns its header.
func (r *rig) emptyL2Block() *types.Header {
	r.t.Helper()
	sealed, err := builderhook.Assemble(context.Background(), r.l2.BlockChain(), r.l2Genesis,
		builderhook.Attributes{Timestamp: r.l2Genesis.Time + 2, FeeRecipient: common.Address{0xfe}}, nil, nil)
	must(r.t, err)
	must(r.t, r.l2.ImportBlock(context.Background(), sealed.Block, sealed.Requests))
	return sealed.Block.Header()
}

// siblingL1Block imports an empty L1 block on block 1 (the inbox is there), a second after it,
// and returns its hash: another parent slot 2 could build on.
func (r *rig) siblingL1Block() common.Hash {
	r.t.Helper()
	ctx := context.Background()
	sealed, err := builderhook.Assemble(ctx, r.l1.BlockChain(), r.parent, builderhook.Attributes{
		Timestamp: r.parent.Time + 1, FeeRecipient: common.Address{0xfe}}, nil, nil)
	must(r.t, err)
	must(r.t, r.l1.ImportBlock(ctx, sealed.Block, sealed.Requests))
	return sealed.Block.Hash()
}

func (r *rig) cancel(e *pool.Entry) {
	r.t.Helper()
	_, err := r.pool.SetStatus(context.Background(), e.Hash, bundle.StatusChange{Status: bundle.StatusCancelled})
	must(r.t, err)
}

// The stand-in stands in only for an inbox whose code names the configured sequencer.
func TestStandInNeedsTheSequencerInTheInboxCode(t *testing.T) {
	r := newRig(t)
	r.searcherBundle(0, common.Address{0xaa}, true)
	si, err := pipeline.NewStandIn(pipeline.StandInConfig{Inbox: r.inboxAddr, L1ChainID: l1ChainID, Sequencer: addr(gethnode.TestKey(9))}, r.l1c)
	must(t, err)
	deps := r.deps
	deps.StandIn = si
	p, err := pipeline.New(r.cfg, deps)
	must(t, err)
	if err := p.Speculate(context.Background(), r.prediction()); !errors.Is(err, pipeline.ErrNoStandIn) {
		t.Fatalf("speculation with another sequencer: %v, want ErrNoStandIn", err)
	}
	if _, err := p.Handle(context.Background(), r.message()); err != nil {
		t.Fatal(err)
	}
	if n := counter(t, r.reg, "sidecar_pipeline_speculation_total", "none"); n != 1 {
		t.Fatalf("%v slots without speculation, want 1", n)
	}
}

// rigHeads are the rig's heads: the L2 genesis and L1 block 1.
type rigHeads struct{ r *rig }

func (h rigHeads) LatestL2(context.Context) (*types.Header, error) { return h.r.l2Genesis, nil }
func (h rigHeads) L1Head(context.Context) (common.Hash, error)     { return h.r.parent.Hash(), nil }
func (h rigHeads) Batch(context.Context, uint64, common.Hash, *types.Header) (*bundle.SignedBatch, error) {
	return nil, nil
}

// The loop speculates on the slot being built from the heads, and stops with its owner.
func TestSpeculationLoopPredictsFromTheHeads(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	r.searcherBundle(0, common.Address{0xaa}, true)
	p := r.speculating()
	loop, err := pipeline.NewSpeculationLoop(p, rigHeads{r}, time.Second)
	must(t, err)
	must(t, loop.Start(ctx))
	loop.Once(ctx)
	must(t, loop.Stop(ctx))
	if _, err := p.Handle(ctx, r.message()); err != nil {
		t.Fatal(err)
	}
	if n := counter(t, r.reg, "sidecar_pipeline_speculation_total", "hit"); n != 1 {
		t.Fatalf("speculation hits: %v, want 1", n)
	}
	// The slot is handled: speculating on it again does nothing.
	loop.Once(ctx)
	if _, err := p.Handle(ctx, r.message()); err != nil {
		t.Fatal(err)
	}
	if n := counter(t, r.reg, "sidecar_pipeline_speculation_total", "hit"); n != 2 {
		t.Fatalf("speculation hits: %v, want 2 (the speculation is kept for a second message)", n)
	}
}

// A hit in blob mode sends the blobs, commitments and cell proofs computed before the message,
// and they land.
func TestSpeculationHitInBlobMode(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	r.cfg.BlobThreshold = 1
	r.searcherBundle(0, common.Address{0xaa}, true)
	p := r.speculating()
	must(t, p.Speculate(ctx, r.prediction()))
	sent, err := p.Handle(ctx, r.message())
	must(t, err)
	if n := counter(t, r.reg, "sidecar_pipeline_speculation_total", "hit"); n != 1 {
		t.Fatalf("speculation hits: %v, want 1", n)
	}
	if sc := decode(t, sent.Bundle.Txs[1]).BlobTxSidecar(); sc == nil || len(sc.Proofs) != 128 {
		t.Fatal("submitBased must carry the blobs and their 128 cell proofs")
	}
	if _, confirmed := r.land(sent.Bundle); !confirmed[sent.Commitment] {
		t.Fatal("the speculative blob-mode slot did not confirm on L1")
	}
}

// Junk bundles found failing by the speculation are blamed on a hit as on the full path, and
// only the honest bundle is sent.
func TestSpeculationHitBlamesWhatTheSpeculationFound(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	honest := r.searcherBundle(0, common.Address{0xb0}, true)
	var junk []*pool.Entry
	for i := range 3 {
		junk = append(junk, r.junkBundle(i))
	}
	p := r.speculating()
	must(t, p.Speculate(ctx, r.prediction()))
	sent, err := p.Handle(ctx, r.message())
	must(t, err)
	if n := counter(t, r.reg, "sidecar_pipeline_speculation_total", "hit"); n != 1 {
		t.Fatalf("speculation hits: %v, want 1", n)
	}
	if len(sent.Included) != 1 || sent.Included[0] != honest.Hash {
		t.Fatalf("included %v, want only the honest bundle", sent.Included)
	}
	for _, j := range junk {
		if why := sent.Failed[j.Hash]; !strings.HasPrefix(why, "pre_action_failed") {
			t.Fatalf("junk bundle %s: reason %q, want pre_action_failed", j.Hash, why)
		}
		if e, _ := r.pool.Get(ctx, j.Hash); e.Status().Status != bundle.StatusFailed {
			t.Fatalf("junk bundle %s: status %s, want failed", j.Hash, e.Status().Status)
		}
	}
	if ok, failed := r.metric("sidecar_pipeline_bundle_evaluations_total", "ok"), r.metric("sidecar_pipeline_bundle_evaluations_total", "failed"); ok != 1 || failed != 3 {
		t.Fatalf("evaluations counted ok %v failed %v, want 1 and 3", ok, failed)
	}
	if _, confirmed := r.land(sent.Bundle); !confirmed[sent.Commitment] {
		t.Fatal("the honest bundle must land confirmed")
	}
}

// An inbox that ends slots at an implicit sequence index refuses the stand-in's message (its
// index is not predicted); the bundles are then simulated with the real message and the slot is
// sent as the full path sends it, never skipped for the stand-in's sake.
func TestSpeculationTheInboxRefusesFallsBackToTheRealMessage(t *testing.T) {
	const index = 3
	r := newRigExtra(t, 6, clock.NewVirtual(time.Time{}), nil, func(c *bindings.InboxConfig) { c.ImplicitSlotEndingIndex = index })
	ctx := context.Background()
	r.searcherBundle(0, common.Address{0xaa}, true)
	r.searcherBundle(1, common.Address{0xbb}, true)
	msg := func() pipeline.Message {
		m := r.message()
		m.SeqIndex = index
		cert, err := bundle.SignECDSA(&m.SlotEnding, bundle.Domain{ChainID: l1ChainID, VerifyingContract: r.inboxAddr}, sequencer)
		must(t, err)
		m.Certificate = cert
		return m
	}
	p := r.speculating()
	if err := p.Speculate(ctx, r.prediction()); err == nil {
		t.Fatal("the inbox accepted a stand-in message without the implicit index")
	}
	full, err := r.p.Handle(ctx, msg())
	must(t, err)
	got, err := p.Handle(ctx, msg())
	must(t, err)
	if n := counter(t, r.reg, "sidecar_pipeline_speculation_total", "miss"); n != 1 {
		t.Fatalf("%v misses, want 1", n)
	}
	sendsAndLands(t, r, full, got)
}

// A message whose slot-ending block is not yet on L1 carries the sequencer's batch; the
// speculation predicts it (the stand-in certifies it), a hit sends the real batch and
// certificates, and the slot lands.
func TestSpeculationHitWithABatch(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	r.searcherBundle(0, common.Address{0xaa}, true)
	r.searcherBundle(1, common.Address{0xbb}, true)
	b1 := r.emptyL2Block()
	data, err := bundle.EncodeBatch([][][]byte{{}})
	must(t, err)
	batch := bundle.SignedBatch{Data: data, Header: bundle.BatchHeader{L2ChainID: l2ChainID, ParentID: r.l2Genesis.Hash(),
		FirstNumber: 1, LastNumber: 1, LastHash: b1.Hash(), LastStateRoot: b1.Root, L1Slot: slot,
		DataMode: bundle.DataCalldata, DataHash: crypto.Keccak256Hash(data)}}
	domain := bundle.Domain{ChainID: l1ChainID, VerifyingContract: r.inboxAddr}
	msg := func() pipeline.Message {
		m := bundle.SlotEnding{L2ChainID: l2ChainID, L2BlockNumber: 1, L2BlockHash: b1.Hash(), L2ParentHash: b1.ParentHash,
			L2StateRoot: b1.Root, L1Slot: slot, L1ParentHash: r.parent.Hash(), IsSlotEnding: true}
		cert, err := bundle.SignECDSA(&m, domain, sequencer)
		must(t, err)
		sb := batch
		sb.Certificate, err = bundle.SignBatch(&sb.Header, domain, sequencer)
		must(t, err)
		return pipeline.Message{SignedSlotEnding: &bundle.SignedSlotEnding{SlotEnding: m, Certificate: cert, Batch: &sb}, Arrived: r.clk.Now()}
	}
	full, err := r.p.Handle(ctx, msg())
	must(t, err)
	p := r.speculating()
	must(t, p.Speculate(ctx, pipeline.Prediction{Slot: slot, L2: b1, L1Parent: r.parent.Hash(), Batch: &batch}))
	got, err := p.Handle(ctx, msg())
	must(t, err)
	if n := counter(t, r.reg, "sidecar_pipeline_speculation_total", "hit"); n != 1 {
		t.Fatalf("speculation hits: %v, want 1", n)
	}
	sendsAndLands(t, r, full, got)
}
