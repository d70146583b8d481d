package searcherapi

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"
)

// Standings tells whether an identity has proven itself (landed bundles, no recent failures);
// reputation.Reputation implements it. Without one, every identity counts as fresh.
type Standings interface {
	Proven(identity common.Address) bool
}

// CallLimits bound based_callBundle, each call of which costs a simulation: every identity's
// own rate, one budget all identities without proven standing share, and one for everyone.
// Fresh must be below Total, so that a swarm of fresh identities leaves proven ones room.
type CallLimits struct {
	PerIdentity      float64 // simulations per second of one identity
	PerIdentityBurst int
	Fresh            float64 // of all identities without proven standing together
	FreshBurst       int
	Total            float64 // of everyone together
	TotalBurst       int
	// RetryAfter is what a caller refused while the sidecar builds a slot is told to wait.
	RetryAfter time.Duration
}

// DefaultCallLimits: 2 simulations per second per identity, 10 for all fresh identities
// together, 50 in all.
var DefaultCallLimits = CallLimits{PerIdentity: 2, PerIdentityBurst: 4, Fresh: 10, FreshBurst: 10,
	Total: 50, TotalBurst: 50, RetryAfter: time.Second}

// Check validates the limits.
func (c CallLimits) Check() error {
	switch {
	case c.PerIdentity <= 0 || c.Fresh <= 0 || c.Total <= 0 || c.PerIdentityBurst <= 0 || c.FreshBurst <= 0 || c.TotalBurst <= 0:
		return fmt.Errorf("%w: call limits must be > 0: %+v", ErrConfig, c)
	case c.Fresh >= c.Total || c.FreshBurst >= c.TotalBurst:
		return fmt.Errorf("%w: the fresh identities' call budget (%v/s, burst %d) must be below the total (%v/s, burst %d)",
			ErrConfig, c.Fresh, c.FreshBurst, c.Total, c.TotalBurst)
	case c.RetryAfter <= 0:
		return fmt.Errorf("%w: call retry-after %s must be > 0", ErrConfig, c.RetryAfter)
	}
	return nil
}

// Refusal reasons of based_callBundle's budgets.
const (
	reasonCallRate    = "call_rate_limited"
	reasonFreshBudget = "call_budget_exhausted"
	reasonSimsBusy    = "simulations_busy"
	reasonBuilding    = "building"
)

// callBudgets holds the token buckets and the hush: while the pipeline builds a slot, no
// simulation starts and the running ones are cancelled.
type callBudgets struct {
	cfg          CallLimits
	per          *limiter[common.Address]
	fresh, total *rate.Limiter

	mu     sync.Mutex
	hushed int
	epoch  context.Context // cancelled when a hush begins
	cancel context.CancelFunc
}

func newCallBudgets(c CallLimits) *callBudgets {
	b := &callBudgets{cfg: c, per: newLimiter[common.Address](c.PerIdentity, c.PerIdentityBurst),
		fresh: rate.NewLimiter(rate.Limit(c.Fresh), c.FreshBurst), total: rate.NewLimiter(rate.Limit(c.Total), c.TotalBurst)}
	b.epoch, b.cancel = context.WithCancel(context.Background())
	return b
}

// take charges one simulation to who; it returns the refusal, if any.
func (b *callBudgets) take(who common.Address, proven bool, now time.Time) *rpcError {
	c := b.cfg
	switch {
	case !b.per.allow(who, now):
		return retryLater(newErr(CodeLimitExceeded, reasonCallRate, "", "%v simulations/s, burst %d per identity",
			c.PerIdentity, c.PerIdentityBurst), time.Duration(float64(time.Second)/c.PerIdentity), 0)
	case !proven && !b.fresh.AllowN(now, 1):
		return retryLater(newErr(CodeLimitExceeded, reasonFreshBudget, "",
			"identities without standing share %v simulations/s and have used them; landed bundles earn an own budget", c.Fresh),
			time.Duration(float64(time.Second)/c.Fresh), 0)
	case !b.total.AllowN(now, 1):
		return retryLater(newErr(CodeNotAvailable, reasonSimsBusy, "", "the sidecar runs %v simulations/s for everyone and is at it", c.Total),
			time.Duration(float64(time.Second)/c.Total), 503)
	}
	return nil
}

// begin returns the context a simulation starting now runs under, or a refusal while hushed.
func (b *callBudgets) begin() (context.Context, *rpcError) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.hushed > 0 {
		return nil, b.building()
	}
	return b.epoch, nil
}

func (b *callBudgets) building() *rpcError {
	return retryLater(newErr(CodeNotAvailable, reasonBuilding, "", "the sidecar is building a slot; %s runs between slots",
		"based_callBundle"), b.cfg.RetryAfter, 503)
}

// hush stops simulations until every resume returned was called; each resume counts once.
func (b *callBudgets) hush() (resume func()) {
	b.mu.Lock()
	if b.hushed == 0 {
		b.cancel() // the running simulations give way
	}
	b.hushed++
	b.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			b.mu.Lock()
			defer b.mu.Unlock()
			if b.hushed--; b.hushed == 0 {
				b.epoch, b.cancel = context.WithCancel(context.Background())
			}
		})
	}
}

// Hush stops based_callBundle from starting simulations, and cancels those running, until
// resume is called: the pipeline calls it while it builds and sends a slot, so searchers'
// simulations never compete with the slot's. Calls refused meanwhile answer 503 with
// Retry-After and reason "building". Bundles sent meanwhile wait to be validated (validators).
// Safe for concurrent use; hushes nest, and calling a resume again does nothing.
func (s *Server) Hush() (resume func()) {
	calls, valid := s.calls.hush(), s.valid.hold()
	return func() { calls(); valid() }
}

// simulate runs one based_callBundle simulation under the hush: a simulation cut short by a
// hush is refused as "building".
func (s *Server) simulate(ctx context.Context, run func(context.Context) (any, error)) (any, *rpcError) {
	epoch, e := s.calls.begin()
	if e != nil {
		return nil, e
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer context.AfterFunc(epoch, cancel)()
	res, err := run(ctx)
	switch {
	case err != nil && epoch.Err() != nil:
		return nil, s.calls.building()
	case err != nil:
		return nil, newErr(CodeNotAvailable, "not_available", "", "%s: %v", "based_callBundle", err)
	}
	return res, nil
}

// retryLater marks e with how long the caller should wait and, when status is not 0, the HTTP
// status its response gets when it is the only call of the request.
func retryLater(e *rpcError, after time.Duration, status int) *rpcError {
	e.retryAfter, e.status = after, status
	return e
}

// retryAfterSeconds is Retry-After's value: whole seconds, at least 1.
func retryAfterSeconds(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}
