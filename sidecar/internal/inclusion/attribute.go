package inclusion

import (
	"context"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/feed"
)

// Deliveries tells, per relay, which payload it delivered for a slot (relayapi.Deliveries).
type Deliveries interface {
	Delivered(ctx context.Context, slot uint64) []relayapi.RelayDelivered
}

// attribute adds to an outcome that names its slot's L1 block who delivered it, by the relays'
// data APIs, within DeliveriesTimeout. A relay that cannot tell is left out; reports that
// contradict each other or the chain are all listed and flagged, never reconciled.
func (t *Tracker) attribute(ctx context.Context, o feed.Outcome) feed.Outcome {
	if t.d.Deliveries == nil || o.L1BlockHash == (common.Hash{}) || o.Reason == bundle.ReasonMissedSlot {
		return o // no block of the slot to attribute
	}
	ctx, cancel := context.WithTimeout(ctx, t.d.DeliveriesTimeout)
	defer cancel()
	for _, a := range t.d.Deliveries.Delivered(ctx, o.L1Slot) {
		if a.Err != nil {
			continue // relayapi counts and logs it
		}
		for _, p := range a.Payloads {
			if len(o.DeliveredBy) == feed.MaxDeliveries {
				break
			}
			o.DeliveredBy = append(o.DeliveredBy, delivery(a.Relay, p))
		}
	}
	if len(o.DeliveredBy) == 0 {
		return o
	}
	o.DeliveryDisagreement = bundle.DeliveriesDisagree(o.DeliveredBy, o.L1BlockHash)
	for _, d := range o.DeliveredBy {
		t.d.Metrics.delivered.WithLabelValues(d.Relay, string(o.Kind)).Inc()
	}
	if o.DeliveryDisagreement {
		t.d.Metrics.disagreements.Inc()
		ev := t.d.Log.Warn().Uint64("slot", o.L1Slot).Str("block_hash", o.L1BlockHash.Hex())
		for i, d := range o.DeliveredBy {
			ev = ev.Str("relay_"+strconv.Itoa(i), d.Relay+" "+d.BlockHash.Hex())
		}
		ev.Msg("relays disagree on who delivered the slot's block")
	}
	return o
}

func delivery(relay string, p relayapi.DeliveredPayload) bundle.Delivery {
	value := new(big.Int) // a trace without a value (relayapi's decoder never gives one) bid nothing
	if p.Trace.Value != nil {
		value = p.Trace.Value.ToBig()
	}
	return bundle.Delivery{Relay: relay, BuilderPubkey: bundle.BLSPubkey(p.Trace.BuilderPubkey),
		BlockHash: common.Hash(p.Trace.BlockHash), Value: (*hexutil.Big)(value)}
}
