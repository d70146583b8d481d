package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/reputation"
)

// withReputation rewires the rig's pipeline as the sidecar runs it: the pool's statuses feed
// a reputation whose standing orders the simulations, at most maxSims per slot.
func (r *rig) withReputation(maxSims int) *reputation.Reputation {
	r.t.Helper()
	rep, err := reputation.New(reputation.DefaultConfig(10), nil, nil)
	must(r.t, err)
	r.pool, err = pool.New(pool.Config{MaxLive: 1000, MaxPerSignerSlot: 10, Retention: time.Hour, MaxFinished: 1000},
		pool.Deps{Registry: prometheus.NewRegistry(), Quotas: rep})
	must(r.t, err)
	feed, err := reputation.Feed(r.pool, rep)
	must(r.t, err)
	r.deps.Bundles, r.deps.Standing = feed, rep
	r.cfg.MaxSimulations = maxSims
	r.p, err = pipeline.New(r.cfg, r.deps)
	must(r.t, err)
	return rep
}

// 200 fresh identities each pool a bundle that fails, more than the slot's simulation budget
// holds. The honest identity, which has landed bundles before, is simulated first and lands;
// the swarm's simulated bundles fail and cost their identities standing, the rest are left
// out as not simulated in time.
func TestSwarmOfFreshIdentitiesCannotCrowdOutAnHonestBundle(t *testing.T) {
	r := newRig(t)
	rep := r.withReputation(32)
	for range 5 {
		rep.Observe(addr(searchers[0]), bundle.StatusLanded)
	}
	var swarm []*pool.Entry
	for i := range 200 {
		swarm = append(swarm, r.junkBundle(i))
	}
	honest := r.searcherBundle(0, common.Address{0xb0}, true) // pooled last
	sent, err := r.p.Handle(context.Background(), r.message())
	must(t, err)
	if len(sent.Included) != 1 || sent.Included[0] != honest.Hash {
		t.Fatalf("included %v, want the honest bundle", sent.Included)
	}
	if _, confirmed := r.land(sent.Bundle); !confirmed[sent.Commitment] {
		t.Fatal("the honest bundle must land confirmed")
	}
	failed, late := 0, 0
	for _, e := range swarm {
		if _, ok := sent.Failed[e.Hash]; ok {
			failed++
			if rep.Standing(e.Identity) >= 0 {
				t.Fatalf("identity %s failed and kept standing %v", e.Identity, rep.Standing(e.Identity))
			}
		}
	}
	for _, d := range sent.Dropped {
		if strings.HasPrefix(d.Reason, bundle.DropNotSimulated) {
			late++
		}
	}
	if failed != 31 || late != 200-31 {
		t.Fatalf("%d of the swarm failed and %d were not simulated, want 31 and %d", failed, late, 200-31)
	}
}
