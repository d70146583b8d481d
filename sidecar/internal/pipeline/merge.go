package pipeline

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// merge composes the bundles that succeeded alone, greedily by the value each paid in its own
// simulation, and simulates the merged slot. A bundle that fails beside those ranked above it
// is left out of this slot (it stays live) and the rest simulated again; after MaxRounds the
// best bundle alone is sent, so no set of bundles can leave a slot with nothing.
func (p *Pipeline) merge(ctx context.Context, msg Message, base *built, evals []evaluation) (*built, error) {
	if i := slices.IndexFunc(evals, func(ev evaluation) bool { return ev.notOnHead }); i >= 0 {
		// Whatever the bundles, the slot cannot land: no baseline needed to tell whose fault.
		return &built{failed: map[common.Hash]string{}}, &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipNotOnHead,
			Err: fmt.Errorf("the inbox refuses to build on L2 block %d: %s", msg.L2BlockNumber, evals[i].fail)}
	}
	baseline, err := p.baselineFor(ctx, msg, base, evals)
	failed := map[common.Hash]string{}
	for _, ev := range evals {
		if ev.fail != "" && (!ev.ownPart || baseline != nil) {
			failed[ev.cb.Hash] = ev.fail
		}
	}
	if err != nil {
		return &built{failed: failed}, err
	}
	var dropped []bundle.Dropped
	var greens []*bundle.CheckedBundle
	alone := map[common.Hash]*built{}
	underpaid := 0
	for _, ev := range evals {
		switch {
		case ev.fail != "":
		case ev.dropped != "":
			dropped = append(dropped, bundle.Dropped{Hash: ev.cb.Hash, Reason: ev.dropped})
		case baseline != nil && marginal(ev.alone, baseline).Sign() < 0:
			underpaid++
			dropped = append(dropped, bundle.Dropped{Hash: ev.cb.Hash, Simulated: true, Reason: fmt.Sprintf(
				"%s: it pays the sidecar %s wei less than the L1 gas it adds", bundle.DropUnderpays, new(big.Int).Neg(marginal(ev.alone, baseline)))})
		default:
			greens, alone[ev.cb.Hash] = append(greens, ev.cb), ev.alone
		}
	}
	tally := [3]int{len(evals), len(failed), len(dropped)}
	if !msg.standIn { // a speculation's are counted when a message reuses them
		p.deps.Metrics.evaluated(tally[0], tally[1], tally[2])
	}
	if len(greens) == 0 {
		reason := bundle.SkipNoBundles
		if underpaid > 0 {
			reason = bundle.SkipUnprofitable
		}
		return &built{failed: failed}, &SkipError{Slot: msg.L1Slot, Reason: reason,
			Err: fmt.Errorf("none of %d bundles succeeded alone and paid for its gas (%d failed, %d underpaid)", len(evals), len(failed), underpaid)}
	}
	value := func(cb *bundle.CheckedBundle) *big.Int { return alone[cb.Hash].pays.Total }
	b, err := p.mergeRounds(ctx, msg, base, greens, value, alone)
	if err != nil {
		return &built{failed: failed}, err
	}
	b.failed, b.plan.Dropped, b.tally = failed, append(b.plan.Dropped, dropped...), tally
	return b, nil
}

// baselineFor simulates the baseline when the evaluations need it: to compare what each of
// several bundles adds, or to tell whether a failure of the sidecar's own part with a bundle is
// that bundle's doing (the baseline succeeds) or the slot's (it fails too: no one is blamed).
// One bundle that succeeded alone needs none: the slot's profit check covers it.
func (p *Pipeline) baselineFor(ctx context.Context, msg Message, base *built, evals []evaluation) (*built, error) {
	greens, ownPart := 0, false
	for _, ev := range evals {
		if ev.alone != nil {
			greens++
		}
		ownPart = ownPart || ev.ownPart
	}
	if greens < 2 && !ownPart {
		return nil, nil
	}
	var b *built
	err := p.stage("baseline", base.timings, func() (err error) {
		b, err = p.baseline(ctx, msg, base)
		return err
	})
	return b, err
}

// mergeRounds simulates the composition of greens. When it fails, a bisection over the ranked
// selection finds the first bundle that fails beside those ranked above it (log2 n
// simulations); it is left out and the rest simulated again, at most MaxRounds times. The
// slot sent is then the best one simulated green, at worst the highest-valued bundle alone.
func (p *Pipeline) mergeRounds(ctx context.Context, msg Message, base *built, greens []*bundle.CheckedBundle,
	value bundle.ValueModel, alone map[common.Hash]*built) (*built, error) {
	conflicts := map[common.Hash]string{}
	var good *built
	for range p.cfg.MaxRounds {
		sel := p.compose(msg.L1Slot, base, greens, value, conflicts).Selected
		if len(sel) == 0 {
			break
		}
		if good == nil {
			good = alone[sel[0].Hash]
		}
		b, f, err := p.tryPrefix(ctx, msg, base, sel, len(sel), value, alone)
		if err != nil {
			return nil, err
		}
		if f == nil {
			return p.finish(base, b, greens, conflicts), nil
		}
		lo, hi, why := 1, len(sel), f.reason // the first lo pass together, the first hi do not
		for hi-lo > 1 {
			mid := (lo + hi) / 2
			b, f, err := p.tryPrefix(ctx, msg, base, sel, mid, value, alone)
			if err != nil {
				return nil, err
			}
			if f == nil {
				lo, good = mid, b
			} else {
				hi, why = mid, f.reason
			}
		}
		conflicts[sel[hi-1].Hash] = bundle.DropConflict + ": " + why
	}
	if good == nil {
		return nil, &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipPropose, Err: fmt.Errorf("no composition of %d bundles simulated green", len(greens))}
	}
	return p.finish(base, good, greens, conflicts), nil
}

// tryPrefix simulates the slot with the first n bundles of the ranked selection sel.
func (p *Pipeline) tryPrefix(ctx context.Context, msg Message, base *built, sel []*bundle.CheckedBundle, n int,
	value bundle.ValueModel, alone map[common.Hash]*built) (*built, *failure, error) {
	if n == 1 { // simulated exactly so already
		return alone[sel[0].Hash], nil, nil
	}
	b := base.fork()
	b.plan = p.compose(msg.L1Slot, b, sel[:n], value, nil)
	var f *failure
	err := p.stage("merge", base.timings, func() (err error) {
		f, err = p.run(ctx, msg, b)
		return err
	})
	return b, f, err
}

// finish is the slot b with the drops of the merge: bundles left out for a conflict, or
// because b's composition was the best found within the rounds.
func (p *Pipeline) finish(base, b *built, greens []*bundle.CheckedBundle, conflicts map[common.Hash]string) *built {
	out := *b
	plan := *b.plan
	in := map[common.Hash]bool{}
	for _, cb := range plan.Selected {
		in[cb.Hash] = true
	}
	plan.Dropped = nil
	for _, cb := range greens {
		switch why, ok := conflicts[cb.Hash]; {
		case in[cb.Hash]:
		case ok:
			plan.Dropped = append(plan.Dropped, bundle.Dropped{Hash: cb.Hash, Reason: why, Simulated: true})
		default:
			plan.Dropped = append(plan.Dropped, bundle.Dropped{Hash: cb.Hash, Reason: bundle.DropMergeBudget, Simulated: true})
		}
	}
	out.plan, out.timings = &plan, base.timings
	return &out
}
