package inclusion

import (
	"context"
	"errors"
	"math/big"
	"reflect"
	"testing"
	"time"

	builderv1 "github.com/attestantio/go-builder-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// deliveries answers Delivered from a fixed list; block makes it wait for its context.
type deliveries struct {
	answers []relayapi.RelayDelivered
	block   bool
	asked   []uint64
	budget  time.Duration // the time left on the context it was asked with
}

func (d *deliveries) Delivered(ctx context.Context, slot uint64) []relayapi.RelayDelivered {
	d.asked = append(d.asked, slot)
	if dl, ok := ctx.Deadline(); ok {
		d.budget = time.Until(dl)
	}
	if d.block {
		<-ctx.Done()
		return []relayapi.RelayDelivered{{Relay: "slow", Err: ctx.Err()}}
	}
	return d.answers
}

func payload(builder byte, block common.Hash, wei uint64) relayapi.DeliveredPayload {
	p := relayapi.DeliveredPayload{Trace: builderv1.BidTrace{Slot: slot, BlockHash: phase0.Hash32(block), Value: uint256.NewInt(wei)}}
	p.Trace.BuilderPubkey[0] = builder
	return p
}

// withDeliveries gives the fixture's tracker an attribution source and fresh metrics.
func (f *fixture) withDeliveries(d *deliveries, timeout time.Duration) *Metrics {
	m := NewMetrics(prometheus.NewRegistry())
	f.tr.d.Deliveries, f.tr.d.DeliveriesTimeout, f.tr.d.Metrics = d, timeout, m
	return m
}

func TestAttributionNamesRelayAndBuilder(t *testing.T) {
	f := newFixture(t)
	src := &deliveries{}
	m := f.withDeliveries(src, time.Second)
	h := f.chain.put(100, slotTime, f.parent.Hash(), 1, confirmed)
	src.answers = []relayapi.RelayDelivered{
		{Relay: "relay-a", Payloads: []relayapi.DeliveredPayload{payload(0xb1, h.Hash(), 7)}},
		{Relay: "relay-b"}, // delivered nothing for the slot
		{Relay: "relay-c", Err: relayapi.ErrTimeout},
	}
	f.head(slot)
	f.expect(t, bundle.OutcomeLanded, "", bundle.StatusLanded)
	want := []bundle.Delivery{{Relay: "relay-a", BuilderPubkey: bundle.BLSPubkey{0xb1}, BlockHash: h.Hash(), Value: bigWei(7)}}
	o := f.drain()[0]
	if !reflect.DeepEqual(o.DeliveredBy, want) || o.DeliveryDisagreement {
		t.Fatalf("outcome delivered by %+v (disagreement %v), want %+v", o.DeliveredBy, o.DeliveryDisagreement, want)
	}
	if st := f.status(t); !reflect.DeepEqual(st.DeliveredBy, want) || st.DeliveryDisagreement {
		t.Fatalf("searcher status delivered by %+v", st.DeliveredBy)
	}
	if n := testutil.ToFloat64(m.delivered.WithLabelValues("relay-a", "landed")); n != 1 {
		t.Fatalf("delivered blocks metric %v, want 1", n)
	}
}

// Two relays that name different blocks and builders for the slot are both reported, flagged.
func TestAttributionDisagreement(t *testing.T) {
	f := newFixture(t)
	src := &deliveries{}
	m := f.withDeliveries(src, time.Second)
	h := f.chain.put(100, slotTime, f.parent.Hash(), 1, slots.BlockEvents{})
	src.answers = []relayapi.RelayDelivered{
		{Relay: "relay-a", Payloads: []relayapi.DeliveredPayload{payload(0xb1, h.Hash(), 7)}},
		{Relay: "relay-b", Payloads: []relayapi.DeliveredPayload{payload(0xb2, common.Hash{0xee}, 9)}},
	}
	f.head(slot)
	f.expect(t, bundle.OutcomeNotLanded, bundle.ReasonNotIncluded, bundle.StatusNotLanded)
	o := f.drain()[0]
	if len(o.DeliveredBy) != 2 || o.DeliveredBy[1].Relay != "relay-b" || !o.DeliveryDisagreement {
		t.Fatalf("delivered by %+v, disagreement %v; want both relays, flagged", o.DeliveredBy, o.DeliveryDisagreement)
	}
	o.L2ChainID = 1 // the fixture's send names no chain
	if err := o.Check(); err != nil {
		t.Fatalf("the outcome does not pass its own wire check: %v", err)
	}
	if st := f.status(t); len(st.DeliveredBy) != 2 || !st.DeliveryDisagreement {
		t.Fatalf("searcher status %+v", st)
	}
	if n := testutil.ToFloat64(m.disagreements); n != 1 {
		t.Fatalf("disagreements %v, want 1", n)
	}
}

// A relay that does not answer holds settling up for the timeout only, and the outcome goes
// out unattributed.
func TestAttributionSlowRelay(t *testing.T) {
	f := newFixture(t)
	src := &deliveries{block: true}
	const timeout = 20 * time.Millisecond
	f.withDeliveries(src, timeout)
	f.chain.put(100, slotTime, f.parent.Hash(), 1, confirmed)
	f.head(slot)
	f.expect(t, bundle.OutcomeLanded, "", bundle.StatusLanded)
	if o := f.drain()[0]; o.DeliveredBy != nil || src.budget > timeout || len(src.asked) != 1 {
		t.Fatalf("delivered by %+v, asked %v with %s left; want one bounded ask and no attribution", o.DeliveredBy, src.asked, src.budget)
	}
}

// A missed slot has no block to attribute: the relays are not asked.
func TestAttributionMissedSlot(t *testing.T) {
	f := newFixture(t)
	src := &deliveries{}
	f.withDeliveries(src, time.Second)
	f.chain.put(100, slotTime+12, f.parent.Hash(), 1, confirmed)
	f.head(slot + 1)
	f.expect(t, bundle.OutcomeNotLanded, bundle.ReasonMissedSlot, bundle.StatusNotLanded)
	if len(src.asked) != 0 {
		t.Fatalf("asked about %v", src.asked)
	}
}

func TestNewNeedsDeliveriesTimeout(t *testing.T) {
	f := newFixture(t)
	d := f.tr.d
	d.Deliveries = &deliveries{}
	if _, err := New(d, 8); err == nil || errors.Is(err, ErrMissing) {
		t.Fatalf("New with deliveries and no timeout: %v", err)
	}
}

func (f *fixture) status(t *testing.T) bundle.StatusChange {
	t.Helper()
	e, err := f.pool.Get(context.Background(), f.entry.Hash)
	if err != nil {
		t.Fatal(err)
	}
	return e.Status()
}

func bigWei(v int64) *hexutil.Big { return (*hexutil.Big)(big.NewInt(v)) }
