package bundle

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func signedSample(t testing.TB) (*SignedSlotEnding, Authority) {
	t.Helper()
	key := testKey(t, "sequencer")
	m := sampleSlotEnding()
	cert, err := SignECDSA(&m, sampleDomain, key)
	if err != nil {
		t.Fatal(err)
	}
	return &SignedSlotEnding{SlotEnding: m, Certificate: cert}, Authority{Sequencer: crypto.PubkeyToAddress(key.PublicKey)}
}

func TestECDSACertificate(t *testing.T) {
	good, auth := signedSample(t)
	if err := auth.Verify(good, sampleDomain); err != nil {
		t.Fatalf("valid certificate rejected: %v", err)
	}
	tests := []struct {
		name   string
		mutate func(m *SignedSlotEnding, d *Domain, a *Authority)
		want   error
	}{
		{"tampered l2 block hash", func(m *SignedSlotEnding, _ *Domain, _ *Authority) { m.L2BlockHash[0] ^= 1 }, ErrWrongSigner},
		{"tampered l1 slot", func(m *SignedSlotEnding, _ *Domain, _ *Authority) { m.L1Slot++ }, ErrWrongSigner},
		{"tampered slot-ending flag", func(m *SignedSlotEnding, _ *Domain, _ *Authority) { m.IsSlotEnding = false }, ErrWrongSigner},
		{"wrong domain chain id", func(_ *SignedSlotEnding, d *Domain, _ *Authority) { d.ChainID = 5 }, ErrWrongSigner},
		{"wrong domain inbox", func(_ *SignedSlotEnding, d *Domain, _ *Authority) { d.VerifyingContract[19] ^= 1 }, ErrWrongSigner},
		{"other sequencer", func(_ *SignedSlotEnding, _ *Domain, a *Authority) { a.Sequencer = common.Address{1} }, ErrWrongSigner},
		{"short signature", func(m *SignedSlotEnding, _ *Domain, _ *Authority) {
			m.Certificate.Signature = m.Certificate.Signature[:64]
		}, ErrBadSignature},
		{"v of 0", func(m *SignedSlotEnding, _ *Domain, _ *Authority) { m.Certificate.Signature[64] -= 27 }, ErrBadSignature},
		{"high s", func(m *SignedSlotEnding, _ *Domain, _ *Authority) { flipS(m.Certificate.Signature) }, ErrBadSignature},
		{"committee kind without committee", func(m *SignedSlotEnding, _ *Domain, _ *Authority) { m.Certificate.Kind = CertCommittee }, ErrCertKind},
		{"unknown kind", func(m *SignedSlotEnding, _ *Domain, _ *Authority) { m.Certificate.Kind = "rsa" }, ErrCertKind},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, a := signedSample(t)
			d := sampleDomain
			tc.mutate(m, &d, &a)
			if err := a.Verify(m, d); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

// flipS replaces s with n-s (and flips v): the same signature in its malleable high-s form.
func flipS(sig []byte) {
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	s.FillBytes(sig[32:64])
	sig[64] ^= 1
}

type testCommittee struct {
	keys      []*BLSKey
	committee *Committee
}

func newTestCommittee(t testing.TB, n int) *testCommittee {
	t.Helper()
	tc := &testCommittee{}
	var pubs, pops [][]byte
	for i := range n {
		k, err := NewBLSKey(crypto.Keccak256([]byte{byte(i), 'c', 'o', 'm'}))
		if err != nil {
			t.Fatal(err)
		}
		tc.keys = append(tc.keys, k)
		pubs, pops = append(pubs, k.Pubkey()), append(pops, k.ProvePossession())
	}
	c, err := NewCommittee(3, pubs, pops)
	if err != nil {
		t.Fatal(err)
	}
	tc.committee = c
	return tc
}

func (tc *testCommittee) certify(t testing.TB, m *SlotEnding, d Domain, signers ...int) *SignedSlotEnding {
	t.Helper()
	votes := map[int][]byte{}
	for _, i := range signers {
		votes[i] = tc.keys[i].Vote(m.Digest(d))
	}
	cert, err := AggregateVotes(tc.committee.Epoch, tc.committee.Size(), votes)
	if err != nil {
		t.Fatal(err)
	}
	return &SignedSlotEnding{SlotEnding: *m, Certificate: cert}
}

func TestCommitteeCertificate(t *testing.T) {
	tc := newTestCommittee(t, 6) // threshold 4
	auth := Authority{Committee: tc.committee}
	m := sampleSlotEnding()
	if got := tc.committee.Threshold(); got != 4 {
		t.Fatalf("threshold of 6 = %d, want 4", got)
	}
	if err := auth.Verify(tc.certify(t, &m, sampleDomain, 0, 2, 3, 5), sampleDomain); err != nil {
		t.Fatalf("4 of 6 rejected: %v", err)
	}
	tests := []struct {
		name string
		cert func() *SignedSlotEnding
		d    Domain
		want error
	}{
		{"below threshold", func() *SignedSlotEnding { return tc.certify(t, &m, sampleDomain, 0, 1, 2) }, sampleDomain, ErrBelowThreshold},
		{"tampered message", func() *SignedSlotEnding {
			c := tc.certify(t, &m, sampleDomain, 0, 1, 2, 3)
			c.L2StateRoot[31] ^= 1
			return c
		}, sampleDomain, ErrBadSignature},
		{"wrong domain", func() *SignedSlotEnding { return tc.certify(t, &m, sampleDomain, 0, 1, 2, 3) }, Domain{ChainID: 2}, ErrBadSignature},
		{"bitfield claims a non-signer", func() *SignedSlotEnding {
			c := tc.certify(t, &m, sampleDomain, 0, 1, 2, 3)
			c.Certificate.Signers[0] |= 1 << 4
			return c
		}, sampleDomain, ErrBadSignature},
		{"bit beyond committee", func() *SignedSlotEnding {
			c := tc.certify(t, &m, sampleDomain, 0, 1, 2, 3)
			c.Certificate.Signers[0] |= 1 << 7
			return c
		}, sampleDomain, ErrMalformed},
		{"wrong epoch", func() *SignedSlotEnding {
			c := tc.certify(t, &m, sampleDomain, 0, 1, 2, 3)
			c.Certificate.Epoch++
			return c
		}, sampleDomain, ErrWrongEpoch},
		{"ecdsa kind without sequencer", func() *SignedSlotEnding {
			c := tc.certify(t, &m, sampleDomain, 0, 1, 2, 3)
			c.Certificate.Kind = CertECDSA
			return c
		}, sampleDomain, ErrCertKind},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := auth.Verify(tt.cert(), tt.d); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func TestNewCommitteeRejects(t *testing.T) {
	tc := newTestCommittee(t, 3)
	a, b := tc.keys[0], tc.keys[1]
	tests := []struct {
		name       string
		pubs, pops [][]byte
		want       error
	}{
		{"duplicate signer", [][]byte{a.Pubkey(), b.Pubkey(), a.Pubkey()}, [][]byte{a.ProvePossession(), b.ProvePossession(), a.ProvePossession()}, ErrDuplicateSigner},
		{"proof of another key", [][]byte{a.Pubkey(), b.Pubkey()}, [][]byte{a.ProvePossession(), a.ProvePossession()}, ErrBadPossession},
		{"vote used as proof", [][]byte{a.Pubkey()}, [][]byte{a.Vote(common.Hash{})}, ErrBadPossession},
		{"missing proofs", [][]byte{a.Pubkey(), b.Pubkey()}, [][]byte{a.ProvePossession()}, ErrBadPossession},
		{"short key", [][]byte{a.Pubkey()[:47]}, [][]byte{a.ProvePossession()}, ErrMalformed},
		{"empty", nil, nil, ErrMissing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := NewCommittee(1, tt.pubs, tt.pops); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
}
