package basedmode

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

var (
	genesis  = time.Unix(1_700_000_000, 0)
	l1Parent = common.Hash{0x11}
	proposer = common.Address{0x9a}
	l2Block  = &types.Header{Number: big.NewInt(7), Root: common.Hash{0x5e}, Coinbase: proposer, Difficulty: new(big.Int)}
)

type fakeInbox struct{ bm slots.BasedMode }

func (f fakeInbox) BasedMode(context.Context, slots.Target) (slots.BasedMode, error) {
	return f.bm, nil
}

type fakeTargets struct{}

func (fakeTargets) Target(_ context.Context, s uint64, p common.Hash) (slots.Target, error) {
	return slots.Target{Slot: s, ParentHash: p}, nil
}

type fakeL2 struct{}

func (fakeL2) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n.Cmp(l2Block.Number) != 0 {
		return nil, errors.New("not found")
	}
	return l2Block, nil
}

// clockHeads builds whatever slot the virtual clock says is next.
type clockHeads struct {
	clk   clock.Clock
	slots *clock.SlotClock
}

func (h clockHeads) Snapshot() beacon.Snapshot {
	s := h.slots.SlotAt(h.clk.Now())
	return beacon.Snapshot{Ready: true, Slot: s, BuildSlot: s + 1, Parents: []beacon.Parent{{Hash: l1Parent}}}
}

type driverRec struct {
	mu     sync.Mutex
	latest *pipeline.Message
	offers chan pipeline.Message
}

func (d *driverRec) Latest() *pipeline.Message {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.latest
}

func (d *driverRec) Offer(m pipeline.Message) { d.offers <- m }

func openHead(id common.Hash, based bool, root common.Hash) slots.BasedMode {
	return slots.BasedMode{Open: true, Why: "no_certified_progress", Head: slots.InboxHead{ID: id, StateRoot: root, Number: 7, Based: based, Proposer: proposer}}
}

