package beacon_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle/chainspec"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/l1/beaconapi"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/target"
)

var genesis = time.Unix(1_700_000_000, 0)

// rig is a devnet L1 driver on a virtual clock reading the genesis time.
type rig struct {
	ctx context.Context
	clk *clock.Virtual
	d   *l1.Driver
}

func newRig(t *testing.T, cfg l1.Config) *rig {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	clk := clock.NewVirtual(genesis)
	cfg.GenesisTime = genesis
	d, err := l1.New(cfg, clk, zerolog.Nop(), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := d.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	})
	return &rig{ctx: ctx, clk: clk, d: d}
}

// slot moves the clock to slot's start and waits for the driver to process it.
func (r *rig) slot(t *testing.T, s uint64) l1.SlotReport {
	t.Helper()
	r.clk.AdvanceTo(r.d.Slots().SlotStart(s))
	rep, err := r.d.WaitSlot(r.ctx, s)
	if err != nil {
		t.Fatalf("slot %d: %v", s, err)
	}
	return rep
}

// The sidecar's beacon tracker, unchanged (go-eth2-client for head and chain_reorg, its own
// payload_attributes stream, the EL cross-check), follows the devnet L1 through the stand-in.
func TestSidecarTrackerFollowsTheDriver(t *testing.T) {
	t.Parallel()
	r := newRig(t, l1.Config{SlotsPerEpoch: 4})
	trReg := prometheus.NewRegistry()
	cfg := beacon.DefaultConfig(r.d.BeaconURL())
	tr, err := beacon.New(cfg, r.d.Node().EthClient(), r.clk, zerolog.Nop(), trReg)
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.Start(r.ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := tr.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	})
	bn := r.d.Beacon().Server()
	for _, topic := range []string{"head", "chain_reorg", "payload_attributes"} {
		if err := bn.WaitSubscribers(r.ctx, topic, 1); err != nil {
			t.Fatalf("tracker did not subscribe to %s: %v", topic, err)
		}
	}
	if c := tr.Chain(); !c.GenesisTime.Equal(genesis) || c.SlotDuration != 2*time.Second || c.SlotsPerEpoch != 4 {
		t.Fatalf("chain %+v", c)
	}
	// Before the first block: the genesis head's execution block, read from the head block.
	gen := r.d.Node().BlockChain().CurrentHeader()
	if snap := waitReady(t, r, tr, r.d.Beacon().BlockRoot(gen)); snap.HeadExecHash != gen.Hash() || snap.BuildSlot != 1 {
		t.Fatalf("at start-up: %+v", snap)
	}

	for s := uint64(1); s <= 5; s++ { // across an epoch boundary
		rep := r.slot(t, s)
		snap := waitReady(t, r, tr, rep.BeaconRoot)
		if snap.HeadSlot != s || snap.HeadExecHash != rep.Block.Hash() || snap.BuildSlot != s+1 {
			t.Fatalf("slot %d: snapshot %+v", s, snap)
		}
		checkAttributes(t, r, tr, s+1, rep.Block.Hash(), rep.BeaconRoot)
	}
	snap, err := tr.WaitFor(r.ctx, func(s beacon.Snapshot) bool { return s.Proposer != nil && s.Proposer.Slot == 6 })
	if err != nil || snap.Proposer.ValidatorIndex != r.d.Beacon().ProposerIndex(6) {
		t.Fatalf("proposer duty for slot 6: %+v %v", snap.Proposer, err)
	}

	rep, err := r.d.ReorgHead(r.ctx)
	if err != nil {
		t.Fatal(err)
	}
	snap = waitReady(t, r, tr, rep.BeaconRoot)
	if snap.HeadSlot != 5 || snap.HeadExecHash != rep.Block.Hash() || snap.Parents[0].Hash != rep.Block.Hash() {
		t.Fatalf("after reorg: %+v", snap)
	}
	checkAttributes(t, r, tr, 6, rep.Block.Hash(), rep.BeaconRoot)
	if n := counter(t, trReg, "sidecar_beacon_reorgs_total"); n != 1 {
		t.Fatalf("tracker counted %v reorgs", n)
	}
}

func waitReady(t *testing.T, r *rig, tr *beacon.Tracker, root common.Hash) beacon.Snapshot {
	t.Helper()
	snap, err := tr.WaitFor(r.ctx, func(s beacon.Snapshot) bool { return s.Ready && s.HeadRoot == root })
	if err != nil {
		t.Fatalf("tracker not ready on %s: %v; last %+v", root, err, snap)
	}
	return snap
}

