package bundle

import "testing"

// Every failing index of the atomic L1 bundle maps back to the bundle and leg it came from, so
// the pipeline blames the right searcher and based_callBundle names the right leg.
func TestL1OrderMapsEveryIndexBackToItsBundle(t *testing.T) {
	a, b := checked(t, "alice", 0), checked(t, "bob", 0)
	p := &Plan{Selected: []*CheckedBundle{a, b}, Assertions: append(append([]Assertion{}, a.Assertions...), b.Assertions...)}
	propose, confirm := &Tx{Raw: []byte("propose")}, &Tx{Raw: []byte("confirm")}
	o := p.L1Order(propose, confirm)
	want := []L1Source{
		{Leg: LegPre, Bundle: a}, {Leg: LegPre, Bundle: b}, {Leg: LegPropose},
		{Leg: LegPost, Bundle: a}, {Leg: LegPost, Bundle: b}, {Leg: LegConfirm},
	}
	if len(o.Txs) != len(want) {
		t.Fatalf("%d transactions, want %d", len(o.Txs), len(want))
	}
	for i, w := range want {
		if got, ok := o.Source(i); !ok || got != w {
			t.Errorf("source of tx %d: %+v, want %+v", i, got, w)
		}
	}
	if o.Txs[2] != propose || o.Txs[5] != confirm {
		t.Error("the sidecar's transactions are not at propose and confirm")
	}
	if _, ok := o.Source(len(want)); ok {
		t.Error("an index past the bundle has a source")
	}
	for i, w := range []*CheckedBundle{a, b} {
		if got, ok := o.AssertionSource(i); !ok || got.Bundle != w || got.Leg != LegAssertion || got.Index != 0 {
			t.Errorf("assertion %d: %+v, want bundle %d", i, got, i)
		}
	}
	if _, ok := o.AssertionSource(len(p.Assertions)); ok {
		t.Error("an assertion index past every bundle has a source")
	}
}
