package searcherapi

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

const slotSeconds = 12

var (
	testInbox = common.HexToAddress("0x00000000000000000000000000000000000b1b0c")
	victim    = pooltest.Key(10) // a based account (a delegated EOA)
	// the start of slot nextSlot is one slot after the server's clock starts
	slotGenesis = time.Unix(testStart+slotSeconds-nextSlot*slotSeconds, 0)
)

// chainNonces is the L1 head's basedNonce() of each account, or down.
type chainNonces struct {
	mu    sync.Mutex
	next  map[common.Address]uint64
	reads int
	down  bool
}

func (c *chainNonces) BasedNonce(_ context.Context, a common.Address) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reads++
	if c.down {
		return 0, errors.New("l1 unreachable")
	}
	return c.next[a], nil
}

func (c *chainNonces) readCount() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reads
}

func (c *chainNonces) set(a common.Address, n uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.next[a] = n
}

// callHarness serves signed calls: an inbox, an L1 nonce per account, the slot clock.
func callHarness(t *testing.T, sim Simulator) (*harness, *chainNonces) {
	t.Helper()
	cfg, pcfg := testConfig()
	cfg.Inbox = testInbox
	nonces := &chainNonces{next: map[common.Address]uint64{pooltest.Addr(victim): 3}}
	slotClock, err := clock.NewSlotClock(slotGenesis, slotSeconds*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	h := startHarnessDeps(t, cfg, pcfg, t.TempDir(), func(d *Deps) {
		d.Sim, d.Nonces, d.SlotTimes = sim, nonces, slotClock
	})
	return h, nonces
}

// slotTime is the timestamp of slot's L1 block.
func slotTime(slot uint64) uint64 { return uint64(slotGenesis.Unix()) + slot*slotSeconds }

// signCall signs a call of key's account for slot, with nonce, valid until deadline, as the
// only call of a bundle without assertions (the bundle id it signs).
func signCall(t testing.TB, key *ecdsa.PrivateKey, slot, nonce, deadline uint64) bundle.SignedCall {
	t.Helper()
	b := &bundle.ComposableBundle{L1Slot: slot, PreCalls: []bundle.SignedCall{{Account: pooltest.Addr(key),
		Call: bundle.BasedCall{Target: common.Address{0xcc}, Data: []byte{0x01, 0x02}, Nonce: nonce, Deadline: deadline}}}}
	signAll(t, b)
	return b.PreCalls[0]
}

// signAll signs every call of b for the bundle it is now, with the victim's or bob's key.
func signAll(t testing.TB, b *bundle.ComposableBundle) {
	t.Helper()
	if err := b.SignCalls(bundle.Chains{L1: l1Chain, Inbox: testInbox}, victim, bob); err != nil {
		t.Fatal(err)
	}
}

// callsBundle is searcher's bundle for slot: one L2 transaction and the given pre-calls.
func (h *harness) callsBundle(searcher *ecdsa.PrivateKey, slot uint64, pre ...bundle.SignedCall) *bundle.ComposableBundle {
	return &bundle.ComposableBundle{L2ChainID: l2Chain, L1Slot: slot, L2Txs: [][]byte{h.maker.Tx(searcher, l2Chain)}, PreCalls: pre}
}

func TestSignedCallIntake(t *testing.T) {
	h, nonces := callHarness(t, nil)
	live := slotTime(nextSlot) + 60
	good := func() bundle.SignedCall { return signCall(t, victim, nextSlot, 3, live) }
	for _, tc := range []struct {
		name   string
		edit   func(b *bundle.ComposableBundle)
		code   int
		field  string
		reason string
	}{
		{"bad signature", func(b *bundle.ComposableBundle) { b.PreCalls[0].Signature[3] ^= 1 },
			CodeInvalidParams, "preCalls[0].signature", "bad_call_signature"},
		{"signed by another key", func(b *bundle.ComposableBundle) {
			c, err := bundle.SignCall(bob, b.PreCalls[0].Call)
			if err != nil {
				t.Fatal(err)
			}
			b.PreCalls[0].Signature = c.Signature
		}, CodeInvalidParams, "preCalls[0].signature", "bad_call_signature"},
		{"expired before its slot starts", func(b *bundle.ComposableBundle) {
			b.PreCalls[0] = signCall(t, victim, nextSlot, 3, slotTime(nextSlot)-1)
		}, CodeInvalidParams, "preCalls[0].deadline", "call_expired"},
		{"expired already", func(b *bundle.ComposableBundle) {
			b.PreCalls[0] = signCall(t, victim, nextSlot, 3, testStart-1)
		}, CodeInvalidParams, "preCalls[0].deadline", "call_expired"},
		{"signed for another slot than the bundle's", func(b *bundle.ComposableBundle) {
			b.PreCalls[0] = signCall(t, victim, nextSlot+1, 3, live)
		}, CodeInvalidParams, "preCalls[0].signature", "bad_call_signature"},
		{"slot no longer built", func(b *bundle.ComposableBundle) {
			b.L1Slot, b.PreCalls[0] = nextSlot-1, signCall(t, victim, nextSlot-1, 3, live)
		}, CodeInvalidParams, "l1Slot", "slot_passed"},
		{"no slot", func(b *bundle.ComposableBundle) { b.L1Slot = 0 }, CodeInvalidParams, "l1Slot", "missing"},
		{"replayed nonce", func(b *bundle.ComposableBundle) { b.PreCalls[0] = signCall(t, victim, nextSlot, 2, live) },
			CodeRejected, "preCalls[0].nonce", "call_replayed"},
		{"nonces of one account not consecutive", func(b *bundle.ComposableBundle) {
			b.PostCalls = []bundle.SignedCall{signCall(t, victim, nextSlot, 5, live)}
			signAll(t, b)
		}, CodeInvalidParams, "postCalls[0].nonce", "call_nonce_order"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := h.callsBundle(alice, nextSlot, good())
			tc.edit(b)
			e := h.send(alice, b).Error
			if e == nil || e.Code != tc.code || e.Data.Field != tc.field || e.Data.Reason != tc.reason || !strings.HasPrefix(e.Message, tc.field+": ") {
				t.Fatalf("error %+v; want code %d naming %s, reason %s", e, tc.code, tc.field, tc.reason)
			}
		})
	}
	if n := h.pool.Len(); n != 0 {
		t.Fatalf("%d refused bundles pooled", n)
	}

	res := h.mustSend(alice, h.callsBundle(alice, nextSlot, good()))
	ahead := h.callsBundle(alice, nextSlot, signCall(t, victim, nextSlot, 7, live)) // earlier nonces may be pooled elsewhere
	ahead.PostCalls = []bundle.SignedCall{signCall(t, victim, nextSlot, 8, live)}
	signAll(t, ahead)
	h.mustSend(alice, ahead)
	en, err := h.pool.Get(context.Background(), res.BundleHash)
	if err != nil {
		t.Fatal(err)
	}
	if c := en.Bundle.PreCalls[0].Call; c.ChainID != l1Chain || c.Inbox != testInbox || c.L1Slot != nextSlot {
		t.Fatalf("pooled call not bound to the sidecar's chain, inbox and slot: %+v", c)
	}
	if got := h.counter("sidecar_searcherapi_rejections_total", map[string]string{"reason": "call_replayed"}); got != 1 {
		t.Fatalf("call_replayed counted %v times, want 1", got)
	}

	nonces.mu.Lock()
	nonces.down = true
	nonces.mu.Unlock()
	if e := h.send(alice, h.callsBundle(alice, nextSlot, good())).Error; e == nil || e.Code != CodeNotAvailable ||
		e.Data.Field != "preCalls[0].nonce" || strings.Contains(e.Message, "unreachable") {
		t.Fatalf("nonce reader down: %+v; want not available naming the call, without the node's error", e)
	}
}

