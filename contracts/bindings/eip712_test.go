package bindings_test

import (
	"encoding/json"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

type slotEndingVector struct {
	Name    string `json:"name"`
	Message struct {
		L2ChainID     hexutil.Uint64 `json:"l2ChainId"`
		L2BlockNumber hexutil.Uint64 `json:"l2BlockNumber"`
		L2BlockHash   common.Hash    `json:"l2BlockHash"`
		L2ParentHash  common.Hash    `json:"l2ParentHash"`
		L2StateRoot   common.Hash    `json:"l2StateRoot"`
		L1Slot        hexutil.Uint64 `json:"l1Slot"`
		L1ParentHash  common.Hash    `json:"l1ParentHash"`
		SeqIndex      hexutil.Uint64 `json:"seqIndex"`
		SlotEnding    bool           `json:"slotEnding"`
	} `json:"message"`
	TypeHash   common.Hash `json:"typeHash"`
	StructHash common.Hash `json:"structHash"`
}

func (v slotEndingVector) binding() bindings.SlotEnding {
	m := v.Message
	return bindings.SlotEnding{
		L2ChainId: new(big.Int).SetUint64(uint64(m.L2ChainID)), L2BlockNumber: uint64(m.L2BlockNumber),
		L2BlockHash: m.L2BlockHash, L2ParentHash: m.L2ParentHash, L2StateRoot: m.L2StateRoot,
		L1Slot: uint64(m.L1Slot), L1ParentHash: m.L1ParentHash, SeqIndex: uint32(m.SeqIndex), SlotEnding: m.SlotEnding,
	}
}

// TestSlotEndingHashMatchesSharedVectors checks the inbox's EIP-712 type hash and struct hash
// against bundle/'s test vectors, and its domain separator and digest against bundle.Domain.
func TestSlotEndingHashMatchesSharedVectors(t *testing.T) {
	raw, err := os.ReadFile("../../bundle/testdata/slot_ending_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors []slotEndingVector
	if err := json.Unmarshal(raw, &vectors); err != nil {
		t.Fatal(err)
	}
	if len(vectors) == 0 {
		t.Fatal("no vectors")
	}
	f := newFixture(t)
	typeHash, err := f.ib.UnpackSLOTENDINGTYPEHASH(f.call(f.inbox, f.ib.PackSLOTENDINGTYPEHASH()))
	if err != nil {
		t.Fatal(err)
	}
	sep, err := f.ib.UnpackDomainSeparator(f.call(f.inbox, f.ib.PackDomainSeparator()))
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(sep) != f.domain().Separator() {
		t.Fatalf("domain separator %x, bundle computes %x", sep, f.domain().Separator())
	}
	for _, v := range vectors {
		if common.Hash(typeHash) != v.TypeHash || v.TypeHash != bundle.SlotEndingTypeHash() {
			t.Fatalf("%s: type hash %x, vector %x", v.Name, typeHash, v.TypeHash)
		}
		m := v.binding()
		sh, err := f.ib.UnpackHashSlotEnding(f.call(f.inbox, f.ib.PackHashSlotEnding(m)))
		if err != nil {
			t.Fatal(err)
		}
		if common.Hash(sh) != v.StructHash {
			t.Errorf("%s: struct hash %x, vector %x", v.Name, sh, v.StructHash)
		}
		digest, err := f.ib.UnpackSlotEndingDigest(f.call(f.inbox, f.ib.PackSlotEndingDigest(m)))
		if err != nil {
			t.Fatal(err)
		}
		if want := toBundle(m).Digest(f.domain()); common.Hash(digest) != want {
			t.Errorf("%s: digest %x, bundle computes %x", v.Name, digest, want)
		}
	}
}
