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
	"github.com/syncboost/syncboost/sidecar/sim"
)

// ErrNoStandIn: the inbox at this L1 parent has nothing to stand in for (no sequencer address in
// its code, no committee in its verifier, or no inbox there); the L1 legs cannot be simulated
// before the message.
var ErrNoStandIn = errors.New("no stand-in for the inbox's certificates")

// StandInChain reads L1 state at a block (ethclient satisfies it).
type StandInChain interface {
	CodeAtHash(ctx context.Context, account common.Address, blockHash common.Hash) ([]byte, error)
	StorageAtHash(ctx context.Context, account common.Address, key, blockHash common.Hash) ([]byte, error)
}

// CommitteeKeys are the committees that certify, by epoch.
type CommitteeKeys interface {
	Committee(epoch uint64) *bundle.Committee
}

// Committees are the committees and the inbox's certificate verifier (committee.Follower).
type Committees interface {
	CommitteeKeys
	Verifier(ctx context.Context, block common.Hash) (common.Address, error)
}

// StandInConfig names the inbox and who certifies for it: the sequencer address ECDSA
// certificates recover to, or the committees.
type StandInConfig struct {
	Inbox      common.Address
	L1ChainID  uint64
	Sequencer  common.Address // ECDSA; zero with Committees
	Committees Committees     // committee certificates; nil with Sequencer
}

// Check requires the inbox, the chain and exactly one kind of certificate.
func (c StandInConfig) Check() error {
	if c.Inbox == (common.Address{}) || c.L1ChainID == 0 || (c.Sequencer != common.Address{}) == (c.Committees != nil) {
		return fmt.Errorf("%w: stand-in needs the inbox, the L1 chain id and either the sequencer address or the committees", ErrConfig)
	}
	return nil
}

// StandIn lets a speculation simulate the atomic transaction before the real certificate
// exists. It certifies the predicted message with keys of its own and simulates the inbox with
// them in the certifier's place, everything else as on chain: with ECDSA the inbox's own code
// with the stand-in key's address in the sequencer's immutable; with a committee the verifier's
// own code with a stand-in committee of the same size in its storage (standin_committee.go).
// After the message, a speculation counts only if its certificates pass the inbox's checks as
// the stand-in's did (Holds; docs/speculation.md).
type StandIn struct {
	cfg   StandInConfig
	key   *ecdsa.PrivateKey // ECDSA
	chain StandInChain

	mu  sync.Mutex
	at  map[common.Hash]*standInAt   // by L1 parent; the last few
	bls map[uint64]*standInCommittee // committee: by stand-in epoch; the last few
}

// standInAt is the stand-in at one L1 parent: the state it overrides and, with a committee, the
// committee it certifies with and the real epoch it stands in for.
type standInAt struct {
	code    map[common.Address][]byte
	storage map[common.Address]map[common.Hash]common.Hash
	epoch   uint64
	comm    *standInCommittee
}

const standInParents = 4

