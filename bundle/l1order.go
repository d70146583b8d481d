package bundle

// L1Leg names where a part of the sidecar's L1 bundle comes from.
type L1Leg string

// The legs of the L1 bundle. Raw pre- and post-transactions travel around the sidecar's one
// atomic transaction (submitBased), which runs the signed calls and checks the assertions.
const (
	LegPre       L1Leg = "pre"       // a raw pre-transaction
	LegSubmit    L1Leg = "submit"    // the sidecar's atomic transaction
	LegPost      L1Leg = "post"      // a raw post-transaction
	LegPreCall   L1Leg = "pre_call"  // a signed call before the based block
	LegPostCall  L1Leg = "post_call" // a signed call after it
	LegAssertion L1Leg = "assertion" // an assertion checked before the confirmation
)

// L1Source is the origin of one transaction, call or assertion of the L1 bundle.
type L1Source struct {
	Leg    L1Leg
	Bundle *CheckedBundle // nil for the sidecar's own transaction
	Index  int            // position within that bundle's leg
}

// L1Order is the L1 bundle in its one order: every selected bundle's raw pre-transactions in
// selection order, the sidecar's atomic transaction, every raw post-transaction. Inside the
// atomic transaction the calls and assertions run in the same bundle order. Sources[i] says
// whose Txs[i] is.
type L1Order struct {
	Txs      []*Tx
	Sources  []L1Source
	Submit   int // the index of the sidecar's atomic transaction in Txs
	selected []*CheckedBundle
}

// L1Order lays out the L1 bundle of the plan's selected bundles around the sidecar's atomic
// transaction. It is the only place that order is written.
func (p *Plan) L1Order(submit *Tx) *L1Order {
	o := &L1Order{selected: p.Selected}
	add := func(tx *Tx, src L1Source) {
		o.Txs, o.Sources = append(o.Txs, tx), append(o.Sources, src)
	}
	for _, cb := range p.Selected {
		for i, tx := range cb.Pre {
			add(tx, L1Source{Leg: LegPre, Bundle: cb, Index: i})
		}
	}
	o.Submit = len(o.Txs)
	add(submit, L1Source{Leg: LegSubmit})
	for _, cb := range p.Selected {
		for i, tx := range cb.Post {
			add(tx, L1Source{Leg: LegPost, Bundle: cb, Index: i})
		}
	}
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

// CallGroups is the atomic transaction's per-bundle part, one group per selected bundle in
// selection order: the inbox reports a failure by group index and index within the group.
func (p *Plan) CallGroups() []CallGroup {
	out := make([]CallGroup, len(p.Selected))
	for i, cb := range p.Selected {
		out[i] = cb.CallGroup()
	}
	return out
}

// GroupSource maps a failure the inbox reported at (group, index) of leg (LegPreCall,
// LegPostCall or LegAssertion) back to its bundle; ok is false when there is no such part.
func (o *L1Order) GroupSource(leg L1Leg, group, index int) (L1Source, bool) {
	if group < 0 || group >= len(o.selected) || index < 0 {
		return L1Source{}, false
	}
	cb := o.selected[group]
	n := map[L1Leg]int{LegPreCall: len(cb.PreCalls), LegPostCall: len(cb.PostCalls), LegAssertion: len(cb.Assertions)}[leg]
	if index >= n {
		return L1Source{}, false
	}
	return L1Source{Leg: leg, Bundle: cb, Index: index}, true
}

// MaxTxGas is EIP-7825's per-transaction gas cap: the sidecar's atomic transaction must fit it.
const MaxTxGas = 1 << 24
