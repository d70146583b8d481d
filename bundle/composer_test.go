package bundle

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// checked builds a validated bundle from a searcher label; value is carried in the L2 nonce so
// tests can rank bundles without fee arithmetic.
func checked(t *testing.T, label string, l1Nonce uint64, opts ...func(*ComposableBundle)) *CheckedBundle {
	t.Helper()
	key := testKey(t, label)
	b := &ComposableBundle{
		L2ChainID: testChains.L2, L1Slot: 100,
		PreTxs:     [][]byte{signedTx(t, key, testChains.L1, nonce(l1Nonce))},
		L2Txs:      [][]byte{signedTx(t, key, testChains.L2)},
		PostTxs:    [][]byte{signedTx(t, key, testChains.L1, nonce(l1Nonce+1))},
		Assertions: []Assertion{{Target: common.Address{0xbb}, Expect: common.Hash{byte(l1Nonce)}}},
	}
	for _, o := range opts {
		o(b)
	}
	cb, err := b.Validate(testLimits, testChains)
	if err != nil {
		t.Fatal(err)
	}
	return cb
}

func fixedValues(v map[common.Hash]int64) ValueModel {
	return func(b *CheckedBundle) *big.Int { return big.NewInt(v[b.Hash]) }
}

func baseInput(bundles []*CheckedBundle, values map[common.Hash]int64) ComposeInput {
	return ComposeInput{L2ChainID: testChains.L2, L1Slot: 100, SlotTime: 1000, Bundles: bundles, Value: fixedValues(values),
		MaxL2Gas: 10_000_000, MaxL1Gas: 10_000_000, MaxAssertions: 16}
}

func TestComposeOrdersForcedFirstAndByValue(t *testing.T) {
	low, high := checked(t, "alice", 0), checked(t, "bob", 0)
	in := baseInput([]*CheckedBundle{low, high}, map[common.Hash]int64{low.Hash: 1, high.Hash: 5})
	forced := []byte{0xf0}
	in.Forced = [][]byte{forced}
	p := Compose(in)
	want := [][]byte{forced, high.L2Txs[0], low.L2Txs[0]}
	if !slices.EqualFunc(p.BasedTxs, want, func(a, b []byte) bool { return string(a) == string(b) }) {
		t.Fatalf("based block must be forced first, then by value")
	}
	l1 := p.L1Order(&Tx{Raw: []byte("submit")}).Raw()
	wantL1 := [][]byte{high.PreTxs[0], low.PreTxs[0], []byte("submit"), high.PostTxs[0], low.PostTxs[0]}
	if !slices.EqualFunc(l1, wantL1, func(a, b []byte) bool { return string(a) == string(b) }) {
		t.Fatalf("L1 bundle must be [raw pre…, submit, raw post…]")
	}
	if len(p.Assertions) != 2 || p.Assertions[0].Expect != high.Assertions[0].Expect || p.Value.Int64() != 6 {
		t.Fatalf("assertions %v value %v", p.Assertions, p.Value)
	}
}

func TestComposeDropsConflicts(t *testing.T) {
	a := checked(t, "alice", 0)
	sameNonce := checked(t, "alice", 0, func(b *ComposableBundle) { b.Assertions = nil }) // same sender, same L1 nonces
	other := checked(t, "carol", 0)
	in := baseInput([]*CheckedBundle{a, sameNonce, other}, map[common.Hash]int64{a.Hash: 3, sameNonce.Hash: 2, other.Hash: 1})
	p := Compose(in)
	if len(p.Selected) != 2 || p.Selected[0] != a || p.Selected[1] != other {
		t.Fatalf("selected %d bundles, want alice and carol", len(p.Selected))
	}
	if len(p.Dropped) != 1 || p.Dropped[0] != (Dropped{Hash: sameNonce.Hash, Reason: DropConflict}) {
		t.Fatalf("dropped %+v", p.Dropped)
	}
}

