package pool

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// AnyNonce as Cancel's maxNonce cancels whatever nonce the held bundle has.
const AnyNonce = math.MaxUint64

// Cancel cancels the live bundle the signer holds under uuid if its replacement nonce is at
// most maxNonce: a cancel names the replacement it was meant for, so a delayed or replayed
// cancel cannot end a newer replacement. Cancelling a cancelled bundle again returns it
// unchanged. Another signer's uuid is not found: uuids are per signer.
func (p *Memory) Cancel(ctx context.Context, identity common.Address, uuid string, maxNonce uint64, reason string) (*Entry, error) {
	p.mu.Lock()
	p.used = true
	it, ok := p.byUUID[uuidKey{identity, uuid}]
	if !ok {
		p.mu.Unlock()
		return nil, fmt.Errorf("replacementUuid %q for this signer: %w", uuid, ErrNotFound)
	}
	if n := it.e.Nonce(); n > maxNonce {
		p.mu.Unlock()
		return nil, fmt.Errorf("%w: the bundle %s held under this uuid has nonce %d, above %d: not cancelled",
			ErrNonceTooLow, it.e.Hash.Hex(), n, maxNonce)
	}
	st := it.e.Status().Status
	if st == bundle.StatusCancelled {
		e, c := it.e.clone(), it.commit
		p.mu.Unlock()
		return e, wait(ctx, c)
	}
	if !st.Live() {
		p.mu.Unlock()
		return nil, fmt.Errorf("%w: bundle %s is already %s", ErrTransition, it.e.Hash.Hex(), st)
	}
	p.transition(it, bundle.StatusChange{Status: bundle.StatusCancelled, At: p.now(), Reason: reason})
	e := it.e.clone()
	c := p.record([]Op{{Put: it.e.clone()}}, it)
	p.mu.Unlock()
	return e, wait(ctx, c)
}

// SetStatus records a transition; c.At defaults to now.
func (p *Memory) SetStatus(ctx context.Context, hash common.Hash, c bundle.StatusChange) (*Entry, error) {
	p.mu.Lock()
	p.used = true
	it, ok := p.items[hash]
	if !ok {
		p.mu.Unlock()
		return nil, fmt.Errorf("bundle %s: %w", hash.Hex(), ErrNotFound)
	}
	if !Allowed(it.e.History, c.Status) {
		p.mu.Unlock()
		return nil, fmt.Errorf("%w: %s to %s", ErrTransition, it.e.Status().Status, c.Status)
	}
	if c.At.IsZero() {
		c.At = p.now()
	}
	p.transition(it, c)
	e := it.e.clone()
	cm := p.record([]Op{{Put: it.e.clone()}}, it)
	p.mu.Unlock()
	return e, wait(ctx, cm)
}

// Prune expires bundles still waiting (received or simulated) whose target slot is before
// nextSlot, then forgets bundles whose slot has passed and whose last change is older than
// the retention, and the oldest finished bundles over the quotas (overQuota). The pool has no timers:
// the pipeline calls Prune when a slot begins.
func (p *Memory) Prune(ctx context.Context, nextSlot uint64) (PruneResult, error) {
	p.mu.Lock()
	p.used = true
	var res PruneResult
	var ops []Op
	var touched []*item
	now := p.now()
	var finished []*item
	for k, its := range p.bySlot {
		for _, it := range sortedItems(its) {
			st := it.e.Status().Status
			if k.L1Slot < nextSlot && (st == bundle.StatusReceived || st == bundle.StatusSimulated) {
				p.transition(it, bundle.StatusChange{Status: bundle.StatusExpired, At: now, Reason: fmt.Sprintf("target slot %d passed", k.L1Slot)})
				res.Expired++
			}
			if k.L1Slot < nextSlot && now.Sub(it.e.Status().At) >= p.cfg.Retention {
				p.forget(it)
				ops = append(ops, Op{Delete: it.e.Hash})
				res.Forgotten++
				continue
			}
			if st != it.e.Status().Status {
				ops = append(ops, Op{Put: it.e.clone()})
				touched = append(touched, it)
			}
			if !it.e.Status().Status.Live() {
				finished = append(finished, it)
			}
		}
	}
	for _, it := range p.overQuota(finished) {
		p.forget(it)
		ops = append(ops, Op{Delete: it.e.Hash})
		res.Forgotten++
	}
	c := p.record(ops, touched...)
	p.mu.Unlock()
	return res, wait(ctx, c)
}

// Restore loads entries read back from the journal into an unused pool, without writing them
// again. Call Prune afterwards to expire what passed while the process was down.
func (p *Memory) Restore(entries []*Entry) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.used || len(p.items) > 0 {
		return ErrNotRestorable
	}
	// Check everything first: a bad entry must neither panic the sort nor leave the pool
	// half restored.
	seen := make(map[common.Hash]bool, len(entries))
	for _, e := range entries {
		if err := checkEntry(e); err != nil {
			return err
		}
		if len(e.History) == 0 {
			return fmt.Errorf("%w: bundle %s has no history", ErrInvalidEntry, e.Hash.Hex())
		}
		if seen[e.Hash] {
			return fmt.Errorf("%w: bundle %s twice", ErrInvalidEntry, e.Hash.Hex())
		}
		seen[e.Hash] = true
	}
	sorted := slices.Clone(entries)
	slices.SortStableFunc(sorted, func(a, b *Entry) int {
		return a.History[0].At.Compare(b.History[0].At)
	})
	for _, e := range sorted {
		p.index(e.clone()).commit = Done{}
	}
	return nil
}

func sortedItems(m map[common.Hash]*item) []*item {
	its := make([]*item, 0, len(m))
	for _, it := range m {
		its = append(its, it)
	}
	sortBySeq(its)
	return its
}

func sortBySeq(its []*item) {
	slices.SortFunc(its, func(a, b *item) int { return cmp.Compare(a.seq, b.seq) })
}

// overQuota picks the finished bundles to forget: each signer keeps its newest
// MaxFinishedPerIdentity, and when all of them together are still over MaxFinished, every
// signer is cut to the largest equal share that fits. A signer with few finished bundles
// keeps them however many another signer churns through.
func (p *Memory) overQuota(finished []*item) []*item {
	per := p.cfg.MaxFinishedPerIdentity
	if per == 0 {
		per = p.cfg.MaxFinished
	}
	by := map[common.Address][]*item{}
	for _, it := range finished {
		by[it.e.Identity] = append(by[it.e.Identity], it)
	}
	counts := make([]int, 0, len(by))
	for _, its := range by {
		counts = append(counts, min(len(its), per))
	}
	share := fairShare(counts, p.cfg.MaxFinished)
	var out []*item
	for _, its := range by {
		if extra := len(its) - min(per, share); extra > 0 {
			slices.SortFunc(its, func(a, b *item) int { return a.e.Status().At.Compare(b.e.Status().At) })
			out = append(out, its[:extra]...)
		}
	}
	return out
}

// fairShare is the largest share such that sum(min(count, share)) <= total.
func fairShare(counts []int, total int) int {
	slices.Sort(counts)
	left := total
	for i, c := range counts {
		rest := len(counts) - i // signers with at least c
		if c*rest > left {
			return left / rest
		}
		left -= c
	}
	return math.MaxInt
}
