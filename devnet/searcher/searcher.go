// Package searcher is the devnet's demo searcher on the one-transaction path. Every slot it
// sends one composable bundle: raw L1 pre- and post-transactions that need no L2 state
// (SyncDemo.preAction) around the sidecar's one atomic L1 transaction, and inside it a signed pre-call
// SyncDemo.lock (value held on L1), an L2 transfer in the based block, a signed post-call
// SyncDemo.release (which pays back only against the L2 state root proven in that very
// transaction) and a post-assertion that exactly one release happened. Its L1 account is an
// EOA delegated to BasedAccount with EIP-7702. Every FailEvery-th slot it also sends, from a
// second delegated account, a bundle whose post-call fails (release without a lock), which
// the sidecar must drop before sending while the good bundle still lands.
package searcher

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
)

var ErrConfig = errors.New("invalid searcher config")

// LockValue is what the demo locks on L1 each slot and gets back in the same transaction.
var LockValue = big.NewInt(params.GWei)

// Chain is what the searcher reads from an execution client (ethclient satisfies it).
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// Config of the demo searcher.
type Config struct {
	SearcherURL string // the sidecar's searcher API
	L1ChainID   uint64
	L2ChainID   uint64
	Inbox       common.Address // the inbox the signed calls name
	Submitter   common.Address // the sidecar's L1 address, the one sender the signed calls allow
	Demo        common.Address // SyncDemo on L1
	// Key is the good bundle's account: an EOA delegated to BasedAccount on L1 (it signs the
	// calls and the raw pre-transaction) and funded on L2 (it signs the transfer).
	Key *ecdsa.PrivateKey
	// AltKey, when set, is the good bundle's account in odd slots (Key in even ones), and the
	// bundle asserts its own account's lock released rather than the global release count: a
	// slot's bundle then depends on nothing the previous slot's did, so under ePBS it is valid on
	// both parents (the previous slot's payload revealed or not). Delegated and funded as Key.
	AltKey *ecdsa.PrivateKey
	// FailKey is the failing bundle's account, delegated to BasedAccount too: its post-call
	// release() has no lock and reverts.
	FailKey   *ecdsa.PrivateKey
	Identity  *ecdsa.PrivateKey // X-Flashbots-Signature identity
	Recipient common.Address    // receives the L2 transfers
	FailEvery uint64            // 0: never send a failing bundle
	// PadEvery: in every PadEvery-th slot the good bundle's L2 transfer carries PadBytes of
	// incompressible data, so the based block is large enough for the sidecar to send it in
	// blobs; 0: never.
	PadEvery uint64
	PadBytes int
	// GenesisTime and SlotSeconds place slot S at GenesisTime + S·SlotSeconds: the calls'
	// deadline is the end of their slot.
	GenesisTime uint64
	SlotSeconds uint64
	// Now stamps each request's signedAt (the sidecar refuses requests signed too long ago);
	// nil means time.Now.
	Now func() time.Time
}

// Check validates the config.
func (c Config) Check() error {
	if c.SearcherURL == "" || c.L1ChainID == 0 || c.L2ChainID == 0 || c.Demo == (common.Address{}) ||
		c.Inbox == (common.Address{}) || c.Submitter == (common.Address{}) || c.Key == nil || c.FailKey == nil || c.Identity == nil || c.SlotSeconds == 0 {
		return fmt.Errorf("%w: url, chain ids, inbox, demo contract, keys and slot seconds are required", ErrConfig)
	}
	return nil
}

// Searcher sends the demo bundles.
type Searcher struct {
	cfg     Config
	l1, l2  Chain
	demo    *bindings.SyncDemo
	account *basedaccount.BasedAccount
	http    *http.Client
}

// New checks cfg.
func New(cfg Config, l1, l2 Chain) (*Searcher, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Searcher{cfg: cfg, l1: l1, l2: l2, demo: bindings.NewSyncDemo(), account: basedaccount.NewBasedAccount(),
		http: &http.Client{}}, nil
}

