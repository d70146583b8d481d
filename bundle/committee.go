package bundle

import (
	"fmt"

	blst "github.com/supranational/blst/bindings/go"

	"github.com/ethereum/go-ethereum/common"
)

// BLS ciphersuites of the Ethereum consensus layer: min-pubkey-size (48-byte G1 keys, 96-byte G2
// signatures), proof-of-possession scheme. The possession DST differs from the signing DST so a
// proof can never be replayed as a vote.
var (
	blsSignDST = []byte("BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_")
	blsPopDST  = []byte("BLS_POP_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_")
)

const (
	BLSPubkeyLen    = 48
	BLSSignatureLen = 96
)

// Committee is a fixed, ordered set of BLS keys for one epoch. FastAggregateVerify is only sound
// against rogue-key attacks when every key has proven possession of its secret, so NewCommittee
// requires a proof of possession for each member.
type Committee struct {
	Epoch   uint64
	pubkeys []*blst.P1Affine
}

// NewCommittee checks each key, its proof of possession and that no key appears twice (a
// duplicate member would let one signer count twice towards the threshold).
func NewCommittee(epoch uint64, pubkeys, pops [][]byte) (*Committee, error) {
	if len(pubkeys) == 0 {
		return nil, fieldErr("committee.pubkeys", ErrMissing, "empty committee")
	}
	if len(pops) != len(pubkeys) {
		return nil, fieldErr("committee.pops", ErrBadPossession, "want %d proofs, got %d", len(pubkeys), len(pops))
	}
	c, err := parseMembers(epoch, pubkeys)
	if err != nil {
		return nil, err
	}
	for i, pk := range c.pubkeys {
		pop := new(blst.P2Affine).Uncompress(pops[i])
		if pop == nil || !pop.Verify(true, pk, false, pubkeys[i], blsPopDST) {
			return nil, fieldErr(fmt.Sprintf("committee.pops[%d]", i), ErrBadPossession, "does not verify")
		}
	}
	return c, nil
}

// parseMembers checks each key and that no key appears twice (a duplicate member would let one
// signer count twice towards the threshold).
func parseMembers(epoch uint64, pubkeys [][]byte) (*Committee, error) {
	if len(pubkeys) == 0 {
		return nil, fieldErr("committee.pubkeys", ErrMissing, "empty committee")
	}
	c := &Committee{Epoch: epoch, pubkeys: make([]*blst.P1Affine, len(pubkeys))}
	seen := make(map[string]int, len(pubkeys))
	for i, raw := range pubkeys {
		field := fmt.Sprintf("committee.pubkeys[%d]", i)
		if j, dup := seen[string(raw)]; dup {
			return nil, fieldErr(field, ErrDuplicateSigner, "same key as member %d", j)
		}
		seen[string(raw)] = i
		pk, err := parsePubkey(field, raw)
		if err != nil {
			return nil, err
		}
		c.pubkeys[i] = pk
	}
	return c, nil
}

func parsePubkey(field string, raw []byte) (*blst.P1Affine, error) {
	if len(raw) != BLSPubkeyLen {
		return nil, fieldErr(field, ErrMalformed, "want %d bytes, got %d", BLSPubkeyLen, len(raw))
	}
	pk := new(blst.P1Affine).Uncompress(raw)
	if pk == nil || !pk.KeyValidate() {
		return nil, fieldErr(field, ErrMalformed, "not a valid BLS12-381 G1 public key")
	}
	return pk, nil
}

// Size is the number of committee members.
func (c *Committee) Size() int { return len(c.pubkeys) }

// Threshold is the least number of signers that is at least two thirds of the committee.
func (c *Committee) Threshold() int { return (2*len(c.pubkeys) + 2) / 3 }

// Verify checks a committee certificate over digest: epoch, bitfield, threshold, aggregate.
func (c *Committee) Verify(digest common.Hash, cert Certificate) error {
	return c.verify("certificate", digest, cert)
}

func (c *Committee) verify(prefix string, digest common.Hash, cert Certificate) error {
	if cert.Epoch != c.Epoch {
		return fieldErr(prefix+".epoch", ErrWrongEpoch, "got %d, committee is for %d", cert.Epoch, c.Epoch)
	}
	if want := (len(c.pubkeys) + 7) / 8; len(cert.Signers) != want {
		return fieldErr(prefix+".signers", ErrMalformed, "want a %d-byte bitfield, got %d", want, len(cert.Signers))
	}
	var signers []*blst.P1Affine
	for i := range len(cert.Signers) * 8 {
		if cert.Signers[i/8]&(1<<(i%8)) == 0 {
			continue
		}
		if i >= len(c.pubkeys) {
			return fieldErr(prefix+".signers", ErrMalformed, "bit %d set beyond committee size %d", i, len(c.pubkeys))
		}
		signers = append(signers, c.pubkeys[i])
	}
	if len(signers) < c.Threshold() {
		return fieldErr(prefix+".signers", ErrBelowThreshold, "%d of %d signed, need %d", len(signers), len(c.pubkeys), c.Threshold())
	}
	if len(cert.Signature) != BLSSignatureLen {
		return fieldErr(prefix+".signature", ErrBadSignature, "want %d bytes, got %d", BLSSignatureLen, len(cert.Signature))
	}
	sig := new(blst.P2Affine).Uncompress(cert.Signature)
	if sig == nil || !sig.FastAggregateVerify(true, signers, digest[:], blsSignDST) {
		return fieldErr(prefix+".signature", ErrBadSignature, "aggregate does not verify")
	}
	return nil
}

// BLSKey is a committee member's secret key; it signs votes and proofs of possession.
type BLSKey struct{ sk *blst.SecretKey }

// NewBLSKey derives a key from at least 32 bytes of secret input keying material.
func NewBLSKey(ikm []byte) (*BLSKey, error) {
	if len(ikm) < 32 {
		return nil, fmt.Errorf("bls key material: want >= 32 bytes, got %d: %w", len(ikm), ErrMalformed)
	}
	return &BLSKey{sk: blst.KeyGen(ikm)}, nil
}

// Pubkey is the compressed 48-byte public key.
func (k *BLSKey) Pubkey() []byte { return new(blst.P1Affine).From(k.sk).Compress() }

// ProvePossession signs the key's own public key under the possession DST.
func (k *BLSKey) ProvePossession() []byte {
	return new(blst.P2Affine).Sign(k.sk, k.Pubkey(), blsPopDST).Compress()
}

// Vote is the member's signature over a slot-ending digest.
func (k *BLSKey) Vote(digest common.Hash) []byte {
	return new(blst.P2Affine).Sign(k.sk, digest[:], blsSignDST).Compress()
}

// AggregateVotes builds a committee certificate from members' votes keyed by member index.
func AggregateVotes(epoch uint64, size int, votes map[int][]byte) (Certificate, error) {
	signers := make([]byte, (size+7)/8)
	sigs := make([][]byte, 0, len(votes))
	for i, v := range votes {
		if i < 0 || i >= size {
			return Certificate{}, fmt.Errorf("vote index %d outside committee of %d: %w", i, size, ErrMalformed)
		}
		signers[i/8] |= 1 << (i % 8)
		sigs = append(sigs, v)
	}
	agg := new(blst.P2Aggregate)
	if !agg.AggregateCompressed(sigs, true) {
		return Certificate{}, fmt.Errorf("aggregate votes: %w", ErrBadSignature)
	}
	return Certificate{Kind: CertCommittee, Signature: agg.ToAffine().Compress(), Signers: signers, Epoch: epoch}, nil
}
