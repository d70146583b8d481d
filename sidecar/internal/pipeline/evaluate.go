package pipeline

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// evaluation is one bundle simulated alone: after the due forced entries, on the slot-ending
// L2 block and the target L1 parent, exactly as the slot would be sent with only it.
type evaluation struct {
	cb      *bundle.CheckedBundle
	fail    string // why it failed alone, the searcher's fault; "" when every leg succeeded
	dropped string // why it was not simulated or cannot be chosen; not the searcher's fault
	forced  int    // an invalid forced entry the simulation met, or -1
	alone   *built // the one-bundle slot, simulated and signed, ready to send
	err     error  // a simulator's or the sidecar's own failure, no one's fault
	ownPart bool   // fail names the sidecar's own part of the transaction, not the bundle's
	// notOnHead: the inbox refused the slot's parent block (failure.notOnHead); ownPart too
	notOnHead bool
}

// evaluateAll simulates every candidate alone, in parallel. A forced entry derivation skips
// (it does not decode, or cannot be included) fails every simulation the same way; the round is
// then run again without it, at most once per forced entry.
func (p *Pipeline) evaluateAll(ctx context.Context, msg Message, base *built, cands []*bundle.CheckedBundle) ([]evaluation, error) {
	base.skipForced = map[int]bool{}
	for range len(base.forced.Txs) + 1 {
		evals, err := p.evaluateRound(ctx, msg, base, cands)
		if err != nil {
			return nil, err
		}
		i := slices.IndexFunc(evals, func(ev evaluation) bool { return ev.forced >= 0 })
		if i < 0 {
			return evals, nil
		}
		base.skipForced[evals[i].forced] = true
	}
	return nil, fmt.Errorf("forced entries: %d rounds found invalid entries", len(base.forced.Txs)+1)
}

func (p *Pipeline) evaluateRound(ctx context.Context, msg Message, base *built, cands []*bundle.CheckedBundle) ([]evaluation, error) {
	order, late := p.simulationOrder(cands, base.entries, bundle.TipValue(base.target.BaseFee))
	// Simulations that have not finished by three quarters of the build budget are given up, so
	// the merge and the send keep the rest of it.
	left := p.deps.Schedule.For(msg.L1Slot).SubmitBy.Sub(p.deps.Clock.Now())
	evalCtx, cancel := p.until(ctx, p.deps.Clock.Now().Add(left*3/4))
	defer cancel()
	evals := make([]evaluation, len(order))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(p.cfg.SimWorkers, len(evals)) {
		wg.Go(func() {
			for i := range jobs {
				evals[i] = p.evaluateCached(evalCtx, msg, base, order[i])
			}
		})
	}
	for i := range evals {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, context.Cause(ctx)
	}
	for _, cb := range late {
		evals = append(evals, evaluation{cb: cb, forced: -1, dropped: bundle.DropNotSimulated})
	}
	return evals, nil
}

// baseline simulates the slot with the due forced entries alone: what every bundle's own
// simulation is compared with.
func (p *Pipeline) baseline(ctx context.Context, msg Message, base *built) (*built, error) {
	ev := p.evaluateCached(ctx, msg, base, nil)
	switch {
	case ev.err != nil:
		return nil, fmt.Errorf("the forced entries alone: %w", ev.err)
	case ev.dropped == bundle.DropNotSimulated:
		return nil, &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipLate, Err: errors.New("the forced entries alone were not simulated in time")}
	case ev.alone == nil:
		return nil, &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipPropose,
			Err: fmt.Errorf("the slot with the forced entries alone: %s", ev.fail+ev.dropped)}
	}
	return ev.alone, nil
}