// Sent names the bundles sent for a slot; Failing is zero when none was.
type Sent struct {
	Slot    uint64
	Good    common.Hash
	Failing common.Hash
}

// SendForSlot sends the slot's bundles, built on the current L1 and L2 heads.
func (s *Searcher) SendForSlot(ctx context.Context, slot uint64) (Sent, error) {
	out := Sent{Slot: slot}
	good, err := s.goodBundle(ctx, slot)
	if err != nil {
		return out, err
	}
	if out.Good, err = s.send(ctx, good, s.cfg.Identity); err != nil {
		return out, fmt.Errorf("send demo bundle: %w", err)
	}
	if s.cfg.FailEvery > 0 && slot%s.cfg.FailEvery == 0 {
		bad, err := s.failingBundle(ctx, slot)
		if err != nil {
			return out, err
		}
		if out.Failing, err = s.send(ctx, bad, s.cfg.FailKey); err != nil {
			return out, fmt.Errorf("send failing bundle: %w", err)
		}
	}
	return out, nil
}

// goodBundle: lock → L2 transfer → release, asserting one more release, inside the atomic
// transaction, between two raw preAction transactions (pre and post legs that need no L2 state).
func (s *Searcher) goodBundle(ctx context.Context, slot uint64) (*bundle.ComposableBundle, error) {
	key := s.cfg.Key
	if s.cfg.AltKey != nil && slot%2 == 1 {
		key = s.cfg.AltKey
	}
	assertion, err := s.assertion(ctx, key)
	if err != nil {
		return nil, err
	}
	nonce, err := s.basedNonce(ctx, key)
	if err != nil {
		return nil, err
	}
	raw, err := s.txs(ctx, s.l1, s.cfg.L1ChainID, key, l1Tip, []call{{to: s.cfg.Demo, data: s.demo.PackPreAction(), gas: 120_000},
		{to: s.cfg.Demo, data: s.demo.PackPreAction(), gas: 120_000}})
	if err != nil {
		return nil, err
	}
	l2, err := s.txs(ctx, s.l2, s.cfg.L2ChainID, key, l2Tip, []call{s.transfer(slot)})
	if err != nil {
		return nil, err
	}
	b := &bundle.ComposableBundle{L2ChainID: s.cfg.L2ChainID, L1Slot: slot, PreTxs: raw[:1], L2Txs: l2, PostTxs: raw[1:],
		PreCalls:   []bundle.SignedCall{s.call(key, slot, nonce, s.demo.PackLock(), LockValue)},
		PostCalls:  []bundle.SignedCall{s.call(key, slot, nonce+1, s.demo.PackRelease(), nil)},
		Assertions: []bundle.Assertion{assertion}}
	if err := s.signCalls(b, key); err != nil {
		return nil, err
	}
	return b, nil
}

// assertion is the good bundle's post-assertion: one more release than now; with AltKey set,
// key's own lock released (locked == 0), which holds whatever the previous slot did.
func (s *Searcher) assertion(ctx context.Context, key *ecdsa.PrivateKey) (bundle.Assertion, error) {
	if s.cfg.AltKey != nil {
		return bundle.Assertion{Target: s.cfg.Demo, Data: s.demo.PackLocked(crypto.PubkeyToAddress(key.PublicKey)), Expect: word(new(big.Int))}, nil
	}
	releases, err := s.readUint(ctx, s.cfg.Demo, s.demo.PackReleases(), "releases")
	if err != nil {
		return bundle.Assertion{}, err
	}
	return bundle.Assertion{Target: s.cfg.Demo, Data: s.demo.PackReleases(), Expect: word(new(big.Int).Add(releases, big.NewInt(1)))}, nil
}

