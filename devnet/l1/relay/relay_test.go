package relay

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	builderv1 "github.com/attestantio/go-builder-client/api/v1"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/l1/beaconapi"
	"github.com/syncboost/syncboost/relayapi"
)

const validators = 8

type rotation struct{}

func (rotation) ProposerIndex(slot uint64) uint64 { return slot % validators }

// beaconDuties is the beacon node the sidecar would match registrations against.
type beaconDuties struct{}

func (beaconDuties) ProposerDuty(slot uint64) ([48]byte, bool) {
	return beaconapi.Pubkey(slot % validators), true
}

var (
	genesis = time.Unix(1_700_000_000, 0)
	fee     = common.HexToAddress("0x000000000000000000000000000000000000fee1")
	liarFee = common.HexToAddress("0x000000000000000000000000000000000000bad0")
)

func start(t *testing.T, name string, lie common.Address, clk clock.Clock) *Relay {
	t.Helper()
	slots, err := clock.NewSlotClock(genesis, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(Config{Name: name, SlotsPerEpoch: 4, GenesisForkVersion: beaconapi.GenesisForkVersion(), Registered: genesis,
		FeeRecipient: fee, GasLimit: 36_000_000, LieFeeRecipient: lie, HTTP: DefaultHTTP()}, rotation{}, slots, clk, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Stop(context.Background()) })
	return r
}

// The sidecar's own client verifies the honest relay's registrations and refuses the liar's.
func TestRegistrationsVerifyOnlyWhenHonest(t *testing.T) {
	clk := clock.NewVirtual(genesis.Add(21 * time.Second)) // slot 10, epoch 2
	honest, liar := start(t, "honest", common.Address{}, clk), start(t, "liar", liarFee, clk)
	p, err := relayapi.NewProposers(relayapi.ProposersConfig{SlotsPerEpoch: 4, Timeout: 5 * time.Second, GenesisForkVersion: beaconapi.GenesisForkVersion(),
		Relays: []relayapi.Relay{{Name: honest.Name(), URL: honest.URL()}, {Name: liar.Name(), URL: liar.URL()}}},
		relayapi.ProposersDeps{Duties: beaconDuties{}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	for _, slot := range []uint64{8, 11, 15} { // the current epoch and the next
		got := p.Lookup(context.Background(), slot)
		if got.Status != relayapi.ProposerRegistered || got.Registration.FeeRecipient != fee || !reflect.DeepEqual(got.Relays, []string{"honest"}) {
			t.Fatalf("slot %d: %s %s via %v (errors %v)", slot, got.Status, got.Registration.FeeRecipient, got.Relays, got.Errors)
		}
		if !errors.Is(got.Refused["liar"], relayapi.ErrBadSignature) {
			t.Fatalf("slot %d: liar refused %v, want a bad signature", slot, got.Refused)
		}
	}
}

func TestDeliveredServesWhatWasDelivered(t *testing.T) {
	r := start(t, "honest", common.Address{}, clock.NewVirtual(genesis))
	p := relayapi.DeliveredPayload{Trace: builderv1.BidTrace{Slot: 7, GasLimit: 1, Value: uint256.NewInt(5)}, BlockNumber: 3, NumTx: 1}
	p.Trace.BlockHash[0] = 0xbb
	r.Deliver(p)
	d, err := relayapi.NewDeliveries(relayapi.DeliveriesConfig{Relays: []relayapi.Relay{{Name: "honest", URL: r.URL()}}, Timeout: 5 * time.Second},
		relayapi.DeliveriesDeps{Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Delivered(context.Background(), 7); got[0].Err != nil || !reflect.DeepEqual(got[0].Payloads, []relayapi.DeliveredPayload{p}) {
		t.Fatalf("slot 7: %+v", got)
	}
	if got := d.Delivered(context.Background(), 8); got[0].Err != nil || len(got[0].Payloads) != 0 {
		t.Fatalf("slot 8: %+v", got)
	}
	if got := r.latest(); len(got) != 1 {
		t.Fatalf("latest: %d", len(got))
	}
}

func TestConfigCheck(t *testing.T) {
	if _, err := New(Config{}, rotation{}, nil, nil, zerolog.Nop()); !errors.Is(err, ErrConfig) {
		t.Fatalf("empty config: %v", err)
	}
}
