package devnet

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/l1"
	"github.com/syncboost/syncboost/devnet/l1/builder"
)

// End-to-end tests of the sidecar's side of a slot: a late slot-ending message, builder
// endpoints that are down or slow.

// A slot-ending message released after the sidecar's accept deadline is skipped with the
// reason recorded, nothing goes to the builder for it, and the next slot lands.
func TestE2ESidecarLateSlotEndingSkipped(t *testing.T) {
	d := startDevnet(t, func(c *Config) { c.FailEvery = 0 })
	slots := d.L1.Slots()
	late := d.L1.LastSlot() + 4
	// Release half-way between the sidecar's accept deadline and the slot start.
	release, acceptBy := slots.Bps(d.cfg.ReleaseLeadBps), slots.Bps(sidecarLeadBps+sidecarBuildBps)
	d.Seq.DelayRelease(late, release-acceptBy/2)

	rep := waitSlot(t, d, late)
	f, ok := d.Seq.Slot(late)
	if !ok || f.ReleasedAt.IsZero() {
		t.Fatalf("slot %d: nothing released (%+v)", late, f)
	}
	start := slots.SlotStart(late)
	if lead := start.Sub(f.ReleasedAt); lead >= acceptBy || lead <= 0 {
		t.Fatalf("slot %d released %s before it started, want between 0 and the accept deadline %s", late, lead, acceptBy)
	}
	if why, ok := d.Sidecar.SkipReason(late); !ok || why != bundle.SkipLate {
		t.Fatalf("slot %d skip reason %q (recorded %v), want %q", late, why, ok, bundle.SkipLate)
	}
	if sent := d.Sidecar.SentFor(late); len(sent) != 0 {
		t.Fatalf("slot %d: the sidecar sent %d bundles for a late slot", late, len(sent))
	}
	if rep.Missed || len(rep.Bundles) != 0 {
		t.Fatalf("slot %d: L1 block missed %v with %d bundles tried, want a block without bundles", late, rep.Missed, len(rep.Bundles))
	}
	if got := outcome(t, d, late-1); got != "landed" {
		t.Fatalf("slot %d before the late one: outcome %q, want landed", late-1, got)
	}
	if got := outcome(t, d, late+1); got != "landed" {
		t.Fatalf("slot %d after the late one: outcome %q, want landed", late+1, got)
	}
	if f, _ := d.Seq.Slot(late); f.Derived() {
		t.Fatalf("slot %d: a based block was derived for a skipped slot", late)
	}
}

// With three builder endpoints, one refusing every request and one slower than a slot, the
// working one still gets every slot's bundle before the slot starts, and the slots land.
func TestE2ESidecarRelayDownAndSlow(t *testing.T) {
	var down, slow *builder.Server
	d := startDevnet(t, func(c *Config) {
		c.FailEvery = 0
		c.ExtraRelays = func(ctx context.Context, drv *l1.Driver) ([]Relay, error) {
			var err error
			if down, err = frontBuilder(ctx, t, drv, builder.Fault{Refuse: true}); err != nil {
				return nil, err
			}
			if slow, err = frontBuilder(ctx, t, drv, builder.Fault{Delay: 3 * drv.Config().SlotDuration}); err != nil {
				return nil, err
			}
			return []Relay{{Name: "down", URL: down.URL()}, {Name: "slow", URL: slow.URL()}}, nil
		}
	})
	good := d.L1.BuilderRPC()
	first := d.L1.LastSlot() + 3
	const n = 3
	for slot := first; slot < first+n; slot++ {
		rep := waitSlot(t, d, slot)
		sent := d.Sidecar.SentFor(slot)
		if len(sent) != 1 {
			t.Fatalf("slot %d: %d bundles sent, want 1", slot, len(sent))
		}
		s := sent[0]
		all, err := s.All(t.Context())
		if err != nil || all.Accepted != 1 || all.Failed != 2 {
			t.Fatalf("slot %d: %d endpoints accepted and %d failed (%v), want 1 and 2", slot, all.Accepted, all.Failed, err)
		}
		if onWire := s.Arrived.Add(s.DeadTime); !onWire.Before(d.L1.Slots().SlotStart(slot)) {
			t.Fatalf("slot %d: bundle on the wire at %s, after the slot started", slot, onWire)
		}
		// The slot's block is built when the slot starts, from the bundles the builder holds
		// then: the bundle in it reached the working endpoint in time.
		if !slices.ContainsFunc(rep.Applied(), func(o builder.BundleOutcome) bool { return o.Hash == s.Bundle.Hash() }) {
			t.Fatalf("slot %d: the sidecar's bundle %s is not in the slot's block (%d bundles tried)", slot, s.Bundle.Hash(), len(rep.Bundles))
		}
		if got := outcome(t, d, slot); got != "landed" {
			t.Fatalf("slot %d outcome %q, want landed", slot, got)
		}
	}
	if good.Accepted() < n || down.Accepted() != 0 || slow.Accepted() != 0 {
		t.Fatalf("bundles accepted: working %d (want >= %d), down %d, slow %d (want 0)", good.Accepted(), n, down.Accepted(), slow.Accepted())
	}
}

// frontBuilder starts one more endpoint of the devnet builder, misbehaving as f says; it stops
// after the devnet.
func frontBuilder(ctx context.Context, t *testing.T, drv *l1.Driver, f builder.Fault) (*builder.Server, error) {
	s, err := builder.NewServer(drv.Builder(), builder.DefaultServerConfig(), clock.Real{}, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel))
	if err != nil {
		return nil, err
	}
	s.SetFault(f)
	if err := s.Start(ctx); err != nil {
		return nil, err
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := s.Stop(ctx); err != nil {
			t.Errorf("stop endpoint: %v", err)
		}
	})
	return s, nil
}
