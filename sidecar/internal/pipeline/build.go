package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
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
	l2Fees     *big.Int // priority fees the based block pays the sidecar on L2
	submitGas  uint64   // gas the atomic transaction used in the simulation
	// calldataOnly: simulated with the based block in calldata whatever its size (see blobs)
	calldataOnly bool
	pays         slotValue
	timings      map[string]time.Duration
	failed       map[common.Hash]string // bundles removed by simulation, with the reason
	forced       slots.ForcedEntries    // due forced-inclusion entries at the target
	skipForced   map[int]bool           // forced entries derivation will skip (invalid); not simulated
	parent       *types.Header          // the slot-ending L2 block
	tail         []*bundle.Tx           // the L2 mempool's transactions after the bundles' (based mode)
	// standIn: simulated and signed under the stand-in certificate; finalSign signs it for
	// the real message, and it is never sent before
	standIn bool
	spec    *speculation // the speculation the slot's evaluations may reuse (on the gathered base)
	tally   [3]int       // bundles evaluated, failed and dropped, for the metrics
}

// gatherFor reads what a slot needs from the chains: the L1 target, the due forced entries and
// the slot-ending L2 block. What a speculation on the same blocks read is not read again: a
// block by hash never changes, and the due entries are the inbox's state at the target's
// parent read at its time.
func (p *Pipeline) gatherFor(ctx context.Context, msg *Message, b *built) (err error) {
	if b.target, err = p.deps.Targets.Target(ctx, msg.L1Slot, msg.L1ParentHash); err != nil {
		return fmt.Errorf("target: %w", err)
	}
	spec := p.speculatedOn(msg)
	if spec != nil && reflect.DeepEqual(spec.target, b.target) {
		b.forced = spec.forced
	} else if b.forced, err = p.deps.Forced.DueForced(ctx, b.target); err != nil {
		return fmt.Errorf("forced inclusion queue: %w", err)
	}
	if spec != nil {
		b.parent = spec.parent
	} else if b.parent, err = p.deps.L2.HeaderByHash(ctx, msg.L2BlockHash); err != nil {
		return fmt.Errorf("slot-ending L2 block %s: %w", msg.L2BlockHash, err)
	}
	return nil
}

func (p *Pipeline) build(ctx context.Context, msg Message) (*built, error) {
	base := &built{timings: map[string]time.Duration{}, entries: map[common.Hash]*pool.Entry{}}
	var cands []*bundle.CheckedBundle
	err := p.stage("gather", base.timings, func() (err error) {
		if err = p.gatherFor(ctx, &msg, base); err != nil {
			return err
		}
		cands, err = p.candidates(ctx, msg.L1Slot, base.entries)
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(cands) == 0 {
		if msg.Based && (len(base.forced.Txs) > 0 || p.mempoolOn()) {
			return p.forcedOnly(ctx, msg, base)
		}
		return nil, &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipNoBundles}
	}
	var why string
	if base.spec, why = p.usable(msg, base); base.spec != nil {
		b, err := p.reuseWhole(ctx, msg, base, cands)
		if b != nil || err != nil {
			p.deps.Metrics.speculation.WithLabelValues("hit").Inc()
			return b, err
		}
		why = "the pool changed"
	}
	result := p.speculationResult(msg, base)
	p.deps.Metrics.speculation.WithLabelValues(result).Inc()
	if result == "miss" {
		p.log.Debug().Uint64("slot", msg.L1Slot).Str("reason", why).Msg("speculation not reused whole")
	}
	return p.buildBundles(ctx, msg, base, cands)
}

// buildBundles evaluates every candidate alone, merges and checks the slot. Under a stand-in
// (a speculation) the slot is left unsigned for the real message.
func (p *Pipeline) buildBundles(ctx context.Context, msg Message, base *built, cands []*bundle.CheckedBundle) (*built, error) {
	var evals []evaluation
	err := p.stage("evaluate", base.timings, func() (err error) {
		evals, err = p.evaluateAll(ctx, msg, base, cands)
		return err
	})
	if err != nil {
		return nil, err
	}
	b, err := p.merge(ctx, msg, base, evals)
	if err != nil {
		return b, err
	}
	b = p.withMempool(ctx, msg, base, b)
	if b, err = p.finalBlobs(ctx, msg, base, b); err != nil {
		return b, err
	}
	if err := p.checkProfit(msg.L1Slot, b); err != nil || msg.standIn {
		return b, err
	}
	return b, p.finalSign(ctx, msg, b)
}

// forcedOnly builds a based-mode slot without bundles but with due forced entries: an overdue
// entry is what opens based mode, so that someone includes it, and each pays the proposer its
// inclusion fee. The L2 mempool's transactions follow them when configured; a slot with
// neither is skipped for want of bundles. The profit check still decides. An entry derivation skips (it does not decode,
// or cannot be included) is left out of the simulation and the round run again, as with bundles.
func (p *Pipeline) forcedOnly(ctx context.Context, msg Message, base *built) (*built, error) {
	base.skipForced = map[int]bool{}
	for range len(base.forced.Txs) + 1 {
		ev := p.evaluate(ctx, msg, base, nil)
		switch {
		case ev.forced >= 0:
			base.skipForced[ev.forced] = true
			continue
		case ev.err != nil:
			return nil, fmt.Errorf("the forced entries alone: %w", ev.err)
		case ev.dropped == bundle.DropNotSimulated:
			return nil, &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipLate, Err: errors.New("the forced entries alone were not simulated in time")}
		case ev.notOnHead:
			return nil, &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipNotOnHead, Err: errors.New(ev.fail)}
		case ev.alone == nil:
			return nil, &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipPropose, Err: fmt.Errorf("the forced entries alone: %s", ev.fail)}
		}
		b := p.withMempool(ctx, msg, base, ev.alone)
		if len(base.forced.Txs) == 0 && len(b.tail) == 0 {
			return nil, &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipNoBundles, Err: errors.New("no bundle, forced entry or pooled L2 transaction")}
		}
		b, err := p.finalBlobs(ctx, msg, base, b)
		if err != nil {
			return b, err
		}
		if err := p.checkProfit(msg.L1Slot, b); err != nil {
			return b, err
		}
		return b, p.finalSign(ctx, msg, b)
	}
	return nil, fmt.Errorf("forced entries: %d rounds found invalid entries", len(base.forced.Txs)+1)
}