// A stranger who captured a victim's signed call (from a bundle the victim shared, or from a
// landed submitBased transaction) gains nothing by sending it in a bundle of its own.
func TestStrangerReplaysCapturedCall(t *testing.T) {
	sim := &recordSim{}
	h, nonces := callHarness(t, sim)
	acct := pooltest.Addr(victim)
	// The victim signs nonce 3 for slot 100 and, in case that slot is missed, for slot 102.
	now, later := signCall(t, victim, nextSlot, 3, slotTime(nextSlot+2)), signCall(t, victim, nextSlot+2, 3, slotTime(nextSlot+2))
	h.mustSend(alice, h.callsBundle(alice, nextSlot, now))

	// Slot 100 lands with the call: the account's nonce moves on, the sidecar builds slot 101.
	nonces.set(acct, 4)
	h.slots.next.Store(nextSlot + 1)
	reads := nonces.readCount()

	for _, tc := range []struct {
		name   string
		b      *bundle.ComposableBundle
		code   int
		field  string
		reason string
	}{
		{"the landed call in its own slot", h.callsBundle(bob, nextSlot, now), CodeInvalidParams, "l1Slot", "slot_passed"},
		{"the landed call moved to a live slot", h.callsBundle(bob, nextSlot+1, now), CodeInvalidParams, "preCalls[0].signature", "bad_call_signature"},
		{"the spare call for a later slot", h.callsBundle(bob, nextSlot+2, later), CodeRejected, "preCalls[0].nonce", "call_replayed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := h.send(bob, tc.b).Error
			if e == nil || e.Code != tc.code || e.Data.Field != tc.field || e.Data.Reason != tc.reason {
				t.Fatalf("stranger's replay: %+v; want code %d naming %s, reason %s", e, tc.code, tc.field, tc.reason)
			}
			// based_callBundle refuses it the same way, before simulating anything.
			if e := h.call(bob, bundle.MethodCallBundle, tc.b).Error; e == nil || e.Data.Reason != tc.reason || len(sim.got) != 0 {
				t.Fatalf("based_callBundle of the replay: %+v, %d simulations", e, len(sim.got))
			}
		})
	}
	if n := h.pool.Len(); n != 1 {
		t.Fatalf("pool holds %d bundles; want only the victim's own", n)
	}
	if nonces.readCount() == reads {
		t.Fatal("the replay was not checked against the account's nonce on L1")
	}
}

// Without an inbox, the sidecar cannot bind calls and refuses them; without a nonce reader
// or a slot clock it still checks what it can.
func TestSignedCallsNeedAnInbox(t *testing.T) {
	h := newHarness(t, nil)
	b := h.callsBundle(alice, nextSlot, signCall(t, victim, nextSlot, 3, slotTime(nextSlot)))
	if e := h.send(alice, b).Error; e == nil || e.Data.Field != "preCalls" || e.Data.Reason != reasonCallsOff {
		t.Fatalf("calls without an inbox configured: %+v", e)
	}
	h = newHarness(t, func(c *Config, _ *pool.Config) { c.Inbox = testInbox })
	if e := h.send(alice, b).Error; e != nil {
		t.Fatalf("no nonce reader, no slot clock: %+v; the call is valid at the clock's now", e)
	}
	b = h.callsBundle(alice, nextSlot, signCall(t, victim, nextSlot, 3, testStart-1))
	if e := h.send(alice, b).Error; e == nil || e.Data.Reason != "call_expired" {
		t.Fatalf("a deadline before now: %+v", e)
	}
}
