package batcher

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
)

// Sentinel errors.
var (
	ErrConfig     = errors.New("batcher: invalid config")
	ErrDeps       = errors.New("batcher: missing dependency")
	ErrStarted    = errors.New("batcher: already started")
	ErrNotStarted = errors.New("batcher: not started")
	// ErrModeLocked: the sender has a pending calldata transaction, which go-ethereum's pools do
	// not let a blob transaction replace, and the batch is too large for calldata. The next
	// slot's batch is sent once the pending one has landed.
	ErrModeLocked = errors.New("batcher: a pending calldata transaction blocks a blob batch")
	// ErrFeeCap: replacing the pending transaction would exceed the configured fee caps.
	ErrFeeCap = errors.New("batcher: fee above the configured cap")
	// ErrWouldRevert: the batch does not apply at the L1 head (it is not on the inbox head).
	ErrWouldRevert = errors.New("batcher: batch would revert")
)

// HeadReader reads the L1 head and the sender's state; *ethclient.Client implements it.
type HeadReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	BlobBaseFee(ctx context.Context) (*big.Int, error)
}

// Caller runs calls on the state of a given L1 block; *Client implements it. EstimateGasAt
// runs the call as in a block at time on top of it: a batch for slot S is sent before S
// starts, and the inbox refuses it in an earlier slot's block.
type Caller interface {
	CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash) ([]byte, error)
	EstimateGasAt(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash, time uint64) (uint64, error)
}

// Sender sends transactions and reads their receipts; *ethclient.Client implements it.
type Sender interface {
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// L1 is everything the poster reads from and sends to L1.
type L1 interface {
	HeadReader
	Caller
	Sender
}

// Certifier certifies a batch header for the inbox's certificate check: with the sequencer's key
// (bundle.SignBatch under the inbox's domain) or by the committee (Deps.Committee). The poster calls it for the blob form of a batch, whose header names the
// blobs' versioned hashes instead of the payload's hash.
type Certifier interface {
	CertifyBatch(ctx context.Context, h *bundle.BatchHeader) (bundle.Certificate, error)
}

// Config configures a Poster.
type Config struct {
	L1ChainID uint64
	Inbox     common.Address
	L2ChainID uint64
	// BlobThreshold: a payload of more bytes goes in blobs; 0 sends everything as calldata.
	BlobThreshold int
	// MaxCalldataBytes bounds a calldata batch: go-ethereum's pool refuses transactions above
	// 128 KiB, so a larger batch must go in blobs whatever BlobThreshold says.
	MaxCalldataBytes int
	// Tip is the priority fee per gas; the fee cap is twice the head's base fee plus the tip.
	Tip *big.Int
	// MinBlobFeeCap is the lowest blob fee cap sent; otherwise twice the blob base fee.
	MinBlobFeeCap *big.Int
	// MaxFeeCap and MaxBlobFeeCap bound what replacements may bump the fees to.
	MaxFeeCap, MaxBlobFeeCap *big.Int
	// FeeBumpPercent is the least bump of a replacement's tip and fee cap (go-ethereum: 10).
	FeeBumpPercent uint64
	// BlobFeeBumpPercent is the same for blob transactions, all three fees (go-ethereum: 100).
	BlobFeeBumpPercent uint64
	// GasMarginPercent is added to the gas estimate.
	GasMarginPercent uint64
	// PollInterval is how often pending transactions' receipts are looked for; NotifyL1 looks
	// at once.
	PollInterval time.Duration
	// RPCTimeout bounds each L1 call.
	RPCTimeout time.Duration
}

// DefaultConfig returns defaults for a go-ethereum L1: blobs above 64 KiB, 1 gwei tip, the
// pools' replacement bumps, receipts looked for every 500 ms.
func DefaultConfig(l1ChainID uint64, inbox common.Address, l2ChainID uint64) Config {
	return Config{
		L1ChainID: l1ChainID, Inbox: inbox, L2ChainID: l2ChainID,
		BlobThreshold: 64 << 10, MaxCalldataBytes: 120 << 10,
		Tip: big.NewInt(params.GWei), MinBlobFeeCap: big.NewInt(params.GWei),
		MaxFeeCap: big.NewInt(1000 * params.GWei), MaxBlobFeeCap: big.NewInt(1000 * params.GWei),
		FeeBumpPercent: 10, BlobFeeBumpPercent: 100, GasMarginPercent: 25,
		PollInterval: 500 * time.Millisecond, RPCTimeout: 5 * time.Second,
	}
}

// Check reports every invalid field.
func (c Config) Check() error {
	var errs []error
	add := func(ok bool, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrConfig}, args...)...))
		}
	}
	positive := func(v *big.Int) bool { return v != nil && v.Sign() > 0 }
	add(c.L1ChainID > 0, "l1_chain_id must be set")
	add(c.L2ChainID > 0, "l2_chain_id must be set")
	add(c.Inbox != (common.Address{}), "inbox address must be set")
	add(c.BlobThreshold >= 0, "blob_threshold %d must not be negative", c.BlobThreshold)
	add(c.MaxCalldataBytes > 0, "max_calldata_bytes must be positive")
	add(c.Tip != nil && c.Tip.Sign() >= 0, "tip must be set and not negative")
	add(positive(c.MinBlobFeeCap), "min_blob_fee_cap must be positive")
	add(positive(c.MaxFeeCap), "max_fee_cap must be positive")
	add(positive(c.MaxBlobFeeCap), "max_blob_fee_cap must be positive")
	add(c.FeeBumpPercent >= 10, "fee_bump_percent %d must be at least 10 (the pools' rule)", c.FeeBumpPercent)
	add(c.BlobFeeBumpPercent >= 10, "blob_fee_bump_percent %d must be at least 10", c.BlobFeeBumpPercent)
	add(c.PollInterval > 0, "poll_interval must be positive")
	add(c.RPCTimeout > 0, "rpc_timeout must be positive")
	return errors.Join(errs...)
}

// Deps are the poster's collaborators.
type Deps struct {
	L1 L1
	// Key is the poster's own L1 key: it pays for the batches (not the sequencer's key).
	Key       *ecdsa.PrivateKey
	Certifier Certifier
	// Committee, optional, is the committee whose certificates Certifier returns, by epoch (it
	// rotates): it packs them for the inbox (bindings.CommitteeCertificate). Nil when batches are
	// ECDSA-certified.
	Committee Committees
	Clock     clock.Clock
	// Slots maps a batch's L1 slot to the time of the block it can land in.
	Slots    *clock.SlotClock
	Log      zerolog.Logger
	Registry prometheus.Registerer
	// Observer, optional, is called from the poster's goroutine with every step. It must not block.
	Observer func(Event)
}

func (d Deps) check() error {
	var missing []string
	for _, dep := range []struct {
		name string
		ok   bool
	}{
		{"l1 client", d.L1 != nil}, {"key", d.Key != nil}, {"certifier", d.Certifier != nil},
		{"clock", d.Clock != nil}, {"slot clock", d.Slots != nil}, {"registry", d.Registry != nil},
	} {
		if !dep.ok {
			missing = append(missing, dep.name)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%w: %v", ErrDeps, missing)
	}
	return nil
}

// Committees is the committee that certified for an epoch; safe for concurrent use.
type Committees interface {
	CommitteeAt(epoch uint64) *bundle.Committee
}
