// Package target resolves the L1 block a slot's based block must land in: the payload
// attributes the proposer's beacon node announced for (slot, parent), the parent's header for
// the number, gas limit and base fee, and the block's fee recipient.
//
// The fee recipient rule, in order:
//  1. a relay's validator registration for the slot: the proposer's own, signed choice, and the
//     source to trust once registrations are BLS-verified;
//  2. otherwise the beacon node's suggested_fee_recipient, which is the node's own default
//     (its --suggested-fee-recipient) unless one of its validators proposes: the operator sets it
//     to the builder's fee recipient;
//  3. otherwise (the zero address, which Prysm sends when none is set) the target is refused:
//     a simulation paying the zero address tells nothing about the block the builder seals.
package target

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// Sentinel errors of Target.
var (
	ErrNoAttributes   = errors.New("no payload attributes")
	ErrNoFeeRecipient = errors.New("no fee recipient")
)

// Attributes are the beacon node's payload attributes by (slot, parent).
type Attributes interface {
	PayloadAttributes(k beacon.AttributesKey) (*beacon.PayloadAttributes, bool)
}

// Headers reads L1 headers (ethclient satisfies it).
type Headers interface {
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
}

// Registrations looks up the proposer of a slot at the relays.
type Registrations interface {
	Lookup(ctx context.Context, slot uint64) relayapi.Proposer
}

// Resolver resolves targets; Registrations may be nil (no relay serves them).
type Resolver struct {
	Attributes    Attributes
	Headers       Headers
	Rules         *params.ChainConfig // L1's, for the base fee
	Registrations Registrations
}

// Target is the L1 block for slot on parent. The base fee is the one that block will have, for
// the value model; the fee recipient follows the package's rule.
func (r Resolver) Target(ctx context.Context, slot uint64, parent common.Hash) (slots.Target, error) {
	a, ok := r.Attributes.PayloadAttributes(beacon.AttributesKey{Slot: slot, ParentBlockHash: parent})
	if !ok {
		return slots.Target{}, fmt.Errorf("%w for slot %d on %s", ErrNoAttributes, slot, parent)
	}
	h, err := r.Headers.HeaderByHash(ctx, parent)
	if err != nil {
		return slots.Target{}, fmt.Errorf("parent header %s: %w", parent, err)
	}
	fee, err := r.feeRecipient(ctx, slot, a)
	if err != nil {
		return slots.Target{}, err
	}
	return slots.Target{Slot: slot, Time: a.Timestamp, ParentHash: parent, ParentNumber: h.Number.Uint64(),
		FeeRecipient: fee, PrevRandao: a.PrevRandao, BeaconRoot: a.ParentBeaconBlockRoot,
		Withdrawals: a.Withdrawals, GasLimit: h.GasLimit, BaseFee: eip1559.CalcBaseFee(r.Rules, h)}, nil
}

// feeRecipient applies the rule: registration, else the beacon node's suggestion, never zero.
func (r Resolver) feeRecipient(ctx context.Context, slot uint64, a *beacon.PayloadAttributes) (common.Address, error) {
	if r.Registrations != nil {
		if p := r.Registrations.Lookup(ctx, slot); p.Status == relayapi.ProposerRegistered &&
			p.Registration.FeeRecipient != (common.Address{}) {
			return p.Registration.FeeRecipient, nil
		}
	}
	if a.SuggestedFeeRecipient != (common.Address{}) {
		return a.SuggestedFeeRecipient, nil
	}
	return common.Address{}, fmt.Errorf("%w for slot %d: no relay registration names one and the beacon node "+
		"suggests the zero address (set its suggested fee recipient to the builder's)", ErrNoFeeRecipient, slot)
}
