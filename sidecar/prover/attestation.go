package prover

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 type and domain AttestationVerifier (contracts/src/AttestationVerifier.sol)
// checks. Keep in step with the contract; TestAttestationAcceptedOnChain holds them together.
const (
	AttestationType    = "StateAttestation(bytes32 parentStateRoot,bytes32 commitment,bytes32 postStateRoot)"
	attestationName    = "syncboost-attestation"
	attestationVersion = "1"
	eip712DomainType   = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

var (
	attestationTypeHash = crypto.Keccak256Hash([]byte(AttestationType))
	domainTypeHash      = crypto.Keccak256Hash([]byte(eip712DomainType))
	nameHash            = crypto.Keccak256Hash([]byte(attestationName))
	versionHash         = crypto.Keccak256Hash([]byte(attestationVersion))
)

// AttestationDigest is the digest AttestationVerifier at verifier on L1 chain chainID recovers
// the attester from: keccak256(0x1901 ‖ domainSeparator ‖ keccak256(abi.encode(typeHash,
// parentStateRoot, commitment, postStateRoot))), the domain being ("syncboost-attestation",
// "1", chainID, verifier).
func AttestationDigest(chainID *big.Int, verifier common.Address, req Request) common.Hash {
	var id [32]byte
	chainID.FillBytes(id[:])
	separator := crypto.Keccak256Hash(domainTypeHash[:], nameHash[:], versionHash[:], id[:],
		common.LeftPadBytes(verifier[:], 32))
	structHash := crypto.Keccak256Hash(attestationTypeHash[:], req.ParentStateRoot[:], req.Commitment[:],
		req.PostStateRoot[:])
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, separator[:], structHash[:])
}

// AttestationConfig configures the attestation prover.
type AttestationConfig struct {
	// Key is the attester key AttestationVerifier was deployed with.
	Key *ecdsa.PrivateKey
	// ChainID is the L1 chain id (part of the EIP-712 domain).
	ChainID *big.Int
	// Verifier is the AttestationVerifier's address (part of the EIP-712 domain).
	Verifier common.Address
}

// Check reports the first invalid field.
func (c AttestationConfig) Check() error {
	switch {
	case c.Key == nil:
		return fmt.Errorf("%w: key is nil", ErrConfig)
	case c.ChainID == nil || c.ChainID.Sign() <= 0 || c.ChainID.BitLen() > 256:
		return fmt.Errorf("%w: chain_id must be positive and fit 256 bits", ErrConfig)
	case c.Verifier == (common.Address{}):
		return fmt.Errorf("%w: verifier address is zero", ErrConfig)
	}
	return nil
}

// Attestation proves by signing: the attester vouches for the simulated root. It is as
// trustworthy as the key and the simulation, which is what a devnet (or a TEE holding the key)
// needs.
type Attestation struct {
	key      *ecdsa.PrivateKey
	chainID  *big.Int
	verifier common.Address
}

var _ Prover = (*Attestation)(nil)

// NewAttestation returns the attestation prover for cfg.
func NewAttestation(cfg AttestationConfig) (*Attestation, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &Attestation{key: cfg.Key, chainID: new(big.Int).Set(cfg.ChainID), verifier: cfg.Verifier}, nil
}

// Address is the attester address the verifier must have been deployed with.
func (a *Attestation) Address() common.Address { return crypto.PubkeyToAddress(a.key.PublicKey) }

// Prove signs req: the proof is the 65-byte signature r ‖ s ‖ v (v in {27, 28}, low s) over
// AttestationDigest, and the proven root is req.PostStateRoot.
func (a *Attestation) Prove(ctx context.Context, req Request) (common.Hash, []byte, error) {
	if err := req.Check(); err != nil {
		return common.Hash{}, nil, err
	}
	if err := ctx.Err(); err != nil {
		return common.Hash{}, nil, fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	digest := AttestationDigest(a.chainID, a.verifier, req)
	sig, err := crypto.Sign(digest[:], a.key)
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("prover: sign attestation: %w", err)
	}
	sig[crypto.RecoveryIDOffset] += 27
	return req.PostStateRoot, sig, nil
}
