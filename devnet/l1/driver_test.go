package l1_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/l1/beaconapi"
	"github.com/syncboost/syncboost/relayapi"
)

func TestBlocksAtSlotTimestamps(t *testing.T) {
	t.Parallel()
	for _, slotLen := range []time.Duration{2 * time.Second, 12 * time.Second} {
		t.Run(slotLen.String(), func(t *testing.T) {
			t.Parallel()
			r := newRig(t, l1.Config{SlotDuration: slotLen})
			var seen []uint64
			r.d.OnSlot(func(rep l1.SlotReport) { seen = append(seen, rep.Slot) })
			chain := r.d.Node().BlockChain()
			prev := chain.Genesis().Header()
			for s := uint64(1); s <= 4; s++ {
				rep := r.slot(s)
				h := rep.Block.Header()
				want := uint64(genesis.Add(time.Duration(s) * slotLen).Unix())
				switch {
				case rep.Missed || h.Number.Uint64() != s || h.Time != want:
					t.Fatalf("slot %d: missed %v block %d at %d, want block %d at %d", s, rep.Missed, h.Number, h.Time, s, want)
				case h.ParentHash != prev.Hash() || *h.ParentBeaconRoot != r.d.Beacon().BlockRoot(prev):
					t.Fatalf("slot %d: parent %s / beacon root %s", s, h.ParentHash, h.ParentBeaconRoot)
				case h.MixDigest != beaconapi.PrevRandao(s) || h.Coinbase != l1.ProposerAddress || len(rep.Block.Withdrawals()) != 0:
					t.Fatalf("slot %d: randao %s coinbase %s", s, h.MixDigest, h.Coinbase)
				case chain.CurrentHeader().Hash() != h.Hash():
					t.Fatalf("slot %d: head %s, want %s", s, chain.CurrentHeader().Hash(), h.Hash())
				}
				prev = h
			}
			if !slices.Equal(seen, []uint64{1, 2, 3, 4}) {
				t.Fatalf("observer saw %v", seen)
			}
		})
	}
}

func TestMissSlotLeavesGap(t *testing.T) {
	t.Parallel()
	r := newRig(t, l1.Config{})
	if err := r.d.MissSlot(3); err != nil {
		t.Fatal(err)
	}
	r.slot(1)
	b2 := r.slot(2).Block
	if rep := r.slot(3); !rep.Missed || rep.Block != nil || rep.Err != nil {
		t.Fatalf("slot 3: %+v", rep)
	}
	b4 := r.slot(4).Block
	if b4.NumberU64() != 3 || b4.ParentHash() != b2.Hash() || b4.Time() != r.d.SlotTime(4) {
		t.Fatalf("slot 4 block %d parent %s time %d", b4.NumberU64(), b4.ParentHash(), b4.Time())
	}
	if err := r.d.MissSlot(4); !errors.Is(err, l1.ErrSlotPast) {
		t.Fatalf("MissSlot of a past slot: %v", err)
	}
}

func TestLateWakeMissesTheSlotsOver(t *testing.T) {
	t.Parallel()
	r := newRig(t, l1.Config{})
	r.slot(1)
	r.clk.AdvanceTo(r.d.Slots().SlotStart(4)) // the loop sleeps through slots 2 and 3
	rep, err := r.d.WaitSlot(r.ctx, 4)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []uint64{2, 3} {
		if m, ok := r.d.Report(s); !ok || !m.Missed || !errors.Is(m.Err, l1.ErrLate) {
			t.Fatalf("slot %d: %+v", s, m)
		}
	}
	if rep.Block.NumberU64() != 2 || rep.Block.Time() != r.d.SlotTime(4) {
		t.Fatalf("slot 4 block %d at %d", rep.Block.NumberU64(), rep.Block.Time())
	}
}

