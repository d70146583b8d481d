package driver

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/inclusion"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

const (
	slotLen  = 12 * time.Second
	slot     = 20
	slotTime = 1_000_240
)

var (
	genesis = time.Unix(slotTime-slot*12, 0)
	parent  = &types.Header{Number: big.NewInt(99), Time: slotTime - 12, Difficulty: new(big.Int)}
)

// slowPipeline is a pipeline whose submission to its only endpoint is answered after 80 % of
// the slot unless a newer message ends it first; the messages numbered in fast return at once.
type slowPipeline struct {
	clk     *clock.Virtual
	fast    map[uint64]bool // by L2 block number
	started chan pipeline.Message
	ended   chan error
}

func (p *slowPipeline) Handle(ctx context.Context, m pipeline.Message) (*slots.Sent, error) {
	p.started <- m
	if !p.fast[m.L2BlockNumber] {
		t := p.clk.NewTimer(slotLen * 8 / 10)
		defer t.Stop()
		select {
		case <-t.C():
		case <-ctx.Done():
			err := context.Cause(ctx)
			p.ended <- err
			return nil, err
		}
	}
	return &slots.Sent{Slot: m.L1Slot, SlotEnding: m.L2BlockNumber, Commitment: common.Hash{byte(m.L2BlockNumber)},
		Target: slots.Target{Slot: m.L1Slot, Time: slotTime + (m.L1Slot-slot)*12, ParentHash: m.L1ParentHash, ParentNumber: parent.Number.Uint64()}}, nil
}

func (p *slowPipeline) Withdraw(context.Context, *slots.Sent) {}

// chain is the L1 as the tracker reads it; blocks appear when the test puts them.
type chain struct {
	mu     sync.Mutex
	blocks map[uint64]*types.Header
}

func (c *chain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if h, ok := c.blocks[n.Uint64()]; ok {
		return h, nil
	}
	return nil, ethereum.NotFound
}

func (c *chain) InboxEvents(context.Context, common.Hash) (slots.BlockEvents, error) {
	return slots.BlockEvents{}, nil
}

func (c *chain) put(h *types.Header) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.blocks[h.Number.Uint64()] = h
}

// heads is a beacon view the test moves by hand.
type heads struct {
	mu      sync.Mutex
	snap    beacon.Snapshot
	changed chan struct{}
}

func (h *heads) Changed() <-chan struct{}  { h.mu.Lock(); defer h.mu.Unlock(); return h.changed }
func (h *heads) Snapshot() beacon.Snapshot { h.mu.Lock(); defer h.mu.Unlock(); return h.snap }

func (h *heads) move(headSlot uint64, head common.Hash) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.snap = beacon.Snapshot{Ready: true, HeadSlot: headSlot, BuildSlot: headSlot + 1, HeadExecHash: head,
		Parents: []beacon.Parent{{Hash: head}}}
	close(h.changed)
	h.changed = make(chan struct{})
}

type outcomes chan feed.Outcome

func (o outcomes) Report(_ context.Context, out feed.Outcome) error { o <- out; return nil }

type pools struct{}

func (pools) SetStatus(context.Context, common.Hash, bundle.StatusChange) (*pool.Entry, error) {
	return nil, nil
}

type rig struct {
	t        *testing.T
	clk      *clock.Virtual
	feed     chan feed.Message
	heads    *heads
	chain    *chain
	pipe     *slowPipeline
	tracker  *inclusion.Tracker
	outcomes outcomes
}

// newRig runs a driver and a real tracker around the slow pipeline, the L1 head on block 99.
func newRig(t *testing.T) *rig {
	r := &rig{t: t, clk: clock.NewVirtual(genesis.Add(slot*slotLen - 3*time.Second)), feed: make(chan feed.Message),
		heads: &heads{changed: make(chan struct{})}, chain: &chain{blocks: map[uint64]*types.Header{99: parent}},
		outcomes: make(outcomes, 4)}
	r.pipe = &slowPipeline{clk: r.clk, fast: map[uint64]bool{49: true, 51: true}, started: make(chan pipeline.Message, 4), ended: make(chan error, 4)}
	tr, err := inclusion.New(inclusion.Deps{Chain: r.chain, Events: r.chain, Reporter: r.outcomes, Statuses: pools{},
		Log: zerolog.Nop(), Metrics: inclusion.NewMetrics(prometheus.NewRegistry())}, 8)
	must(t, err)
	r.tracker = tr
	d, err := New(Deps{Feed: feedOf(r.feed), Heads: r.heads, Pipeline: r.pipe, Tracker: tr, Log: zerolog.Nop()})
	must(t, err)
	ctx := context.Background()
	must(t, tr.Start(ctx))
	must(t, d.Start(ctx))
	t.Cleanup(func() { must(t, d.Stop(ctx)); must(t, tr.Stop(ctx)) })
	r.heads.move(slot-2, parent.Hash())
	return r
}

type feedOf chan feed.Message

func (f feedOf) Messages() <-chan feed.Message { return f }

// send delivers a slot-ending message for slot on the head's block, numbered l2.
func (r *rig) send(s, l2 uint64) {
	m := &bundle.SignedSlotEnding{SlotEnding: bundle.SlotEnding{L1Slot: s, L1ParentHash: parent.Hash(), L2BlockNumber: l2, IsSlotEnding: true}}
	r.feed <- feed.Message{SignedSlotEnding: m, Arrived: r.clk.Now()}
}

// started waits (in real time, as a bound only) for the pipeline to take the message numbered l2.
func (r *rig) started(l2 uint64) {
	r.t.Helper()
	select {
	case m := <-r.pipe.started:
		if m.L2BlockNumber != l2 {
			r.t.Fatalf("pipeline took message %d, want %d", m.L2BlockNumber, l2)
		}
	case <-time.After(10 * time.Second):
		r.t.Fatalf("message %d was never handled", l2)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// A newer slot-ending message for the same slot is built at once, although the endpoint the
// previous one was sent to answers only after 80 % of the slot: the old build is superseded.
func TestNewerMessageIsNotQueuedBehindASlowEndpoint(t *testing.T) {
	r := newRig(t)
	r.send(slot, 50)
	r.started(50)
	r.send(slot, 51)
	r.started(51) // the virtual clock has not moved: the slow endpoint has not answered
	if err := <-r.pipe.ended; !errors.Is(err, ErrSuperseded) {
		t.Fatalf("the old build ended with %v, want it superseded", err)
	}
}

// The tracker settles the previous slot when its L1 block arrives, while the pipeline is still
// waiting for a slow endpoint with the next slot's bundle.
func TestPreviousSlotSettlesWhileTheNextIsBusy(t *testing.T) {
	r := newRig(t)
	r.send(slot-1, 49)
	r.started(49)
	r.send(slot, 50) // slow: blocks the pipeline for 80 % of the slot
	r.started(50)
	if len(r.tracker.SentFor(slot-1)) != 1 {
		t.Fatal("the previous slot's bundle was not recorded")
	}
	block := &types.Header{Number: big.NewInt(100), Time: slotTime - 12, ParentHash: parent.Hash(), Difficulty: new(big.Int)}
	r.chain.put(block)
	r.heads.move(slot-1, block.Hash())
	select {
	case o := <-r.outcomes:
		if o.L1Slot != slot-1 || o.Kind != bundle.OutcomeNotLanded || o.Reason != bundle.ReasonNotIncluded {
			t.Fatalf("outcome %+v, want slot %d not included", o, slot-1)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the previous slot was not settled while the pipeline was busy")
	}
}
