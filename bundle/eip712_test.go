package bundle

import (
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

var updateVectors = flag.Bool("update", false, "rewrite the shared vectors in testdata/ (slot-ending digests, committee certificates)")

const vectorsFile = "testdata/slot_ending_vectors.json"

// Vector is one shared EIP-712 test vector; the inbox contract's tests read the same file.
type Vector struct {
	Name   string `json:"name"`
	Domain struct {
		ChainID           uint64         `json:"chainId"`
		VerifyingContract common.Address `json:"verifyingContract"`
	} `json:"domain"`
	Message         SlotEnding     `json:"message"`
	TypeHash        common.Hash    `json:"typeHash"`
	StructHash      common.Hash    `json:"structHash"`
	DomainSeparator common.Hash    `json:"domainSeparator"`
	Digest          common.Hash    `json:"digest"`
	Signer          common.Address `json:"signer"`
	Signature       string         `json:"signature"`
}

func vectorInputs(t *testing.T) []Vector {
	base := sampleSlotEnding()
	zero := SlotEnding{}
	maxed := SlotEnding{L2ChainID: ^uint64(0), L2BlockNumber: ^uint64(0), L1Slot: ^uint64(0), SeqIndex: ^uint32(0), IsSlotEnding: true,
		L2BlockHash: common.MaxHash, L2ParentHash: common.MaxHash, L2StateRoot: common.MaxHash, L1ParentHash: common.MaxHash}
	notEnding := base
	notEnding.IsSlotEnding = false
	cases := []struct {
		name  string
		chain uint64
		inbox string
		msg   SlotEnding
	}{
		{"mainnet-typical", 1, "0x00000000000000000000000000000000000b1b0c", base},
		{"devnet-not-slot-ending", 3151908, "0x5fbdb2315678afecb367f032d93f642f64180aa3", notEnding},
		{"all-zero", 17000, "0x0000000000000000000000000000000000000001", zero},
		{"all-max", 1, "0xffffffffffffffffffffffffffffffffffffffff", maxed},
	}
	key := testKey(t, "syncboost test sequencer")
	out := make([]Vector, len(cases))
	for i, c := range cases {
		v := &out[i]
		v.Name, v.Message = c.name, c.msg
		v.Domain.ChainID, v.Domain.VerifyingContract = c.chain, common.HexToAddress(c.inbox)
		d := Domain{ChainID: c.chain, VerifyingContract: v.Domain.VerifyingContract}
		v.TypeHash, v.StructHash, v.DomainSeparator, v.Digest = SlotEndingTypeHash(), c.msg.StructHash(), d.Separator(), c.msg.Digest(d)
		cert, err := SignECDSA(&c.msg, d, key)
		if err != nil {
			t.Fatal(err)
		}
		v.Signer, v.Signature = crypto.PubkeyToAddress(key.PublicKey), cert.EncodeSignature()
	}
	return out
}

// TestVectorsCurrent keeps the committed vectors equal to what this package computes; run with
// -update after a deliberate change (the inbox's tests must then change with it).
func TestVectorsCurrent(t *testing.T) {
	got, err := json.MarshalIndent(vectorInputs(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *updateVectors {
		if err := os.WriteFile(vectorsFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(vectorsFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatalf("%s is stale: run go test ./bundle -run TestVectorsCurrent -update", vectorsFile)
	}
}

// TestDigestMatchesGethTypedData checks our hand-rolled encoding against go-ethereum's generic
// EIP-712 implementation (the one clef uses), for every vector.
func TestDigestMatchesGethTypedData(t *testing.T) {
	for _, v := range vectorInputs(t) {
		t.Run(v.Name, func(t *testing.T) {
			m := v.Message
			td := apitypes.TypedData{
				Types: apitypes.Types{
					"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
						{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
					"SlotEnding": {{Name: "l2ChainId", Type: "uint256"}, {Name: "l2BlockNumber", Type: "uint64"},
						{Name: "l2BlockHash", Type: "bytes32"}, {Name: "l2ParentHash", Type: "bytes32"},
						{Name: "l2StateRoot", Type: "bytes32"}, {Name: "l1Slot", Type: "uint64"},
						{Name: "l1ParentHash", Type: "bytes32"}, {Name: "seqIndex", Type: "uint32"},
						{Name: "slotEnding", Type: "bool"}},
				},
				PrimaryType: "SlotEnding",
				Domain: apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion,
					ChainId: (*math.HexOrDecimal256)(new(big.Int).SetUint64(v.Domain.ChainID)), VerifyingContract: v.Domain.VerifyingContract.Hex()},
				Message: apitypes.TypedDataMessage{
					"l2ChainId": new(big.Int).SetUint64(m.L2ChainID), "l2BlockNumber": new(big.Int).SetUint64(m.L2BlockNumber),
					"l2BlockHash": m.L2BlockHash.Bytes(), "l2ParentHash": m.L2ParentHash.Bytes(), "l2StateRoot": m.L2StateRoot.Bytes(),
					"l1Slot": new(big.Int).SetUint64(m.L1Slot), "l1ParentHash": m.L1ParentHash.Bytes(),
					"seqIndex": new(big.Int).SetUint64(uint64(m.SeqIndex)), "slotEnding": m.IsSlotEnding,
				},
			}
			digest, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				t.Fatal(err)
			}
			if common.BytesToHash(digest) != v.Digest {
				t.Fatalf("digest %x, go-ethereum computes %x", v.Digest, digest)
			}
		})
	}
}
