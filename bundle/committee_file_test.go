package bundle

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func committeeFileJSON(t testing.TB, tc *testCommittee, edit func(*CommitteeFile)) []byte {
	t.Helper()
	f := CommitteeFileOf(tc.committee.Epoch, tc.keys)
	edit(&f)
	out, err := f.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDecodeCommittee(t *testing.T) {
	tc := newTestCommittee(t, 4)
	c, err := DecodeCommittee(committeeFileJSON(t, tc, func(*CommitteeFile) {}))
	if err != nil {
		t.Fatalf("good file: %v", err)
	}
	if c.Epoch != 3 || c.Size() != 4 || string(c.Points()) != string(tc.committee.Points()) {
		t.Fatalf("decoded epoch %d size %d, points differ", c.Epoch, c.Size())
	}
	cases := []struct {
		name  string
		data  []byte
		field string
		want  error
	}{
		{"bad key", committeeFileJSON(t, tc, func(f *CommitteeFile) { f.Members[1].Pubkey = make([]byte, 48) }), "committee.pubkeys[1]", ErrMalformed},
		{"short key", committeeFileJSON(t, tc, func(f *CommitteeFile) { f.Members[0].Pubkey = f.Members[0].Pubkey[:47] }), "committee.pubkeys[0]", ErrMalformed},
		{"bad proof", committeeFileJSON(t, tc, func(f *CommitteeFile) { f.Members[2].Pop = f.Members[3].Pop }), "committee.pops[2]", ErrBadPossession},
		{"vote as proof", committeeFileJSON(t, tc, func(f *CommitteeFile) {
			f.Members[0].Pop = tc.keys[0].Vote(common.BytesToHash(tc.keys[0].Pubkey()))
		}), "committee.pops[0]", ErrBadPossession},
		{"duplicate", committeeFileJSON(t, tc, func(f *CommitteeFile) { f.Members[3] = f.Members[0] }), "committee.pubkeys[3]", ErrDuplicateSigner},
		{"empty", committeeFileJSON(t, tc, func(f *CommitteeFile) { f.Members = nil }), "committee.pubkeys", ErrMissing},
		{"unknown field", []byte(`{"epoch":1,"members":[],"threshold":3}`), "committee", ErrMalformed},
		{"trailing", append(committeeFileJSON(t, tc, func(*CommitteeFile) {}), []byte(" {}")...), "committee", ErrMalformed},
		{"not json", []byte(`epoch = 1`), "committee", ErrMalformed},
		{"too large", make([]byte, MaxCommitteeFileBytes+1), "committee", ErrTooLarge},
	}
	for _, c := range cases {
		_, err := DecodeCommittee(c.data)
		var fe *FieldError
		if !errors.Is(err, c.want) || !errors.As(err, &fe) || fe.Field != c.field {
			t.Errorf("%s: got %v, want %s: %v", c.name, err, c.field, c.want)
		}
	}
}

// FuzzDecodeCommittee: no panic; a file that decodes re-encodes to the same committee.
func FuzzDecodeCommittee(f *testing.F) {
	tc := newTestCommittee(f, 2)
	f.Add(committeeFileJSON(f, tc, func(*CommitteeFile) {}))
	f.Add([]byte(`{"epoch":1,"members":[{"pubkey":"0x","pop":"0x"}]}`))
	f.Add([]byte(`{"epoch":18446744073709551615,"members":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeCommittee(data)
		if err != nil {
			return
		}
		var file CommitteeFile
		if err := json.Unmarshal(data, &file); err != nil {
			t.Fatal(err)
		}
		enc, err := file.Encode()
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeCommittee(enc)
		if err != nil || again.Epoch != c.Epoch || string(again.Points()) != string(c.Points()) {
			t.Fatalf("round trip changed the committee: %v", err)
		}
	})
}

// TestCommitteeCertifiedBatch: a carried batch may carry a committee certificate over its digest.
func TestCommitteeCertifiedBatch(t *testing.T) {
	tc := newTestCommittee(t, 4)
	d := Domain{ChainID: 1, VerifyingContract: common.Address{9}}
	data, _ := EncodeBatch([][][]byte{sampleTxs(t, 1)})
	b := &SignedBatch{Header: BatchHeader{L2ChainID: 7, FirstNumber: 1, LastNumber: 1, DataHash: crypto.Keccak256Hash(data)}, Data: data}
	certify := func(signers ...int) Certificate {
		votes := map[int][]byte{}
		for _, i := range signers {
			votes[i] = tc.keys[i].Vote(b.Header.Digest(d))
		}
		cert, err := AggregateVotes(tc.committee.Epoch, 4, votes)
		if err != nil {
			t.Fatal(err)
		}
		return cert
	}
	b.Certificate = certify(0, 1, 3)
	if err := b.Verify(Authority{Committee: tc.committee}, d, 7); err != nil {
		t.Fatalf("3 of 4: %v", err)
	}
	var fe *FieldError
	if err := b.Verify(Authority{Sequencer: common.Address{1}}, d, 7); !errors.Is(err, ErrCertKind) || !errors.As(err, &fe) || fe.Field != "batch.certificate.kind" {
		t.Fatalf("no committee configured: %v", err)
	}
	b.Certificate = certify(0, 3)
	if err := b.Verify(Authority{Committee: tc.committee}, d, 7); !errors.Is(err, ErrBelowThreshold) || !errors.As(err, &fe) || fe.Field != "batch.certificate.signers" {
		t.Fatalf("2 of 4: %v", err)
	}
	enc, _ := json.Marshal(&SignedSlotEnding{SlotEnding: sampleSlotEnding(), Certificate: certify(0, 1, 2), Batch: b})
	back, err := DecodeSlotEnding(enc)
	if err != nil || back.Batch.Certificate.Epoch != 3 || string(back.Batch.Certificate.Signers) != string(b.Certificate.Signers) {
		t.Fatalf("batch committee certificate round trip: %v", err)
	}
}
