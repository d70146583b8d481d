package sequencer_test

import (
	"context"
	"errors"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/sequencer"
	"github.com/syncboost/syncboost/sidecar/feed"
)

var _ sequencer.L2Node = (*gethnode.Node)(nil)

func TestConfigCheck(t *testing.T) {
	valid := sequencer.DefaultConfig(l1ChainID, common.Address{1}, l2ChainID)
	tests := []struct {
		name string
		edit func(*sequencer.Config)
		ok   bool
	}{
		{name: "defaults", edit: func(*sequencer.Config) {}, ok: true},
		{name: "no l1 chain id", edit: func(c *sequencer.Config) { c.L1ChainID = 0 }},
		{name: "no inbox", edit: func(c *sequencer.Config) { c.Inbox = common.Address{} }},
		{name: "no block interval", edit: func(c *sequencer.Config) { c.BlockInterval = 0 }},
		{name: "no lead", edit: func(c *sequencer.Config) { c.ReleaseLeadBps = 0 }},
		{name: "lead of a whole slot", edit: func(c *sequencer.Config) { c.ReleaseLeadBps = 10_000 }},
		{name: "grace runs into the next release", edit: func(c *sequencer.Config) { c.MissGraceBps = 7000 }},
		{name: "no poll interval", edit: func(c *sequencer.Config) { c.PollInterval = 0 }},
		{name: "no rpc timeout", edit: func(c *sequencer.Config) { c.RPCTimeout = 0 }},
		{name: "no reorg depth", edit: func(c *sequencer.Config) { c.MaxReorgDepth = 0 }},
		{name: "no history", edit: func(c *sequencer.Config) { c.History = 0 }},
		{name: "bad feed", edit: func(c *sequencer.Config) { c.Feed.History = 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := valid
			tt.edit(&cfg)
			err := cfg.Check()
			if tt.ok != (err == nil) {
				t.Fatalf("Check() = %v, want ok=%v", err, tt.ok)
			}
			if err != nil && !errors.Is(err, sequencer.ErrConfig) {
				t.Fatalf("Check() = %v, not ErrConfig", err)
			}
		})
	}
}

func TestNewRefusesMissingDeps(t *testing.T) {
	_, err := sequencer.New(sequencer.DefaultConfig(l1ChainID, common.Address{1}, l2ChainID), sequencer.Deps{})
	if !errors.Is(err, sequencer.ErrDeps) {
		t.Fatalf("New without deps = %v, want ErrDeps", err)
	}
}

// Users' transactions sent to the L2 node land in the next sequenced block, highest tip
// first, in a block whose time is its parent's + 1 and whose fee recipient is the sequencer.
func TestSequencesPendingTransactionsByTip(t *testing.T) {
	r := newRig(t)
	to := common.Address{0xaa}
	low := signTx(users[0], l2ChainID, 0, &to, nil, 21_000, big.NewInt(1), 1_000_000_000)
	high := signTx(users[1], l2ChainID, 0, &to, nil, 21_000, big.NewInt(1), 3_000_000_000)
	next := signTx(users[1], l2ChainID, 1, &to, nil, 21_000, big.NewInt(1), 3_000_000_000)
	r.submitL2(low, high, next)

	b := r.nextBlock()
	got := b.Transactions()
	if len(got) != 3 || got[0].Hash() != high.Hash() || got[1].Hash() != next.Hash() || got[2].Hash() != low.Hash() {
		t.Fatalf("block txs %v, want the 3 gwei sender's two, then the 1 gwei one", got)
	}
	if b.ParentHash() != r.genesis.Hash() || b.Time() != r.genesis.Time+1 {
		t.Fatalf("block on %s at %d, want on genesis at %d", b.ParentHash(), b.Time(), r.genesis.Time+1)
	}
	if b.Coinbase() != r.seq.Address() {
		t.Fatalf("fee recipient %s, want the sequencer %s", b.Coinbase(), r.seq.Address())
	}
	if h := r.l2Head(); h.Hash() != b.Hash() {
		t.Fatalf("l2 head %s, want the sequenced block %s", h.Hash(), b.Hash())
	}
	rc, err := r.l2.EthClient().TransactionReceipt(context.Background(), low.Hash())
	must(t, err)
	if rc.Status != 1 || rc.BlockHash != b.Hash() {
		t.Fatalf("receipt status %d in %s", rc.Status, rc.BlockHash)
	}
	b2 := r.nextBlock()
	if b2.ParentHash() != b.Hash() || b2.Time() != b.Time()+1 || len(b2.Transactions()) != 0 {
		t.Fatalf("second block: parent %s time %d txs %d", b2.ParentHash(), b2.Time(), len(b2.Transactions()))
	}
}

// headAt is the L1 view a sidecar checks messages against.
type headAt struct {
	slot   uint64
	parent common.Hash
}

func (h headAt) BuildTarget() (uint64, []common.Hash, error) {
	return h.slot, []common.Hash{h.parent}, nil
}

