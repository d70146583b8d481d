package searcherapi

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/sidecar/internal/reputation"
)

// clientFrom is an HTTP client whose connections come from the loopback address ip (any
// 127.0.0.0/8 address reaches the server on 127.0.0.1), so a test can be several hosts.
func clientFrom(t *testing.T, ip string) *http.Client {
	t.Helper()
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	tr := &http.Transport{DialContext: d.DialContext}
	t.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr}
}

// callVia signs and sends one call through client.
func (h *harness) callVia(client *http.Client, key *ecdsa.PrivateKey, method string, params ...any) (int, http.Header, rpcResp) {
	h.t.Helper()
	body := rpcBody(h.t, method, params...)
	status, hdr, out := h.postVia(client, body, sign(h.t, body, key))
	var r rpcResp
	if err := json.Unmarshal(out, &r); err != nil {
		h.t.Fatalf("response %q: %v", out, err)
	}
	return status, hdr, r
}

// reasonOf is a response's refusal reason, "" when it was answered.
func reasonOf(r rpcResp) string {
	if r.Error == nil {
		return ""
	}
	return r.Error.Data.Reason
}

// proven makes a reputation in which key has landed enough bundles to be proven.
func provenReputation(t *testing.T, h *harness, perSlot int, keys ...*ecdsa.PrivateKey) *reputation.Reputation {
	t.Helper()
	rep, err := reputation.New(reputation.DefaultConfig(perSlot), h.clock.Now, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		for range 5 {
			rep.Observe(pooltest.Addr(k), bundle.StatusLanded)
		}
	}
	return rep
}

// 200 fresh identities flood based_sendBundle for the next slot, all from one address: they
// share that address's bucket, fill at most the part of the slot not reserved, and are refused
// slot_full and ip_rate_limited; a fresh identity elsewhere finds the slot full too, but an
// honest, proven identity on another address still pools its bundle for the slot.
func TestSwarmOfFreshIdentitiesCannotCrowdOutProvenOne(t *testing.T) {
	cfg, pcfg := testConfig()
	cfg.RatePerIP, cfg.RateBurstPerIP = 1, 150 // the clock stands still: nothing refills
	pcfg.MaxPerSignerSlot, pcfg.MaxPerSlot, pcfg.ReservedPerSlot = 10, 40, 10
	honest := pooltest.Key(7)
	var rep *reputation.Reputation
	h := startHarnessQuotas(t, cfg, pcfg, t.TempDir(), lateQuotas{&rep}, nil)
	rep = provenReputation(t, h, pcfg.MaxPerSignerSlot, honest)

	swarm := clientFrom(t, "127.0.0.1")
	got := map[string]int{}
	for i := range 200 {
		key := pooltest.Key(1000 + i)
		for range 2 {
			b := h.maker.Bundle(key, 0, 1, 0)
			b.SignedAt = h.signedAt()
			_, _, r := h.callVia(swarm, key, bundle.MethodSendBundle, b)
			got[reasonOf(r)]++
		}
	}
	if got[""] != 30 || got[reasonSlotFull] == 0 || got[reasonIPRate] != 250 {
		t.Fatalf("swarm outcomes %v: want 30 pooled (40 less the 10 reserved), the rest slot_full until the address's 150 calls, then ip_rate_limited", got)
	}
	stranger := pooltest.Key(5000)
	b := h.maker.Bundle(stranger, 0, 1, 0)
	b.SignedAt = h.signedAt()
	if _, _, r := h.callVia(clientFrom(t, "127.0.0.3"), stranger, bundle.MethodSendBundle, b); reasonOf(r) != reasonSlotFull {
		t.Fatalf("a fresh identity elsewhere: %+v, want slot_full", r.Error)
	}
	mine := h.maker.Bundle(honest, 0, 1, 0)
	mine.SignedAt = h.signedAt()
	if _, _, r := h.callVia(clientFrom(t, "127.0.0.2"), honest, bundle.MethodSendBundle, mine); r.Error != nil {
		t.Fatalf("the proven identity was refused: %+v", *r.Error)
	}
	live, _ := h.pool.ForSlot(context.Background(), pool.Key{L2ChainID: l2Chain, L1Slot: nextSlot})
	if len(live) != 31 || live[30].Identity != pooltest.Addr(honest) {
		t.Fatalf("slot %d holds %d bundles, want the swarm's 30 and the honest one", nextSlot, len(live))
	}
	for _, reason := range []string{reasonSlotFull, reasonIPRate} {
		if h.counter("sidecar_searcherapi_rejections_total", map[string]string{"reason": reason}) == 0 {
			t.Errorf("%s not counted", reason)
		}
	}
}

// lateQuotas lets a test build the reputation on the harness's clock after the harness.
type lateQuotas struct{ rep **reputation.Reputation }

func (q lateQuotas) Allowance(id common.Address) pool.Allowance { return (*q.rep).Allowance(id) }

// provenSet is a Standings: the identities in it are proven.
type provenSet map[common.Address]bool

func (p provenSet) Proven(id common.Address) bool { return p[id] }