// finalBlobs simulates again, with blobs, a slot chosen from the bundles' own simulations in
// calldata whose based block is to travel in blobs.
func (p *Pipeline) finalBlobs(ctx context.Context, msg Message, base, b *built) (*built, error) {
	if !b.calldataOnly || p.cfg.BlobThreshold == 0 || len(b.submit.Payload) <= p.cfg.BlobThreshold {
		return b, nil
	}
	final := base.fork()
	final.plan, final.failed = b.plan, b.failed
	f, err := p.run(ctx, msg, final)
	if err == nil && f != nil {
		err = &SkipError{Slot: msg.L1Slot, Reason: bundle.SkipPropose, Err: fmt.Errorf("with the based block in blobs: %s", f.reason)}
	}
	final.timings = base.timings
	return final, err
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

// compose lays out a plan of bundles for the slot b was gathered for.
func (p *Pipeline) compose(slot uint64, b *built, bs []*bundle.CheckedBundle, value bundle.ValueModel, excluded map[common.Hash]string) *bundle.Plan {
	return bundle.Compose(bundle.ComposeInput{
		L2ChainID: p.cfg.L2ChainID, L1Slot: slot, SlotTime: b.target.Time, Forced: b.forced.Txs,
		Bundles: bs, Value: value, Excluded: excluded,
		MaxL2Gas: p.cfg.MaxL2Gas, MaxL1Gas: p.cfg.MaxL1Gas, MaxAssertions: p.cfg.MaxAssertions,
	})
}

// failure is what made a simulated slot fail: a searcher's bundle, with the reason the
// searcher sees; a forced entry derivation will skip; a pooled L2 transaction; or the
// sidecar's own part (bundle and mempool nil, forced -1).
type failure struct {
	bundle *bundle.CheckedBundle
	forced int
	reason string
	// mempool: a transaction of the L2 mempool's that cannot be included (based mode)
	mempool *bundle.Tx
	// notOnHead: the inbox refused the block to build on (see notOnHead); no one's bundle
	notOnHead bool
}

// run simulates the slot b.plan describes: the based block on L2, then the signed atomic L1
// bundle. When every leg succeeds it records in b the gas the atomic transaction used and
// what the slot pays; otherwise it names the failure. An error means a simulator or the
// sidecar's own signing failed.
func (p *Pipeline) run(ctx context.Context, msg Message, b *built) (*failure, error) {
	env := bundle.BasedEnv(p.cfg.L2Rules, b.parent, p.cfg.Proposer)
	if f, err := p.simulateL2(ctx, b, env); f != nil || err != nil {
		return f, err
	}
	if err := p.sign(ctx, msg, b); err != nil {
		return nil, err
	}
	var res *sim.L1Result
	err := p.stage("simulate_l1", b.timings, func() (err error) {
		env := p.l1Env(b.target)
		if msg.standIn {
			if err := p.deps.StandIn.apply(ctx, b.target.ParentHash, &env); err != nil {
				return err
			}
		}
		res, err = p.deps.L1.SimulateL1(ctx, env, b.order.Txs)
		return err
	})
	if inv, ok := sim.AsInvalidTx(err); ok {
		return l1Failure(b, inv.Index, sim.TxResult{Err: inv.Message}), nil
	}
	if err != nil {
		return nil, fmt.Errorf("simulate L1 bundle: %w", err)
	}
	if res.FirstFailed >= 0 {
		return l1Failure(b, res.FirstFailed, res.Txs[res.FirstFailed]), nil
	}
	b.submitGas, b.pays = res.Txs[b.order.Submit].GasUsed, slotPays(res, b)
	b.simulated = p.deps.Clock.Now()
	return nil, nil
}

// simulateL2 simulates the forced entries derivation executes and the plan's L2 transactions
// on the slot-ending block, and records the based block's root, hash and the fees it pays.
func (p *Pipeline) simulateL2(ctx context.Context, b *built, env bundle.BasedBlockEnv) (*failure, error) {
	var txs []*bundle.Tx
	var forcedIdx []int // simulated position → forced entry index
	for i, raw := range b.forced.Txs {
		if b.skipForced[i] {
			continue
		}
		tx, err := bundle.DecodeTx("forced", raw, p.cfg.L2ChainID)
		if err != nil {
			return &failure{forced: i, reason: err.Error()}, nil // derivation skips it too
		}
		txs, forcedIdx = append(txs, tx), append(forcedIdx, i)
	}
	var owners []*bundle.CheckedBundle
	for _, cb := range b.plan.Selected {
		for _, tx := range cb.L2 {
			txs, owners = append(txs, tx), append(owners, cb)
		}
	}
	nb := len(txs)
	txs = append(txs, b.tail...)
	var res *sim.L2Result
	err := p.stage("simulate_l2", b.timings, func() (err error) {
		res, err = p.deps.L2.SimulateL2(ctx, env, txs)
		return err
	})
	nf := len(forcedIdx)
	if inv, ok := sim.AsInvalidTx(err); ok {
		if inv.Index < nf {
			return &failure{forced: forcedIdx[inv.Index], reason: inv.Message}, nil
		}
		if inv.Index-nf < len(owners) {
			return &failure{bundle: owners[inv.Index-nf], forced: -1, reason: "l2_invalid: " + inv.Message}, nil
		}
		if inv.Index-nb < len(b.tail) {
			return &failure{mempool: b.tail[inv.Index-nb], forced: -1, reason: "mempool: " + inv.Message}, nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("simulate L2 leg: %w", err)
	}
	for i := nf; i < len(res.Txs) && i-nf < len(owners); i++ {
		if !res.Txs[i].OK {
			return &failure{bundle: owners[i-nf], forced: -1,
				reason: fmt.Sprintf("l2_reverted: tx %s: %s", txs[i].Hash(), revertReason(res.Txs[i]))}, nil
		}
	}
	b.l2Root, b.l2Hash, b.l2Fees = res.StateRoot, basedBlockHash(res.Header, txs), l2Fees(res, txs)
	return nil, nil
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

// l1Failure names the searcher bundle behind the first failing L1 transaction, call or
// assertion. An atomic transaction over the gas cap is blamed on the bundle that puts the most
// bytes into it (calldata is what the cap's floor prices, and what a griefer inflates); a
// failure of the sidecar's own part that no searcher caused names no bundle.
func l1Failure(b *built, i int, fail sim.TxResult) *failure {
	if src, ok := b.order.Source(i); ok && src.Leg == bundle.LegSubmit && notOnHead(fail.Return) {
		return &failure{forced: -1, reason: "submitBased: " + revertReason(fail), notOnHead: true}
	}
	src, why, err := failureSource(b.order, i, fail)
	if errors.Is(err, errTxGasCap) && len(b.plan.Selected) > 0 {
		top := heaviest(b.plan.Selected)
		return &failure{bundle: top, forced: -1,
			reason: fmt.Sprintf("%s: the bundle puts %d bytes into the atomic transaction, which then needs more than %d gas",
				bundle.DropTxGasCap, top.AtomicBytes(), bundle.MaxTxGas)}
	}
	if err != nil {
		return &failure{forced: -1, reason: err.Error()}
	}
	return &failure{bundle: src.Bundle, forced: -1, reason: why}
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