// The slot-ending message for slot 2 reaches a real feed client before slot 2, certifies the
// latest sequenced block for slot 2 on the current L1 head, and nothing is built until the
// slot's L1 block is known: the L2 dead time is then exactly the release lead.
func TestReleasesCertifiedSlotEnding(t *testing.T) {
	r := newRig(t)
	r.nextBlock()
	last := r.nextBlock().Hash()
	domain := bundle.Domain{ChainID: l1ChainID, VerifyingContract: r.inbox}
	authority := bundle.Authority{Sequencer: addr(seqKey)}
	fc := feed.DefaultClientConfig(r.seq.FeedURL(), feed.ValidatorConfig{L2ChainID: l2ChainID, Domain: domain, Authority: authority})
	fc.Identity = sidecarID // the feed serves signed streams of allowed sidecars only
	client, err := feed.NewClient(fc, headAt{slot: 2, parent: r.block1.Hash()}, r.slots, r.clk, zerolog.Nop(), prometheus.NewRegistry())
	must(t, err)
	must(t, client.Start(context.Background()))
	defer func() { must(t, client.Stop(context.Background())) }()

	published, before := r.release(2)
	built := 2 // blocks since the start, the sequencer's first release
	for _, e := range before {
		if e.Kind == sequencer.EventSequenced {
			built, last = built+1, e.Block.Hash()
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var got feed.Message
	select {
	case got = <-client.Messages():
	case <-ctx.Done():
		t.Fatal("the feed client got no slot-ending message")
	}
	if err := authority.Verify(got.SignedSlotEnding, domain); err != nil {
		t.Fatalf("certificate: %v", err)
	}
	m := got.SlotEnding
	want := bundle.SlotEnding{L2ChainID: l2ChainID, L2BlockNumber: r.l2Head().Number.Uint64(), L2BlockHash: last,
		L2ParentHash: r.l2Head().ParentHash, L2StateRoot: r.l2Head().Root, L1Slot: 2, L1ParentHash: r.block1.Hash(),
		SeqIndex: uint32(built - 1), IsSlotEnding: true}
	if m != want || published.SlotEnding != want {
		t.Fatalf("message %+v\nwant    %+v", m, want)
	}
	if got.Arrived.After(r.slots.SlotStart(2)) {
		t.Fatalf("arrived at %s, after slot 2 started", got.Arrived)
	}

	r.atSlotStart(2)
	r.mineL1(2, r.block1, common.Address{0xfe})
	r.seq.NotifyL1()
	resumed, _ := r.waitFor(sequencer.EventResumed, nil)
	if resumed.Slot != 2 || resumed.Missed || resumed.DeadTime != lead {
		t.Fatalf("resumed slot %d missed %v after %s, want slot 2 after the %s lead", resumed.Slot, resumed.Missed, resumed.DeadTime, lead)
	}
	t.Logf("L2 dead time (release to next sequenced block, virtual clock): %s", resumed.DeadTime)
	if h := r.l2Head(); h.ParentHash != last {
		t.Fatalf("first block after the pause builds on %s, want the slot-ending block %s", h.ParentHash, last)
	}
	facts, ok := r.seq.Slot(2)
	if !ok || facts.Message == nil || facts.DeadTime != lead || facts.Derived() || facts.L1BlockHash == (common.Hash{}) {
		t.Fatalf("slot 2 facts %+v", facts)
	}
}

// Outcomes a sidecar posts are recorded per slot and in order.
func TestRecordsOutcomes(t *testing.T) {
	r := newRig(t)
	oc := r.outcomeClient(sidecarID)
	// The rig's clock is in slot 1: the window takes slots 0..2.
	sent := []feed.Outcome{
		{L2ChainID: l2ChainID, L1Slot: 1, Kind: bundle.OutcomeNotLanded, Reason: "missed slot", L2BlockNumber: 3},
		{L2ChainID: l2ChainID, L1Slot: 2, Kind: bundle.OutcomeLanded, L2BlockNumber: 5, L1BlockNumber: 3,
			L1BlockHash: common.Hash{3}, BasedBlockHash: common.Hash{6}},
	}
	for _, o := range sent {
		must(t, oc.Report(context.Background(), o))
		e, _ := r.waitFor(sequencer.EventOutcome, nil)
		if !reflect.DeepEqual(*e.Outcome, o) {
			t.Fatalf("event outcome %+v, want %+v", *e.Outcome, o)
		}
	}
	got := r.seq.Outcomes()
	if !reflect.DeepEqual(got, sent) {
		t.Fatalf("outcomes %+v", got)
	}
	if f, ok := r.seq.Slot(2); !ok || len(f.Outcomes) != 1 || !reflect.DeepEqual(f.Outcomes[0], sent[1]) {
		t.Fatalf("slot 2 facts %+v", f)
	}
}

func TestStartStopOnce(t *testing.T) {
	r := newRig(t)
	if err := r.seq.Start(context.Background()); !errors.Is(err, sequencer.ErrStarted) {
		t.Fatalf("second Start = %v, want ErrStarted", err)
	}
	idle, err := sequencer.New(sequencer.DefaultConfig(l1ChainID, r.inbox, l2ChainID), sequencer.Deps{
		L2: r.l2, L1: r.l1.EthClient(), Key: seqKey, Clock: r.clk, Slots: r.slots, Registry: prometheus.NewRegistry(),
	})
	must(t, err)
	if err := idle.Stop(context.Background()); !errors.Is(err, sequencer.ErrNotStarted) {
		t.Fatalf("Stop before Start = %v, want ErrNotStarted", err)
	}
	other := sequencer.DefaultConfig(l1ChainID, r.inbox, l2ChainID+1)
	_, err = sequencer.New(other, sequencer.Deps{
		L2: r.l2, L1: r.l1.EthClient(), Key: seqKey, Clock: r.clk, Slots: r.slots, Registry: prometheus.NewRegistry(),
	})
	if !errors.Is(err, sequencer.ErrConfig) {
		t.Fatalf("New with a feed for another chain = %v, want ErrConfig", err)
	}
}
