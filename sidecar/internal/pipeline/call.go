package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/sim"
)

// ErrNoMessage: based_callBundle needs a slot-ending message to build on.
var ErrNoMessage = errors.New("no slot-ending message received yet")

// Legs of a composable bundle, as based_callBundle names the one that failed; all but l2,
// assertions and sidecar are the L1 order's own leg names.
const (
	LegPre        = string(bundle.LegPre)
	LegPreCall    = string(bundle.LegPreCall)
	LegL2         = "l2"
	LegPostCall   = string(bundle.LegPostCall)
	LegPost       = string(bundle.LegPost)
	LegAssertions = "assertions"
	LegSidecar    = "sidecar" // the sidecar's own part of the atomic transaction failed: not the searcher's fault
)

// CallResult is based_callBundle's answer: every leg of one bundle simulated as the pipeline
// would build it into the latest slot-ending message's slot.
type CallResult struct {
	L1Slot        hexutil.Uint64 `json:"l1Slot"`
	L2BlockNumber hexutil.Uint64 `json:"l2BlockNumber"`
	Pre           []TxOutcome    `json:"pre"`
	L2            []TxOutcome    `json:"l2"`
	Post          []TxOutcome    `json:"post"`
	// CallsOK: every signed call ran, inside the atomic transaction (which reports no
	// per-call gas); AssertionsOK: every assertion held after them.
	CallsOK      bool `json:"callsOk"`
	AssertionsOK bool `json:"assertionsOk"`
	// FailedLeg is empty when every leg succeeds; FailedIndex is the index within that leg.
	FailedLeg   string        `json:"failedLeg,omitempty"`
	FailedIndex *hexutil.Uint `json:"failedIndex,omitempty"`
	Error       string        `json:"error,omitempty"`
	L2StateRoot common.Hash   `json:"l2StateRoot"`
	ValueWei    *hexutil.Big  `json:"valueWei,omitempty"`
}

// TxOutcome is one simulated transaction.
type TxOutcome struct {
	Hash       common.Hash    `json:"txHash"`
	Status     string         `json:"status"` // success | reverted
	GasUsed    hexutil.Uint64 `json:"gasUsed"`
	ReturnData hexutil.Bytes  `json:"returnData,omitempty"` // revert data when reverted
	Error      string         `json:"error,omitempty"`
}

// Call simulates cb alone (after the due forced entries) on the slot-ending message msg (the
// latest one), without sending anything. It may run concurrently with Handle.
func (p *Pipeline) Call(ctx context.Context, msg *Message, cb *bundle.CheckedBundle) (*CallResult, error) {
	if msg == nil {
		return nil, ErrNoMessage
	}
	b := &built{timings: map[string]time.Duration{}}
	if err := p.gatherFor(ctx, msg, b); err != nil {
		return nil, err
	}
	res := &CallResult{L1Slot: hexutil.Uint64(msg.L1Slot), L2BlockNumber: hexutil.Uint64(bundle.BasedBlockNumber(msg.L2BlockNumber))}
	b.plan = &bundle.Plan{L2ChainID: p.cfg.L2ChainID, L1Slot: msg.L1Slot, BasedTxs: append(append([][]byte{}, b.forced.Txs...), cb.L2Txs...),
		Selected: []*bundle.CheckedBundle{cb}, Assertions: cb.Assertions, Value: new(big.Int)}
	l2txs := append(decodeAll(b.forced.Txs, p.cfg.L2ChainID), cb.L2...)
	l2, err := p.deps.L2.SimulateL2(ctx, bundle.BasedEnv(p.cfg.L2Rules, b.parent, p.cfg.Proposer), l2txs)
	if inv, ok := sim.AsInvalidTx(err); ok {
		return res.fail(LegL2, inv.Index-(len(l2txs)-len(cb.L2)), inv.Message), nil
	}
	if err != nil {
		return nil, fmt.Errorf("simulate L2 leg: %w", err)
	}
	res.L2, res.L2StateRoot = outcomes(cb.L2, l2.Txs[len(l2txs)-len(cb.L2):]), l2.StateRoot
	if i := firstFailed(res.L2); i >= 0 {
		return res.fail(LegL2, i, res.L2[i].Error), nil
	}
	b.l2Root = l2.StateRoot
	if err := p.sign(ctx, *msg, b); err != nil {
		return nil, err
	}
	return p.callL1(ctx, b, cb, res)
}

// callL1 simulates the L1 bundle [raw pre…, submitBased, raw post…] and reports each leg.
func (p *Pipeline) callL1(ctx context.Context, b *built, cb *bundle.CheckedBundle, res *CallResult) (*CallResult, error) {
	l1, err := p.deps.L1.SimulateL1(ctx, p.l1Env(b.target), b.order.Txs)
	if inv, ok := sim.AsInvalidTx(err); ok {
		return res.failAt(b.order, inv.Index, sim.TxResult{Err: inv.Message}), nil
	}
	if err != nil {
		return nil, fmt.Errorf("simulate L1 bundle: %w", err)
	}
	pre, post := len(cb.Pre), len(cb.Post)
	res.Pre, res.Post = outcomes(cb.Pre, l1.Txs[:pre]), outcomes(cb.Post, l1.Txs[pre+1:pre+1+post])
	res.ValueWei = (*hexutil.Big)(l1.Value)
	if i := l1.FirstFailed; i >= 0 {
		return res.failAt(b.order, i, l1.Txs[i]), nil
	}
	res.CallsOK, res.AssertionsOK = true, true
	return res, nil
}

// failAt names the leg of the i-th transaction's failure as based_callBundle reports it.
func (r *CallResult) failAt(o *bundle.L1Order, i int, fail sim.TxResult) *CallResult {
	src, why, err := failureSource(o, i, fail)
	switch {
	case err != nil:
		return r.fail(LegSidecar, 0, err.Error())
	case src.Leg == bundle.LegAssertion:
		r.CallsOK = true
		return r.fail(LegAssertions, src.Index, why)
	case src.Leg == bundle.LegPost: // the atomic transaction ran whole before it
		r.CallsOK, r.AssertionsOK = true, true
	}
	return r.fail(string(src.Leg), src.Index, why)
}

func (r *CallResult) fail(leg string, i int, why string) *CallResult {
	u := hexutil.Uint(max(i, 0))
	r.FailedLeg, r.FailedIndex, r.Error = leg, &u, why
	return r
}

func outcomes(txs []*bundle.Tx, rs []sim.TxResult) []TxOutcome {
	out := make([]TxOutcome, len(txs))
	for i, tx := range txs {
		out[i] = TxOutcome{Hash: tx.Hash(), Status: "success"}
		if i < len(rs) {
			out[i].GasUsed = hexutil.Uint64(rs[i].GasUsed)
			if !rs[i].OK {
				out[i].Status, out[i].ReturnData, out[i].Error = "reverted", rs[i].Return, rs[i].Err
			}
		}
	}
	return out
}

func firstFailed(os []TxOutcome) int {
	for i, o := range os {
		if o.Status != "success" {
			return i
		}
	}
	return -1
}

// decodeAll decodes the forced entries that derivation would execute.
func decodeAll(raws [][]byte, chainID uint64) []*bundle.Tx {
	var out []*bundle.Tx
	for _, raw := range raws {
		if tx, err := bundle.DecodeTx("forced", raw, chainID); err == nil {
			out = append(out, tx)
		}
	}
	return out
}
