// Package builder is the devnet's L1 block builder: it keeps eth_sendBundle bundles by target
// block and replacement uuid, simulates them for eth_callBundle, and assembles each slot's
// block with builderhook: atomic bundles first, by the value they pay the fee recipient, then
// the node's pending transactions by tip. Server puts it behind Flashbots-style JSON-RPC.
package builder

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
)

// Sentinel errors of construction.
var (
	ErrConfig      = errors.New("builder: invalid config")
	ErrNilChain    = errors.New("builder: chain is nil")
	ErrNilTxSource = errors.New("builder: transaction source is nil")
	ErrNilRegistry = errors.New("builder: metrics registry is nil")
)

// Chain is the L1 chain the builder reads; *core.BlockChain implements it.
type Chain interface {
	builderhook.Chain
	CurrentHeader() *types.Header
	GetHeaderByNumber(number uint64) *types.Header
}

// TxSource gives the pending transactions to fill blocks with; *txpool.TxPool implements it.
type TxSource interface {
	Pending(filter txpool.PendingFilter) (map[common.Address][]*txpool.LazyTransaction, int)
}

// Config bounds the builder and sets its eth_callBundle defaults.
type Config struct {
	// MaxBundles bounds the bundles kept at once.
	MaxBundles int
	// MaxBundleTxs bounds the transactions of one bundle (Flashbots: 100).
	MaxBundleTxs int
	// FeeRecipient is the coinbase eth_callBundle simulates with, the devnet proposer's.
	FeeRecipient common.Address
	// SlotDuration sets eth_callBundle's default timestamp: the state block's plus one slot.
	SlotDuration time.Duration
	// Unbundle, when its share is not zero, makes the builder break bundles apart in a share of
	// slots (a dishonest builder, for the devnet's safety test).
	Unbundle Unbundle
	// EPBS: the chain builds under ePBS, where the next block may build on the head's parent
	// (the head's payload left out), so a bundle for the head's own number is still on time.
	EPBS bool
}

// DefaultConfig returns working limits for a devnet whose proposer is feeRecipient.
func DefaultConfig(feeRecipient common.Address, slot time.Duration) Config {
	return Config{MaxBundles: 10_000, MaxBundleTxs: 100, FeeRecipient: feeRecipient, SlotDuration: slot}
}

// Check reports every invalid field.
func (c Config) Check() error {
	var errs []error
	if c.MaxBundles <= 0 {
		errs = append(errs, fmt.Errorf("%w: max_bundles must be > 0", ErrConfig))
	}
	if c.MaxBundleTxs <= 0 {
		errs = append(errs, fmt.Errorf("%w: max_bundle_txs must be > 0", ErrConfig))
	}
	if c.SlotDuration < time.Second || c.SlotDuration%time.Second != 0 {
		errs = append(errs, fmt.Errorf("%w: slot_duration %s must be a whole number of seconds", ErrConfig, c.SlotDuration))
	}
	if c.Unbundle.ShareBps > 10_000 {
		errs = append(errs, fmt.Errorf("%w: unbundle share %d bps must be at most 10000", ErrConfig, c.Unbundle.ShareBps))
	}
	return errors.Join(errs...)
}

// Stats are the builder's counters since it was created.
type Stats struct {
	Received  uint64 // bundles accepted by eth_sendBundle (replacements included)
	Replaced  uint64 // bundles that replaced an earlier one with the same uuid
	Cancelled uint64 // bundles removed by eth_cancelBundle or an empty eth_sendBundle
	Applied   uint64 // bundles included in a block
	Rejected  uint64 // bundles tried for their block and left out
	Expired   uint64 // bundles dropped because their block was built without trying them
	Tampered  uint64 // bundles broken apart on purpose (Config.Unbundle)
	Pending   int    // bundles waiting for their block
}

type counters struct {
	received, replaced, cancelled, applied, rejected, expired, tampered atomic.Uint64
}

// BlobRecorder keeps the blob sidecars of the blob transactions the builder puts in blocks:
// the devnet's stand-in for the beacon node's blob sidecars (beaconstandin.BlobStore).
type BlobRecorder interface {
	RecordBlobs(sc *types.BlobTxSidecar)
}

