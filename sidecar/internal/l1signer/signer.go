package l1signer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/lru"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"
)

// NonceReader reads the account nonce from the L1 execution client (ethclient satisfies it).
// Nonces are read by block hash: a parent on a side branch has its own state, not that of the
// canonical block at its height.
type NonceReader interface {
	NonceAtHash(ctx context.Context, account common.Address, blockHash common.Hash) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// FeeSource reads the parent block whose base fee prices the sidecar's transactions
// (ethclient satisfies it).
type FeeSource interface {
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
}

// Config configures a Signer.
type Config struct {
	ChainID *big.Int
	// Tip is the priority fee per gas; the fee cap is twice the parent's base fee plus Tip.
	Tip *big.Int
}

// Check validates the configuration.
func (c Config) Check() error {
	var errs []error
	if c.ChainID == nil || c.ChainID.Sign() <= 0 {
		errs = append(errs, fmt.Errorf("%w: chain_id: must be > 0", ErrConfig))
	}
	if c.Tip == nil || c.Tip.Sign() < 0 {
		errs = append(errs, fmt.Errorf("%w: tip: must be set and not negative", ErrConfig))
	}
	return errors.Join(errs...)
}

// Deps are a Signer's injected dependencies.
type Deps struct {
	Key    *ecdsa.PrivateKey
	Nonces NonceReader
	Fees   FeeSource
	Log    zerolog.Logger
}

// TxRequest is what the caller decides about one transaction; the Signer adds chain id,
// nonce and fees. With Sidecar set the transaction is an EIP-4844 blob transaction carrying it
// (network form when encoded), and BlobFeeCap is required.
type TxRequest struct {
	To         common.Address
	Data       []byte
	Gas        uint64
	Value      *big.Int
	Sidecar    *types.BlobTxSidecar
	BlobFeeCap *big.Int
}

// Signer signs the sidecar's transaction of each slot with nonces that follow the chain.
// It is safe for concurrent use.
type Signer struct {
	cfg    Config
	key    *ecdsa.PrivateKey
	addr   common.Address
	signer types.Signer
	nonces NonceReader
	fees   FeeSource
	log    zerolog.Logger

	headers *lru.Cache[common.Hash, *types.Header] // recent parents; safe for concurrent use

	syncMu sync.Mutex // serialises chain reads that update the book
	mu     sync.Mutex // guards book
	book   Book
}

// New returns a Signer.
func New(cfg Config, deps Deps) (*Signer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	switch {
	case deps.Key == nil:
		return nil, fmt.Errorf("%w: key", ErrNilDep)
	case deps.Nonces == nil:
		return nil, fmt.Errorf("%w: nonce reader", ErrNilDep)
	case deps.Fees == nil:
		return nil, fmt.Errorf("%w: fee source", ErrNilDep)
	}
	chainID := new(big.Int).Set(cfg.ChainID)
	return &Signer{
		cfg:     Config{ChainID: chainID, Tip: new(big.Int).Set(cfg.Tip)},
		key:     deps.Key,
		addr:    crypto.PubkeyToAddress(deps.Key.PublicKey),
		signer:  types.LatestSignerForChainID(chainID),
		nonces:  deps.Nonces,
		fees:    deps.Fees,
		log:     deps.Log.With().Str("component", "l1signer").Logger(),
		headers: lru.NewCache[common.Hash, *types.Header](headerCacheSize),
	}, nil
}

// Address is the sidecar's L1 address, the sender of its transactions.
func (s *Signer) Address() common.Address { return s.addr }

// OnHead reads the nonce at a new L1 head, so the next slot's signing needs no chain read,
// and reports what changed: the pair landed, the slot was missed, or the chain reorged.
func (s *Signer) OnHead(ctx context.Context, hash common.Hash) (Change, error) {
	h, err := s.header(ctx, hash)
	if err != nil {
		return 0, err
	}
	return s.sync(ctx, h)
}

// Assign returns the nonce of slot's transaction on parent.
func (s *Signer) Assign(ctx context.Context, slot uint64, parent common.Hash) (Assignment, error) {
	s.mu.Lock()
	a, err := s.book.Assign(slot, parent)
	s.mu.Unlock()
	if err == nil {
		return a, nil
	}
	h, err := s.header(ctx, parent)
	if err != nil {
		return Assignment{}, err
	}
	nonce, err := s.nonceAt(ctx, h)
	if err != nil {
		return Assignment{}, err
	}
	return Assignment{Slot: slot, Parent: parent, Nonce: nonce}, nil
}

// Sign signs slot's transaction on parent: nonce from Assign, fee cap twice the parent's base
// fee plus the tip.
func (s *Signer) Sign(ctx context.Context, slot uint64, parent common.Hash, req TxRequest) (*types.Transaction, error) {
	a, err := s.Assign(ctx, slot, parent)
	if err != nil {
		return nil, err
	}
	h, err := s.header(ctx, parent)
	if err != nil {
		return nil, err
	}
	if h.BaseFee == nil {
		return nil, fmt.Errorf("parent %s has no base fee", parent)
	}
	feeCap := new(big.Int).Add(new(big.Int).Lsh(h.BaseFee, 1), s.cfg.Tip)
	tx, err := s.build(a.Nonce, feeCap, req)
	if err != nil {
		return nil, fmt.Errorf("build tx: %w", err)
	}
	signed, err := types.SignTx(tx, s.signer, s.key)
	if err != nil {
		return nil, fmt.Errorf("sign tx: %w", err)
	}
	return signed, nil
}

func (s *Signer) build(nonce uint64, feeCap *big.Int, req TxRequest) (*types.Transaction, error) {
	to := req.To
	if req.Sidecar == nil {
		return types.NewTx(&types.DynamicFeeTx{
			ChainID: s.cfg.ChainID, Nonce: nonce, GasTipCap: s.cfg.Tip, GasFeeCap: feeCap,
			Gas: req.Gas, To: &to, Value: req.Value, Data: req.Data,
		}), nil
	}
	if req.BlobFeeCap == nil || req.BlobFeeCap.Sign() <= 0 {
		return nil, errors.New("blob transaction needs a positive blob fee cap")
	}
	var overflow bool
	u := func(v *big.Int) *uint256.Int {
		if v == nil {
			return new(uint256.Int)
		}
		x, of := uint256.FromBig(v)
		overflow = overflow || of || v.Sign() < 0
		return x
	}
	tx := &types.BlobTx{
		ChainID: u(s.cfg.ChainID), Nonce: nonce, GasTipCap: u(s.cfg.Tip), GasFeeCap: u(feeCap),
		Gas: req.Gas, To: to, Value: u(req.Value), Data: req.Data,
		BlobFeeCap: u(req.BlobFeeCap), BlobHashes: req.Sidecar.BlobHashes(), Sidecar: req.Sidecar,
	}
	if overflow {
		return nil, errors.New("a fee or value does not fit 256 bits")
	}
	return types.NewTx(tx), nil
}