// transfer is the good bundle's L2 transfer, padded in the slots PadEvery names.
func (s *Searcher) transfer(slot uint64) call {
	c := call{to: s.cfg.Recipient, value: big.NewInt(params.GWei), gas: 21_000}
	if s.cfg.PadEvery > 0 && slot%s.cfg.PadEvery == 0 && s.cfg.PadBytes > 0 {
		c.data = make([]byte, s.cfg.PadBytes)
		_, _ = rand.Read(c.data) // incompressible: the compressed payload stays as large
		// The calldata floor (EIP-7623, raised by EIP-7976) is what a transaction of random bytes pays.
		c.gas += uint64(len(c.data)) * params.TxTokenPerNonZeroByte * params.TxCostFloorPerToken7976
	}
	return c
}

// failingBundle's post-call is release() from an account that locked nothing: NotLocked
// reverts it, so the sidecar must drop the bundle; it touches no state the good one reads.
func (s *Searcher) failingBundle(ctx context.Context, slot uint64) (*bundle.ComposableBundle, error) {
	nonce, err := s.basedNonce(ctx, s.cfg.FailKey)
	if err != nil {
		return nil, err
	}
	l2, err := s.txs(ctx, s.l2, s.cfg.L2ChainID, s.cfg.FailKey, l2Tip, []call{{to: s.cfg.Recipient, value: big.NewInt(params.GWei), gas: 21_000}})
	if err != nil {
		return nil, err
	}
	b := &bundle.ComposableBundle{L2ChainID: s.cfg.L2ChainID, L1Slot: slot, L2Txs: l2,
		PostCalls: []bundle.SignedCall{s.call(s.cfg.FailKey, slot, nonce, s.demo.PackRelease(), nil)}}
	if err := s.signCalls(b, s.cfg.FailKey); err != nil {
		return nil, err
	}
	return b, nil
}

// call is call(Demo, value, data) for key's account in slot, valid until the slot ends; the
// chain, the inbox and the bundle id are bound when the bundle's calls are signed.
func (s *Searcher) call(key *ecdsa.PrivateKey, slot, nonce uint64, data []byte, value *big.Int) bundle.SignedCall {
	return bundle.SignedCall{Account: crypto.PubkeyToAddress(key.PublicKey), Call: bundle.BasedCall{L1Slot: slot,
		Target: s.cfg.Demo, Value: value, Data: data, Nonce: nonce, Deadline: s.cfg.GenesisTime + (slot+1)*s.cfg.SlotSeconds}}
}

// signCalls binds b's calls to the chain, the inbox and b's id, and signs each: every call
// signs its whole bundle, so none can run without the others and the assertions.
func (s *Searcher) signCalls(b *bundle.ComposableBundle, keys ...*ecdsa.PrivateKey) error {
	if err := b.SignCalls(bundle.Chains{L1: s.cfg.L1ChainID, L2: s.cfg.L2ChainID, Inbox: s.cfg.Inbox, Submitter: s.cfg.Submitter}, keys...); err != nil {
		return fmt.Errorf("sign calls: %w", err)
	}
	return nil
}

// basedNonce is the next call nonce of key's delegated account.
func (s *Searcher) basedNonce(ctx context.Context, key *ecdsa.PrivateKey) (uint64, error) {
	n, err := s.readUint(ctx, crypto.PubkeyToAddress(key.PublicKey), s.account.PackBasedNonce(), "basedNonce")
	if err != nil {
		return 0, err
	}
	if !n.IsUint64() {
		return 0, fmt.Errorf("basedNonce %s overflows", n)
	}
	return n.Uint64(), nil
}

// readUint reads a uint256 view at the L1 head.
func (s *Searcher) readUint(ctx context.Context, to common.Address, data []byte, name string) (*big.Int, error) {
	out, err := s.l1.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(out) != 32 {
		return nil, fmt.Errorf("read %s: %d bytes, want one word (is %s delegated?)", name, len(out), to)
	}
	return new(big.Int).SetBytes(out), nil
}

// word is keccak256 of a uint256 ABI word: what a post-assertion compares return data with.
func word(v *big.Int) common.Hash {
	return crypto.Keccak256Hash(common.LeftPadBytes(v.Bytes(), 32))
}
