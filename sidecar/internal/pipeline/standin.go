package pipeline

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
)

// ErrNoStandIn: the inbox at this L1 parent has no sequencer address in its code to stand in for
// (it verifies committee certificates, or is not deployed there); the L1 legs cannot be
// simulated before the message.
var ErrNoStandIn = errors.New("no stand-in for the inbox's sequencer")

// CodeReader reads an account's code at an L1 block (ethclient satisfies it).
type CodeReader interface {
	CodeAtHash(ctx context.Context, account common.Address, blockHash common.Hash) ([]byte, error)
}

// StandInConfig names the inbox and the sequencer address slot-ending messages are verified
// against.
type StandInConfig struct {
	Inbox     common.Address
	L1ChainID uint64
	Sequencer common.Address
}

// StandIn lets a speculation simulate the atomic transaction before the sequencer's certificate
// exists. The inbox keeps its sequencer as an immutable, inside its code; the stand-in
// certifies the predicted message with a key of its own and simulates the inbox's own code with
// that key's address in the sequencer's place: the same instructions and gas, one address
// differing. After the message, a speculation counts only if its certificate recovers, under
// the inbox's rules, to the very address the stand-in replaced (Holds): then the inbox's check
// passes for it exactly as it passed for the stand-in (docs/speculation.md).
type StandIn struct {
	cfg   StandInConfig
	key   *ecdsa.PrivateKey
	chain CodeReader

	mu   sync.Mutex
	code map[common.Hash][]byte // the overridden inbox code, by L1 parent; the last few
}

// NewStandIn makes a stand-in with a fresh key; its certificates are worth nothing outside a
// simulation.
func NewStandIn(cfg StandInConfig, chain CodeReader) (*StandIn, error) {
	if cfg.Inbox == (common.Address{}) || cfg.L1ChainID == 0 || cfg.Sequencer == (common.Address{}) {
		return nil, fmt.Errorf("%w: stand-in needs the inbox, the L1 chain id and the sequencer address", ErrConfig)
	}
	if chain == nil {
		return nil, fmt.Errorf("%w: stand-in code reader", ErrMissing)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return &StandIn{cfg: cfg, key: key, chain: chain, code: map[common.Hash][]byte{}}, nil
}

func (s *StandIn) domain() bundle.Domain {
	return bundle.Domain{ChainID: s.cfg.L1ChainID, VerifyingContract: s.cfg.Inbox}
}

// certify signs the predicted message with the stand-in key.
func (s *StandIn) certify(m *bundle.SlotEnding) (bundle.Certificate, error) {
	return bundle.SignECDSA(m, s.domain(), s.key)
}

// certifyBatch signs a predicted batch header with the stand-in key.
func (s *StandIn) certifyBatch(h *bundle.BatchHeader) (bundle.Certificate, error) {
	return bundle.SignBatch(h, s.domain(), s.key)
}

// Holds reports whether the inbox's certificate checks pass for msg as they passed for the
// stand-in: ECDSA certificates, the message's and its batch's, that recover under the inbox's
// rules to the sequencer address the stand-in replaced.
func (s *StandIn) Holds(msg *bundle.SignedSlotEnding) bool {
	if !s.signed(msg.Digest(s.domain()), msg.Certificate) {
		return false
	}
	return msg.Batch == nil || s.signed(msg.Batch.Header.Digest(s.domain()), msg.Batch.Certificate)
}

func (s *StandIn) signed(digest common.Hash, cert bundle.Certificate) bool {
	if cert.Kind != bundle.CertECDSA {
		return false
	}
	signer, err := bundle.RecoverECDSA(digest, cert.Signature)
	return err == nil && signer == s.cfg.Sequencer
}

// overrides is the inbox's code at parent with the stand-in's address in the sequencer's.
func (s *StandIn) overrides(ctx context.Context, parent common.Hash) (map[common.Address][]byte, error) {
	s.mu.Lock()
	code, ok := s.code[parent]
	s.mu.Unlock()
	if !ok {
		orig, err := s.chain.CodeAtHash(ctx, s.cfg.Inbox, parent)
		if err != nil {
			return nil, fmt.Errorf("inbox code at %s: %w", parent, err)
		}
		if code = replaceImmutable(orig, s.cfg.Sequencer, crypto.PubkeyToAddress(s.key.PublicKey)); code == nil {
			return nil, fmt.Errorf("%w at %s", ErrNoStandIn, parent)
		}
		s.mu.Lock()
		if len(s.code) >= 4 {
			clear(s.code)
		}
		s.code[parent] = code
		s.mu.Unlock()
	}
	return map[common.Address][]byte{s.cfg.Inbox: code}, nil
}

// replaceImmutable replaces every PUSH32 of address from (how solc embeds an address
// immutable) with to; nil when there is none.
func replaceImmutable(code []byte, from, to common.Address) []byte {
	pattern := append([]byte{0x7f}, common.LeftPadBytes(from.Bytes(), 32)...)
	if !bytes.Contains(code, pattern) {
		return nil
	}
	return bytes.ReplaceAll(code, pattern, append([]byte{0x7f}, common.LeftPadBytes(to.Bytes(), 32)...))
}