// evaluateCached is cb's evaluation kept by the speculation base may reuse, or evaluate's (which
// a speculation keeps). Rounds that leave invalid forced entries out reuse nothing. Beside
// reused evaluations, a bundle is simulated alone under the speculation's stand-in too: every
// evaluation the slot ranks then carries the same certificate, so the order is the full
// path's (docs/speculation.md).
func (p *Pipeline) evaluateCached(ctx context.Context, msg Message, base *built, cb *bundle.CheckedBundle) evaluation {
	if len(base.skipForced) > 0 {
		return p.evaluate(ctx, msg, base, cb)
	}
	ev, ok := p.spec.lookup(base.spec, cb)
	if cb != nil && base.spec != nil && !msg.standIn {
		p.deps.Metrics.reused.WithLabelValues(map[bool]string{true: "reused", false: "simulated"}[ok]).Inc()
	}
	if ok {
		return ev
	}
	if base.spec == nil || msg.standIn {
		ev = p.evaluate(ctx, msg, base, cb)
		if msg.standIn {
			p.spec.record(base.spec, cb, ev)
		}
		return ev
	}
	ev = p.evaluate(ctx, base.spec.smsg, base, cb)
	if ev.err != nil || ev.ownPart || ev.forced >= 0 || ev.dropped == bundle.DropNotSimulated {
		// the stand-in's doing, maybe (an inbox rule it does not meet): the real message decides
		return p.evaluate(ctx, msg, base, cb)
	}
	p.spec.record(base.spec, cb, ev)
	return ev
}

// evaluate simulates the slot with cb alone (with none when cb is nil: the baseline).
func (p *Pipeline) evaluate(ctx context.Context, msg Message, base *built, cb *bundle.CheckedBundle) evaluation {
	ev := evaluation{cb: cb, forced: -1}
	b := base.fork()
	b.calldataOnly = true
	var bs []*bundle.CheckedBundle
	if cb != nil {
		bs = []*bundle.CheckedBundle{cb}
	}
	b.plan = p.compose(msg.L1Slot, b, bs, bundle.TipValue(b.target.BaseFee), nil)
	if cb != nil && len(b.plan.Selected) == 0 {
		ev.dropped = b.plan.Dropped[0].Reason
		return ev
	}
	f, err := p.run(ctx, msg, b)
	switch {
	case err != nil && ctx.Err() != nil:
		ev.dropped = bundle.DropNotSimulated
	case err != nil:
		ev.err, ev.dropped = err, "simulation_error: "+err.Error()
	case f != nil && f.forced >= 0:
		ev.forced = f.forced
	case f != nil:
		// When the sidecar's own part failed, the merge asks the baseline whose doing it is.
		ev.fail, ev.ownPart, ev.notOnHead = f.reason, f.bundle == nil, f.notOnHead
	default:
		ev.alone = b
	}
	return ev
}

// simulationOrder is the order candidates are simulated in, and the ones past the budget:
// identities by standing, each identity's bundles by declared value, taken one per identity in
// turn, so a swarm of identities each sending its best can push no one's first bundle out.
func (p *Pipeline) simulationOrder(cands []*bundle.CheckedBundle, entries map[common.Hash]*pool.Entry,
	value bundle.ValueModel) (order, late []*bundle.CheckedBundle) {
	declared := map[*bundle.CheckedBundle]*big.Int{}
	byID := map[common.Address][]*bundle.CheckedBundle{}
	standing := map[common.Address]float64{}
	var ids []common.Address
	for _, cb := range cands {
		declared[cb] = value(cb)
		id := entries[cb.Hash].Identity
		if byID[id] == nil {
			ids = append(ids, id)
			if p.deps.Standing != nil {
				standing[id] = p.deps.Standing.Standing(id)
			}
		}
		byID[id] = append(byID[id], cb)
	}
	slices.SortStableFunc(ids, func(a, b common.Address) int { return cmp.Compare(standing[b], standing[a]) })
	for _, id := range ids {
		slices.SortStableFunc(byID[id], func(a, b *bundle.CheckedBundle) int { return declared[b].Cmp(declared[a]) })
	}
	for turn := 0; len(order)+len(late) < len(cands); turn++ {
		for _, id := range ids {
			if bs := byID[id]; turn < len(bs) {
				if len(order) < p.cfg.MaxSimulations {
					order = append(order, bs[turn])
				} else {
					late = append(late, bs[turn])
				}
			}
		}
	}
	return order, late
}

// fork is a copy of the gathered slot for one simulation: same target, forced entries and
// parent, its own plan, results and timings.
func (b *built) fork() *built {
	f := &built{target: b.target, forced: b.forced, skipForced: b.skipForced, parent: b.parent, entries: b.entries,
		timings: map[string]time.Duration{}}
	if _, spec := b.timings[speculating]; spec {
		f.timings[speculating] = 0
	}
	return f
}
