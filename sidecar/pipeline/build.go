package pipeline

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/pool"
)

// built is a composed, simulated and signed slot, ready to send.
type built struct {
	target     Target
	plan       *bundle.Plan
	entries    map[common.Hash]*pool.Entry
	propose    []byte
	confirm    []byte
	commitment common.Hash
	l2Root     common.Hash
	simulated  time.Time
	timings    map[string]time.Duration
	failed     map[common.Hash]string // bundles removed by simulation, with the reason
}

// round is one attempt's inputs: what is excluded so far and which forced entries simulate.
type round struct {
	excluded   map[common.Hash]string
	skipForced map[int]bool // forced entries derivation will skip (invalid); not simulated
}

func (p *Pipeline) build(ctx context.Context, msg Message) (*built, error) {
	b := &built{timings: map[string]time.Duration{}, entries: map[common.Hash]*pool.Entry{}}
	var cands []*bundle.CheckedBundle
	var forced ForcedEntries
	var parent *types.Header
	err := p.stage("gather", b.timings, func() (err error) {
		if b.target, err = p.deps.Targets.Target(ctx, msg.L1Slot, msg.L1ParentHash); err != nil {
			return fmt.Errorf("target: %w", err)
		}
		if cands, err = p.candidates(ctx, msg.L1Slot, b.entries); err != nil {
			return err
		}
		if forced, err = p.deps.Forced.DueForced(ctx, b.target); err != nil {
			return fmt.Errorf("forced inclusion queue: %w", err)
		}
		if parent, err = p.deps.L2.HeaderByHash(ctx, msg.L2BlockHash); err != nil {
			return fmt.Errorf("slot-ending L2 block %s: %w", msg.L2BlockHash, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(cands) == 0 {
		return nil, &SkipError{Slot: msg.L1Slot, Reason: SkipNoBundles}
	}
	env := bundle.BasedEnv(p.cfg.L2Rules, parent, p.cfg.Proposer)
	r := round{excluded: map[common.Hash]string{}, skipForced: map[int]bool{}}
	for range p.cfg.MaxRounds {
		done, err := p.attempt(ctx, msg, b, env, cands, forced, r)
		if err != nil || done {
			b.failed = r.excluded
			return b, err
		}
	}
	return nil, &SkipError{Slot: msg.L1Slot, Reason: SkipBudget, Err: fmt.Errorf("%d rounds", p.cfg.MaxRounds)}
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
	cands []*bundle.CheckedBundle, forced ForcedEntries, r round) (bool, error) {
	plan := bundle.Compose(bundle.ComposeInput{
		L2ChainID: p.cfg.L2ChainID, L1Slot: msg.L1Slot, SlotTime: b.target.Time, Forced: forced.Txs,
		Bundles: cands, Value: bundle.TipValue(b.target.BaseFee), Excluded: r.excluded,
		MaxL2Gas: p.cfg.MaxL2Gas, MaxL1Gas: p.cfg.MaxL1Gas, MaxAssertions: p.cfg.MaxAssertions,
	})
	if len(plan.Selected) == 0 {
		return false, &SkipError{Slot: msg.L1Slot, Reason: SkipNoBundles, Err: fmt.Errorf("all %d bundles dropped", len(cands))}
	}
	b.plan = plan
	ok, err := p.simulateL2(ctx, b, env, forced, r)
	if err != nil || !ok {
		return false, err
	}
	if err := p.sign(ctx, msg, b, forced); err != nil {
		return false, err
	}
	var res *L1Result
	err = p.stage("simulate_l1", b.timings, func() (err error) {
		res, err = p.deps.L1.SimulateL1(ctx, b.target, plan.L1Txs(b.propose, b.confirm))
		return err
	})
	if err != nil {
		return false, fmt.Errorf("simulate L1 bundle: %w", err)
	}
	if res.Failed < 0 {
		b.simulated = p.deps.Clock.Now()
		return true, nil
	}
	return false, p.blameL1(msg.L1Slot, plan, res, r)
}

// simulateL2 simulates forced entries and searchers' L2 transactions on the slot-ending block.
func (p *Pipeline) simulateL2(ctx context.Context, b *built, env bundle.BasedBlockEnv, forced ForcedEntries, r round) (bool, error) {
	var txs []*types.Transaction
	var senders []common.Address
	var forcedIdx []int // simulated position → forced entry index
	for i, raw := range forced.Txs {
		if r.skipForced[i] {
			continue
		}
		var tx types.Transaction
		sender, err := decodeSender(&tx, raw)
		if err != nil {
			r.skipForced[i] = true // derivation skips it too
			continue
		}
		txs, senders, forcedIdx = append(txs, &tx), append(senders, sender), append(forcedIdx, i)
	}
	owners := make([]*bundle.CheckedBundle, 0)
	for _, cb := range b.plan.Selected {
		for _, tx := range cb.L2 {
			txs, senders, owners = append(txs, tx.Transaction), append(senders, tx.Sender), append(owners, cb)
		}
	}
	var res *L2Result
	err := p.stage("simulate_l2", b.timings, func() (err error) {
		res, err = p.deps.L2.SimulateL2(ctx, env, txs, senders)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("simulate L2 leg: %w", err)
	}
	nf := len(forcedIdx)
	if i := res.Invalid; i >= 0 {
		if i < nf {
			r.skipForced[forcedIdx[i]] = true
		} else if i-nf < len(owners) {
			r.excluded[owners[i-nf].Hash] = "l2_invalid: " + res.InvalidWhy
		}
		return false, nil
	}
	for i := nf; i < len(res.Txs) && i-nf < len(owners); i++ {
		if !res.Txs[i].OK {
			r.excluded[owners[i-nf].Hash] = fmt.Sprintf("l2_reverted: tx %s: %s", txs[i].Hash(), revertReason(res.Txs[i]))
			return false, nil
		}
	}
	b.l2Root = res.StateRoot
	return true, nil
}

func decodeSender(tx *types.Transaction, raw []byte) (common.Address, error) {
	if err := tx.UnmarshalBinary(raw); err != nil {
		return common.Address{}, err
	}
	return types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
}

func revertReason(r TxResult) string {
	if r.Err != "" {
		return r.Err
	}
	return fmt.Sprintf("revert 0x%x", r.Return)
}

// assertionFailedSelector is the inbox's AssertionFailed(uint256,bool,bytes32) error selector.
var assertionFailedSelector = crypto.Keccak256([]byte("AssertionFailed(uint256,bool,bytes32)"))[:4]

// blameL1 finds the searcher bundle behind the first failing L1 transaction. A failure of the
// sidecar's own propose transaction, or one it cannot attribute, ends the slot.
func (p *Pipeline) blameL1(slot uint64, plan *bundle.Plan, res *L1Result, r round) error {
	i, fail := res.Failed, TxResult{}
	if i < len(res.Txs) {
		fail = res.Txs[i]
	}
	pre, post := len(plan.PreTxs), len(plan.PostTxs)
	var owner *bundle.CheckedBundle
	var why string
	switch {
	case i < pre:
		owner, why = ownerOf(plan.Selected, i, func(cb *bundle.CheckedBundle) int { return len(cb.PreTxs) }), "pre_action_failed"
	case i == pre:
		return &SkipError{Slot: slot, Reason: SkipPropose, Err: fmt.Errorf("proposeBased: %s", revertReason(fail))}
	case i <= pre+post:
		owner, why = ownerOf(plan.Selected, i-pre-1, func(cb *bundle.CheckedBundle) int { return len(cb.PostTxs) }), "post_action_failed"
	default:
		idx, ok := assertionIndex(fail.Return)
		if !ok {
			return &SkipError{Slot: slot, Reason: SkipPropose, Err: fmt.Errorf("confirmBased: %s", revertReason(fail))}
		}
		owner, why = ownerOf(plan.Selected, idx, func(cb *bundle.CheckedBundle) int { return len(cb.Assertions) }), fmt.Sprintf("assertion_failed: index %d", idx)
	}
	if owner == nil {
		return &SkipError{Slot: slot, Reason: SkipPropose, Err: fmt.Errorf("unattributed L1 failure at tx %d: %s", i, revertReason(fail))}
	}
	r.excluded[owner.Hash] = why + ": " + revertReason(fail)
	return nil
}

// ownerOf maps the i-th element of a concatenated leg back to the selected bundle it came from.
func ownerOf(selected []*bundle.CheckedBundle, i int, count func(*bundle.CheckedBundle) int) *bundle.CheckedBundle {
	for _, cb := range selected {
		if n := count(cb); i < n {
			return cb
		} else {
			i -= n
		}
	}
	return nil
}

func assertionIndex(revert []byte) (int, bool) {
	if len(revert) < 4+32 || string(revert[:4]) != string(assertionFailedSelector) {
		return 0, false
	}
	word := new(big.Int).SetBytes(revert[4:36])
	if !word.IsUint64() || word.Uint64() > 1<<20 {
		return 0, false
	}
	return int(word.Uint64()), true
}
