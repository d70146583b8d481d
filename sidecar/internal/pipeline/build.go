package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
	"github.com/syncboost/syncboost/sidecar/sim"
)

// built is a composed, simulated and signed slot, ready to send.
type built struct {
	target     slots.Target
	plan       *bundle.Plan
	order      *bundle.L1Order  // the plan around the signed atomic transaction
	submit     slots.SubmitArgs // what the atomic transaction was signed from
	entries    map[common.Hash]*pool.Entry
	commitment common.Hash
	l2Root     common.Hash
	l2Hash     common.Hash // the based block's L2 hash, as derivation will build it
	simulated  time.Time
	timings    map[string]time.Duration
	failed     map[common.Hash]string // bundles removed by simulation, with the reason
	forced     slots.ForcedEntries    // due forced-inclusion entries at the target
	parent     *types.Header          // the slot-ending L2 block
}

// gatherFor reads what a slot needs from the chains: the L1 target, the due forced entries and
// the slot-ending L2 block.
func (p *Pipeline) gatherFor(ctx context.Context, msg *Message, b *built) (err error) {
	if b.target, err = p.deps.Targets.Target(ctx, msg.L1Slot, msg.L1ParentHash); err != nil {
		return fmt.Errorf("target: %w", err)
	}
	if b.forced, err = p.deps.Forced.DueForced(ctx, b.target); err != nil {
		return fmt.Errorf("forced inclusion queue: %w", err)
	}
	if b.parent, err = p.deps.L2.HeaderByHash(ctx, msg.L2BlockHash); err != nil {
		return fmt.Errorf("slot-ending L2 block %s: %w", msg.L2BlockHash, err)
	}
	return nil
}

// round is one attempt's inputs: what is excluded so far and which forced entries simulate.
type round struct {
	excluded   map[common.Hash]string
	skipForced map[int]bool // forced entries derivation will skip (invalid); not simulated
}

func (p *Pipeline) build(ctx context.Context, msg Message) (*built, error) {
	b := &built{timings: map[string]time.Duration{}, entries: map[common.Hash]*pool.Entry{}}
	var cands []*bundle.CheckedBundle
	err := p.stage("gather", b.timings, func() (err error) {
		if err = p.gatherFor(ctx, &msg, b); err != nil {
			return err
		}
		cands, err = p.candidates(ctx, msg.L1Slot, b.entries)
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(cands) == 0 {
		return nil, &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipNoBundles}
	}
	env := bundle.BasedEnv(p.cfg.L2Rules, b.parent, p.cfg.Proposer)
	r := round{excluded: map[common.Hash]string{}, skipForced: map[int]bool{}}
	for range p.cfg.MaxRounds {
		done, err := p.attempt(ctx, msg, b, env, cands, r)
		if err != nil || done {
			b.failed = r.excluded
			return b, err
		}
	}
	b.failed = r.excluded
	return b, &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipBudget, Err: fmt.Errorf("%d rounds", p.cfg.MaxRounds)}
}

func (p *Pipeline) candidates(ctx context.Context, slot uint64, entries map[common.Hash]*pool.Entry) ([]*bundle.CheckedBundle, error) {
	es, err := p.deps.Bundles.ForSlot(ctx, pool.Key{L2ChainID: p.cfg.L2ChainID, L1Slot: slot})
	if err != nil {
		return nil, fmt.Errorf("pool: %w", err)
	}
	out := make([]*bundle.CheckedBundle, 0, len(es))
	for _, e := range es {
		entries[e.Hash] = e
		out = append(out, e.Bundle)
	}
	return out, nil
}

// attempt runs one compose → simulate round. It returns done when b holds a bundle whose every
// leg simulated green; otherwise it has recorded in r what to leave out next round.
func (p *Pipeline) attempt(ctx context.Context, msg Message, b *built, env bundle.BasedBlockEnv,
	cands []*bundle.CheckedBundle, r round) (bool, error) {
	plan := bundle.Compose(bundle.ComposeInput{
		L2ChainID: p.cfg.L2ChainID, L1Slot: msg.L1Slot, SlotTime: b.target.Time, Forced: b.forced.Txs,
		Bundles: cands, Value: bundle.TipValue(b.target.BaseFee), Excluded: r.excluded,
		MaxL2Gas: p.cfg.MaxL2Gas, MaxL1Gas: p.cfg.MaxL1Gas, MaxAssertions: p.cfg.MaxAssertions,
	})
	if len(plan.Selected) == 0 {
		return false, &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipNoBundles, Err: fmt.Errorf("all %d bundles dropped", len(cands))}
	}
	b.plan = plan
	ok, err := p.simulateL2(ctx, b, env, r)
	if err != nil || !ok {
		return false, err
	}
	if err := p.sign(ctx, msg, b); err != nil {
		return false, err
	}
	var res *sim.L1Result
	err = p.stage("simulate_l1", b.timings, func() (err error) {
		res, err = p.deps.L1.SimulateL1(ctx, simEnv(b.target), b.order.Txs)
		return err
	})
	if inv, ok := sim.AsInvalidTx(err); ok {
		return false, p.blameL1(msg.L1Slot, b, inv.Index, sim.TxResult{Err: inv.Message}, r)
	}
	if err != nil {
		return false, fmt.Errorf("simulate L1 bundle: %w", err)
	}
	if res.FirstFailed >= 0 {
		return false, p.blameL1(msg.L1Slot, b, res.FirstFailed, res.Txs[res.FirstFailed], r)
	}
	if err := p.gasFromSimulation(ctx, b, res.Txs[b.order.Submit].GasUsed); err != nil {
		return false, err
	}
	b.simulated = p.deps.Clock.Now()
	return true, nil
}

