package bundle

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// committeeVectors is testdata/committee_vectors.json: one committee and certificates over
// digests with their expected validity. Committee.Verify checks them here, BLSCommittee on-chain
// (contracts/bindings), so the two agree on every case.
type committeeVectors struct {
	Pubkeys []hexutil.Bytes   `json:"pubkeys"`
	Pops    []hexutil.Bytes   `json:"pops"`
	Cases   []committeeVector `json:"cases"`
}

type committeeVector struct {
	Name      string        `json:"name"`
	Digest    common.Hash   `json:"digest"`
	Signers   hexutil.Bytes `json:"signers"`
	Signature hexutil.Bytes `json:"signature"`
	Valid     bool          `json:"valid"`
}

const committeeVectorsFile = "testdata/committee_vectors.json"

// makeCommitteeVectors derives the vectors from fixed key material.
func makeCommitteeVectors(t *testing.T) committeeVectors {
	var keys []*BLSKey
	var v committeeVectors
	for i := range 4 {
		k, err := NewBLSKey(crypto.Keccak256([]byte(fmt.Sprintf("vector member %d", i))))
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		v.Pubkeys, v.Pops = append(v.Pubkeys, k.Pubkey()), append(v.Pops, k.ProvePossession())
	}
	digest, other := crypto.Keccak256Hash([]byte("vector digest")), crypto.Keccak256Hash([]byte("other digest"))
	cert := func(d common.Hash, signers ...int) Certificate {
		votes := map[int][]byte{}
		for _, i := range signers {
			votes[i] = keys[i].Vote(d)
		}
		c, err := AggregateVotes(0, 4, votes)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	add := func(name string, d common.Hash, c Certificate, valid bool) {
		v.Cases = append(v.Cases, committeeVector{Name: name, Digest: d, Signers: c.Signers, Signature: c.Signature, Valid: valid})
	}
	add("all four", digest, cert(digest, 0, 1, 2, 3), true)
	add("three of four", digest, cert(digest, 0, 2, 3), true)
	add("two of four", digest, cert(digest, 1, 2), false)
	add("signed another digest", digest, cert(other, 0, 1, 2), false)
	wrongBits := cert(digest, 0, 1, 2)
	wrongBits.Signers = []byte{0x0d} // members 0, 2, 3 named, 0, 1, 2 signed
	add("bitfield names other signers", digest, wrongBits, false)
	return v
}

func TestCommitteeVectors(t *testing.T) {
	want := makeCommitteeVectors(t)
	if *updateVectors {
		raw, _ := json.MarshalIndent(want, "", "  ")
		if err := os.WriteFile(committeeVectorsFile, append(raw, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(committeeVectorsFile)
	if err != nil {
		t.Fatal(err)
	}
	var v committeeVectors
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	var pks, pops [][]byte
	for i := range v.Pubkeys {
		pks, pops = append(pks, v.Pubkeys[i]), append(pops, v.Pops[i])
	}
	c, err := NewCommittee(0, pks, pops)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range v.Cases {
		err := c.Verify(tc.Digest, Certificate{Kind: CertCommittee, Signers: tc.Signers, Signature: tc.Signature})
		if (err == nil) != tc.Valid {
			t.Errorf("%s: valid %v, got %v", tc.Name, tc.Valid, err)
		}
	}
}
