package accounts

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// ErrNilState is returned when Senders is given no state reader.
var ErrNilState = errors.New("accounts: nil state reader")

// State reads an account's balance and nonce; an *ethclient.Client does (a nil block number
// is the latest block).
type State interface {
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// Senders reads the balance and nonce of the senders of searchers' L1 transactions on the
// L1 head.
type Senders struct {
	l1 State
}

// NewSenders reads through l1.
func NewSenders(l1 State) (*Senders, error) {
	if l1 == nil {
		return nil, ErrNilState
	}
	return &Senders{l1: l1}, nil
}

// BalanceNonce is account's balance and nonce at the latest L1 block.
func (s *Senders) BalanceNonce(ctx context.Context, account common.Address) (*big.Int, uint64, error) {
	bal, err := s.l1.BalanceAt(ctx, account, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("balance of %s: %w", account.Hex(), err)
	}
	nonce, err := s.l1.NonceAt(ctx, account, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("nonce of %s: %w", account.Hex(), err)
	}
	return bal, nonce, nil
}
