package pipeline_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
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

// preActionBundle pools from searcher i a bundle whose raw pre-transaction calls
// SyncDemo.preAction(), with an L2 transfer at tip; when asserting, it asserts the demo then
// counts exactly one pre-action (its own).
func (r *rig) preActionBundle(i int, tip int64, asserting bool) *pool.Entry {
	r.t.Helper()
	key := searchers[i]
	demo := bindings.NewSyncDemo()
	raw := func(tx *types.Transaction) []byte { b, err := tx.MarshalBinary(); must(r.t, err); return b }
	to := common.Address{0xee, byte(i)}
	l2 := types.MustSignNewTx(key, types.LatestSignerForChainID(big.NewInt(l2ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l2ChainID), Nonce: r.nextNonce(key, l2ChainID), Gas: 21_000, GasTipCap: big.NewInt(tip),
		GasFeeCap: big.NewInt(2 * tip), To: &to, Value: big.NewInt(1)})
	b := &bundle.ComposableBundle{L2ChainID: l2ChainID, L1Slot: slot,
		PreTxs: [][]byte{raw(r.tx(key, l1ChainID, &r.demo, demo.PackPreAction(), 120_000))}, L2Txs: [][]byte{raw(l2)}}
	if asserting {
		b.Assertions = []bundle.Assertion{{Target: r.demo, Data: demo.PackPreActions(), Expect: word(1)}}
	}
	return r.poolBundle(addr(key), b)
}

// Two bundles that each succeed alone but not together: the lower-valued one's pre-transaction
// breaks the higher one's assertion, and the inbox names the higher one. The bisection finds
// the one that fails beside those ranked above it (the lower), leaves it out of the slot (live,
// told why) and sends the higher, which lands.
func TestConflictBlamesTheBundleThatBreaksTheOthers(t *testing.T) {
	r := newRig(t)
	high := r.preActionBundle(0, 100*params.GWei, true)
	low := r.preActionBundle(1, 60*params.GWei, false)
	sent, err := r.p.Handle(context.Background(), r.message())
	must(t, err)
	if len(sent.Included) != 1 || sent.Included[0] != high.Hash || len(sent.Failed) != 0 {
		t.Fatalf("included %v failed %v, want only the higher bundle and no failure", sent.Included, sent.Failed)
	}
	var why string
	for _, d := range sent.Dropped {
		if d.Hash == low.Hash {
			why = d.Reason
		}
	}
	if !strings.HasPrefix(why, bundle.DropConflict+": assertion_failed") {
		t.Fatalf("the lower bundle left out for %q, want a conflict naming the assertion it breaks", why)
	}
	if e, _ := r.pool.Get(context.Background(), low.Hash); e.Status().Status != bundle.StatusSimulated || !strings.Contains(e.Status().Reason, bundle.DropConflict) {
		t.Fatalf("the lower bundle is %s (%q), want live and told why", e.Status().Status, e.Status().Reason)
	}
	if _, confirmed := r.land(sent.Bundle); !confirmed[sent.Commitment] {
		t.Fatal("the higher bundle must land confirmed")
	}
}

// When the sidecar's own part of the transaction fails whatever the bundles (here a certificate
// the inbox refuses), the baseline fails too: the slot is skipped as propose_failed and no
// searcher is blamed.
func TestOwnFailureBlamesNoSearcher(t *testing.T) {
	r := newRig(t)
	a := r.searcherBundle(0, common.Address{0xb0}, true)
	msg := r.message()
	forged, err := bundle.SignECDSA(&msg.SlotEnding, bundle.Domain{ChainID: l1ChainID, VerifyingContract: r.inboxAddr}, attester)
	must(t, err)
	msg.Certificate = forged
	_, err = r.p.Handle(context.Background(), msg)
	mustSkip(t, err, bundle.SkipPropose)
	if e, _ := r.pool.Get(context.Background(), a.Hash); !e.Status().Status.Live() {
		t.Fatalf("the searcher's bundle is %s (%q); the sidecar's failure is not its doing", e.Status().Status, e.Status().Reason)
	}
}
