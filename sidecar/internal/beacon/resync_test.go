package beacon

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/beaconstandin"
)

// drain waits until the worker has run every job queued so far.
func (e *env) drain() {
	e.t.Helper()
	done := make(chan struct{})
	e.tr.post(e.ctx, func(context.Context) { close(done) })
	select {
	case <-done:
	case <-e.ctx.Done():
		e.t.Fatal(e.ctx.Err())
	}
}

// A head that moved while the stream was down is re-synced with its execution block, from the
// head block, before any event names it.
func TestReconnectLearnsTheHeadsExecutionBlock(t *testing.T) {
	t.Parallel()
	e := newEnv(t, clock.ProfileMEVBoost)
	e.publish(headSlot, common.Hash{0x05}, e.header(2))
	e.waitFor("ready", ready(common.Hash{0x05}))

	e.bn.Down()
	e.waitFor("stream down", func(s Snapshot) bool { return s.Reason == ReasonStreamDown })
	e.sim.Commit()
	h3, root := e.header(3), common.Hash{0x06}
	e.bn.SetHead(headSlot+1, root)
	e.bn.SetBlock(root, beaconstandin.Block{Slot: headSlot + 1, Payload: beaconstandin.PayloadOf(h3)})
	e.bn.Up()
	s := e.waitFor("re-synced", func(s Snapshot) bool { return s.Ready && s.HeadRoot == root })
	if s.HeadExecHash != h3.Hash() || s.HeadExecNumber != 3 || s.HeadSlot != headSlot+1 {
		t.Fatalf("after reconnecting: %+v", s)
	}
	if n := metricValue(e.tr.m.eventsHandled.WithLabelValues("payload_attributes")); n != 1 {
		t.Fatalf("%v payload_attributes events handled, want only the first", n)
	}
}

// A head block from another slot than its header is not believed.
func TestResyncRefusesAMismatchedBlock(t *testing.T) {
	t.Parallel()
	e := newEnv(t, clock.ProfileMEVBoost)
	e.bn.Down()
	e.waitFor("stream down", func(s Snapshot) bool { return s.Reason == ReasonStreamDown })
	root := common.Hash{0x08}
	e.bn.SetHead(headSlot, root)
	e.bn.SetBlock(root, beaconstandin.Block{Slot: headSlot - 1, Payload: beaconstandin.PayloadOf(e.header(2))})
	blocks := e.bn.Requests("/eth/v2/beacon/blocks/" + root.Hex())
	e.bn.Up()
	if err := e.bn.WaitRequests(e.ctx, "/eth/v2/beacon/blocks/"+root.Hex(), blocks+1); err != nil {
		t.Fatal(err)
	}
	e.waitFor("re-synced head", func(s Snapshot) bool { return s.HeadRoot == root })
	e.drain() // the re-sync, block read included, is over
	if s := e.tr.Snapshot(); s.Ready || s.Reason != ReasonExecUnknown || s.HeadExecHash != (common.Hash{}) {
		t.Fatalf("%+v", s)
	}
}
