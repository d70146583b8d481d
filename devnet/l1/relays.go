package l1

import (
	"context"
	"fmt"

	builderv1 "github.com/attestantio/go-builder-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/syncboost/syncboost/devnet/l1/beaconapi"
	"github.com/syncboost/syncboost/devnet/l1/relay"
	"github.com/syncboost/syncboost/relayapi"
)

// The devnet's relays: every slot's block reaches the proposer through RelayName, whose data
// API then reports it; LyingRelayName lists every proposer with a forged registration.
const (
	RelayName      = "devnet-relay"
	LyingRelayName = "devnet-liar"
)

// LiarFeeRecipient is the fee recipient the lying relay's registrations name.
func LiarFeeRecipient() common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte("syncboost/devnet/liar"))[12:])
}

// startRelays starts the honest and the lying relay; registrations name the proposers' fee
// recipient and the genesis block's gas limit, registered at genesis.
func (d *Driver) startRelays(ctx context.Context) error {
	for _, r := range []struct {
		dst  **relay.Relay
		name string
		lie  common.Address
	}{{&d.relay, RelayName, common.Address{}}, {&d.liar, LyingRelayName, LiarFeeRecipient()}} {
		rl, err := relay.New(relay.Config{Name: r.name, SlotsPerEpoch: d.cfg.SlotsPerEpoch, GenesisForkVersion: beaconapi.GenesisForkVersion(),
			Registered: d.cfg.GenesisTime, FeeRecipient: d.cfg.FeeRecipient, GasLimit: d.node.BlockChain().Genesis().GasLimit(),
			LieFeeRecipient: r.lie, HTTP: relay.DefaultHTTP()}, d.beacon, d.slots, d.clk, d.log)
		if err != nil {
			return err
		}
		if err := rl.Start(ctx); err != nil {
			return fmt.Errorf("l1: relay %s: %w", r.name, err)
		}
		*r.dst = rl
	}
	return nil
}

func (d *Driver) stopRelays(ctx context.Context) error {
	for _, r := range []*relay.Relay{d.relay, d.liar} {
		if r != nil {
			if err := r.Stop(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// deliver records the slot's block at the honest relay, as the payload it delivered to the
// proposer, with what the block paid the proposer's fee recipient as the bid's value.
func (d *Driver) deliver(slot uint64, parent *types.Header, b *types.Block) {
	t := builderv1.BidTrace{Slot: slot, ParentHash: phase0.Hash32(parent.Hash()), BlockHash: phase0.Hash32(b.Hash()),
		BuilderPubkey: relay.BuilderPubkey(), ProposerPubkey: beaconapi.Pubkey(d.beacon.ProposerIndex(slot)),
		ProposerFeeRecipient: bellatrix.ExecutionAddress(b.Coinbase()), GasLimit: b.GasLimit(), GasUsed: b.GasUsed(),
		Value: d.payment(parent, b)}
	d.relay.Deliver(relayapi.DeliveredPayload{Trace: t, BlockNumber: b.NumberU64(), NumTx: uint64(len(b.Transactions()))})
}

// payment is the fee recipient's balance change over b (0 if it cannot be read).
func (d *Driver) payment(parent *types.Header, b *types.Block) *uint256.Int {
	chain := d.node.BlockChain()
	before, err := chain.StateAt(parent.Root, parent.Number, parent.Time)
	if err != nil {
		return new(uint256.Int)
	}
	after, err := chain.StateAt(b.Root(), b.Number(), b.Time())
	if err != nil {
		return new(uint256.Int)
	}
	v, underflow := new(uint256.Int).SubOverflow(after.GetBalance(b.Coinbase()), before.GetBalance(b.Coinbase()))
	if underflow {
		return new(uint256.Int)
	}
	return v
}

// Relay is the relay that delivers every block; LyingRelay forges registrations.
func (d *Driver) Relay() *relay.Relay      { return d.relay }
func (d *Driver) LyingRelay() *relay.Relay { return d.liar }
