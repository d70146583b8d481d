package bundle

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// CertKind names the certificate scheme.
type CertKind string

const (
	CertECDSA     CertKind = "ecdsa"     // one sequencer key, 65-byte r||s||v signature
	CertCommittee CertKind = "committee" // BLS aggregate of >= 2/3 of a committee
)

// Certificate proves the sequencer (or its committee) signed a SlotEnding digest.
type Certificate struct {
	Kind      CertKind
	Signature []byte // ECDSA: r||s||v with v in {27,28}; committee: 96-byte BLS G2 aggregate
	Signers   []byte // committee only: bit i (LSB first within byte i/8) set when member i signed
	Epoch     uint64 // committee only: the committee's epoch
}

// SignedSlotEnding is a slot-ending message with its certificate, as the feed carries it.
type SignedSlotEnding struct {
	SlotEnding
	Certificate Certificate
	// Batch commits the sequenced blocks from the inbox head at L1ParentHash up to this one; the
	// sidecar carries it in its submission. Nil when the block is already on L1.
	Batch *SignedBatch
}

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// SignECDSA certifies m with the sequencer key, in the form the inbox's ecrecover expects.
func SignECDSA(m *SlotEnding, d Domain, key *ecdsa.PrivateKey) (Certificate, error) {
	return signDigest(m.Digest(d), key)
}

func signDigest(digest common.Hash, key *ecdsa.PrivateKey) (Certificate, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return Certificate{}, fmt.Errorf("sign digest: %w", err)
	}
	sig[64] += 27
	return Certificate{Kind: CertECDSA, Signature: sig}, nil
}

// RecoverECDSA returns the address that signed digest, enforcing the same rules as the inbox:
// 65 bytes, v in {27,28}, s in the lower half of the curve order.
func RecoverECDSA(digest common.Hash, sig []byte) (common.Address, error) {
	return recoverECDSA("certificate.signature", digest, sig)
}

func recoverECDSA(field string, digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fieldErr(field, ErrBadSignature, "want 65 bytes, got %d", len(sig))
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fieldErr(field, ErrBadSignature, "v must be 27 or 28, got %d", v)
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fieldErr(field, ErrBadSignature, "s is not in the lower half order")
	}
	norm := make([]byte, 65)
	copy(norm, sig)
	norm[64] = v - 27
	pub, err := crypto.SigToPub(digest[:], norm)
	if err != nil {
		return common.Address{}, fieldErr(field, ErrBadSignature, "recover: %v", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Authority is who may certify slot-ending messages: a sequencer address, a committee, or both.
type Authority struct {
	Sequencer common.Address
	Committee *Committee
}

// Verify checks m's certificate against the authority under domain d. It does no other check.
func (a Authority) Verify(m *SignedSlotEnding, d Domain) error {
	return a.VerifyDigest("certificate", m.Digest(d), m.Certificate)
}

// VerifyDigest checks cert over digest: an ECDSA signature by the sequencer, or a committee
// certificate of at least two thirds of the committee. Errors name the fields under prefix.
func (a Authority) VerifyDigest(prefix string, digest common.Hash, cert Certificate) error {
	switch cert.Kind {
	case CertECDSA:
		if a.Sequencer == (common.Address{}) {
			return fieldErr(prefix+".kind", ErrCertKind, "no sequencer key configured for %q", CertECDSA)
		}
		signer, err := recoverECDSA(prefix+".signature", digest, cert.Signature)
		if err != nil {
			return err
		}
		if signer != a.Sequencer {
			return fieldErr(prefix+".signature", ErrWrongSigner, "recovered %s", signer.Hex())
		}
		return nil
	case CertCommittee:
		if a.Committee == nil {
			return fieldErr(prefix+".kind", ErrCertKind, "no committee configured for %q", CertCommittee)
		}
		return a.Committee.verify(prefix, digest, cert)
	default:
		return fieldErr(prefix+".kind", ErrCertKind, "unknown kind %q", cert.Kind)
	}
}

// EncodeSignature returns the certificate signature as 0x hex, for logs and JSON.
func (c Certificate) EncodeSignature() string { return hexutil.Encode(c.Signature) }
