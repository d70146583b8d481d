package feed

import (
	"errors"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
)

// committeeSeq certifies messages and batches as a committee of four does: threshold three.
type committeeSeq struct {
	*seq
	keys      []*bundle.BLSKey
	committee *bundle.Committee
}

func newCommitteeSeq(t *testing.T) *committeeSeq { return newCommitteeSeqAt(t, 'f', 2) }

// newCommitteeSeqAt is a committee of four keys derived from tag, for epoch.
func newCommitteeSeqAt(t *testing.T, tag byte, epoch uint64) *committeeSeq {
	c := &committeeSeq{seq: newSeq(t)}
	for i := range 4 {
		k, err := bundle.NewBLSKey(crypto.Keccak256([]byte{tag, byte(i)}))
		if err != nil {
			t.Fatal(err)
		}
		c.keys = append(c.keys, k)
	}
	data, err := bundle.CommitteeFileOf(epoch, c.keys).Encode()
	if err != nil {
		t.Fatal(err)
	}
	if c.committee, err = bundle.DecodeCommittee(data); err != nil {
		t.Fatal(err)
	}
	return c
}

func (c *committeeSeq) certify(digest common.Hash, signers ...int) bundle.Certificate {
	votes := map[int][]byte{}
	for _, i := range signers {
		votes[i] = c.keys[i].Vote(digest)
	}
	cert, err := bundle.AggregateVotes(c.committee.Epoch, c.committee.Size(), votes)
	if err != nil {
		c.t.Fatal(err)
	}
	return cert
}

// msg is m's message for block n with a committee-certified batch, the message certified by
// msgSigners and the batch by batchSigners.
func (c *committeeSeq) msg(n uint64, msgSigners, batchSigners []int) *bundle.SignedSlotEnding {
	m := c.withBatch(c.seq.msg(n), c.key, nil)
	m.Certificate = c.certify(m.Digest(domain), msgSigners...)
	m.Batch.Certificate = c.certify(m.Batch.Header.Digest(domain), batchSigners...)
	return m
}

// TestCommitteeCertificatesOnTheFeed: with a committee configured the follower accepts messages
// and batches that at least two thirds certified, and refuses fewer, ECDSA, or another epoch.
func TestCommitteeCertificatesOnTheFeed(t *testing.T) {
	c := newCommitteeSeq(t)
	cfg := ValidatorConfig{L2ChainID: chainID, Domain: domain, Authority: bundle.Authority{Committee: c.committee}}
	three, two := []int{0, 1, 3}, []int{1, 2}
	if r := newValidator(cfg, newHead()).check(c.msg(101, three, three)); r != nil {
		t.Fatalf("3 of 4: %v", r)
	}
	otherEpoch := c.msg(101, three, three)
	otherEpoch.Certificate.Epoch = 3
	ecdsaBatch := c.withBatch(c.msg(101, three, three), c.key, nil)
	ecdsaBatch.Certificate = c.msg(101, three, three).Certificate
	tests := []struct {
		name   string
		m      *bundle.SignedSlotEnding
		reason string
		want   error
	}{
		{"message by two of four", c.msg(101, two, three), RejectCertificate, bundle.ErrBelowThreshold},
		{"batch by two of four", c.msg(101, three, two), RejectBadBatch, bundle.ErrBelowThreshold},
		{"ecdsa message", c.seq.msg(101), RejectCertificate, bundle.ErrCertKind},
		{"ecdsa batch", ecdsaBatch, RejectBadBatch, bundle.ErrCertKind},
		{"another epoch", otherEpoch, RejectWrongEpoch, bundle.ErrWrongEpoch},
	}
	for _, tt := range tests {
		r := newValidator(cfg, newHead()).check(tt.m)
		if r == nil || r.Reason != tt.reason || !errors.Is(r, tt.want) {
			t.Errorf("%s: got %v, want %s (%v)", tt.name, r, tt.reason, tt.want)
		}
	}
}

// rotating is a committee in force that is swapped at run time, as the L1 follower does.
type rotating struct {
	c atomic.Pointer[bundle.Committee]
}

func (r *rotating) Authority(uint64) bundle.Authority { return bundle.Authority{Committee: r.c.Load()} }

// TestRotatedCommitteeOnTheFeed: once the committee in force is swapped (a rotation activated on
// L1) the rotated-out committee's messages and batches are refused, the reason named
// (wrong_epoch; bad_batch for a batch), and the new committee's are taken, by the same
// validator without a restart.
func TestRotatedCommitteeOnTheFeed(t *testing.T) {
	old, next := newCommitteeSeqAt(t, 'o', 2), newCommitteeSeqAt(t, 'n', 3)
	var auth rotating
	auth.c.Store(old.committee)
	v := newValidator(ValidatorConfig{L2ChainID: chainID, Domain: domain, Authorities: &auth}, newHead())
	three := []int{0, 1, 2}
	if r := v.check(old.msg(101, three, three)); r != nil {
		t.Fatalf("old committee before the rotation: %v", r)
	}
	auth.c.Store(next.committee)
	if r := v.check(old.msg(102, three, three)); r == nil || r.Reason != RejectWrongEpoch || !errors.Is(r, bundle.ErrWrongEpoch) {
		t.Fatalf("rotated-out committee's message: %v, want %s", r, RejectWrongEpoch)
	}
	mixed := next.msg(102, three, three)
	mixed.Batch.Certificate = old.certify(mixed.Batch.Header.Digest(domain), three...)
	if r := v.check(mixed); r == nil || r.Reason != RejectBadBatch || !errors.Is(r, bundle.ErrWrongEpoch) {
		t.Fatalf("batch by the rotated-out committee: %v, want %s", r, RejectBadBatch)
	}
	if r := v.check(next.msg(102, three, three)); r != nil {
		t.Fatalf("new committee after the rotation: %v", r)
	}
}