// Builder keeps bundles and builds blocks. Its methods are safe for concurrent use.
type Builder struct {
	cfg   Config
	chain Chain
	txs   TxSource
	log   zerolog.Logger
	pool  *pool
	n     counters
	blobs atomic.Pointer[BlobRecorder]
	seen  contents
}

// RecordBlobs makes every later Build hand the sidecars of its blob transactions to r, before
// the block is imported: a reader that sees the block finds its blobs. Nil stops recording.
func (b *Builder) RecordBlobs(r BlobRecorder) {
	if r == nil {
		b.blobs.Store(nil)
		return
	}
	b.blobs.Store(&r)
}

// New returns a builder reading chain and txs; its counters are registered on reg.
func New(cfg Config, chain Chain, txs TxSource, log zerolog.Logger, reg prometheus.Registerer) (*Builder, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	switch {
	case chain == nil:
		return nil, ErrNilChain
	case txs == nil:
		return nil, ErrNilTxSource
	case reg == nil:
		return nil, ErrNilRegistry
	}
	b := &Builder{
		cfg: cfg, chain: chain, txs: txs, pool: newPool(cfg.MaxBundles),
		log: log.With().Str("component", "devnet_builder").Logger(),
	}
	if err := b.register(reg); err != nil {
		return nil, err
	}
	return b, nil
}

func (b *Builder) register(reg prometheus.Registerer) error {
	counter := func(name, help string, v *atomic.Uint64) prometheus.Collector {
		return prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "devnet_builder_bundles_" + name + "_total", Help: help},
			func() float64 { return float64(v.Load()) })
	}
	cs := []prometheus.Collector{
		counter("received", "Bundles accepted by eth_sendBundle.", &b.n.received),
		counter("replaced", "Bundles replaced by a newer one with the same uuid.", &b.n.replaced),
		counter("cancelled", "Bundles cancelled.", &b.n.cancelled),
		counter("applied", "Bundles included in a block.", &b.n.applied),
		counter("rejected", "Bundles tried for their block and left out.", &b.n.rejected),
		counter("expired", "Bundles whose block was built without them.", &b.n.expired),
		counter("tampered", "Bundles broken apart on purpose by the unbundling mode.", &b.n.tampered),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "devnet_builder_bundles_pending", Help: "Bundles waiting for their block."},
			func() float64 { return float64(b.pool.len()) }),
	}
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			return fmt.Errorf("builder: register metrics: %w", err)
		}
	}
	return nil
}

// Stats returns the counters.
func (b *Builder) Stats() Stats {
	return Stats{
		Received: b.n.received.Load(), Replaced: b.n.replaced.Load(), Cancelled: b.n.cancelled.Load(),
		Applied: b.n.applied.Load(), Rejected: b.n.rejected.Load(), Expired: b.n.expired.Load(),
		Tampered: b.n.tampered.Load(), Pending: b.pool.len(),
	}
}

// SendBundle stores ab for its block on behalf of signer (the zero address when the request
// was not signed). A bundle with the signer's replacement uuid of an earlier one replaces it;
// an empty one with a uuid cancels it, as rbuilder does. It returns the bundle hash.
func (b *Builder) SendBundle(signer common.Address, ab *bundle.AtomicBundle) (common.Hash, error) {
	if len(ab.Txs) == 0 {
		if ab.ReplacementUUID == "" {
			return common.Hash{}, ErrNoTxs
		}
		if b.pool.cancel(signer, ab.ReplacementUUID) {
			b.n.cancelled.Add(1)
		}
		return ab.Hash(), nil
	}
	if ab.BlockNumber == 0 {
		return common.Hash{}, ErrNoBlock
	}
	head := b.chain.CurrentHeader().Number.Uint64()
	if b.cfg.EPBS && head > 0 {
		head-- // the EMPTY parent's successor has the head's number
	}
	if ab.BlockNumber <= head {
		return common.Hash{}, fmt.Errorf("%w: blockNumber %d, head %d", ErrTooLate, ab.BlockNumber, head)
	}
	if len(ab.Txs) > b.cfg.MaxBundleTxs {
		return common.Hash{}, fmt.Errorf("%w: txs: %d > %d", ErrTooManyTx, len(ab.Txs), b.cfg.MaxBundleTxs)
	}
	txs, err := builderhook.DecodeTxs(ab)
	if err != nil {
		return common.Hash{}, err
	}
	e := &entry{b: ab, txs: txs, hash: ab.Hash(), signer: signer}
	replaced, err := b.pool.add(e)
	if replaced {
		b.n.replaced.Add(1)
	}
	if err != nil {
		return common.Hash{}, err
	}
	b.n.received.Add(1)
	b.seen.add(ab.ReplacementUUID, e.hash)
	b.log.Debug().Str("bundle_hash", e.hash.Hex()).Uint64("block_number", ab.BlockNumber).
		Str("replacement_uuid", ab.ReplacementUUID).Int("txs", len(txs)).Bool("replaced", replaced).Msg("bundle received")
	return e.hash, nil
}

