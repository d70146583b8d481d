package lease

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/redisnode"
)

const ttl = 150 * time.Millisecond

var parent = common.HexToHash("0xaaaa")

// replica starts one replica's lease on srv, stopped at cleanup.
func replica(t *testing.T, url, name string) *Lease {
	t.Helper()
	l, err := New(Config{URL: url, Prefix: "test:", TTL: ttl, Replica: name},
		Deps{Clock: clock.Real{}, Log: zerolog.Nop(), Registry: prometheus.NewRegistry()})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Stop(context.Background()) })
	return l
}

func record(tag byte) Record {
	return Record{Bundle: &bundle.AtomicBundle{Txs: [][]byte{{tag}}, BlockNumber: 7, ReplacementUUID: bundle.ReplacementUUIDFor(1, 7)}, Commitment: common.Hash{tag}}
}

// Replicas racing for one slot: exactly one holds it, and only its commit goes through.
func TestRacingReplicasExactlyOneHolds(t *testing.T) {
	srv := redisnode.StartT(t)
	const n = 5
	var ls []*Lease
	for i := range n {
		ls = append(ls, replica(t, srv.URL(), fmt.Sprintf("r%d", i)))
	}
	for slot := uint64(1); slot <= 20; slot++ {
		holds := make([]Hold, n)
		oks := make([]bool, n)
		var wg sync.WaitGroup
		for i, l := range ls {
			wg.Go(func() {
				h, ok, err := l.Claim(context.Background(), slot, time.Now().Add(time.Second))
				if err != nil {
					t.Error(err)
				}
				holds[i], oks[i] = h, ok
			})
		}
		wg.Wait()
		winners := 0
		for i, ok := range oks {
			if !ok {
				continue
			}
			winners++
			if _, err := ls[i].Commit(context.Background(), holds[i], parent, record(byte(i))); err != nil {
				t.Errorf("slot %d: the holder's commit: %v", slot, err)
			}
		}
		if winners != 1 {
			t.Fatalf("slot %d: %d replicas hold the lease, want exactly 1", slot, winners)
		}
	}
}

// A holder that stops renewing (paused past its lease) is fenced off once another replica took
// the slot: its commit is refused, and the replica that took over sends what it had recorded.
func TestPausedHolderIsFencedAfterTakeover(t *testing.T) {
	srv := redisnode.StartT(t)
	a, b := replica(t, srv.URL(), "a"), replica(t, srv.URL(), "b")
	ctx := context.Background()
	const slot = 9
	// until = now: a's renewals skip the slot, as if a had stalled right after committing.
	ha, ok, err := a.Claim(ctx, slot, time.Now())
	if err != nil || !ok {
		t.Fatalf("a's claim: ok %v, %v", ok, err)
	}
	sentA := record(0xa)
	if got, err := a.Commit(ctx, ha, parent, sentA); err != nil || got.Commitment != sentA.Commitment {
		t.Fatalf("a's commit: %v, %v", got.Commitment, err)
	}
	if _, ok, _ := b.Claim(ctx, slot, time.Now().Add(time.Second)); ok {
		t.Fatal("b took a lease a holds")
	}
	hb, err := b.Await(ctx, slot, time.Now().Add(10*time.Second))
	if err != nil {
		t.Fatalf("b's takeover: %v", err)
	}
	if hb.Token <= ha.Token {
		t.Errorf("takeover token %d not above the lapsed holder's %d", hb.Token, ha.Token)
	}
	got, err := b.Commit(ctx, hb, parent, record(0xb))
	if err != nil {
		t.Fatal(err)
	}
	if got.Commitment != sentA.Commitment {
		t.Errorf("the takeover sends %s, want a's recorded %s (relays must not see two bundles)", got.Commitment, sentA.Commitment)
	}
	// a wakes up and tries to send a replacement under its lapsed lease.
	if _, err := a.Commit(ctx, ha, parent, record(0xc)); !errors.Is(err, ErrFenced) {
		t.Fatalf("the paused holder's commit after the takeover: %v, want ErrFenced", err)
	}
	if _, ok, _ := a.Claim(ctx, slot, time.Now().Add(time.Second)); ok {
		t.Fatal("the paused holder claimed the slot back while b holds it")
	}
}

