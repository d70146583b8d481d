package beacon

import (
	"context"
	"math/rand/v2"
	"slices"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/gloas"
	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/clock"
)

// The Gloas (ePBS) event topics the tracker follows once the fork schedule has Gloas.
const (
	topicBid              = "execution_payload_bid"
	topicPayloadAvailable = "execution_payload_available"
	topicHeadV2           = "head_v2"
)

// maxBidsPerSlot bounds the bids kept for one slot; later ones are dropped.
const maxBidsPerSlot = 16

// Bid is a builder's execution payload bid seen on the beacon node's event stream: the block
// hash it commits to and the parent (execution block and beacon block) it builds on.
type Bid struct {
	Slot            uint64
	BuilderIndex    uint64
	BlockHash       common.Hash
	ParentBlockHash common.Hash
	ParentBlockRoot common.Hash
	ValueGwei       uint64
}

// PayloadStatus is what the beacon node says of a Gloas block's execution payload.
type PayloadStatus string

// Payload statuses. PayloadUnknown before Gloas and until the node says.
const (
	PayloadUnknown  PayloadStatus = ""
	PayloadRevealed PayloadStatus = "revealed" // the envelope arrived; fork choice is on FULL
	PayloadWithheld PayloadStatus = "withheld" // fork choice is on EMPTY: no payload for the block
)

// payloadSeen is what the events said of one beacon block's payload.
type payloadSeen struct {
	slot       uint64
	available  bool          // execution_payload_available, or head_v2 "full"
	forkChoice PayloadStatus // head_v2's payload_status, the canonical branch
}

// status is the payload's status: fork choice's when it spoke, else available or unknown.
func (p payloadSeen) status() PayloadStatus {
	switch {
	case p.forkChoice != PayloadUnknown:
		return p.forkChoice
	case p.available:
		return PayloadRevealed
	}
	return PayloadUnknown
}

// subscribeGloasEvents subscribes to the Gloas topics in a subscription of their own, so that a
// node refusing one of them never costs the head and chain_reorg events.
func (t *Tracker) subscribeGloasEvents(ctx context.Context) {
	opts := &api.EventsOpts{
		Topics: []string{topicBid, topicPayloadAvailable, topicHeadV2},
		ExecutionPayloadBidHandler: func(_ context.Context, ev *gloas.SignedExecutionPayloadBid) {
			t.post(ctx, func(context.Context) { t.onBid(ev) })
		},
		ExecutionPayloadAvailableHandler: func(_ context.Context, ev *apiv1.ExecutionPayloadAvailableEvent) {
			t.post(ctx, func(context.Context) { t.onPayloadAvailable(ev) })
		},
		HeadV2Handler: func(_ context.Context, ev *apiv1.HeadEventV2) {
			t.post(ctx, func(ctx context.Context) { t.onHeadV2(ctx, ev) })
		},
	}
	for attempt := 0; ; attempt++ {
		err := t.timed(epGloas, func() error { return t.api.Events(ctx, opts) })
		if err == nil {
			return
		}
		t.log.Warn().Err(scrub(err)).Msg("subscribe to the Gloas events failed; retrying")
		if clock.Sleep(ctx, t.clk, t.cfg.Reconnect.Delay(attempt, rand.Float64())) != nil {
			return
		}
	}
}

func (t *Tracker) onBid(ev *gloas.SignedExecutionPayloadBid) {
	if ev == nil || ev.Message == nil {
		return
	}
	t.m.eventsHandled.WithLabelValues(topicBid).Inc()
	m := ev.Message
	b := Bid{
		Slot: uint64(m.Slot), BuilderIndex: uint64(m.BuilderIndex), BlockHash: common.Hash(m.BlockHash),
		ParentBlockHash: common.Hash(m.ParentBlockHash), ParentBlockRoot: common.Hash(m.ParentBlockRoot),
		ValueGwei: uint64(m.Value),
	}
	t.update(func(st *state, now uint64) { st.addBid(b, now, t.cfg.KeepSlots) })
}

func (t *Tracker) onPayloadAvailable(ev *apiv1.ExecutionPayloadAvailableEvent) {
	t.m.eventsHandled.WithLabelValues(topicPayloadAvailable).Inc()
	t.update(func(st *state, now uint64) {
		st.notePayload(common.Hash(ev.BlockRoot), uint64(ev.Slot), now, t.cfg.KeepSlots, func(p *payloadSeen) {
			p.available = true
		})
	})
}

// onHeadV2 moves the head as a head event does and records fork choice's payload status.
func (t *Tracker) onHeadV2(ctx context.Context, ev *apiv1.HeadEventV2) {
	t.m.eventsHandled.WithLabelValues(topicHeadV2).Inc()
	status := payloadStatusOf(ev.PayloadStatus)
	t.update(func(st *state, now uint64) {
		st.setHead(uint64(ev.Slot), common.Hash(ev.Block), now)
		st.notePayload(common.Hash(ev.Block), uint64(ev.Slot), now, t.cfg.KeepSlots, func(p *payloadSeen) {
			p.forkChoice = status
			p.available = p.available || status == PayloadRevealed
		})
	})
	t.refreshOptimistic(ctx)
}

// payloadStatusOf maps head_v2's payload_status; "pending" and unknown words say nothing yet.
func payloadStatusOf(s string) PayloadStatus {
	switch s {
	case "full":
		return PayloadRevealed
	case "empty":
		return PayloadWithheld
	}
	return PayloadUnknown
}

// inWindow reports whether slot is within keep slots of now either way: what the tracker keeps
// of the Gloas events, so a node naming far slots cannot grow it.
func inWindow(slot, now, keep uint64) bool {
	return slot+keep >= now && slot <= now+keep
}

// addBid keeps b among its slot's bids (once per builder and block hash, at most
// maxBidsPerSlot) and drops the bids of slots that left the window.
func (st *state) addBid(b Bid, now, keep uint64) {
	for s := range st.bids {
		if !inWindow(s, now, keep) {
			delete(st.bids, s)
		}
	}
	if !inWindow(b.Slot, now, keep) {
		return
	}
	list := st.bids[b.Slot]
	if len(list) >= maxBidsPerSlot || slices.ContainsFunc(list, func(o Bid) bool {
		return o.BuilderIndex == b.BuilderIndex && o.BlockHash == b.BlockHash
	}) {
		return
	}
	st.bids[b.Slot] = append(list, b)
}

// notePayload applies f to what is known of root's payload and drops what left the window.
func (st *state) notePayload(root common.Hash, slot, now, keep uint64, f func(*payloadSeen)) {
	for r, p := range st.payloads {
		if !inWindow(p.slot, now, keep) {
			delete(st.payloads, r)
		}
	}
	if !inWindow(slot, now, keep) {
		return
	}
	p := st.payloads[root]
	p.slot = slot
	f(&p)
	st.payloads[root] = p
}

// gloasView fills the Gloas part of s: the head's payload status, the canonical parent kind it
// implies, and the bids seen for the slot being built.
func (st *state) gloasView(s *Snapshot) {
	s.HeadPayload = st.payloads[st.headRoot].status()
	switch s.HeadPayload {
	case PayloadRevealed:
		s.Canonical = ParentFull
	case PayloadWithheld:
		s.Canonical = ParentEmpty
	}
	s.Bids = slices.Clone(st.bids[s.BuildSlot])
}
