package inclusion

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// chain is a canonical L1 chain by number that tests can extend and reorg.
type chain struct {
	mu      sync.Mutex
	headers map[uint64]*types.Header
	events  map[common.Hash]slots.BlockEvents
}

func (c *chain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if h, ok := c.headers[n.Uint64()]; ok {
		return h, nil
	}
	return nil, ethereum.NotFound
}

func (c *chain) InboxEvents(_ context.Context, hash common.Hash) (slots.BlockEvents, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.events[hash], nil
}

// put places a block at number n with time t on parent, carrying the given inbox events.
func (c *chain) put(n, t uint64, parent common.Hash, extra byte, ev slots.BlockEvents) *types.Header {
	c.mu.Lock()
	defer c.mu.Unlock()
	h := &types.Header{Number: new(big.Int).SetUint64(n), Time: t, ParentHash: parent, Extra: []byte{extra}, Difficulty: new(big.Int)}
	c.headers[n] = h
	c.events[h.Hash()] = ev
	return h
}

type reports struct{ got []feed.Outcome }

func (r *reports) Report(_ context.Context, o feed.Outcome) error {
	r.got = append(r.got, o)
	return nil
}

// drain collects the outcomes queued for the sequencer so far. The fixture's tracker is not
// started, so every outcome Settle decided waits in the queue.
func (f *fixture) drain() []feed.Outcome {
	for {
		select {
		case r := <-f.tr.out.queue:
			f.got = append(f.got, r)
		default:
			return f.got
		}
	}
}

type fixture struct {
	got     []feed.Outcome
	chain   *chain
	pool    *pool.Memory
	reports *reports
	tr      *Tracker
	sent    *slots.Sent
	entry   *pool.Entry
	parent  *types.Header
}

const slot, slotTime = 20, 1_000_240

func newFixture(t *testing.T) *fixture {
	pl, err := pool.New(pool.Config{MaxLive: 10, MaxPerSignerSlot: 10, Retention: time.Hour, MaxFinished: 10}, pool.Deps{Registry: prometheus.NewRegistry()})
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{chain: &chain{headers: map[uint64]*types.Header{}, events: map[common.Hash]slots.BlockEvents{}}, pool: pl, reports: &reports{}}
	f.parent = f.chain.put(99, slotTime-12, common.Hash{}, 0, slots.BlockEvents{})
	f.entry = pooltest.NewMaker(1, 2).Entry(t, pooltest.Key(1), slot, "", 0)
	ctx := context.Background()
	if _, err := pl.Add(ctx, f.entry); err != nil {
		t.Fatal(err)
	}
	if _, err := pl.SetStatus(ctx, f.entry.Hash, bundle.StatusChange{Status: bundle.StatusSubmitted}); err != nil {
		t.Fatal(err)
	}
	f.tr, err = New(Deps{Chain: f.chain, Events: f.chain, Reporter: f.reports, Statuses: pl, Log: zerolog.Nop(),
		Metrics: NewMetrics(prometheus.NewRegistry())}, 8)
	if err != nil {
		t.Fatal(err)
	}
	f.sent = &slots.Sent{Slot: slot, Commitment: common.Hash{0xc0}, SlotEnding: 50, L2Hash: common.Hash{0xb0}, Included: []common.Hash{f.entry.Hash},
		Target: slots.Target{Slot: slot, Time: slotTime, ParentHash: f.parent.Hash(), ParentNumber: 99}}
	if f.tr.Record(f.sent) {
		t.Fatal("a fresh send is not stale")
	}
	return f
}

func (f *fixture) expect(t *testing.T, outcome bundle.OutcomeKind, reason string, status bundle.Status) {
	t.Helper()
	if n := len(f.drain()); n == 0 {
		t.Fatal("sequencer not told")
	}
	last := f.drain()[len(f.drain())-1]
	if last.Kind != outcome || last.Reason != reason || last.L1Slot != slot {
		t.Fatalf("outcome %s/%s for slot %d, want %s/%s", last.Kind, last.Reason, last.L1Slot, outcome, reason)
	}
	e, _ := f.pool.Get(context.Background(), f.entry.Hash)
	if e.Status().Status != status {
		t.Fatalf("searcher status %s, want %s", e.Status().Status, status)
	}
}

// head tells the tracker of an L1 head at headSlot and runs one settling pass, as the
// tracker's goroutine would.
func (f *fixture) head(headSlot uint64) {
	f.tr.Head(headSlot, headSlot+1, []common.Hash{f.parent.Hash()})
	f.tr.Settle(context.Background())
}

var (
	confirmed = slots.BlockEvents{Proposed: map[common.Hash]bool{{0xc0}: true}, Confirmed: map[common.Hash]bool{{0xc0}: true}}
	proposed  = slots.BlockEvents{Proposed: map[common.Hash]bool{{0xc0}: true}}
)

func TestLandedAndConfirmed(t *testing.T) {
	f := newFixture(t)
	f.head(slot - 1)
	if len(f.drain()) != 0 {
		t.Fatal("settled before the slot's block exists")
	}
	f.chain.put(100, slotTime, f.parent.Hash(), 1, confirmed)
	f.head(slot)
	f.expect(t, bundle.OutcomeLanded, "", bundle.StatusLanded)
	if e, _ := f.pool.Get(context.Background(), f.entry.Hash); e.Status().L1BlockNumber != 100 {
		t.Fatalf("landed status must carry the L1 block, got %d", e.Status().L1BlockNumber)
	}
}

func TestProposedButNotConfirmed(t *testing.T) {
	f := newFixture(t)
	f.chain.put(100, slotTime, f.parent.Hash(), 1, proposed)
	f.head(slot)
	f.expect(t, bundle.OutcomeNotConfirmed, bundle.ReasonNotConfirmed, bundle.StatusNotLanded)
}