// A holder that renews keeps the slot for as long as it asked, however many TTLs that is, and
// releasing it lets a follower take it at once.
func TestRenewedLeaseHoldsThenReleases(t *testing.T) {
	srv := redisnode.StartT(t)
	a, b := replica(t, srv.URL(), "a"), replica(t, srv.URL(), "b")
	ctx := context.Background()
	ha, ok, err := a.Claim(ctx, 3, time.Now().Add(10*time.Second))
	if err != nil || !ok {
		t.Fatalf("claim: %v %v", ok, err)
	}
	deadline := time.Now().Add(5 * ttl)
	for time.Now().Before(deadline) {
		if _, ok, _ := b.Claim(ctx, 3, deadline); ok {
			t.Fatal("b took the slot while a renews it")
		}
		time.Sleep(ttl / 5) // sampling the lease over several TTLs, not synchronising
	}
	if _, err := a.Commit(ctx, ha, parent, record(1)); err != nil {
		t.Fatalf("commit after several TTLs of renewals: %v", err)
	}
	if err := a.Release(ctx, ha); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := b.Claim(ctx, 3, time.Now().Add(time.Second)); !ok || err != nil {
		t.Fatalf("b's claim after the release: %v %v", ok, err)
	}
}

// A follower waits no later than the slot's last send: past it, the slot stays the holder's.
func TestAwaitEndsAtTheLastSend(t *testing.T) {
	srv := redisnode.StartT(t)
	a, b := replica(t, srv.URL(), "a"), replica(t, srv.URL(), "b")
	ctx := context.Background()
	if _, ok, _ := a.Claim(ctx, 4, time.Now().Add(10*time.Second)); !ok {
		t.Fatal("a's claim")
	}
	if _, err := b.Await(ctx, 4, time.Now().Add(2*ttl)); !errors.Is(err, ErrFenced) {
		t.Fatalf("b's wait past the last send: %v, want ErrFenced", err)
	}
}

// Redis restarted (from its AOF) keeps the fencing counter: a lease that lapsed during the
// outage fences its holder's commit, and claiming again gives a token above every earlier one.
func TestLeaseReestablishedAfterRedisRestart(t *testing.T) {
	srv := redisnode.StartT(t)
	a, b := replica(t, srv.URL(), "a"), replica(t, srv.URL(), "b")
	ctx := context.Background()
	ha, ok, err := a.Claim(ctx, 5, time.Now().Add(30*time.Second))
	if err != nil || !ok {
		t.Fatalf("claim: %v %v", ok, err)
	}
	if err := srv.Stop(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := b.Claim(ctx, 5, time.Now()); !errors.Is(err, ErrUnavailable) {
		t.Fatalf("claim with redis down: %v, want ErrUnavailable", err)
	}
	rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := srv.Restart(rctx); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Commit(ctx, ha, parent, record(1)); !errors.Is(err, ErrFenced) {
		t.Fatalf("commit under a lease that lapsed during the outage: %v, want ErrFenced", err)
	}
	ha2, ok, err := a.Claim(ctx, 5, time.Now().Add(time.Second))
	if err != nil || !ok {
		t.Fatalf("the claim again after the restart: %v %v", ok, err)
	}
	if ha2.Token <= ha.Token {
		t.Errorf("token %d after the restart is not above %d", ha2.Token, ha.Token)
	}
	if _, err := a.Commit(ctx, ha2, parent, record(1)); err != nil {
		t.Fatalf("commit under the new lease: %v", err)
	}
	if _, ok, _ := b.Claim(ctx, 5, time.Now().Add(time.Second)); ok {
		t.Fatal("b took the slot a holds again")
	}
}

func TestConfigCheck(t *testing.T) {
	for _, c := range []Config{{URL: "redis://x", Prefix: "p", TTL: time.Millisecond}, {URL: "redis://x", TTL: time.Second},
		{URL: "http://x", Prefix: "p", TTL: time.Second}} {
		if err := c.Check(); err == nil {
			t.Errorf("%+v accepted", c)
		}
	}
}

func FuzzDecodeRecord(f *testing.F) {
	b, _ := record(1).encode()
	f.Add(b)
	f.Add([]byte(`{"bundle":null}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := decodeRecord(in)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v is not ErrCorrupt", err)
			}
			return
		}
		if r.Bundle == nil || len(r.Bundle.Txs) == 0 {
			t.Fatal("decoded a record without a bundle")
		}
	})
}
