package pooltest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// Factory makes an empty pool for one test: the limits, the clock and the quotas (nil: none)
// it must use. A shared backend gives each test a pool of its own.
type Factory func(t *testing.T, cfg pool.Config, now func() time.Time, q pool.Quotas) pool.Pool

// Run runs the pool contract every backend keeps (pool.Memory, the Redis pool) against pools
// made by f: indexing, de-duplication, replacement, cancels, caps, status rules, pruning,
// resends and watches.
func Run(t *testing.T, f Factory) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, Factory)
	}{
		{"ForSlotIndexesByChainAndSlotInArrivalOrder", tForSlotIndexesByChainAndSlotInArrivalOrder},
		{"DuplicateByHash", tDuplicateByHash},
		{"ReplacementHigherNonceWinsLowerRefused", tReplacementHigherNonceWinsLowerRefused},
		{"CancelOnlyOwnBundleAndFinal", tCancelOnlyOwnBundleAndFinal},
		{"Caps", tCaps},
		{"ResendAfterSkippedSlotPoolsForTheNextSlot", tResendAfterSkippedSlotPoolsForTheNextSlot},
		{"SlotFullReservesRoomForProvenSigners", tSlotFullReservesRoomForProvenSigners},
		{"StatusHistoryWithTimestampsAndReasons", tStatusHistoryWithTimestampsAndReasons},
		{"PruneExpiresThenForgets", tPruneExpiresThenForgets},
		{"PruneKeepsAtMostMaxFinished", tPruneKeepsAtMostMaxFinished},
		{"ExpiredBundleCanBeSentAgain", tExpiredBundleCanBeSentAgain},
		{"WatchStreamsChangesAndEnds", tWatchStreamsChangesAndEnds},
		{"WatchersAreBounded", tWatchersAreBounded},
		{"UUIDNamesTheLastAcceptedBundle", tUUIDNamesTheLastAcceptedBundle},
		{"CancelAfterFailedHigherNonceEndsTheLiveBundle", tCancelAfterFailedHigherNonceEndsTheLiveBundle},
		{"CancelBelowTheHeldNonceIsRefused", tCancelBelowTheHeldNonceIsRefused},
		{"FinishedQuotaIsPerIdentity", tFinishedQuotaIsPerIdentity},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, f) })
	}
}

const (
	l1Chain = 1337
	l2Chain = 167000
)

var (
	alice = Key(1)
	bob   = Key(2)
	roomy = pool.Config{MaxLive: 100, MaxPerSignerSlot: 10, Retention: time.Hour, MaxFinished: 100}
)

// Clock ticks one second per call, so every timestamp is distinct and predictable.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a clock at a fixed instant.
func NewClock() *Clock { return &Clock{t: time.Unix(1_700_000_000, 0)} }

// Now advances the clock by a second and returns it.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Second)
	return c.t
}

// Advance moves the clock by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newPool(t *testing.T, f Factory, cfg pool.Config) pool.Pool {
	p, _ := newPoolClock(t, f, cfg)
	return p
}

func newPoolClock(t *testing.T, f Factory, cfg pool.Config) (pool.Pool, *Clock) {
	t.Helper()
	clk := NewClock()
	return f(t, cfg, clk.Now, nil), clk
}

func mustAdd(t *testing.T, p pool.Pool, e *pool.Entry) pool.AddResult {
	t.Helper()
	res, err := p.Add(context.Background(), e)
	if err != nil {
		t.Fatalf("Add: %v", err)
	}
	return res
}

func status(t *testing.T, p pool.Pool, h common.Hash) bundle.StatusChange {
	t.Helper()
	e, err := p.Get(context.Background(), h)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	return e.Status()
}

func hashes(es []*pool.Entry) []common.Hash {
	out := make([]common.Hash, len(es))
	for i, e := range es {
		out[i] = e.Hash
	}
	return out
}

// WatchTimeout only bounds a broken test: a change reaches a watcher as soon as it is made.
const WatchTimeout = 10 * time.Second

// next returns the next change on ch.
func next(t *testing.T, ch <-chan bundle.StatusChange) bundle.StatusChange {
	t.Helper()
	c, ok := Next(t, ch)
	if !ok {
		t.Fatal("watch channel closed, want a change")
	}
	return c
}

// Next returns the next change on ch, or false when ch is closed.
func Next(t *testing.T, ch <-chan bundle.StatusChange) (bundle.StatusChange, bool) {
	t.Helper()
	select {
	case c, ok := <-ch:
		return c, ok
	case <-time.After(WatchTimeout):
		t.Fatal("no change reached the watcher")
	}
	return bundle.StatusChange{}, false
}

// waitClosed reads ch until it is closed.
func waitClosed(t *testing.T, ch <-chan bundle.StatusChange) {
	t.Helper()
	for {
		if _, ok := Next(t, ch); !ok {
			return
		}
	}
}
