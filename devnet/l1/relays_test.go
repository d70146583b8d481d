package l1_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/l1/beaconapi"
	"github.com/syncboost/syncboost/devnet/l1/relay"
	"github.com/syncboost/syncboost/relayapi"
)

type duties struct{ b *beaconapi.Beacon }

func (d duties) ProposerDuty(slot uint64) ([48]byte, bool) {
	return beaconapi.Pubkey(d.b.ProposerIndex(slot)), true
}

// The honest relay reports each slot's block as delivered by the devnet builder, with what it
// paid the proposer; the lying relay's registrations do not verify.
func TestRelaysServeDeliveriesAndRegistrations(t *testing.T) {
	t.Parallel()
	r := newRig(t, l1.Config{})
	rep := r.slot(1)
	rs := []relayapi.Relay{{Name: l1.RelayName, URL: r.d.Relay().URL()}, {Name: l1.LyingRelayName, URL: r.d.LyingRelay().URL()}}
	d, err := relayapi.NewDeliveries(relayapi.DeliveriesConfig{Relays: rs, Timeout: 5 * time.Second}, relayapi.DeliveriesDeps{Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	got := d.Delivered(context.Background(), 1)
	if got[0].Err != nil || len(got[0].Payloads) != 1 || got[1].Err != nil || len(got[1].Payloads) != 0 {
		t.Fatalf("deliveries of slot 1: %+v", got)
	}
	tr := got[0].Payloads[0].Trace
	if common.Hash(tr.BlockHash) != rep.Block.Hash() || tr.BuilderPubkey != relay.BuilderPubkey() || tr.Value == nil {
		t.Fatalf("relay reports block %x by %x, want %s by the devnet builder", tr.BlockHash, tr.BuilderPubkey[:4], rep.Block.Hash())
	}
	p, err := relayapi.NewProposers(relayapi.ProposersConfig{Relays: rs, SlotsPerEpoch: r.d.Config().SlotsPerEpoch, Timeout: 5 * time.Second,
		GenesisForkVersion: beaconapi.GenesisForkVersion()}, relayapi.ProposersDeps{Duties: duties{r.d.Beacon()}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	pr := p.Lookup(context.Background(), 2)
	if pr.Status != relayapi.ProposerRegistered || pr.Registration.FeeRecipient != l1.ProposerAddress || !errors.Is(pr.Refused[l1.LyingRelayName], relayapi.ErrBadSignature) {
		t.Fatalf("slot 2: %s, fee recipient %s, refused %v", pr.Status, pr.Registration.FeeRecipient, pr.Refused)
	}
}
