// Package accounts reads what the sidecar needs to know about searchers' based accounts
// (BasedAccount, or a contract with the IBasedAccount interface) from L1.
package accounts

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Sentinel errors.
var (
	ErrNilCaller = errors.New("accounts: nil contract caller")
	ErrNonce     = errors.New("accounts: bad basedNonce() answer")
)

// basedNonceSelector is keccak256("basedNonce()")[:4].
var basedNonceSelector = crypto.Keccak256([]byte("basedNonce()"))[:4]

// Nonces reads accounts' next signed-call nonce, basedNonce(), on the L1 head.
type Nonces struct {
	l1 ethereum.ContractCaller
}

// NewNonces reads through l1 (an *ethclient.Client does).
func NewNonces(l1 ethereum.ContractCaller) (*Nonces, error) {
	if l1 == nil {
		return nil, ErrNilCaller
	}
	return &Nonces{l1: l1}, nil
}

// nonceReadGas is ample for BasedAccount's basedNonce() (one SLOAD) and bounds anything else.
const nonceReadGas = 100_000

// BasedNonce is account's basedNonce() at the latest L1 block. An account without code
// answers nothing and reads as 0: an EOA that has not delegated yet has used no nonce (and may
// still delegate before its calls run; the simulation tells).
func (n *Nonces) BasedNonce(ctx context.Context, account common.Address) (uint64, error) {
	// The account's code is the searcher's: bound what a read of it may burn on the node.
	out, err := n.l1.CallContract(ctx, ethereum.CallMsg{To: &account, Data: basedNonceSelector, Gas: nonceReadGas}, nil)
	if err != nil {
		return 0, fmt.Errorf("basedNonce() of %s: %w", account.Hex(), err)
	}
	if len(out) == 0 {
		return 0, nil
	}
	if len(out) != 32 {
		return 0, fmt.Errorf("%w: %s answered %d bytes, want 32", ErrNonce, account.Hex(), len(out))
	}
	v := new(big.Int).SetBytes(out)
	if !v.IsUint64() {
		return 0, fmt.Errorf("%w: %s answered %s, over 64 bits", ErrNonce, account.Hex(), v)
	}
	return v.Uint64(), nil
}