func TestComposeHonoursExclusionsBudgetsAndWindows(t *testing.T) {
	failed := checked(t, "alice", 0)
	late := checked(t, "bob", 0, func(b *ComposableBundle) { b.MaxTimestamp = 999 })
	big := checked(t, "carol", 0)
	fits := checked(t, "dave", 0)
	wrongSlot := checked(t, "erin", 0, func(b *ComposableBundle) { b.L1Slot = 101 })
	in := baseInput([]*CheckedBundle{failed, late, big, fits, wrongSlot},
		map[common.Hash]int64{failed.Hash: 9, late.Hash: 8, big.Hash: 7, fits.Hash: 1, wrongSlot.Hash: 10})
	in.Excluded = map[common.Hash]string{failed.Hash: "l2_reverted"}
	in.MaxAssertions = 1
	p := Compose(in)
	if len(p.Selected) != 1 || p.Selected[0] != big {
		t.Fatalf("selected %d, want only carol", len(p.Selected))
	}
	got := map[common.Hash]string{}
	for _, d := range p.Dropped {
		got[d.Hash] = d.Reason
	}
	want := map[common.Hash]string{failed.Hash: "l2_reverted", late.Hash: DropTimestamp, fits.Hash: DropAssertionBudget, wrongSlot.Hash: DropWrongTarget}
	for h, r := range want {
		if got[h] != r {
			t.Errorf("bundle %s: reason %q, want %q", h, got[h], r)
		}
	}
	in.MaxAssertions, in.MaxL2Gas = 16, 60_000
	if p := Compose(in); len(p.Selected) != 1 || p.Dropped[len(p.Dropped)-1].Reason != DropL2GasBudget {
		t.Fatalf("L2 gas budget must stop the second bundle: %+v", p.Dropped)
	}
}

func TestComposeIsDeterministic(t *testing.T) {
	var bundles []*CheckedBundle
	values := map[common.Hash]int64{}
	for i := range 12 {
		b := checked(t, fmt.Sprintf("searcher-%d", i%8), uint64(i/8)*2) // some share senders and nonces
		bundles = append(bundles, b)
		values[b.Hash] = int64(i % 3) // many ties
	}
	first := Compose(baseInput(bundles, values))
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		shuffled := slices.Clone(bundles)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		p := Compose(baseInput(shuffled, values))
		if !slices.EqualFunc(p.Selected, first.Selected, func(a, b *CheckedBundle) bool { return a.Hash == b.Hash }) {
			t.Fatal("the same bundles in another order gave another plan")
		}
	}
}

func TestTipValue(t *testing.T) {
	b := checked(t, "alice", 0) // two L1 txs of 50k gas, tip 2 gwei, fee cap 30 gwei
	if got, want := TipValue(big.NewInt(29e9))(b), big.NewInt(2*50_000*1e9); got.Cmp(want) != 0 {
		t.Fatalf("value %v, want %v (tip capped by fee cap minus base fee)", got, want)
	}
}

// Two bundles whose signed calls spend the same account nonce cannot both run: the lower-valued
// one is dropped as a conflict; a call with the next nonce composes beside it.
func TestComposeDropsCallNonceConflicts(t *testing.T) {
	account := common.HexToAddress("0xacc0")
	// Composition reads calls only; their signatures are intake's concern (Validate).
	withCall := func(name string, nonce uint64) *CheckedBundle {
		cb := checked(t, name, 0)
		cb.PreCalls = []SignedCall{{Account: account, Call: BasedCall{Nonce: nonce}}}
		return cb
	}
	a, clash, next := withCall("alice", 7), withCall("bob", 7), withCall("carol", 8)
	p := Compose(baseInput([]*CheckedBundle{a, clash, next}, map[common.Hash]int64{a.Hash: 3, clash.Hash: 2, next.Hash: 1}))
	if len(p.Selected) != 2 || p.Selected[0] != a || p.Selected[1] != next {
		t.Fatalf("selected %d bundles, want alice and carol", len(p.Selected))
	}
	if len(p.Dropped) != 1 || p.Dropped[0].Hash != clash.Hash || p.Dropped[0].Reason != DropConflict {
		t.Fatalf("dropped %+v, want bob's bundle as a conflict", p.Dropped)
	}
	if gs := p.CallGroups(); len(gs) != 2 || gs[0].PreCalls[0].Call.Nonce != 7 || gs[1].PreCalls[0].Call.Nonce != 8 {
		t.Fatalf("call groups %+v, want nonces 7 then 8 in selection order", gs)
	}
}