func newTrigger(t *testing.T, clk *clock.Virtual, bm slots.BasedMode, d *driverRec) *Trigger {
	t.Helper()
	sc, err := clock.NewSlotClock(genesis, 12*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	sched, err := clock.NewSchedule(clock.DefaultMEVBoost(), sc)
	if err != nil {
		t.Fatal(err)
	}
	maker, err := NewMaker(167001, fakeInbox{bm}, fakeTargets{}, fakeL2{})
	if err != nil {
		t.Fatal(err)
	}
	trig, err := NewTrigger(Deps{Maker: maker, Heads: clockHeads{clk, sc}, Driver: d, Clock: clk, Schedule: sched,
		Log: zerolog.Nop(), Metrics: NewMetrics(prometheus.NewRegistry())})
	if err != nil {
		t.Fatal(err)
	}
	return trig
}

// TestTriggerFiresAtAcceptBy: nothing is offered before the slot's accept_by; at it, the
// based-mode message for the slot, built on the L2 block at the inbox head.
func TestTriggerFiresAtAcceptBy(t *testing.T) {
	clk := clock.NewVirtual(genesis.Add(100 * 12 * time.Second)) // start of slot 100
	d := &driverRec{offers: make(chan pipeline.Message, 4)}
	trig := newTrigger(t, clk, openHead(l2Block.Hash(), false, l2Block.Root), d)
	must(t, trig.Start(context.Background()))
	t.Cleanup(func() { _ = trig.Stop(context.Background()) })
	acceptBy := trig.d.Schedule.For(101).AcceptBy
	must(t, clk.WaitForTimers(context.Background(), 1))
	clk.AdvanceTo(acceptBy.Add(-time.Millisecond))
	select {
	case m := <-d.offers:
		t.Fatalf("offered slot %d before accept_by", m.L1Slot)
	default:
	}
	clk.AdvanceTo(acceptBy)
	var m pipeline.Message
	select {
	case m = <-d.offers:
	case <-time.After(10 * time.Second): // a failure bound, not synchronisation
		t.Fatal("nothing offered at accept_by")
	}
	if m.L1Slot != 101 || !m.Based || m.L2BlockHash != l2Block.Hash() || m.ParentID != l2Block.Hash() || !m.Arrived.Equal(acceptBy) {
		t.Fatalf("offered %+v at %s", m, m.Arrived)
	}
}

// TestTriggerRunningLateIsNotLate: the timer and the inbox reads take time after accept_by;
// the message still counts as made at accept_by, or every based slot would be skipped late.
func TestTriggerRunningLateIsNotLate(t *testing.T) {
	clk := clock.NewVirtual(genesis.Add(100 * 12 * time.Second))
	d := &driverRec{offers: make(chan pipeline.Message, 4)}
	trig := newTrigger(t, clk, openHead(l2Block.Hash(), false, l2Block.Root), d)
	acceptBy := trig.d.Schedule.For(101).AcceptBy
	clk.AdvanceTo(acceptBy.Add(2 * time.Millisecond))
	trig.Consider(context.Background(), 101)
	m := <-d.offers
	if !m.Arrived.Equal(acceptBy) || trig.d.Schedule.For(101).Classify(m.Arrived) == clock.TimingLate {
		t.Fatalf("made at %s, accept_by %s", m.Arrived, acceptBy)
	}
}

type skipRec map[uint64]string

func (s skipRec) Skip(slot uint64, reason string) { s[slot] = reason }

// TestTriggerRecordsASlotWithoutMessage: no slot-ending message and based mode closed: nothing is
// offered, and the slot is recorded as skipped for want of a message.
func TestTriggerRecordsASlotWithoutMessage(t *testing.T) {
	clk := clock.NewVirtual(genesis.Add(100 * 12 * time.Second))
	d := &driverRec{offers: make(chan pipeline.Message, 4)}
	trig := newTrigger(t, clk, slots.BasedMode{Head: slots.InboxHead{Number: 7}}, d)
	skips := skipRec{}
	trig.d.Skips = skips
	clk.AdvanceTo(trig.d.Schedule.For(101).AcceptBy)
	trig.Consider(context.Background(), 101)
	if len(d.offers) != 0 || skips[101] != bundle.SkipNoMessage {
		t.Fatalf("offers %d, skip %q", len(d.offers), skips[101])
	}
}

// TestTriggerLeavesASequencedSlotAlone: a slot-ending message for the slot means the sequencer
// is there; nothing is offered.
func TestTriggerLeavesASequencedSlotAlone(t *testing.T) {
	clk := clock.NewVirtual(genesis.Add(100 * 12 * time.Second))
	d := &driverRec{offers: make(chan pipeline.Message, 4), latest: &pipeline.Message{
		SignedSlotEnding: &bundle.SignedSlotEnding{SlotEnding: bundle.SlotEnding{L1Slot: 101}}}}
	trig := newTrigger(t, clk, openHead(l2Block.Hash(), false, l2Block.Root), d)
	clk.AdvanceTo(trig.d.Schedule.For(101).AcceptBy)
	trig.Consider(context.Background(), 101)
	if len(d.offers) != 0 {
		t.Fatal("offered a based block in a slot the sequencer certified")
	}
}

// TestMakerChecksTheHeadAgainstTheL2Node: a batch head must be the L2 node's block by hash, a
// head with a state root by root; a based head without one is taken by number.
func TestMakerChecksTheHeadAgainstTheL2Node(t *testing.T) {
	commitment := common.Hash{0xc0}
	tests := []struct {
		name string
		bm   slots.BasedMode
		want error
	}{
		{"batch head is the block", openHead(l2Block.Hash(), false, l2Block.Root), nil},
		{"batch head is another block", openHead(common.Hash{0xbb}, false, l2Block.Root), ErrHeadMismatch},
		{"based head with the block's root", openHead(commitment, true, l2Block.Root), nil},
		{"based head with another root", openHead(commitment, true, common.Hash{0xee}), ErrHeadMismatch},
		{"based head without a root", openHead(commitment, true, common.Hash{}), nil},
		{"based head, a sequenced block of its number", func() slots.BasedMode {
			bm := openHead(commitment, true, common.Hash{})
			bm.Head.Proposer = common.Address{0x5e}
			return bm
		}(), ErrHeadMismatch},
		{"closed", slots.BasedMode{Head: slots.InboxHead{Number: 7}}, ErrClosed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := NewMaker(167001, fakeInbox{tc.bm}, fakeTargets{}, fakeL2{})
			must(t, err)
			msg, _, err := m.Message(context.Background(), 5, l1Parent, genesis)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if err == nil && (msg.ParentID != tc.bm.Head.ID || msg.L2BlockHash != l2Block.Hash() || msg.L2StateRoot != tc.bm.Head.StateRoot) {
				t.Fatalf("message %+v", msg)
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