func TestBlockWithoutOurBundle(t *testing.T) {
	f := newFixture(t)
	f.chain.put(100, slotTime, f.parent.Hash(), 1, slots.BlockEvents{})
	f.head(slot)
	f.expect(t, bundle.OutcomeNotLanded, bundle.ReasonNotIncluded, bundle.StatusNotLanded)
}

func TestMissedSlot(t *testing.T) {
	f := newFixture(t)
	f.head(slot)
	if len(f.drain()) != 0 {
		t.Fatal("an absent block at the head slot may still arrive")
	}
	f.chain.put(100, slotTime+12, f.parent.Hash(), 1, confirmed) // the next slot's block
	f.head(slot + 1)
	f.expect(t, bundle.OutcomeNotLanded, bundle.ReasonMissedSlot, bundle.StatusNotLanded)
}

func TestReorgTakesLandingBack(t *testing.T) {
	f := newFixture(t)
	f.chain.put(100, slotTime, f.parent.Hash(), 1, confirmed)
	f.head(slot)
	f.expect(t, bundle.OutcomeLanded, "", bundle.StatusLanded)
	f.head(slot + 1) // same chain: nothing changes
	if len(f.drain()) != 1 {
		t.Fatalf("%d reports, want 1", len(f.drain()))
	}
	f.chain.put(100, slotTime, f.parent.Hash(), 2, slots.BlockEvents{}) // a sibling replaces the block
	f.head(slot + 1)
	f.expect(t, bundle.OutcomeNotLanded, bundle.ReasonReorg, bundle.StatusNotLanded)
}

// Under ePBS the slot's block may build on either candidate parent; the variant prepared for
// the parent it used decides the outcome.
func TestEPBSVariantOnTheBlocksParentDecides(t *testing.T) {
	f := newFixture(t)
	grandparent := f.chain.headers[99] // the EMPTY candidate: build on block 98's successor's parent
	other := &slots.Sent{Slot: slot, Commitment: common.Hash{0xc1}, L2Hash: common.Hash{0xb1}, Included: []common.Hash{f.entry.Hash},
		Target: slots.Target{Slot: slot, Time: slotTime, ParentHash: common.Hash{0x98}, ParentNumber: 98}}
	f.tr.Record(other)
	f.chain.put(98, slotTime-24, common.Hash{}, 0, slots.BlockEvents{})
	f.chain.put(100, slotTime, grandparent.Hash(), 1, confirmed)
	f.head(slot)
	f.expect(t, bundle.OutcomeLanded, "", bundle.StatusLanded)
	if last := f.drain()[len(f.drain())-1]; last.BasedBlockHash != f.sent.L2Hash || len(f.drain()) != 1 {
		t.Fatalf("want one report, for the variant on the block's parent; got %d, last %s", len(f.drain()), last.BasedBlockHash)
	}
	if void := f.tr.VoidFor(slot); len(void) != 1 || void[0] != other {
		t.Fatalf("void variants %v, want only the one on the other parent", void)
	}
	if got := testutil.ToFloat64(f.tr.d.Metrics.void); got != 1 {
		t.Fatalf("void metric %v, want 1", got)
	}
}

// A missed slot voids nothing: every variant simply did not land.
func TestEPBSMissedSlotVoidsNoVariant(t *testing.T) {
	f := newFixture(t)
	other := &slots.Sent{Slot: slot, Commitment: common.Hash{0xc1}, L2Hash: common.Hash{0xb1}, Included: []common.Hash{f.entry.Hash},
		Target: slots.Target{Slot: slot, Time: slotTime, ParentHash: common.Hash{0x98}, ParentNumber: 98}}
	f.tr.Record(other)
	f.chain.put(98, slotTime-24, common.Hash{}, 0, slots.BlockEvents{})
	f.chain.put(100, slotTime+12, f.parent.Hash(), 1, slots.BlockEvents{}) // the next slot's block
	f.head(slot + 1)
	f.expect(t, bundle.OutcomeNotLanded, bundle.ReasonMissedSlot, bundle.StatusNotLanded)
	if void := f.tr.VoidFor(slot); len(void) != 0 {
		t.Fatalf("void variants %v after a missed slot, want none", void)
	}
}

// A sequencer that does not answer never holds up settling: OnHead returns while the report
// waits, and the report is delivered once the sequencer takes it.
func TestSlowSequencerDoesNotBlockSettling(t *testing.T) {
	f := newFixture(t)
	blocking := &gate{release: make(chan struct{}), got: make(chan feed.Outcome, 1)}
	f.tr.out.r = blocking
	if err := f.tr.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.tr.Stop(context.Background()) }()
	f.chain.put(100, slotTime, f.parent.Hash(), 1, confirmed)
	f.head(slot) // returns although the reporter blocks
	if e, _ := f.pool.Get(context.Background(), f.entry.Hash); e.Status().Status != bundle.StatusLanded {
		t.Fatal("searcher statuses are recorded without waiting for the sequencer")
	}
	close(blocking.release)
	select {
	case r := <-blocking.got:
		if r.Kind != bundle.OutcomeLanded || r.L1Slot != slot {
			t.Fatalf("delivered %+v", r)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the outcome was never delivered")
	}
}

// gate is a reporter that blocks until released.
type gate struct {
	release chan struct{}
	got     chan feed.Outcome
}

func (g *gate) Report(ctx context.Context, r feed.Outcome) error {
	select {
	case <-g.release:
	case <-ctx.Done():
		return ctx.Err()
	}
	g.got <- r
	return nil
}
