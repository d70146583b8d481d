// Package target resolves the L1 block a slot's based block must land in: the payload
// attributes the proposer's beacon node announced for (slot, parent), the parent's header for
// the number, gas limit and base fee, and the fee recipient a relay's validator registration
// names, when one does.
package target

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/internal/beacon"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
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
// the value model; the fee recipient is the proposer's registered one when a relay knows it.
func (r Resolver) Target(ctx context.Context, slot uint64, parent common.Hash) (slots.Target, error) {
	a, ok := r.Attributes.PayloadAttributes(beacon.AttributesKey{Slot: slot, ParentBlockHash: parent})
	if !ok {
		return slots.Target{}, fmt.Errorf("no payload attributes for slot %d on %s", slot, parent)
	}
	h, err := r.Headers.HeaderByHash(ctx, parent)
	if err != nil {
		return slots.Target{}, fmt.Errorf("parent header %s: %w", parent, err)
	}
	t := slots.Target{Slot: slot, Time: a.Timestamp, ParentHash: parent, ParentNumber: h.Number.Uint64(),
		FeeRecipient: a.SuggestedFeeRecipient, PrevRandao: a.PrevRandao, BeaconRoot: a.ParentBeaconBlockRoot,
		Withdrawals: a.Withdrawals, GasLimit: h.GasLimit, BaseFee: eip1559.CalcBaseFee(r.Rules, h)}
	if r.Registrations != nil {
		if p := r.Registrations.Lookup(ctx, slot); p.Status == relayapi.ProposerRegistered {
			t.FeeRecipient = p.Registration.FeeRecipient
		}
	}
	return t, nil
}
