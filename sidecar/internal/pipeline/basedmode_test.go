package pipeline_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/sidecar/internal/basedmode"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// Based mode on real nodes: the inbox (deployed in slot 1, lastCertifiedSlot 0) opens it after
// BASED_MODE_AFTER_SLOTS (10) slots without certified progress, or once a forced entry is
// FORCED_OVERDUE_SLOTS (4) slots overdue. The rig's L1 blocks may skip slots, so a target slot
// far from the deployment stands for a sequencer that has been silent since.

// offers records what the trigger hands the driver; no message ever came from the feed.
type offers struct {
	mu  sync.Mutex
	got []pipeline.Message
}

func (o *offers) Latest() *pipeline.Message { return nil }

func (o *offers) Offer(m pipeline.Message) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.got = append(o.got, m)
}

// headAt is the beacon tracker's view while slot s is built on the rig's block 1.
type headAt struct {
	s      uint64
	parent common.Hash
}

func (h headAt) Snapshot() beacon.Snapshot {
	return beacon.Snapshot{Ready: true, Slot: h.s - 1, BuildSlot: h.s, Parents: []beacon.Parent{{Hash: h.parent, Number: 1}}}
}

// trigger wires the based-mode trigger on the rig for slot s; it returns the offers and metrics.
func (r *rig) trigger(s uint64) (*basedmode.Trigger, *offers, *prometheus.Registry) {
	r.t.Helper()
	maker, err := basedmode.NewMaker(l2ChainID, r.inbox, r, r.l2c)
	must(r.t, err)
	reg := prometheus.NewRegistry()
	o := &offers{}
	trig, err := basedmode.NewTrigger(basedmode.Deps{Maker: maker, Heads: headAt{s, r.parent.Hash()}, Driver: o, Clock: r.clk,
		Schedule: r.sched, Log: zerolog.Nop(), Metrics: basedmode.NewMetrics(reg)})
	must(r.t, err)
	return trig, o, reg
}

func basedSlots(t *testing.T, reg *prometheus.Registry, outcome string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	must(t, err)
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			if mf.GetName() == "sidecar_pipeline_based_mode_slots_total" && m.GetLabel()[0].GetValue() == outcome {
				return m.GetCounter().GetValue()
			}
		}
	}
	return -1
}

func TestBasedModeClosedBuildsNothingUncertified(t *testing.T) {
	r := newRig(t)
	r.searcherBundle(0, common.Address{0xa1}, true)
	trig, o, reg := r.trigger(slot)
	trig.Consider(context.Background(), slot)
	if len(o.got) != 0 || basedSlots(t, reg, "closed") != 1 {
		t.Fatalf("offered %d uncertified slots, closed %v; want none while the sequencer certified recently", len(o.got), basedSlots(t, reg, "closed"))
	}
}

// handleBased offers slot s through the trigger and runs the pipeline on what it offered.
func (r *rig) handleBased(t *testing.T, s uint64, why string) pipeline.Message {
	t.Helper()
	trig, o, reg := r.trigger(s)
	trig.Consider(context.Background(), s)
	if len(o.got) != 1 || basedSlots(t, reg, "built") != 1 {
		t.Fatalf("slot %d: offered %d messages, want one based-mode message", s, len(o.got))
	}
	m := o.got[0]
	head := r.inboxHead(r.parent.Hash())
	l2, err := r.l2c.HeaderByNumber(context.Background(), new(big.Int).SetUint64(head.Number))
	must(t, err)
	if !m.Based || len(m.Certificate.Signature) != 0 || m.Batch != nil || m.L2BlockHash != l2.Hash() || m.ParentID != head.Id {
		t.Fatalf("based message %+v: want uncertified, no batch, on L2 block %d with the inbox head's id as parent", m, head.Number)
	}
	_, bm, err := mustMaker(t, r).Message(context.Background(), s, r.parent.Hash(), r.clk.Now())
	must(t, err)
	if bm.Why != why {
		t.Fatalf("based mode opened by %q, want %q", bm.Why, why)
	}
	return m
}

func mustMaker(t *testing.T, r *rig) *basedmode.Maker {
	m, err := basedmode.NewMaker(l2ChainID, r.inbox, r, r.l2c)
	must(t, err)
	return m
}

// TestBasedModeBlockLandsOnTheInboxHead: eleven slots without certified progress open based
// mode; the uncertified based block (empty certificate, no batch, anchored on the inbox head)
// lands and becomes the head.
func TestBasedModeBlockLandsOnTheInboxHead(t *testing.T) {
	const target = 12
	r := newRig(t)
	a := r.searcherBundleFor(target, 0, common.Address{0xa1}, true)
	sent, err := r.p.Handle(context.Background(), r.handleBased(t, target, "no_certified_progress"))
	if err != nil {
		t.Fatal(err)
	}
	if len(sent.Included) != 1 || sent.Included[0] != a.Hash || sent.L2Block() != 1 {
		t.Fatalf("included %v in L2 block %d; want the bundle in block 1", sent.Included, sent.L2Block())
	}
	sealed, confirmed := r.landAt(target, sent.Bundle)
	if !confirmed[sent.Commitment] {
		t.Fatalf("the L1 block must confirm commitment %s", sent.Commitment)
	}
	head := r.inboxHead(sealed.Block.Hash())
	if !head.Based || head.Number != 1 || common.Hash(head.Id) != sent.Commitment {
		t.Fatalf("inbox head %+v, want the based block %s at number 1", head, sent.Commitment)
	}
}

