package l1signer

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func head(n uint64, tag byte, parent Head) Head {
	return Head{Number: n, Hash: common.Hash{byte(n), tag}, ParentHash: parent.Hash}
}

func TestBookFollowsTheChain(t *testing.T) {
	genesis := Head{Number: 10, Hash: common.Hash{10}}
	b1 := head(11, 0, genesis)
	b2 := head(12, 0, b1)
	b3 := head(13, 0, b2)
	b2r := head(12, 'r', b1) // sibling of b2
	type step struct {
		head   Head
		nonce  uint64 // the chain's nonce after head
		change Change
		slot   uint64 // assigned on head
		want   uint64 // the slot's nonce
	}
	cases := []struct {
		name  string
		steps []step
	}{
		{name: "consecutive landed slots", steps: []step{
			{genesis, 5, ChangeFirst, 100, 5}, {b1, 6, ChangeLanded, 101, 6}, {b2, 7, ChangeLanded, 102, 7},
		}},
		{name: "missed slot reuses the nonce", steps: []step{
			{genesis, 5, ChangeFirst, 100, 5}, {b1, 5, ChangeMissed, 101, 5}, {b2, 6, ChangeLanded, 102, 6},
		}},
		{name: "reorg removes the landed transaction", steps: []step{
			{b1, 5, ChangeFirst, 101, 5}, {b2, 6, ChangeLanded, 102, 6}, {b2r, 5, ChangeReorg, 102, 5},
		}},
		{name: "reorg adds a landed transaction", steps: []step{
			{b1, 5, ChangeFirst, 101, 5}, {b2, 5, ChangeMissed, 102, 5}, {b2r, 6, ChangeReorg, 102, 6}, {head(13, 0, b2r), 7, ChangeLanded, 103, 7},
		}},
		{name: "missed heads are a resync", steps: []step{
			{genesis, 5, ChangeFirst, 100, 5}, {b3, 7, ChangeReorg, 103, 7},
		}},
		{name: "another user of the key", steps: []step{
			{genesis, 5, ChangeFirst, 100, 5}, {b1, 7, ChangeForeign, 101, 7},
		}},
		{name: "same head", steps: []step{
			{genesis, 5, ChangeFirst, 100, 5}, {genesis, 5, ChangeSame, 100, 5},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var b Book
			for i, s := range tc.steps {
				if c := b.Sync(s.head, s.nonce); c != s.change {
					t.Fatalf("step %d: Sync = %s, want %s", i, c, s.change)
				}
				a, err := b.Assign(s.slot, s.head.Hash)
				if err != nil || a.Nonce != s.want {
					t.Fatalf("step %d: Assign = %+v, %v; want nonce %d", i, a, err, s.want)
				}
			}
		})
	}
}

func TestBookRefusesAnUntrackedParent(t *testing.T) {
	var b Book
	if _, err := b.Assign(1, common.Hash{1}); !errors.Is(err, ErrNotSynced) {
		t.Fatalf("before any sync: %v", err)
	}
	b.Sync(Head{Number: 1, Hash: common.Hash{1}}, 0)
	if _, err := b.Assign(2, common.Hash{2}); !errors.Is(err, ErrNotSynced) {
		t.Fatalf("other parent: %v", err)
	}
}