// simulateL2 simulates forced entries and searchers' L2 transactions on the slot-ending block.
func (p *Pipeline) simulateL2(ctx context.Context, b *built, env bundle.BasedBlockEnv, r round) (bool, error) {
	forced := b.forced
	var txs []*bundle.Tx
	var forcedIdx []int // simulated position → forced entry index
	for i, raw := range forced.Txs {
		if r.skipForced[i] {
			continue
		}
		tx, err := bundle.DecodeTx("forced", raw, p.cfg.L2ChainID)
		if err != nil {
			r.skipForced[i] = true // derivation skips it too
			continue
		}
		txs, forcedIdx = append(txs, tx), append(forcedIdx, i)
	}
	var owners []*bundle.CheckedBundle
	for _, cb := range b.plan.Selected {
		for _, tx := range cb.L2 {
			txs, owners = append(txs, tx), append(owners, cb)
		}
	}
	var res *sim.L2Result
	err := p.stage("simulate_l2", b.timings, func() (err error) {
		res, err = p.deps.L2.SimulateL2(ctx, env, txs)
		return err
	})
	nf := len(forcedIdx)
	if inv, ok := sim.AsInvalidTx(err); ok {
		if inv.Index < nf {
			r.skipForced[forcedIdx[inv.Index]] = true
		} else if inv.Index-nf < len(owners) {
			r.excluded[owners[inv.Index-nf].Hash] = "l2_invalid: " + inv.Message
		}
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("simulate L2 leg: %w", err)
	}
	for i := nf; i < len(res.Txs) && i-nf < len(owners); i++ {
		if !res.Txs[i].OK {
			r.excluded[owners[i-nf].Hash] = fmt.Sprintf("l2_reverted: tx %s: %s", txs[i].Hash(), revertReason(res.Txs[i]))
			return false, nil
		}
	}
	b.l2Root, b.l2Hash = res.StateRoot, basedBlockHash(res.Header, txs)
	return true, nil
}

// basedBlockHash is the hash of the simulated block with the signed transactions: the
// simulator executes unsigned calls, so only its transactions root differs from the real one.
func basedBlockHash(h *types.Header, txs []*bundle.Tx) common.Hash {
	if h == nil {
		return common.Hash{}
	}
	signed := make(types.Transactions, len(txs))
	for i, tx := range txs {
		signed[i] = tx.Transaction
	}
	h = types.CopyHeader(h)
	h.TxHash = types.DeriveSha(signed, trie.NewStackTrie(nil))
	return h.Hash()
}

func revertReason(r sim.TxResult) string {
	if len(r.Return) > 0 {
		return describeRevert(r.Return)
	}
	if r.Err != "" {
		return r.Err
	}
	return describeRevert(nil)
}

// blameL1 finds the searcher bundle behind the first failing L1 transaction, call or
// assertion and leaves it out of the next round. A failure of the sidecar's own part that no
// searcher caused ends the slot; an atomic transaction over the gas cap drops the bundle that
// puts the most bytes into it (calldata is what the cap's floor prices, and what a griefer
// inflates).
func (p *Pipeline) blameL1(slot uint64, b *built, i int, fail sim.TxResult, r round) error {
	src, why, err := failureSource(b.order, i, fail)
	if errors.Is(err, errTxGasCap) && len(b.plan.Selected) > 0 {
		r.excluded[heaviest(b.plan.Selected).Hash] = bundle.DropTxGasCap
		return nil
	}
	if err != nil {
		return &SkipError{Slot: slot, Reason: bundle.SkipPropose, Err: err}
	}
	r.excluded[src.Bundle.Hash] = why
	return nil
}

// heaviest is the bundle with the most bytes in the atomic transaction (first in plan order
// among equals).
func heaviest(bs []*bundle.CheckedBundle) *bundle.CheckedBundle {
	var top *bundle.CheckedBundle
	for _, cb := range bs {
		if top == nil || cb.AtomicBytes() > top.AtomicBytes() {
			top = cb
		}
	}
	return top
}

// errTxGasCap: the atomic transaction does not fit EIP-7825's per-transaction cap.
var errTxGasCap = errors.New("atomic transaction over the per-transaction gas cap")

// failureSource names the bundle and leg behind the i-th transaction's failure, with the
// reason searchers see; an error when the sidecar's own part failed for a reason no searcher
// caused.
func failureSource(o *bundle.L1Order, i int, fail sim.TxResult) (bundle.L1Source, string, error) {
	src, ok := o.Source(i)
	switch {
	case !ok:
		return src, "", fmt.Errorf("unattributed L1 failure at tx %d: %s", i, revertReason(fail))
	case src.Leg != bundle.LegSubmit:
		return src, string(src.Leg) + "_action_failed: " + revertReason(fail), nil
	case overGasCap(fail):
		return src, "", fmt.Errorf("%w: %s", errTxGasCap, fail.Err)
	}
	leg, group, idx, detail, ok := submitFailure(fail.Return)
	if !ok {
		return src, "", fmt.Errorf("submitBased: %s", revertReason(fail))
	}
	if src, ok = o.GroupSource(leg, group, idx); !ok {
		return src, "", fmt.Errorf("submitBased names %s %d of bundle %d, which it does not have: %s", leg, idx, group, revertReason(fail))
	}
	return src, fmt.Sprintf("%s_failed: index %d: %s", src.Leg, src.Index, detail), nil
}

// overGasCap: the transaction ran out of gas at the cap, or cannot even pay its intrinsic or
// calldata floor cost under it.
func overGasCap(fail sim.TxResult) bool {
	msg := strings.ToLower(fail.Err)
	return strings.Contains(msg, "out of gas") || strings.Contains(msg, "intrinsic gas") ||
		strings.Contains(msg, "floor data gas") || strings.Contains(msg, "gas limit")
}
