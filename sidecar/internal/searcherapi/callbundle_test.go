package searcherapi

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

// recordSim answers with the hash of the bundle it was asked to simulate.
type recordSim struct{ got []*bundle.CheckedBundle }

func (r *recordSim) Call(_ context.Context, b *bundle.CheckedBundle) (any, error) {
	r.got = append(r.got, b)
	return map[string]any{"simulated": b.Hash}, nil
}

func TestCallBundleSimulatesValidatedBundle(t *testing.T) {
	cfg, pcfg := testConfig()
	sim := &recordSim{}
	h := startHarnessWith(t, cfg, pcfg, t.TempDir(), sim)
	key := pooltest.Key(1)
	b := h.maker.Bundle(key, 1, 1, 1)
	r := h.call(key, bundle.MethodCallBundle, b)
	if r.Error != nil || len(sim.got) != 1 {
		t.Fatalf("error %+v, simulations %d", r.Error, len(sim.got))
	}
	var res struct{ Simulated string }
	if err := json.Unmarshal(r.Result, &res); err != nil || res.Simulated != sim.got[0].Hash.Hex() {
		t.Fatalf("result %s must be the simulator's answer", r.Result)
	}
	if n := h.pool.Len(); n != 0 {
		t.Fatalf("based_callBundle pooled %d bundles; it must only simulate", n)
	}
	b.L2Txs[0] = b.PreTxs[0] // an L1 transaction in the L2 leg
	if r := h.call(key, bundle.MethodCallBundle, b); r.Error == nil || r.Error.Data.Field != "l2Txs[0]" || len(sim.got) != 1 {
		t.Fatalf("an invalid bundle must be refused naming the field before any simulation: %+v", r.Error)
	}
}
