package prover

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/contracts/bindings"
)

// Caller reads L1 contract state (ethclient satisfies it).
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// InboxAttestation attests with key under the domain of the inbox's state verifier, whose
// address it reads from the inbox on first use. A failed read fails that proof only: the next
// one reads again.
type InboxAttestation struct {
	key     AttestationConfig // Verifier is filled in from the inbox
	l1      Caller
	inbox   common.Address
	timeout time.Duration

	mu sync.Mutex
	p  *Attestation // nil until the verifier was read
}

// NewInboxAttestation returns an attester for the inbox at inbox; each proof is bounded by timeout.
func NewInboxAttestation(key AttestationConfig, l1 Caller, inbox common.Address, timeout time.Duration) *InboxAttestation {
	return &InboxAttestation{key: key, l1: l1, inbox: inbox, timeout: timeout}
}

func (a *InboxAttestation) Prove(ctx context.Context, req Request) (common.Hash, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, a.timeout)
	defer cancel()
	a.mu.Lock()
	if a.p == nil {
		p, err := a.resolve(ctx)
		if err != nil {
			a.mu.Unlock()
			return common.Hash{}, nil, err
		}
		a.p = p
	}
	p := a.p
	a.mu.Unlock()
	return p.Prove(ctx, req)
}

func (a *InboxAttestation) resolve(ctx context.Context) (*Attestation, error) {
	ib := bindings.NewBasedInbox()
	out, err := a.l1.CallContract(ctx, ethereum.CallMsg{To: &a.inbox, Data: ib.PackStateVerifier()}, nil)
	if err != nil {
		return nil, fmt.Errorf("read the inbox's state verifier: %w", err)
	}
	cfg := a.key
	if cfg.Verifier, err = ib.UnpackStateVerifier(out); err != nil {
		return nil, fmt.Errorf("read the inbox's state verifier: %w", err)
	}
	return NewAttestation(cfg)
}

// WithTimeout bounds every proof of p by timeout (a share of the slot).
func WithTimeout(p Prover, timeout time.Duration) Prover { return timed{p: p, timeout: timeout} }

type timed struct {
	p       Prover
	timeout time.Duration
}

func (t timed) Prove(ctx context.Context, req Request) (common.Hash, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, t.timeout)
	defer cancel()
	return t.p.Prove(ctx, req)
}
