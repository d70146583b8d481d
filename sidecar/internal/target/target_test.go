package target_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle/chainspec"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/beacon/beacontest"
	"github.com/syncboost/syncboost/sidecar/internal/target"
)

type attrs map[beacon.AttributesKey]*beacon.PayloadAttributes

func (a attrs) PayloadAttributes(k beacon.AttributesKey) (*beacon.PayloadAttributes, bool) {
	p, ok := a[k]
	return p, ok
}

type headers map[common.Hash]*types.Header

func (h headers) HeaderByHash(_ context.Context, hash common.Hash) (*types.Header, error) {
	if hdr, ok := h[hash]; ok {
		return hdr, nil
	}
	return nil, errors.New("not found")
}

type registrations relayapi.Proposer

func (r registrations) Lookup(_ context.Context, slot uint64) relayapi.Proposer {
	p := relayapi.Proposer(r)
	p.Slot = slot
	return p
}

func registered(fee common.Address) registrations {
	return registrations{Status: relayapi.ProposerRegistered, Registration: relayapi.Registration{FeeRecipient: fee}}
}

func TestFeeRecipientRule(t *testing.T) {
	parent := &types.Header{Number: big.NewInt(9), GasLimit: 36_000_000, GasUsed: 18_000_000, BaseFee: big.NewInt(1e9), Difficulty: new(big.Int)}
	suggested, proposer := common.Address{0x5e}, common.Address{0x7e}
	key := beacon.AttributesKey{Slot: 10, ParentBlockHash: parent.Hash()}
	tests := []struct {
		name      string
		suggested common.Address
		reg       target.Registrations
		want      common.Address
		err       error
	}{
		{"registration wins", suggested, registered(proposer), proposer, nil},
		{"registration without a fee recipient", suggested, registered(common.Address{}), suggested, nil},
		{"proposer unknown to the relays", suggested, registrations{Status: relayapi.ProposerUnknown}, suggested, nil},
		{"no relay registrations", suggested, nil, suggested, nil},
		{"registration, zero suggested", common.Address{}, registered(proposer), proposer, nil},
		{"nothing but zero", common.Address{}, registrations{Status: relayapi.ProposerNotRegistered}, common.Address{}, target.ErrNoFeeRecipient},
		{"zero, no relays", common.Address{}, nil, common.Address{}, target.ErrNoFeeRecipient},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &beacon.PayloadAttributes{Slot: 10, ProposalSlot: 10, ParentBlockHash: parent.Hash(), Timestamp: 120,
				SuggestedFeeRecipient: tc.suggested}
			r := target.Resolver{Attributes: attrs{key: a}, Headers: headers{parent.Hash(): parent},
				Rules: chainspec.Mainnet(1), Registrations: tc.reg}
			got, err := r.Target(context.Background(), 10, parent.Hash())
			if !errors.Is(err, tc.err) || got.FeeRecipient != tc.want {
				t.Fatalf("fee recipient %s, err %v; want %s, %v", got.FeeRecipient, err, tc.want, tc.err)
			}
			if err == nil && (got.Time != 120 || got.ParentNumber != 9 || got.BaseFee == nil) {
				t.Fatalf("target %+v", got)
			}
		})
	}
	r := target.Resolver{Attributes: attrs{}, Headers: headers{}, Rules: chainspec.Mainnet(1)}
	if _, err := r.Target(context.Background(), 10, parent.Hash()); !errors.Is(err, target.ErrNoAttributes) {
		t.Fatalf("without attributes: %v", err)
	}
}

// Stock Prysm v5.3.0 suggests the zero address for the slot being built unless a validator of
// its own set one. Replayed through the tracker, the target is refused without a registration
// and takes the registration's fee recipient with one.
func TestPrysmZeroFeeRecipient(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	rec, err := beacontest.LoadPrysm(beacontest.StockLabels)
	if err != nil {
		t.Fatal(err)
	}
	r, err := beacontest.NewReplayer(rec, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := r.Close(); err != nil {
			t.Error(err)
		}
	})
	if err := r.Start(ctx); err != nil {
		t.Fatal(err)
	}
	end := rec.SlotStart(12).Add(-time.Millisecond) // through slot 11
	for ev, ok := r.Peek(); ok && ev.At.Before(end); ev, ok = r.Peek() {
		if _, err := r.Next(ctx); err != nil {
			t.Fatal(err)
		}
	}
	r.Clock.AdvanceTo(end)
	s, err := r.Tracker.WaitFor(ctx, func(s beacon.Snapshot) bool { return s.Ready })
	if err != nil || s.BuildSlot != 12 {
		t.Fatalf("%+v %v", s, err)
	}
	parent := s.Parents[0].Hash
	res := target.Resolver{Attributes: r.Tracker, Headers: rec.Exec, Rules: chainspec.Mainnet(1)}
	_, err = res.Target(ctx, s.BuildSlot, parent)
	if !errors.Is(err, target.ErrNoFeeRecipient) || !strings.Contains(err.Error(), "slot 12") {
		t.Fatalf("zero suggested fee recipient: %v", err)
	}
	proposer := common.HexToAddress("0x690b9a9e9aa1c9db991c7721a92d351db4fac990") // the validators' own
	res.Registrations = registered(proposer)
	got, err := res.Target(ctx, s.BuildSlot, parent)
	if err != nil || got.FeeRecipient != proposer || got.Time != uint64(rec.SlotStart(12).Unix()) || got.ParentHash != parent {
		t.Fatalf("with a registration: %+v %v", got, err)
	}
}