// NewStandIn makes a stand-in with fresh keys; its certificates are worth nothing outside a
// simulation.
func NewStandIn(cfg StandInConfig, chain StandInChain) (*StandIn, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if chain == nil {
		return nil, fmt.Errorf("%w: stand-in chain reader", ErrMissing)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return &StandIn{cfg: cfg, key: key, chain: chain, at: map[common.Hash]*standInAt{}, bls: map[uint64]*standInCommittee{}}, nil
}

func (s *StandIn) domain() bundle.Domain {
	return bundle.Domain{ChainID: s.cfg.L1ChainID, VerifyingContract: s.cfg.Inbox}
}

func (s *StandIn) committeeMode() bool { return s.cfg.Committees != nil }

// certify signs the predicted message for the stand-in at parent.
func (s *StandIn) certify(ctx context.Context, m *bundle.SlotEnding) (bundle.Certificate, error) {
	if !s.committeeMode() {
		return bundle.SignECDSA(m, s.domain(), s.key)
	}
	at, err := s.prepare(ctx, m.L1ParentHash)
	if err != nil {
		return bundle.Certificate{}, err
	}
	return at.comm.certify(m.Digest(s.domain()))
}

// certifyBatch signs a predicted batch header for the stand-in at parent.
func (s *StandIn) certifyBatch(ctx context.Context, parent common.Hash, h *bundle.BatchHeader) (bundle.Certificate, error) {
	if !s.committeeMode() {
		return bundle.SignBatch(h, s.domain(), s.key)
	}
	at, err := s.prepare(ctx, parent)
	if err != nil {
		return bundle.Certificate{}, err
	}
	return at.comm.certify(h.Digest(s.domain()))
}

// Holds reports whether the inbox's certificate checks pass for msg as they passed for the
// stand-in, the message's and its batch's: ECDSA certificates that recover under the inbox's
// rules to the sequencer address the stand-in replaced; committee certificates of the epoch in
// force at the parent, from a committee of the stand-in's size (their signatures are the feed's
// to verify, which refuses any other).
func (s *StandIn) Holds(msg *bundle.SignedSlotEnding) bool {
	ok := func(digest common.Hash, cert bundle.Certificate) bool {
		if s.committeeMode() {
			return s.sameCommittee(msg.L1ParentHash, cert)
		}
		return s.signed(digest, cert)
	}
	if !ok(msg.Digest(s.domain()), msg.Certificate) {
		return false
	}
	return msg.Batch == nil || ok(msg.Batch.Header.Digest(s.domain()), msg.Batch.Certificate)
}

func (s *StandIn) signed(digest common.Hash, cert bundle.Certificate) bool {
	if cert.Kind != bundle.CertECDSA {
		return false
	}
	signer, err := bundle.RecoverECDSA(digest, cert.Signature)
	return err == nil && signer == s.cfg.Sequencer
}

// apply puts the stand-in at parent into env's state overrides.
func (s *StandIn) apply(ctx context.Context, parent common.Hash, env *sim.L1Env) error {
	at, err := s.prepare(ctx, parent)
	if err != nil {
		return err
	}
	env.Code, env.Storage = at.code, at.storage
	return nil
}

// prepare is the stand-in at parent, read from the chain once.
func (s *StandIn) prepare(ctx context.Context, parent common.Hash) (*standInAt, error) {
	s.mu.Lock()
	at, ok := s.at[parent]
	s.mu.Unlock()
	if ok {
		return at, nil
	}
	var err error
	if s.committeeMode() {
		at, err = s.committeeAt(ctx, parent)
	} else {
		at, err = s.sequencerAt(ctx, parent)
	}
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	keep(s.at, parent, at)
	return at, nil
}

// keep puts v in the small cache m under k, emptying it first when full.
func keep[K comparable, V any](m map[K]V, k K, v V) {
	if len(m) >= standInParents {
		clear(m)
	}
	m[k] = v
}

// sequencerAt is the inbox's code at parent with the stand-in's address in the sequencer's.
func (s *StandIn) sequencerAt(ctx context.Context, parent common.Hash) (*standInAt, error) {
	orig, err := s.chain.CodeAtHash(ctx, s.cfg.Inbox, parent)
	if err != nil {
		return nil, fmt.Errorf("inbox code at %s: %w", parent, err)
	}
	code := replaceImmutable(orig, s.cfg.Sequencer, crypto.PubkeyToAddress(s.key.PublicKey))
	if code == nil {
		return nil, fmt.Errorf("%w at %s", ErrNoStandIn, parent)
	}
	return &standInAt{code: map[common.Address][]byte{s.cfg.Inbox: code}}, nil
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

// gasBound is the most gas the real certificates' bytes can add to the atomic transaction over
// the stand-in's, each byte from zero to non-zero at EIP-7623's floor (30 gas a byte more). With
// ECDSA: the 65 signature bytes of the message's certificate and of its batch's. With a
// committee: the aggregate signatures' 192 bytes of field elements (its stand-in signs with every
// member and has no zero byte in its keys, so the rest of a real certificate costs at most as
// much). Both: the 4 bytes of the sequence index, which is not predicted.
func (s *StandIn) gasBound() int64 {
	sig := int64(65)
	if s.committeeMode() {
		sig = 192
	}
	return (2*sig + 4) * 30
}
