// Package fbsig signs and verifies the X-Flashbots-Signature header: the EIP-191 personal
// signature of the 0x-prefixed lowercase hex keccak256 of the exact HTTP body bytes, sent as
// "<address>:<0x 65-byte signature>". Relays, builders and the searcher API all use it.
package fbsig

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Header is the HTTP header name.
const Header = "X-Flashbots-Signature"

// Sentinel errors; every failure wraps one of them.
var (
	ErrMissing      = errors.New("signature header missing")
	ErrMalformed    = errors.New("signature header malformed")
	ErrBadSignature = errors.New("bad signature")
	ErrWrongSigner  = errors.New("signature does not match the address")
)

// secp256k1 order / 2: signatures with a higher s are malleable copies, refused like
// go-ethereum's VerifySignature does.
var halfOrder = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Message returns the 32-byte digest that is signed for body.
func Message(body []byte) []byte {
	return accounts.TextHash([]byte(hexutil.Encode(crypto.Keccak256(body))))
}

// Sign returns the header value for body signed with key, with V as 27 or 28 (what ethers and
// go-utils produce) and the checksummed address.
func Sign(body []byte, key *ecdsa.PrivateKey) (string, error) {
	sig, err := crypto.Sign(Message(body), key)
	if err != nil {
		return "", fmt.Errorf("sign body: %w", err)
	}
	sig[crypto.RecoveryIDOffset] += 27
	return crypto.PubkeyToAddress(key.PublicKey).Hex() + ":" + hexutil.Encode(sig), nil
}

// Parse splits a header value into the claimed address and a 65-byte signature whose V is
// normalised to 0 or 1. It checks the form only.
func Parse(header string) (common.Address, []byte, error) {
	if header == "" {
		return common.Address{}, nil, ErrMissing
	}
	addrStr, sigStr, ok := strings.Cut(header, ":")
	if !ok {
		return common.Address{}, nil, fmt.Errorf("%w: want <address>:<signature>", ErrMalformed)
	}
	if !common.IsHexAddress(addrStr) {
		return common.Address{}, nil, fmt.Errorf("%w: address: want 40 hex digits", ErrMalformed)
	}
	sig, err := hexutil.Decode(sigStr)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("%w: signature: %w", ErrMalformed, err)
	}
	if len(sig) != crypto.SignatureLength {
		return common.Address{}, nil, fmt.Errorf("%w: signature: want %d bytes, got %d", ErrMalformed, crypto.SignatureLength, len(sig))
	}
	v := sig[crypto.RecoveryIDOffset]
	switch v {
	case 0, 1:
	case 27, 28:
		sig[crypto.RecoveryIDOffset] = v - 27
	default:
		return common.Address{}, nil, fmt.Errorf("%w: signature: v is %d, want 0, 1, 27 or 28", ErrMalformed, v)
	}
	return common.HexToAddress(addrStr), sig, nil
}

// Verify checks header against body and returns the signer, which is the address the header
// names (compared case-insensitively, as relays do).
func Verify(header string, body []byte) (common.Address, error) {
	addr, sig, err := Parse(header)
	if err != nil {
		return common.Address{}, err
	}
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(halfOrder) > 0 {
		return common.Address{}, fmt.Errorf("%w: s is in the upper half of the curve order", ErrBadSignature)
	}
	pub, err := crypto.SigToPub(Message(body), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != addr {
		return common.Address{}, fmt.Errorf("%w: signed by %s", ErrWrongSigner, got.Hex())
	}
	return addr, nil
}
