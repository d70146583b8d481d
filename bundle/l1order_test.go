package bundle

import "testing"

// Every failing index of the L1 bundle, of the atomic transaction's calls and of its assertions
// maps back to the bundle and leg it came from, so the pipeline blames the right searcher and
// based_callBundle names the right leg.
func TestL1OrderMapsEveryIndexBackToItsBundle(t *testing.T) {
	a, b := checked(t, "alice", 0), checked(t, "bob", 0)
	for _, cb := range []*CheckedBundle{a, b} { // unsigned: the order reads only how many there are
		cb.PreCalls, cb.PostCalls = make([]SignedCall, 2), make([]SignedCall, 1)
	}
	p := &Plan{Selected: []*CheckedBundle{a, b}}
	submit := &Tx{Raw: []byte("submit")}
	o := p.L1Order(submit)
	want := []L1Source{
		{Leg: LegPre, Bundle: a}, {Leg: LegPre, Bundle: b}, {Leg: LegSubmit},
		{Leg: LegPost, Bundle: a}, {Leg: LegPost, Bundle: b},
	}
	if len(o.Txs) != len(want) {
		t.Fatalf("%d transactions, want %d", len(o.Txs), len(want))
	}
	for i, w := range want {
		if got, ok := o.Source(i); !ok || got != w {
			t.Errorf("source of tx %d: %+v, want %+v", i, got, w)
		}
	}
	if o.Txs[2] != submit {
		t.Error("the sidecar's transaction is not between the raw legs")
	}
	if _, ok := o.Source(len(want)); ok {
		t.Error("an index past the bundle has a source")
	}
	for _, c := range []struct {
		leg          L1Leg
		group, index int
		want         L1Source
	}{
		{LegPreCall, 0, 1, L1Source{Leg: LegPreCall, Bundle: a, Index: 1}},
		{LegPreCall, 1, 0, L1Source{Leg: LegPreCall, Bundle: b, Index: 0}},
		{LegPostCall, 1, 0, L1Source{Leg: LegPostCall, Bundle: b, Index: 0}},
		{LegAssertion, 1, 0, L1Source{Leg: LegAssertion, Bundle: b, Index: 0}},
	} {
		if got, ok := o.GroupSource(c.leg, c.group, c.index); !ok || got != c.want {
			t.Errorf("%s (%d, %d): %+v, want %+v", c.leg, c.group, c.index, got, c.want)
		}
	}
	for _, bad := range [][2]int{{0, 1}, {2, 0}, {-1, 0}} {
		if _, ok := o.GroupSource(LegPostCall, bad[0], bad[1]); ok {
			t.Errorf("post-call (%d, %d) past the bundles has a source", bad[0], bad[1])
		}
	}
	if gs := p.CallGroups(); len(gs) != 2 || len(gs[1].PreCalls) != 2 {
		t.Errorf("call groups %+v, want one per selected bundle", gs)
	}
}
