package pipeline

import (
	"fmt"
	"math/big"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
	"github.com/syncboost/syncboost/sidecar/sim"
)

// slotValue is what a simulated slot pays, in wei. The sidecar's priority fee moves from the
// sidecar to the builder, so it cancels out of Total; the base fee its transaction burns does
// not.
type slotValue struct {
	// Total is what the builder's fee recipient and the sidecar gain together: the ranking value.
	Total *big.Int
	// Earned is the sidecar's own gain: L2 fees to its fee recipient and L1 payments to its
	// address, net of the L1 gas and blob fees it pays.
	Earned *big.Int
	// Cost is the L1 gas the sidecar's atomic transaction pays at the slot's base fee.
	Cost *big.Int
}

// l1Env is the simulated L1 block of target t, watching the sidecar's own balance.
func (p *Pipeline) l1Env(t slots.Target) sim.L1Env {
	return sim.L1Env{ParentHash: t.ParentHash, Time: t.Time, FeeRecipient: t.FeeRecipient, PrevRandao: t.PrevRandao,
		BeaconRoot: t.BeaconRoot, Withdrawals: t.Withdrawals, GasLimit: t.GasLimit, Watch: p.cfg.Proposer}
}

// slotPays reads what the simulated slot b pays from the L1 result res.
func slotPays(res *sim.L1Result, b *built) slotValue {
	submit := b.order.Txs[b.order.Submit]
	price := submit.EffectiveGasTipValue(res.BaseFee)
	if res.BaseFee != nil {
		price.Add(price, res.BaseFee)
	}
	cost := price.Mul(price, new(big.Int).SetUint64(res.Txs[b.order.Submit].GasUsed))
	earned := new(big.Int).Add(orZero(res.WatchValue), orZero(b.l2Fees))
	return slotValue{Total: new(big.Int).Add(earned, orZero(res.Value)), Earned: earned, Cost: cost}
}

// l2Fees is what the based block's transactions pay its fee recipient: gas used times the
// effective priority fee.
func l2Fees(res *sim.L2Result, txs []*bundle.Tx) *big.Int {
	var baseFee *big.Int
	if res.Header != nil {
		baseFee = res.Header.BaseFee
	}
	total := new(big.Int)
	for i, r := range res.Txs {
		if i >= len(txs) {
			break
		}
		if tip := txs[i].EffectiveGasTipValue(baseFee); tip.Sign() > 0 {
			total.Add(total, tip.Mul(tip, new(big.Int).SetUint64(r.GasUsed)))
		}
	}
	return total
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// marginal is what adding the evaluated bundle earns the sidecar beyond the baseline (the
// forced entries alone): negative when it pays less than the L1 gas and data it adds.
func marginal(alone, baseline *built) *big.Int {
	return new(big.Int).Sub(alone.pays.Earned, baseline.pays.Earned)
}

// checkProfit refuses a slot whose earnings do not cover the sidecar's L1 gas plus the
// configured margin (in basis points of that gas).
func (p *Pipeline) checkProfit(slot uint64, b *built) error {
	need := new(big.Int).Mul(b.pays.Cost, new(big.Int).SetUint64(p.cfg.MarginBps))
	need.Quo(need, big.NewInt(10_000))
	earned := b.pays.Earned
	if b.standIn {
		// Measured under the stand-in certificate: the real one's bytes may cost more.
		submit := b.order.Txs[b.order.Submit]
		price := submit.EffectiveGasTipValue(b.target.BaseFee)
		if b.target.BaseFee != nil {
			price.Add(price, b.target.BaseFee)
		}
		earned = new(big.Int).Sub(earned, price.Mul(price, big.NewInt(p.deps.StandIn.gasBound())))
	}
	if earned.Cmp(need) >= 0 {
		return nil
	}
	return &SkipError{Slot: slot, Reason: bundle.SkipUnprofitable, Err: fmt.Errorf(
		"the slot earns the sidecar %s wei net of %s wei of L1 gas; the margin asks for %s", earned, b.pays.Cost, need)}
}
