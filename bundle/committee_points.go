package bundle

import (
	"bytes"
	"fmt"

	blst "github.com/supranational/blst/bindings/go"
)

// EIP-2537 encodings, what the on-chain committee (BLSCommittee) reads: an Fp element is 64
// bytes (16 zero bytes, then 48 big-endian); a G1 point is x ‖ y; a G2 point is
// x.c0 ‖ x.c1 ‖ y.c0 ‖ y.c1. blst serialises Fp2 with c1 first (the ZCash order).
const (
	G1PointLen = 128
	G2PointLen = 256
)

// PubkeyPoint is a compressed 48-byte public key as an EIP-2537 G1 point.
func PubkeyPoint(compressed []byte) ([]byte, error) {
	pk, err := parsePubkey("pubkey", compressed)
	if err != nil {
		return nil, err
	}
	raw := pk.Serialize() // x ‖ y, 48 bytes each
	return fpWords(raw[:48], raw[48:]), nil
}

// SignaturePoint is a compressed 96-byte signature (a vote, an aggregate or a proof of
// possession) as an EIP-2537 G2 point.
func SignaturePoint(compressed []byte) ([]byte, error) {
	if len(compressed) != BLSSignatureLen {
		return nil, fieldErr("signature", ErrBadSignature, "want %d bytes, got %d", BLSSignatureLen, len(compressed))
	}
	sig := new(blst.P2Affine).Uncompress(compressed)
	if sig == nil {
		return nil, fieldErr("signature", ErrBadSignature, "not a BLS12-381 G2 point")
	}
	raw := sig.Serialize() // x.c1 ‖ x.c0 ‖ y.c1 ‖ y.c0
	return fpWords(raw[48:96], raw[:48], raw[144:], raw[96:144]), nil
}

// Points is the committee's keys as concatenated G1 points, what BLSCommittee hashes.
func (c *Committee) Points() []byte {
	out := make([]byte, 0, len(c.pubkeys)*G1PointLen)
	for _, pk := range c.pubkeys {
		raw := pk.Serialize()
		out = append(out, fpWords(raw[:48], raw[48:])...)
	}
	return out
}

func fpWords(elems ...[]byte) []byte {
	out := make([]byte, 0, 64*len(elems))
	var pad [16]byte
	for _, e := range elems {
		out = append(append(out, pad[:]...), e...)
	}
	return out
}

// CommitteeOfRegistered is the committee of keys whose proofs of possession BLSCommittee checked
// when it registered them, as its CommitteeRotationProposed event lists them: the compressed keys
// in member order and their EIP-2537 points. The proofs are not in the event, so this trusts the
// contract for them; it checks each key, that no key appears twice and that points are exactly
// the keys' points (what the contract's membersHash hashes).
func CommitteeOfRegistered(epoch uint64, pubkeys [][]byte, points []byte) (*Committee, error) {
	if len(points) != len(pubkeys)*G1PointLen {
		return nil, fieldErr("committee.points", ErrMalformed, "want %d bytes for %d keys, got %d", len(pubkeys)*G1PointLen, len(pubkeys), len(points))
	}
	c, err := parseMembers(epoch, pubkeys)
	if err != nil {
		return nil, err
	}
	for i, pk := range c.pubkeys {
		raw := pk.Serialize()
		if !bytes.Equal(fpWords(raw[:48], raw[48:]), points[i*G1PointLen:(i+1)*G1PointLen]) {
			return nil, fieldErr(fmt.Sprintf("committee.points[%d]", i), ErrMalformed, "not the point of pubkeys[%d]", i)
		}
	}
	return c, nil
}