func TestReorgHeadReplacesHeadWithoutBundles(t *testing.T) {
	t.Parallel()
	r := newRig(t, l1.Config{})
	b1 := r.slot(1).Block
	// A bundle for block 2, sent by the sidecar's own client.
	sub, err := relayapi.New(relayapi.Config{
		Endpoints:    []relayapi.Endpoint{{Name: "devnet", URL: r.d.BuilderURL(), Method: relayapi.MethodEthSendBundle, Timeout: 10 * time.Second}},
		SlotDuration: r.d.Config().SlotDuration,
	}, relayapi.Deps{Identity: gethnode.TestKey(9), Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	to := common.Address{0x42}
	tx := types.MustSignNewTx(gethnode.TestKey(1), types.LatestSigner(r.d.Node().ChainConfig()), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(r.d.ChainID()), To: &to, Value: big.NewInt(1), Gas: params.TxGas,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(50 * params.GWei),
	})
	raw, _ := tx.MarshalBinary()
	ab := &bundle.AtomicBundle{Txs: [][]byte{raw}, BlockNumber: 2, MinTimestamp: r.d.SlotTime(2), MaxTimestamp: r.d.SlotTime(2)}
	if res, err := sub.SendBundle(r.ctx, ab, time.Time{}); err != nil || res[0].Outcome != relayapi.OutcomeAccepted {
		t.Fatalf("send: %+v %v", res, err)
	}
	rep2 := r.slot(2)
	if a := rep2.Applied(); len(a) != 1 || a[0].Hash != ab.Hash() || rep2.Block.Transactions()[0].Hash() != tx.Hash() {
		t.Fatalf("slot 2 bundles %+v", rep2.Bundles)
	}
	var observed []l1.SlotReport
	r.d.OnSlot(func(rep l1.SlotReport) { observed = append(observed, rep) })

	rep, err := r.d.ReorgHead(r.ctx)
	if err != nil {
		t.Fatal(err)
	}
	old, sib := rep2.Block, rep.Block
	switch {
	case !rep.Reorg || rep.Replaced != old.Hash() || rep.Slot != 2:
		t.Fatalf("report %+v", rep)
	case sib.Hash() == old.Hash() || sib.NumberU64() != 2 || sib.ParentHash() != b1.Hash() || sib.Time() != old.Time():
		t.Fatalf("sibling %d %s parent %s", sib.NumberU64(), sib.Hash(), sib.ParentHash())
	case len(sib.Transactions()) != 0:
		t.Fatalf("sibling has %d txs", len(sib.Transactions()))
	case r.d.Node().BlockChain().CurrentHeader().Hash() != sib.Hash():
		t.Fatal("sibling is not the head")
	case len(observed) != 1 || observed[0].Block.Hash() != sib.Hash():
		t.Fatalf("observer saw %d reports", len(observed))
	}
	if bal, err := r.d.Node().EthClient().BalanceAt(r.ctx, to, nil); err != nil || bal.Sign() != 0 {
		t.Fatalf("the bundle's transfer is still on chain: balance %v %v", bal, err)
	}
	if got, _ := r.d.Report(2); got.Block.Hash() != sib.Hash() {
		t.Fatal("slot 2's report was not replaced")
	}
	// The chain goes on from the sibling.
	if b3 := r.slot(3).Block; b3.ParentHash() != sib.Hash() {
		t.Fatalf("slot 3 builds on %s", b3.ParentHash())
	}
}

func TestConfigCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		cfg  l1.Config
		ok   bool
	}{
		{"zero value", l1.Config{}, true},
		{"12 s slots", l1.Config{SlotDuration: 12 * time.Second}, true},
		{"sub-second slots", l1.Config{SlotDuration: 1500 * time.Millisecond}, false},
		{"fractional genesis", l1.Config{GenesisTime: genesis.Add(time.Millisecond)}, false},
		{"negative accounts", l1.Config{Accounts: -1}, false},
		{"no listener", l1.Config{BuilderRPC: builderRPCWithoutTimeouts()}, false},
	}
	for _, tt := range tests {
		err := tt.cfg.Check()
		if tt.ok != (err == nil) || err != nil && !errors.Is(err, l1.ErrConfig) {
			t.Errorf("%s: Check() = %v", tt.name, err)
		}
	}
}

func TestLifecycle(t *testing.T) {
	t.Parallel()
	d := newDriver(t, l1.Config{}, clock.NewVirtual(genesis))
	ctx := context.Background()
	if err := d.Stop(ctx); !errors.Is(err, l1.ErrNotStarted) {
		t.Fatalf("Stop before Start: %v", err)
	}
	if _, err := d.ReorgHead(ctx); !errors.Is(err, l1.ErrNotStarted) {
		t.Fatalf("ReorgHead before Start: %v", err)
	}
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := d.Start(ctx); !errors.Is(err, l1.ErrStarted) {
		t.Fatalf("second Start: %v", err)
	}
	if _, err := d.ReorgHead(ctx); !errors.Is(err, l1.ErrNoReorg) {
		t.Fatalf("ReorgHead of genesis: %v", err)
	}
	for i := 0; i < 2; i++ {
		if err := d.Stop(ctx); err != nil {
			t.Fatalf("Stop #%d: %v", i+1, err)
		}
	}
}
