package beacon

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/beaconstandin"
	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
)

const (
	testSlot = 12 * time.Second
	headSlot = 100
)

type env struct {
	t       *testing.T
	genesis time.Time
	ctx     context.Context
	bn      *beaconstandin.Server
	sim     *simulated.Backend
	tr      *Tracker
	reg     *prometheus.Registry
}

func newEnv(t *testing.T, profile clock.Profile) *env {
	t.Helper()
	return newEnvGloas(t, profile, nil)
}

// newEnvGloas is newEnv on a beacon node whose fork schedule has Gloas at gloasEpoch (nil: a
// pre-Gloas node).
func newEnvGloas(t *testing.T, profile clock.Profile, gloasEpoch *uint64) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	// Genesis such that the wall clock sits in the middle of slot headSlot.
	genesis := time.Now().Add(-headSlot*testSlot - testSlot/2).Truncate(time.Second)
	bn, err := beaconstandin.New(beaconstandin.Config{GenesisTime: genesis, SlotDuration: testSlot, SlotsPerEpoch: 32,
		GloasForkEpoch: gloasEpoch})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(bn.Close)
	for _, epoch := range []uint64{3, 4} {
		var duties []beaconstandin.Duty
		for s := epoch * 32; s < (epoch+1)*32; s++ {
			duties = append(duties, beaconstandin.Duty{Slot: s, ValidatorIndex: 1000 + s})
		}
		bn.SetDuties(epoch, common.Hash{byte(epoch)}, duties)
	}
	sim := simulated.NewBackend(types.GenesisAlloc{})
	t.Cleanup(func() { _ = sim.Close() })
	sim.Commit()
	sim.Commit()

	cfg := DefaultConfig(bn.URL())
	cfg.Profile = profile
	cfg.Reconnect = clock.Backoff{Min: 10 * time.Millisecond, Max: 100 * time.Millisecond, Jitter: 0.1}
	cfg.ExecRetry = 20 * time.Millisecond
	reg := prometheus.NewRegistry()
	tr, err := New(cfg, sim.Client(), clock.Real{}, zerolog.Nop(), reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := tr.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	})
	e := &env{t: t, genesis: genesis, ctx: ctx, bn: bn, sim: sim, tr: tr, reg: reg}
	e.waitSubscribed()
	if gloasEpoch != nil {
		if err := bn.WaitSubscribers(ctx, beaconstandin.TopicHeadV2, 1); err != nil {
			t.Fatalf("no Gloas subscriber: %v", err)
		}
	}
	return e
}

func (e *env) waitSubscribed() {
	e.t.Helper()
	for _, topic := range []string{"head", "payload_attributes"} {
		if err := e.bn.WaitSubscribers(e.ctx, topic, 1); err != nil {
			e.t.Fatalf("no %s subscriber: %v", topic, err)
		}
	}
}

