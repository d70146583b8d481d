package derivation_test

import (
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

func callMsg(to common.Address, data []byte) ethereum.CallMsg { return ethereum.CallMsg{To: &to, Data: data} }

// TestDeriverFollowsCalldataBatches: after every L1 block, the head derived from L1 alone is
// the source chain's block (hash and state root), and the inbox head's number.
func TestDeriverFollowsCalldataBatches(t *testing.T) {
	r := newRig(t, nil)
	r.step(r.src.BlockChain().Genesis()) // the deployment blocks carry no batch
	for _, n := range []int{3, 1, 4} {
		blocks, lists := r.sequence(n)
		b, _ := r.batch(blocks, lists, bundle.DataCalldata)
		r.submitBatch(b, nil)
		h := r.step(blocks[len(blocks)-1])
		if ih := r.inboxHead(); ih.Number != h.Number || common.Hash(ih.Id) != h.ID || common.Hash(ih.StateRoot) != h.StateRoot {
			t.Fatalf("inbox head %+v, derived %+v", ih, h)
		}
		r.l1.commit() // an empty L1 block changes nothing
		r.step(blocks[len(blocks)-1])
	}
	if err := r.d.Err(); err != nil {
		t.Fatal(err)
	}
}
