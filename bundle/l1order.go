package bundle

// L1Leg names where a transaction of the atomic L1 bundle comes from.
type L1Leg string

// The legs of the atomic L1 bundle, and the assertions checked inside confirm.
const (
	LegPre       L1Leg = "pre"
	LegPropose   L1Leg = "propose"
	LegPost      L1Leg = "post"
	LegConfirm   L1Leg = "confirm"
	LegAssertion L1Leg = "assertion"
)

// L1Source is the origin of one transaction (or assertion) of the atomic L1 bundle.
type L1Source struct {
	Leg    L1Leg
	Bundle *CheckedBundle // nil for the sidecar's propose and confirm
	Index  int            // position within that bundle's leg
}

// L1Order is the atomic L1 bundle in its one order: every selected bundle's pre-transactions
// in selection order, the sidecar's propose, every post-transaction, the sidecar's confirm
// (which checks every assertion, in the same bundle order). Sources[i] says whose Txs[i] is.
type L1Order struct {
	Txs      []*Tx
	Sources  []L1Source
	selected []*CheckedBundle
}

// L1Order lays out the atomic L1 bundle of the plan's selected bundles around the sidecar's
// two transactions. It is the only place that order is written.
func (p *Plan) L1Order(propose, confirm *Tx) *L1Order {
	selected := p.Selected
	o := &L1Order{selected: selected}
	add := func(tx *Tx, src L1Source) {
		o.Txs, o.Sources = append(o.Txs, tx), append(o.Sources, src)
	}
	for _, cb := range selected {
		for i, tx := range cb.Pre {
			add(tx, L1Source{Leg: LegPre, Bundle: cb, Index: i})
		}
	}
	add(propose, L1Source{Leg: LegPropose})
	for _, cb := range selected {
		for i, tx := range cb.Post {
			add(tx, L1Source{Leg: LegPost, Bundle: cb, Index: i})
		}
	}
	add(confirm, L1Source{Leg: LegConfirm})
	return o
}

// Raw is the order's transactions as sent in eth_sendBundle.
func (o *L1Order) Raw() [][]byte {
	out := make([][]byte, len(o.Txs))
	for i, tx := range o.Txs {
		out[i] = tx.Raw
	}
	return out
}

// Source says whose the i-th transaction is; ok is false when i is out of range.
func (o *L1Order) Source(i int) (L1Source, bool) {
	if i < 0 || i >= len(o.Sources) {
		return L1Source{}, false
	}
	return o.Sources[i], true
}

// AssertionSource maps the index of an assertion that confirm reported failing back to its
// bundle and its position there; ok is false when no bundle has it.
func (o *L1Order) AssertionSource(i int) (L1Source, bool) {
	for _, cb := range o.selected {
		if i >= 0 && i < len(cb.Assertions) {
			return L1Source{Leg: LegAssertion, Bundle: cb, Index: i}, true
		}
		i -= len(cb.Assertions)
	}
	return L1Source{}, false
}