// checkAttributes checks the tracker holds the payload attributes of slot on parent.
func checkAttributes(t *testing.T, r *rig, tr *beacon.Tracker, slot uint64, parent, parentRoot common.Hash) {
	t.Helper()
	a, ok := tr.PayloadAttributes(beacon.AttributesKey{Slot: slot, ParentBlockHash: parent})
	if !ok {
		t.Fatalf("no payload attributes for (%d, %s)", slot, parent)
	}
	if a.Timestamp != r.d.SlotTime(slot) || a.PrevRandao != beaconapi.PrevRandao(slot) || a.ParentBlockRoot != parentRoot ||
		a.ParentBeaconBlockRoot != parentRoot || a.SuggestedFeeRecipient != l1.ProposerAddress || len(a.Withdrawals) != 0 {
		t.Fatalf("attributes for slot %d: %+v", slot, a)
	}
}

func counter(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			return mf.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatalf("metric %s not found", name)
	return 0
}

// startTracker starts a tracker on the rig's beacon stand-in and waits for its streams.
func startTracker(t *testing.T, r *rig, reg *prometheus.Registry) *beacon.Tracker {
	t.Helper()
	tr, err := beacon.New(beacon.DefaultConfig(r.d.BeaconURL()), r.d.Node().EthClient(), r.clk, zerolog.Nop(), reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.Start(r.ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := tr.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	})
	for _, topic := range []string{"head", "payload_attributes"} {
		if err := r.d.Beacon().Server().WaitSubscribers(r.ctx, topic, 1); err != nil {
			t.Fatal(err)
		}
	}
	return tr
}

// The devnet's beacon stand-in speaking like stock Prysm v5.3.0 (labels, zero suggested fee
// recipient, a frozen node): the tracker behaves as against the recording.
func TestTrackerFollowsPrysmLikeDriver(t *testing.T) {
	t.Parallel()
	r := newRig(t, l1.Config{SlotsPerEpoch: 4})
	bn := r.d.Beacon()
	bn.SetLabels(beaconapi.LabelsPrysm)
	bn.SetSuggestedFeeRecipient(common.Address{})
	reg := prometheus.NewRegistry()
	tr := startTracker(t, r, reg)
	targets := target.Resolver{Attributes: tr, Headers: r.d.Node().EthClient(), Rules: chainspec.Mainnet(r.d.ChainID())}
	for s := uint64(1); s <= 3; s++ {
		rep := r.slot(t, s)
		snap := waitReady(t, r, tr, rep.BeaconRoot)
		a, ok := tr.PayloadAttributes(beacon.AttributesKey{Slot: s + 1, ParentBlockHash: rep.Block.Hash()})
		if !ok || a.ProposalSlot != s || a.Timestamp != r.d.SlotTime(s+1) || a.SuggestedFeeRecipient != (common.Address{}) {
			t.Fatalf("slot %d: attributes for the build slot %+v, found %v", s, a, ok)
		}
		if _, err := targets.Target(r.ctx, snap.BuildSlot, snap.Parents[0].Hash); !errors.Is(err, target.ErrNoFeeRecipient) {
			t.Fatalf("slot %d: target with a zero suggested fee recipient: %v", s, err)
		}
	}
	if n := counter(t, reg, "sidecar_beacon_attributes_slot_mismatch_total"); n < 3 {
		t.Fatalf("%v mislabelled events counted", n)
	}

	// Frozen for two slots: not ready, nothing offered; thawed: ready on the newest head again.
	bn.Server().Freeze()
	r.slot(t, 4)
	r.slot(t, 5) // two slots after the last byte
	snap, err := tr.WaitFor(r.ctx, func(s beacon.Snapshot) bool { return !s.Ready })
	if err != nil || snap.Reason != beacon.ReasonStreamDown || len(snap.Parents) != 0 {
		t.Fatalf("frozen: %+v %v", snap, err)
	}
	bn.Server().Thaw()
	// The reconnect waits for its backoff on the rig's clock, armed whenever the tracker's
	// goroutine gets to it: move a slot at a time until the tracker is ready on that slot's head.
	for s := uint64(6); ; s++ {
		rep := r.slot(t, s)
		ctx, cancel := context.WithTimeout(r.ctx, 5*time.Second)
		snap, err = tr.WaitFor(ctx, func(x beacon.Snapshot) bool { return x.Ready && x.HeadRoot == rep.BeaconRoot })
		cancel()
		if err == nil {
			if snap.HeadExecHash != rep.Block.Hash() {
				t.Fatalf("after thawing: %+v", snap)
			}
			return
		}
		if s == 12 {
			t.Fatalf("not ready six slots after thawing: %+v", snap)
		}
	}
}
