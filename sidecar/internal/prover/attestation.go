package prover

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
)

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

// Prove signs req as AttestationVerifier checks it (bindings.SignAttestation: r ‖ s ‖ v, v in
// {27, 28}, low s, over bindings.AttestationDigest); the proven root is req.PostStateRoot.
func (a *Attestation) Prove(ctx context.Context, req Request) (common.Hash, []byte, error) {
	if err := req.Check(); err != nil {
		return common.Hash{}, nil, err
	}
	if err := ctx.Err(); err != nil {
		return common.Hash{}, nil, fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	sig, err := bindings.SignAttestation(a.key, a.chainID, a.verifier, req.ParentStateRoot, req.Commitment, req.PostStateRoot)
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("prover: %w", err)
	}
	return req.PostStateRoot, sig, nil
}