func (e *env) header(n uint64) *types.Header {
	e.t.Helper()
	h, err := e.sim.Client().HeaderByNumber(e.ctx, new(big.Int).SetUint64(n))
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

// publish announces a beacon head at slot with root whose execution block is h,
// the way a beacon node does: a head event and (Lighthouse style, no request
// lists) payload attributes for the next slot.
func (e *env) publish(slot uint64, root common.Hash, h *types.Header) {
	e.bn.PublishHead(beaconstandin.HeadEvent{Slot: slot, Block: root, CurrentDutyDependentRoot: common.Hash{byte(slot / 32)}})
	e.publishAttributes(slot+1, root, h)
}

func (e *env) publishAttributes(proposalSlot uint64, root common.Hash, h *types.Header) {
	e.bn.PublishPayloadAttributes(beaconstandin.AttributesEvent{
		Version: "fulu", ProposerIndex: 7, ProposalSlot: proposalSlot,
		ParentBlockNumber: h.Number.Uint64(), ParentBlockRoot: root, ParentBlockHash: h.Hash(),
		Timestamp: uint64(e.genesis.Add(time.Duration(proposalSlot) * testSlot).Unix()), PrevRandao: common.Hash{0xaa}, ParentBeaconBlockRoot: root,
		Withdrawals: []beaconstandin.Withdrawal{{Index: 1, ValidatorIndex: 2, Address: common.Address{3}, Amount: 4}},
	})
}

func (e *env) waitFor(what string, cond func(Snapshot) bool) Snapshot {
	e.t.Helper()
	s, err := e.tr.WaitFor(e.ctx, cond)
	if err != nil {
		e.t.Fatalf("waiting for %s: %v; last snapshot %+v", what, err, s)
	}
	return s
}

func ready(root common.Hash) func(Snapshot) bool {
	return func(s Snapshot) bool { return s.Ready && s.HeadRoot == root }
}

func TestTrackerFollowsHeadWithLighthouseAttributes(t *testing.T) {
	t.Parallel()
	e := newEnv(t, clock.ProfileMEVBoost)
	h2 := e.header(2)
	root := common.Hash{0x01}
	if err := e.tr.Ready(); !errors.Is(err, ErrNotReady) {
		t.Fatalf("Ready before any head = %v, want ErrNotReady", err)
	}
	e.publish(headSlot, root, h2)
	s := e.waitFor("ready head", ready(root))
	if err := e.tr.Ready(); err != nil {
		t.Fatalf("Ready on a usable head = %v", err)
	}

	if s.HeadSlot != headSlot || s.HeadExecHash != h2.Hash() || s.HeadExecNumber != 2 {
		t.Fatalf("snapshot %+v", s)
	}
	if len(s.Parents) != 1 || s.Parents[0] != (Parent{Hash: h2.Hash(), Number: 2, Kind: ParentFull}) {
		t.Fatalf("parents %+v", s.Parents)
	}
	if s.BuildSlot != s.Slot+1 || s.Slot < headSlot {
		t.Fatalf("slot %d build %d", s.Slot, s.BuildSlot)
	}
	slot, parents, err := e.tr.BuildTarget()
	if err != nil || slot != s.BuildSlot || len(parents) != 1 || parents[0] != h2.Hash() {
		t.Fatalf("BuildTarget = %d %v %v", slot, parents, err)
	}
	a, ok := e.tr.PayloadAttributes(AttributesKey{Slot: headSlot + 1, ParentBlockHash: h2.Hash()})
	if !ok || a.PrevRandao != (common.Hash{0xaa}) || len(a.Withdrawals) != 1 || a.Withdrawals[0].Amount != 4 {
		t.Fatalf("attributes %+v %v", a, ok)
	}
	s = e.waitFor("duties", func(s Snapshot) bool { return s.Proposer != nil })
	if s.Proposer.Slot != s.BuildSlot || s.Proposer.ValidatorIndex != 1000+s.BuildSlot {
		t.Fatalf("proposer %+v for build slot %d", s.Proposer, s.BuildSlot)
	}
	const nextEpoch = headSlot/32 + 1 // duties cover the head's epoch and the next
	if d, ok := e.tr.Duty(nextEpoch * 32); !ok || d.ValidatorIndex != 1000+nextEpoch*32 {
		t.Fatalf("next epoch's first duty %+v, known %v", d, ok)
	}
	if got := metricValue(e.tr.m.headSlot); got != headSlot {
		t.Fatalf("head slot metric %v", got)
	}
	if c := e.tr.Chain(); c.SlotDuration != testSlot || c.SlotsPerEpoch != 32 || c.PayloadDueBps != 5000 {
		t.Fatalf("chain %+v", c)
	}
}

func TestTrackerEPBSOffersFullAndEmptyParents(t *testing.T) {
	t.Parallel()
	e := newEnvGloas(t, clock.ProfileEPBS, new(uint64(0)))
	h1, h2 := e.header(1), e.header(2)
	root := common.Hash{0x02}
	e.publish(headSlot, root, h2)
	s := e.waitFor("ready head", ready(root))
	want := []Parent{{Hash: h2.Hash(), Number: 2, Kind: ParentFull}, {Hash: h1.Hash(), Number: 1, Kind: ParentEmpty}}
	if len(s.Parents) != 2 || s.Parents[0] != want[0] || s.Parents[1] != want[1] || !s.Gloas {
		t.Fatalf("parents %+v (gloas %v), want %+v", s.Parents, s.Gloas, want)
	}
}

// Under ePBS the next slot's attributes come for both parents under the same beacon root; in
// whichever order, the head's execution block is the FULL one, the higher.
func TestTrackerEPBSAttributesOnBothParentsLinkTheFullOne(t *testing.T) {
	t.Parallel()
	e := newEnvGloas(t, clock.ProfileEPBS, new(uint64(0)))
	h1, h2 := e.header(1), e.header(2)
	root := common.Hash{0x08}
	e.bn.PublishHead(beaconstandin.HeadEvent{Slot: headSlot, Block: root, CurrentDutyDependentRoot: common.Hash{byte(headSlot / 32)}})
	e.publishAttributes(headSlot+1, root, h1) // the EMPTY parent's first
	e.publishAttributes(headSlot+1, root, h2)
	s := e.waitFor("FULL head", func(s Snapshot) bool { return ready(root)(s) && s.HeadExecHash == h2.Hash() })
	want := []Parent{{Hash: h2.Hash(), Number: 2, Kind: ParentFull}, {Hash: h1.Hash(), Number: 1, Kind: ParentEmpty}}
	if len(s.Parents) != 2 || s.Parents[0] != want[0] || s.Parents[1] != want[1] {
		t.Fatalf("parents %+v, want %+v", s.Parents, want)
	}
}

// A head whose payload fork choice calls withheld has one parent for the next block: the last
// revealed execution block, on the EMPTY branch; its parent is no candidate.
func TestTrackerEPBSWithheldHeadOffersOnlyTheEmptyParent(t *testing.T) {
	t.Parallel()
	e := newEnvGloas(t, clock.ProfileEPBS, new(uint64(0)))
	h2 := e.header(2) // the last revealed block; the head's own payload never came
	root := common.Hash{0x07}
	e.bn.PublishHeadV2(beaconstandin.HeadEvent{Slot: headSlot, Block: root, CurrentDutyDependentRoot: common.Hash{byte(headSlot / 32)}},
		beaconstandin.PayloadEmpty)
	e.publishAttributes(headSlot+1, root, h2)
	s := e.waitFor("withheld head", func(s Snapshot) bool { return ready(root)(s) && s.HeadPayload == PayloadWithheld })
	want := Parent{Hash: h2.Hash(), Number: 2, Kind: ParentEmpty}
	if len(s.Parents) != 1 || s.Parents[0] != want || s.Canonical != ParentEmpty {
		t.Fatalf("parents %+v canonical %q, want only %+v", s.Parents, s.Canonical, want)
	}
}

// The fork schedule, not the profile flag, selects the path: a pre-Gloas chain keeps the
// MEV-Boost single parent under the epbs profile, and the tracker asks it for no Gloas topic.
func TestTrackerKeepsMEVBoostPathOnPreGloasChain(t *testing.T) {
	t.Parallel()
	e := newEnv(t, clock.ProfileEPBS)
	h2 := e.header(2)
	root := common.Hash{0x03}
	e.publish(headSlot, root, h2)
	s := e.waitFor("ready head", ready(root))
	if want := (Parent{Hash: h2.Hash(), Number: 2, Kind: ParentFull}); len(s.Parents) != 1 || s.Parents[0] != want || s.Gloas {
		t.Fatalf("parents %+v (gloas %v), want only %+v", s.Parents, s.Gloas, want)
	}
	if c := e.tr.Chain(); c.Gloas.Scheduled {
		t.Fatalf("chain %+v has Gloas scheduled", c.Gloas)
	}
	if n := e.bn.Subscribers(beaconstandin.TopicHeadV2) + e.bn.Subscribers(beaconstandin.TopicExecutionPayloadBid); n != 0 {
		t.Fatalf("%d Gloas subscriptions on a pre-Gloas node", n)
	}
}

// Before the scheduled Gloas epoch the tracker builds the MEV-Boost way, from it the ePBS way.
func TestTrackerSwitchesAtTheGloasForkEpoch(t *testing.T) {
	t.Parallel()
	fork := uint64(headSlot/32 + 1) // the epoch after the one being built
	e := newEnvGloas(t, clock.ProfileMEVBoost, &fork)
	h2 := e.header(2)
	root := common.Hash{0x04}
	e.publish(headSlot, root, h2)
	s := e.waitFor("ready head", ready(root))
	if len(s.Parents) != 1 || s.Gloas {
		t.Fatalf("before the fork: parents %+v (gloas %v), want one", s.Parents, s.Gloas)
	}
	c := e.tr.Chain()
	if !c.Gloas.Scheduled || c.Gloas.Epoch != fork || c.GloasAt(fork*32-1) || !c.GloasAt(fork*32) {
		t.Fatalf("chain's Gloas %+v, want scheduled at epoch %d", c.Gloas, fork)
	}
}

// Under Gloas the snapshot carries the bids for the slot being built and which parent is
// canonical: EMPTY when fork choice says the head's payload is withheld, FULL once revealed.
func TestTrackerFollowsGloasBidsAndPayloadStatus(t *testing.T) {
	t.Parallel()
	e := newEnvGloas(t, clock.ProfileEPBS, new(uint64(0)))
	h2 := e.header(2)
	root := common.Hash{0x05}
	e.publish(headSlot, root, h2)
	s := e.waitFor("ready head", ready(root))
	if s.HeadPayload != PayloadUnknown || s.Canonical != "" || len(s.Bids) != 0 {
		t.Fatalf("before any Gloas event: payload %q canonical %q bids %v", s.HeadPayload, s.Canonical, s.Bids)
	}
	bid := beaconstandin.Bid{Slot: headSlot + 1, BuilderIndex: 9, ParentBlockHash: h2.Hash(), ParentBlockRoot: root,
		BlockHash: common.Hash{0xb1}, ValueGwei: 1234}
	e.bn.PublishBid(bid)
	e.bn.PublishBid(bid) // gossip repeats: kept once
	e.bn.PublishBid(beaconstandin.Bid{Slot: headSlot + 2, BuilderIndex: 9, BlockHash: common.Hash{0xb2}})
	e.bn.PublishHeadV2(beaconstandin.HeadEvent{Slot: headSlot, Block: root}, beaconstandin.PayloadEmpty)
	s = e.waitFor("withheld head", func(s Snapshot) bool { return s.HeadPayload == PayloadWithheld })
	want := Bid{Slot: headSlot + 1, BuilderIndex: 9, BlockHash: common.Hash{0xb1}, ParentBlockHash: h2.Hash(),
		ParentBlockRoot: root, ValueGwei: 1234}
	if s.Canonical != ParentEmpty || len(s.Bids) != 1 || s.Bids[0] != want {
		t.Fatalf("canonical %q bids %+v, want EMPTY and only %+v", s.Canonical, s.Bids, want)
	}

	next := common.Hash{0x06}
	e.bn.PublishPayloadAvailable(headSlot, next)
	e.bn.PublishHeadV2(beaconstandin.HeadEvent{Slot: headSlot, Block: next}, beaconstandin.PayloadPending)
	s = e.waitFor("new head", func(s Snapshot) bool { return s.HeadRoot == next })
	if s.HeadPayload != PayloadRevealed || s.Canonical != ParentFull {
		t.Fatalf("revealed head: payload %q canonical %q, want revealed and FULL", s.HeadPayload, s.Canonical)
	}
}

func TestChainReorgInvalidatesSnapshot(t *testing.T) {
	t.Parallel()
	e := newEnv(t, clock.ProfileMEVBoost)
	h1, h2 := e.header(1), e.header(2)
	oldRoot, newRoot := common.Hash{0x0a}, common.Hash{0x0b}
	e.publish(headSlot, oldRoot, h2)
	e.waitFor("ready head", ready(oldRoot))

	// L1 reorgs: block 2 is replaced by a sibling.
	if err := e.sim.Fork(h1.Hash()); err != nil {
		t.Fatal(err)
	}
	if err := e.sim.AdjustTime(time.Second); err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	h2b := e.header(2)
	if h2b.Hash() == h2.Hash() {
		t.Fatal("fork produced the same block")
	}
	e.bn.PublishReorg(beaconstandin.ReorgEvent{Slot: headSlot, Depth: 1, OldHeadBlock: oldRoot, NewHeadBlock: newRoot, Epoch: headSlot / 32})
	s := e.waitFor("invalidated", func(s Snapshot) bool { return s.HeadRoot == newRoot })
	if s.Ready || s.Reason != ReasonExecUnknown || len(s.Parents) != 0 {
		t.Fatalf("after reorg: %+v", s)
	}
	if _, _, err := e.tr.BuildTarget(); !errors.Is(err, ErrNotReady) {
		t.Fatalf("BuildTarget after reorg: %v", err)
	}
	if err := e.tr.Ready(); !errors.Is(err, ErrNotReady) || !strings.Contains(err.Error(), ReasonExecUnknown) {
		t.Fatalf("Ready after reorg = %v, want ErrNotReady naming %s", err, ReasonExecUnknown)
	}
	if metricValue(e.tr.m.reorgs) != 1 {
		t.Fatal("reorg not counted")
	}
	e.publishAttributes(headSlot+1, newRoot, h2b)
	s = e.waitFor("ready on the new head", ready(newRoot))
	if s.HeadExecHash != h2b.Hash() {
		t.Fatalf("exec hash %s, want %s", s.HeadExecHash, h2b.Hash())
	}
}

func TestDutiesRefetchedWhenDependentRootChanges(t *testing.T) {
	t.Parallel()
	e := newEnv(t, clock.ProfileMEVBoost)
	h2 := e.header(2)
	e.publish(headSlot, common.Hash{0x11}, h2)
	e.waitFor("duties", func(s Snapshot) bool { return s.Ready && s.Proposer != nil })
	const path = "/eth/v1/validator/duties/proposer/3"
	fetched := e.bn.Requests(path)

	// Same epoch, same dependent root: the duties stand. Head 0x13 is handled
	// only after head 0x12 has been, duties check included.
	e.publish(headSlot+1, common.Hash{0x12}, h2)
	e.publish(headSlot+2, common.Hash{0x13}, h2)
	e.waitFor("head 0x13", ready(common.Hash{0x13}))
	if got := e.bn.Requests(path); got != fetched {
		t.Fatalf("duties re-fetched without a new dependent root: %d requests, had %d", got, fetched)
	}

	// A new dependent root (a reorg at the epoch boundary) re-fetches them.
	var moved []beaconstandin.Duty
	for s := uint64(96); s < 128; s++ {
		moved = append(moved, beaconstandin.Duty{Slot: s, ValidatorIndex: 5000 + s})
	}
	newRoot := common.Hash{0xd2}
	e.bn.SetDuties(3, newRoot, moved)
	e.bn.PublishHead(beaconstandin.HeadEvent{Slot: headSlot + 3, Block: common.Hash{0x14}, CurrentDutyDependentRoot: newRoot})
	if err := e.bn.WaitRequests(e.ctx, path, fetched+1); err != nil {
		t.Fatal(err)
	}
	var d Duty
	e.waitFor("moved duty", func(Snapshot) bool {
		var ok bool
		d, ok = e.tr.Duty(headSlot + 4)
		return ok && d.ValidatorIndex == 5000+headSlot+4
	})
}

func TestNotReadyOnOptimisticHead(t *testing.T) {
	t.Parallel()
	e := newEnv(t, clock.ProfileMEVBoost)
	e.bn.SetOptimistic(true)
	root := common.Hash{0x03}
	e.publish(headSlot, root, e.header(2))
	s := e.waitFor("optimistic", func(s Snapshot) bool { return s.HeadRoot == root && s.Optimistic })
	if s.Ready || s.Reason != ReasonOptimistic {
		t.Fatalf("%+v", s)
	}
}

func TestNotReadyWhenExecutionClientDisagrees(t *testing.T) {
	t.Parallel()
	e := newEnv(t, clock.ProfileMEVBoost)
	h2 := e.header(2)
	h2.Extra = []byte("not the chain's block") // a hash the execution client never saw
	root := common.Hash{0x04}
	e.publish(headSlot, root, h2)
	s := e.waitFor("mismatch", func(s Snapshot) bool { return s.HeadExecHash == h2.Hash() && s.Reason == ReasonExecMismatch })
	if s.Ready || metricValue(e.tr.m.execMismatch) == 0 {
		t.Fatalf("%+v", s)
	}
}

func TestNotReadyWhenExecutionClientIsDown(t *testing.T) {
	t.Parallel()
	e := newEnv(t, clock.ProfileMEVBoost)
	h2 := e.header(2)
	if err := e.sim.Close(); err != nil {
		t.Fatal(err)
	}
	root := common.Hash{0x07}
	e.publish(headSlot, root, h2)
	s := e.waitFor("execution client down", func(s Snapshot) bool { return s.HeadRoot == root && s.Reason == ReasonExecDown })
	if s.Ready || metricValue(e.tr.m.reqErrors.WithLabelValues(epExecHeader)) == 0 {
		t.Fatalf("%+v", s)
	}
}

func TestBeaconNodeRestartIsResubscribed(t *testing.T) {
	t.Parallel()
	e := newEnv(t, clock.ProfileMEVBoost)
	h2 := e.header(2)
	e.publish(headSlot, common.Hash{0x05}, h2)
	e.waitFor("ready", ready(common.Hash{0x05}))

	e.bn.Down()
	s := e.waitFor("stream down", func(s Snapshot) bool { return !s.Ready })
	if s.Reason != ReasonStreamDown {
		t.Fatalf("reason %q", s.Reason)
	}
	if err := e.bn.WaitRequests(e.ctx, "/eth/v1/events", e.bn.Requests("/eth/v1/events")+1); err != nil {
		t.Fatal(err) // a reconnect attempt met the node while it was down
	}
	e.bn.Up()
	e.waitSubscribed()

	heads := metricValue(e.tr.m.eventsHandled.WithLabelValues("head"))
	e.sim.Commit()
	h3 := e.header(3)
	e.publish(headSlot+1, common.Hash{0x06}, h3)
	e.waitFor("head event after resubscribing", func(s Snapshot) bool {
		return s.Ready && s.HeadRoot == (common.Hash{0x06}) &&
			metricValue(e.tr.m.eventsHandled.WithLabelValues("head")) > heads
	})
}

func TestStartFailsWithoutBeaconNode(t *testing.T) {
	t.Parallel()
	bn, err := beaconstandin.New(beaconstandin.Config{GenesisTime: time.Unix(1, 0), SlotDuration: testSlot, SlotsPerEpoch: 32})
	if err != nil {
		t.Fatal(err)
	}
	url := bn.URL()
	bn.Close()
	sim := simulated.NewBackend(types.GenesisAlloc{})
	defer sim.Close()
	tr, err := New(DefaultConfig(url), sim.Client(), clock.Real{}, zerolog.Nop(), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := tr.Start(ctx); err == nil {
		t.Fatal("Start succeeded without a beacon node")
	}
	if err := tr.Stop(ctx); !errors.Is(err, ErrNotStarted) {
		t.Fatalf("Stop = %v", err)
	}
}

// metricValue reads a counter or gauge.
func metricValue(c prometheus.Collector) float64 {
	ch := make(chan prometheus.Metric, 1)
	c.Collect(ch)
	var m dto.Metric
	if err := (<-ch).Write(&m); err != nil {
		panic(err)
	}
	if m.Counter != nil {
		return m.Counter.GetValue()
	}
	return m.Gauge.GetValue()
}

// The tracker is the feed's L1 view, and its readiness is the sidecar's.
var (
	_ feed.Head         = (*Tracker)(nil)
	_ lifecycle.Checker = (*Tracker)(nil)
)

// The beacon URL's credentials never reach the log.
func TestTrackerLogRedactsBeaconCredentials(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	bn, err := beaconstandin.New(beaconstandin.Config{GenesisTime: time.Now().Add(-time.Hour).Truncate(time.Second), SlotDuration: testSlot, SlotsPerEpoch: 32})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(bn.Close)
	sim := simulated.NewBackend(types.GenesisAlloc{})
	t.Cleanup(func() { _ = sim.Close() })
	sim.Commit()
	cfg := DefaultConfig(strings.Replace(bn.URL(), "://", "://operator:hunter2@", 1))
	var buf syncBuffer
	tr, err := New(cfg, sim.Client(), clock.Real{}, zerolog.New(&buf), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.Start(ctx); err != nil {
		t.Fatal(err)
	}
	// The node goes away: the failed requests' errors name the URL, credentials included.
	bn.Close()
	for !strings.Contains(buf.String(), "stream ended") && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	if err := tr.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "beacon tracker started") || !strings.Contains(out, "stream ended") {
		t.Fatalf("no start line in %q", out)
	}
	if strings.Contains(out, "hunter2") || strings.Contains(out, "operator") {
		t.Fatalf("credentials logged: %q", out)
	}
}

// syncBuffer is a log sink the tracker's goroutines may write to while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