// TestOverdueForcedEntryOpensBasedModeAndIsIncluded: a forced entry due at slot 2 and left out
// opens based mode four slots later, well before the certified-progress rule would; the based
// block includes it.
func TestOverdueForcedEntryOpensBasedModeAndIsIncluded(t *testing.T) {
	const target = 6 // due at slot 2, overdue from slot 2 + FORCED_OVERDUE_SLOTS
	r := newRigForced(t, 1, 200)
	if _, _, err := mustMaker(t, r).Message(context.Background(), target-1, r.parent.Hash(), r.clk.Now()); !errors.Is(err, basedmode.ErrClosed) {
		t.Fatalf("slot %d, one slot before the entry is overdue: %v, want ErrClosed", target-1, err)
	}
	r.searcherBundleFor(target, 0, common.Address{0xa1}, true)
	sent, err := r.p.Handle(context.Background(), r.handleBased(t, target, "forced_overdue"))
	if err != nil {
		t.Fatal(err)
	}
	sealed, confirmed := r.landAt(target, sent.Bundle)
	if !confirmed[sent.Commitment] {
		t.Fatalf("the L1 block must confirm commitment %s", sent.Commitment)
	}
	ib := bindings.NewBasedInbox()
	out, err := r.l1c.CallContract(context.Background(), callTo(r.inboxAddr, ib.PackForcedHead()), sealed.Block.Number())
	must(t, err)
	if start, err := ib.UnpackForcedHead(out); err != nil || start != 1 {
		t.Fatalf("forced queue head %d (%v) after the based block, want 1: the entry consumed", start, err)
	}
}

func (r *rig) inboxHead(block common.Hash) bindings.L2Head {
	r.t.Helper()
	ib := bindings.NewBasedInbox()
	out, err := r.l1c.CallContractAtHash(context.Background(), callTo(r.inboxAddr, ib.PackL2Head()), block)
	must(r.t, err)
	h, err := ib.UnpackL2Head(out)
	must(r.t, err)
	return h
}

func callTo(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// TestOverdueForcedEntryAloneIsConsidered: with no bundle pooled, a based-mode slot is still
// built for the overdue entry (not skipped as no_bundles); here its inclusion fee (1 gwei) does
// not pay for the sidecar's L1 gas, so the profit check skips it.
func TestOverdueForcedEntryAloneIsConsidered(t *testing.T) {
	const target = 6
	r := newRigForced(t, 1, 200)
	_, err := r.p.Handle(context.Background(), r.handleBased(t, target, "forced_overdue"))
	var skip *pipeline.SkipError
	if !errors.As(err, &skip) || skip.Reason != bundle.SkipUnprofitable {
		t.Fatalf("got %v, want the forced-only based block simulated and found unprofitable", err)
	}
}

// TestBasedModeTwiceBuildsOnTheBasedHead: after one uncertified based block lands (and the L2
// node derives it), the next based-mode slot builds on it: the inbox parent is its commitment,
// the L2 block is the derived block (its proposer's fee recipient and proven state root check).
func TestBasedModeTwiceBuildsOnTheBasedHead(t *testing.T) {
	const first, second = 12, 13
	ctx := context.Background()
	r := newRig(t)
	a := r.searcherBundleFor(first, 0, common.Address{0xa1}, true)
	sent, err := r.p.Handle(ctx, r.handleBased(t, first, "no_certified_progress"))
	must(t, err)
	sealed, confirmed := r.landAt(first, sent.Bundle)
	if !confirmed[sent.Commitment] {
		t.Fatal("the first based block must land")
	}
	r.importDerived(sent, a)
	r.parent = sealed.Block.Header()
	_, err = r.signer.OnHead(ctx, r.parent.Hash())
	must(t, err)

	r.searcherBundleFor(second, 1, common.Address{0xb1}, true)
	m := r.handleBased(t, second, "no_certified_progress")
	if m.ParentID != sent.Commitment || m.L2BlockNumber != 1 {
		t.Fatalf("second based message builds on %s at %d, want the first's commitment %s at 1", m.ParentID, m.L2BlockNumber, sent.Commitment)
	}
	again, err := r.p.Handle(ctx, m)
	must(t, err)
	sealed, confirmed = r.landAt(second, again.Bundle)
	if !confirmed[again.Commitment] {
		t.Fatal("the second based block must land on the first")
	}
	if head := r.inboxHead(sealed.Block.Hash()); !head.Based || head.Number != 2 || common.Hash(head.Id) != again.Commitment {
		t.Fatalf("inbox head %+v, want the second based block at number 2", head)
	}
}

// importDerived builds the based block of sent on the L2 node's head as derivation does and
// imports it, as an L2 node following L1 would.
func (r *rig) importDerived(sent *slots.Sent, entries ...*pool.Entry) {
	r.t.Helper()
	byHash := map[common.Hash]*pool.Entry{}
	for _, e := range entries {
		byHash[e.Hash] = e
	}
	var txs []*types.Transaction
	for _, h := range sent.Included {
		for _, tx := range byHash[h].Bundle.L2 {
			txs = append(txs, tx.Transaction)
		}
	}
	parent := r.l2.BlockChain().CurrentBlock()
	env := bundle.BasedEnv(r.l2.ChainConfig(), parent, addr(sidecar))
	built, err := builderhook.Assemble(context.Background(), r.l2.BlockChain(), parent,
		builderhook.Attributes{Timestamp: env.Time, FeeRecipient: env.Coinbase}, nil, txs)
	must(r.t, err)
	if built.Block.Hash() != sent.L2Hash {
		r.t.Fatalf("derived %s, the sidecar predicted %s", built.Block.Hash(), sent.L2Hash)
	}
	must(r.t, r.l2.ImportBlock(context.Background(), built.Block, built.Requests))
}
