package pipeline

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// gloasFrom is a fork schedule with Gloas from slot from on.
type gloasFrom uint64

func (f gloasFrom) GloasAt(slot uint64) bool { return slot >= uint64(f) }

// The fork schedule decides whether a slot's bundle gets a per-parent handle: before the Gloas
// fork the two parents cannot both exist, so one handle per slot keeps replacements working
// under either profile; from it, each parent has its own, so the variants never replace each
// other. Without a schedule the profile decides.
func TestUUIDFollowsTheForkSchedule(t *testing.T) {
	t.Parallel()
	slots, err := clock.NewSlotClock(time.Unix(1_700_000_000, 0), 12*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	sched := func(c clock.ScheduleConfig) *clock.Schedule {
		s, err := clock.NewSchedule(c, slots)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	const l2, fork = 7, 64
	full, empty := common.Hash{0x0f}, common.Hash{0x0e}
	perSlot := func(slot uint64) string { return bundle.ReplacementUUIDFor(l2, slot) }
	tests := []struct {
		name       string
		profile    clock.ScheduleConfig
		forks      Forks
		slot       uint64
		wantPerPar bool
	}{
		{"mevboost profile, Gloas scheduled, slot after the fork", clock.DefaultMEVBoost(), gloasFrom(fork), fork, true},
		{"mevboost profile, Gloas scheduled, slot before the fork", clock.DefaultMEVBoost(), gloasFrom(fork), fork - 1, false},
		{"epbs profile, pre-Gloas chain", clock.DefaultEPBS(), gloasFrom(^uint64(0)), fork, false},
		{"epbs profile, no schedule known", clock.DefaultEPBS(), nil, fork, true},
		{"mevboost profile, no schedule known", clock.DefaultMEVBoost(), nil, fork, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &Pipeline{cfg: Config{L2ChainID: l2}, deps: Deps{Schedule: sched(tc.profile), Forks: tc.forks}}
			a, b := p.uuid(tc.slot, full), p.uuid(tc.slot, empty)
			if tc.wantPerPar {
				if a != bundle.VariantUUIDFor(l2, tc.slot, full) || b != bundle.VariantUUIDFor(l2, tc.slot, empty) || a == b {
					t.Fatalf("handles %s and %s, want one per parent", a, b)
				}
				return
			}
			if a != perSlot(tc.slot) || b != a {
				t.Fatalf("handles %s and %s, want %s for both parents", a, b, perSlot(tc.slot))
			}
		})
	}
}

// Under ePBS a bundle failing in one parent's variant stays live for the other's: the next
// variant's build still finds it in the pool, and the searcher sees why it was left out.
func TestEPBSFailureOnOneParentKeepsTheBundleLive(t *testing.T) {
	h := newHarness(t)
	h.p.deps.Forks = gloasFrom(0)
	bad := h.oneReverting()
	if st := h.status(bad.Hash); st.Status != bundle.StatusSimulated || !strings.Contains(st.Reason, "l2_reverted") {
		t.Fatalf("bad bundle: %s %q, want simulated with the l2_reverted reason", st.Status, st.Reason)
	}
	live, err := h.pool.ForSlot(context.Background(), pool.Key{L2ChainID: l2Chain, L1Slot: 10})
	if err != nil || !slices.ContainsFunc(live, func(e *pool.Entry) bool { return e.Hash == bad.Hash }) {
		t.Fatalf("the bundle that failed on one parent is not live for the other: %v", err)
	}
}