// CancelBundle removes signer's bundle with replacement uuid.
func (b *Builder) CancelBundle(signer common.Address, uuid string) error {
	if !b.pool.cancel(signer, uuid) {
		return fmt.Errorf("%w: %s", ErrNotFound, uuid)
	}
	b.n.cancelled.Add(1)
	return nil
}

// BundleOutcome is what became of one bundle tried for a block.
type BundleOutcome struct {
	Hash            common.Hash
	ReplacementUUID string
	Signer          common.Address
	Txs             []common.Hash
	Applied         bool
	// Value is the fee recipient's balance change the bundle caused in the block, or, for a
	// rejected bundle that could be measured, alone on the parent state.
	Value   *big.Int
	GasUsed uint64
	Err     error // why it was left out
	// Tampered is set when the builder broke the bundle apart on purpose (Config.Unbundle):
	// Applied then means some of its transactions landed, not all of them in order.
	Tampered *Tampering
}

// BuildOptions choose what goes into a block.
type BuildOptions struct {
	Bundles bool // the bundles stored for this block number
	PoolTxs bool // the node's pending transactions
}

// Outcomes are the bundles tried for one block, in the order they were tried.
type Outcomes []BundleOutcome

// Applied returns the outcomes of the bundles that are in the block.
func (outs Outcomes) Applied() []BundleOutcome {
	var out []BundleOutcome
	for _, o := range outs {
		if o.Applied {
			out = append(out, o)
		}
	}
	return out
}

// Block is a sealed block and what went into it.
type Block struct {
	*builderhook.Sealed
	Bundles Outcomes
	PoolTxs int // pending transactions included
	// Tampered: the builder broke this block's bundles apart on purpose (Config.Unbundle).
	Tampered bool
}

// Build assembles the block on parent with attrs. Bundles for the block are consumed: they
// are either in it or counted as rejected. The block is not imported.
func (b *Builder) Build(ctx context.Context, parent *types.Header, attrs builderhook.Attributes, opts BuildOptions) (*Block, error) {
	number := parent.Number.Uint64() + 1
	if n := b.pool.prune(number - 1); n > 0 {
		b.n.expired.Add(uint64(n))
	}
	bb, err := builderhook.NewBlockBuilder(ctx, b.chain, parent, attrs)
	if err != nil {
		return nil, err
	}
	blk := &Block{}
	var taken []*entry
	if opts.Bundles {
		taken = b.pool.take(number)
		slot := b.cfg.Unbundle.slotOf(attrs.Timestamp, b.cfg.SlotDuration)
		if tamper, ordinal := b.cfg.Unbundle.Tampered(slot); tamper && len(taken) > 0 {
			blk.Tampered = true
			blk.Bundles = b.applyTampered(ctx, bb, number, slot, ordinal, taken)
		} else {
			blk.Bundles = b.applyBundles(ctx, bb, parent, attrs, taken)
		}
	}
	if opts.PoolTxs {
		blk.PoolTxs = bb.FillFromPool(ctx, b.txs)
	}
	if blk.Sealed, err = bb.Seal(ctx); err != nil {
		b.n.expired.Add(uint64(len(taken)))
		return nil, err
	}
	if r := b.blobs.Load(); r != nil {
		for _, sc := range blk.Sidecars {
			(*r).RecordBlobs(sc)
		}
	}
	for _, o := range blk.Bundles {
		if o.Tampered != nil {
			b.n.tampered.Add(1)
		}
		if o.Applied {
			b.n.applied.Add(1)
		} else {
			b.n.rejected.Add(1)
			b.log.Info().Str("bundle_hash", o.Hash.Hex()).Uint64("block_number", number).Err(o.Err).Msg("bundle left out")
		}
	}
	return blk, nil
}