// A swarm of fresh identities, each within its own rate, runs based_callBundle: together they
// get no more simulations than the fresh identities' one budget, and a proven identity still
// gets answers.
func TestCallBundleSwarmSharesOneBudget(t *testing.T) {
	cfg, pcfg := testConfig()
	cfg.Calls = CallLimits{PerIdentity: 1, PerIdentityBurst: 2, Fresh: 1, FreshBurst: 5, Total: 2, TotalBurst: 8, RetryAfter: time.Second}
	sim := &recordSim{}
	honest := pooltest.Key(7)
	h := startHarnessDeps(t, cfg, pcfg, t.TempDir(), func(d *Deps) {
		d.Sim, d.Standing = sim, provenSet{pooltest.Addr(honest): true}
	})
	got := map[string]int{}
	for i := range 48 {
		key := pooltest.Key(1000 + i)
		for range 3 {
			got[reasonOf(h.call(key, bundle.MethodCallBundle, h.maker.Bundle(key, 0, 1, 0)))]++
		}
	}
	if len(sim.got) != 5 || got[""] != 5 || got[reasonFreshBudget] != 48*2-5 || got[reasonCallRate] != 48 {
		t.Fatalf("simulations %d, outcomes %v: want the fresh budget's 5, the rest call_budget_exhausted or call_rate_limited", len(sim.got), got)
	}
	for i := range 2 {
		if r := h.call(honest, bundle.MethodCallBundle, h.maker.Bundle(honest, 0, 1, 0)); r.Error != nil {
			t.Fatalf("proven identity's call %d refused: %+v", i, *r.Error)
		}
	}
	if h.counter("sidecar_searcherapi_rejections_total", map[string]string{"reason": reasonFreshBudget}) != float64(48*2-5) {
		t.Fatal("call_budget_exhausted not counted")
	}
}

// blockingSim holds each simulation until its context ends.
type blockingSim struct{ entered chan struct{} }

func (b blockingSim) Call(ctx context.Context, _ *bundle.CheckedBundle) (any, error) {
	b.entered <- struct{}{}
	<-ctx.Done()
	return nil, ctx.Err()
}

// While the pipeline builds a slot, based_callBundle starts no simulation (503, Retry-After,
// reason building) and the one running gives way; hushes nest, a resume counts once, and once
// every hush resumed, calls are simulated again.
func TestHushKeepsCallBundleOffTheSlotPath(t *testing.T) {
	cfg, pcfg := testConfig()
	sim := &recordSim{}
	h := startHarnessWith(t, cfg, pcfg, t.TempDir(), sim)
	key := pooltest.Key(1)
	first, second := h.srv.Hush(), h.srv.Hush()
	status, hdr, r := h.callVia(http.DefaultClient, key, bundle.MethodCallBundle, h.maker.Bundle(key, 0, 1, 0))
	if status != http.StatusServiceUnavailable || hdr.Get("Retry-After") != "1" || reasonOf(r) != reasonBuilding || len(sim.got) != 0 {
		t.Fatalf("while hushed: HTTP %d, Retry-After %q, %+v, %d simulations", status, hdr.Get("Retry-After"), r.Error, len(sim.got))
	}
	first()
	first() // again: still hushed by second
	if r := h.call(key, bundle.MethodCallBundle, h.maker.Bundle(key, 0, 1, 0)); reasonOf(r) != reasonBuilding {
		t.Fatalf("one of two hushes resumed: %+v, want building", r.Error)
	}
	second()
	if r := h.call(key, bundle.MethodCallBundle, h.maker.Bundle(key, 0, 1, 0)); r.Error != nil || len(sim.got) != 1 {
		t.Fatalf("after resume: %+v, %d simulations", r.Error, len(sim.got))
	}
	if h.counter("sidecar_searcherapi_rejections_total", map[string]string{"reason": reasonBuilding}) != 2 {
		t.Fatal("building refusals not counted")
	}
}

func TestHushCancelsRunningSimulation(t *testing.T) {
	cfg, pcfg := testConfig()
	sim := blockingSim{entered: make(chan struct{})}
	h := startHarnessWith(t, cfg, pcfg, t.TempDir(), sim)
	key := pooltest.Key(1)
	done := make(chan rpcResp, 1)
	body := rpcBody(t, bundle.MethodCallBundle, h.maker.Bundle(key, 0, 1, 0))
	hdr := sign(t, body, key)
	go func() {
		_, _, out := h.postVia(http.DefaultClient, body, hdr)
		var r rpcResp
		_ = json.Unmarshal(out, &r)
		done <- r
	}()
	<-sim.entered
	resume := h.srv.Hush()
	defer resume()
	if r := <-done; reasonOf(r) != reasonBuilding {
		t.Fatalf("the running simulation when the hush began: %+v, want building", r.Error)
	}
}

// While the pipeline sends a slot, bundles sent are held before their validation, not refused:
// the slot's last milliseconds do not share the cores with a flood's decoding and sender
// recovery, and each bundle held is accepted once the slot is on the wire.
func TestHushHoldsSendBundleValidationUntilResume(t *testing.T) {
	cfg, pcfg := testConfig()
	h := startHarness(t, cfg, pcfg, t.TempDir())
	key := pooltest.Key(1)
	held := make(chan struct{}, 1)
	h.srv.valid.mu.Lock()
	h.srv.valid.onHeld = func() { held <- struct{}{} }
	h.srv.valid.mu.Unlock()
	resume := h.srv.Hush()
	done := make(chan rpcResp, 1)
	go func() { done <- h.send(key, h.maker.Bundle(key, 0, 1, 0)) }()
	select {
	case <-held:
	case r := <-done:
		t.Fatalf("a bundle was answered while the slot was being sent: %+v", r)
	case <-time.After(10 * time.Second):
		t.Fatal("the bundle was not held")
	}
	resume()
	if r := <-done; r.Error != nil {
		t.Fatalf("the held bundle after resume: %+v, want accepted", r.Error)
	}
}
