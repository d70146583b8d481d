package bundle

import (
	"crypto/ecdsa"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// testKey derives a deterministic secp256k1 key from a label.
func testKey(t testing.TB, label string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(label)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func sampleSlotEnding() SlotEnding {
	return SlotEnding{
		L2ChainID: 167001, L2BlockNumber: 4242,
		L2BlockHash:  common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111"),
		L2ParentHash: common.HexToHash("0x2222222222222222222222222222222222222222222222222222222222222222"),
		L2StateRoot:  common.HexToHash("0x3333333333333333333333333333333333333333333333333333333333333333"),
		L1Slot:       9_000_001,
		L1ParentHash: common.HexToHash("0x4444444444444444444444444444444444444444444444444444444444444444"),
		SeqIndex:     7, IsSlotEnding: true,
	}
}

var sampleDomain = Domain{ChainID: 1, VerifyingContract: common.HexToAddress("0x00000000000000000000000000000000000b1b0c")}
