package pipeline

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/reputation"
)

var emptyParent = common.HexToHash("0xeeee")

// Under ePBS a junk bundle cannot grief for free: one that fails on every parent the slot was
// built on (both, or the EMPTY parent alone after a withheld payload) is failed when the slot
// settles, and its identity's standing pays as under MEV-Boost. One that succeeds on either
// parent is never blamed, and one that succeeded alone is untouched.
func TestEPBSJunkBundleCostsItsIdentity(t *testing.T) {
	tests := []struct {
		name     string
		parents  []common.Hash
		revertOn []bool // per parent: whether the junk bundle's L2 leg reverts there
		wantFail bool
	}{
		{"fails on both parents", []common.Hash{emptyParent, parentL1}, []bool{true, true}, true},
		{"payload withheld, fails on the EMPTY parent alone", []common.Hash{emptyParent}, []bool{true}, true},
		{"fails on FULL, succeeds on EMPTY", []common.Hash{parentL1, emptyParent}, []bool{true, false}, false},
		{"succeeds on EMPTY, fails on FULL", []common.Hash{emptyParent, parentL1}, []bool{false, true}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			h.p.deps.Forks = gloasFrom(0)
			rep, err := reputation.New(reputation.DefaultConfig(10), h.clk.Now, nil)
			if err != nil {
				t.Fatal(err)
			}
			if h.p.deps.Bundles, err = reputation.Feed(h.pool, rep); err != nil {
				t.Fatal(err)
			}
			junk, good := h.add(1, 10), h.add(2, 10)
			for i, parent := range tc.parents {
				h.l2.reverts = map[common.Hash]bool{}
				if tc.revertOn[i] {
					h.revertL2(junk)
				}
				msg := h.message(10, 9*time.Second+time.Duration(i)*100*time.Millisecond)
				msg.SignedSlotEnding.L1ParentHash = parent
				if _, err := h.p.Handle(context.Background(), msg); err != nil {
					t.Fatalf("parent %s: %v", parent, err)
				}
			}
			if st := h.status(junk.Hash); st.Status == bundle.StatusFailed {
				t.Fatalf("junk bundle failed before its slot settled: %q", st.Reason)
			}
			h.p.Settle(context.Background(), 11)

			st := h.status(junk.Hash)
			if failed := st.Status == bundle.StatusFailed; failed != tc.wantFail {
				t.Fatalf("junk bundle after settle: %s %q, want failed=%v", st.Status, st.Reason, tc.wantFail)
			}
			score := rep.Standing(junk.Identity)
			if tc.wantFail && (score >= 0 || !strings.Contains(st.Reason, "every parent")) {
				t.Fatalf("junk identity standing %v, reason %q: want below 0, failed on every parent", score, st.Reason)
			}
			if !tc.wantFail && score < 0 {
				t.Fatalf("identity whose bundle succeeded on one parent lost standing: %v", score)
			}
			if rep.Standing(good.Identity) < 0 || h.status(good.Hash).Status == bundle.StatusFailed {
				t.Fatal("the good bundle was blamed")
			}
		})
	}
}
