package sequencer

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
)

// TestCommitteeCertifiesWithTwoThirds: three of four votes are a certificate that verifies
// against the committee; two are ErrNotCertified (below threshold); a member back online counts
// again.
func TestCommitteeCertifiesWithTwoThirds(t *testing.T) {
	keys, err := DevCommitteeKeys(4)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCommittee(0, keys)
	if err != nil {
		t.Fatal(err)
	}
	digest := common.Hash{0xd1}
	c.Offline(1)
	cert, err := c.Certify(context.Background(), digest)
	if err != nil {
		t.Fatalf("3 of 4 online: %v", err)
	}
	if err := c.Committee().Verify(digest, cert); err != nil || cert.Signers[0]&0b0010 != 0 {
		t.Fatalf("certificate of 3 of 4 (signers %x): %v", cert.Signers, err)
	}
	c.Offline(2)
	if _, err := c.Certify(context.Background(), digest); !errors.Is(err, ErrNotCertified) || !errors.Is(err, bundle.ErrBelowThreshold) {
		t.Fatalf("2 of 4 online: %v", err)
	}
	c.Online(1)
	if _, err := c.Certify(context.Background(), digest); err != nil {
		t.Fatalf("member 1 back: %v", err)
	}
	again, _ := DevCommitteeKeys(4)
	if string(again[3].Pubkey()) != string(keys[3].Pubkey()) {
		t.Fatal("devnet committee keys are not deterministic")
	}
	if _, err := NewCommittee(0, []*bundle.BLSKey{keys[0], keys[0]}); !errors.Is(err, ErrConfig) || !errors.Is(err, bundle.ErrDuplicateSigner) {
		t.Fatalf("duplicate member: %v", err)
	}
}

// TestCommitteeBatchCertifier: the batch poster's certifier gives a committee certificate over
// the batch digest under the domain, which the carried-batch check accepts.
func TestCommitteeBatchCertifier(t *testing.T) {
	keys, _ := DevCommitteeKeys(3)
	c, err := NewCommittee(0, keys)
	if err != nil {
		t.Fatal(err)
	}
	d := bundle.Domain{ChainID: 1, VerifyingContract: common.Address{1}}
	data, _ := bundle.EncodeBatch([][][]byte{{}})
	h := bundle.BatchHeader{L2ChainID: 5, FirstNumber: 1, LastNumber: 1, DataHash: crypto.Keccak256Hash(data)}
	cert, err := BatchCertifier{Committee: c, Domain: d}.CertifyBatch(context.Background(), &h)
	if err != nil {
		t.Fatal(err)
	}
	b := bundle.SignedBatch{Header: h, Certificate: cert, Data: data}
	if err := b.Verify(bundle.Authority{Committee: c.Committee()}, d, 5); err != nil {
		t.Fatalf("batch certified by the committee: %v", err)
	}
}
