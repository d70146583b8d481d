package sequencer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/feed"
)

// Sentinel errors of construction.
var (
	ErrConfig     = errors.New("sequencer: invalid config")
	ErrDeps       = errors.New("sequencer: missing dependency")
	ErrStarted    = errors.New("sequencer: already started")
	ErrNotStarted = errors.New("sequencer: not started")
)

// L2Node is the in-process L2 execution node the sequencer builds on; *gethnode.Node
// implements it. The sequencer reads its chain and txpool and imports blocks through its
// Engine API.
type L2Node interface {
	BlockChain() *core.BlockChain
	Backend() *eth.Ethereum
	ImportBlock(ctx context.Context, block *types.Block, requests [][]byte) error
}

// L1Client reads the L1 execution client; *ethclient.Client implements it.
type L1Client interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash) ([]byte, error)
}

// BatchPoster puts certified batches on L1; *batcher.Poster implements it. Post must not block.
type BatchPoster interface {
	Post(b *bundle.SignedBatch)
}

// Config sets the sequencer's rhythm and the deployment it certifies for.
type Config struct {
	// L1ChainID and Inbox form the certificate's EIP-712 domain; Inbox is also where
	// based blocks are read from.
	L1ChainID uint64
	Inbox     common.Address
	// BlockInterval is the time between sequenced blocks.
	BlockInterval time.Duration
	// ReleaseLeadBps: the slot-ending message for slot S is released this far (basis
	// points of the slot) before slot S starts. The sidecar must receive it before its
	// accept deadline, so this exceeds the sidecar's lead_bps + build_bps.
	ReleaseLeadBps uint32
	// MissGraceBps: if no L1 block of slot S is seen this far into slot S, the slot counts
	// as missed and sequencing resumes on the slot-ending block.
	MissGraceBps uint32
	// PollInterval is how often the L1 head is polled; NotifyL1 polls at once.
	PollInterval time.Duration
	// RPCTimeout bounds each call to the L1 client and each block import.
	RPCTimeout time.Duration
	// MaxReorgDepth is how many L1 blocks are remembered to detect and undo reorgs.
	MaxReorgDepth int
	// History is how many slots' facts and outcomes are kept.
	History int
	// MaxBatchBlocks bounds the blocks of one batch (at most bundle.MaxBatchBlocks). Further
	// behind the inbox head, releases are skipped while batches of this many catch up.
	MaxBatchBlocks int
	// EPBS: L1 builds under ePBS (EIP-7732), so the next slot's block may build on the
	// previous slot's payload (FULL) or on its parent (EMPTY, the payload withheld or
	// untimely); each release then signs a message for each L1 parent that can still be.
	EPBS bool
	// Feed configures the embedded slot-ending feed server; its L2ChainID must be the
	// L2 node's chain id, Feed.Sidecars lists the sidecars allowed to report outcomes and
	// stream, and a nil Feed.Slots is Deps.Slots.
	Feed feed.ServerConfig
}

// DefaultConfig returns the devnet defaults: 250 ms blocks, release at 30 % of a slot
// before it starts, a slot counts as missed half-way through, L1 polled every 100 ms, the
// feed on a loopback port chosen by the kernel.
func DefaultConfig(l1ChainID uint64, inbox common.Address, l2ChainID uint64) Config {
	return Config{
		L1ChainID: l1ChainID, Inbox: inbox,
		BlockInterval: 250 * time.Millisecond, ReleaseLeadBps: 3000, MissGraceBps: 5000,
		PollInterval: 100 * time.Millisecond, RPCTimeout: 5 * time.Second,
		MaxReorgDepth: 64, History: 1024, MaxBatchBlocks: bundle.MaxBatchBlocks,
		Feed: feed.DefaultServerConfig(l2ChainID, "127.0.0.1:0"),
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
	add(c.L1ChainID > 0, "l1_chain_id must be set")
	add(c.Inbox != (common.Address{}), "inbox address must be set")
	add(c.BlockInterval > 0, "block_interval must be positive")
	add(c.ReleaseLeadBps > 0 && c.ReleaseLeadBps < clock.BpsDenominator,
		"release_lead_bps %d must be in 1..%d", c.ReleaseLeadBps, clock.BpsDenominator-1)
	add(c.MissGraceBps > 0, "miss_grace_bps must be positive")
	// The miss grace must end before the next slot's release, or a missed slot would
	// swallow the next release.
	add(c.MissGraceBps+c.ReleaseLeadBps < clock.BpsDenominator,
		"miss_grace_bps %d + release_lead_bps %d must stay below one slot", c.MissGraceBps, c.ReleaseLeadBps)
	add(c.PollInterval > 0, "poll_interval must be positive")
	add(c.RPCTimeout > 0, "rpc_timeout must be positive")
	add(c.MaxReorgDepth > 0, "max_reorg_depth must be positive")
	add(c.History > 0, "history must be positive")
	add(c.MaxBatchBlocks > 0 && c.MaxBatchBlocks <= bundle.MaxBatchBlocks,
		"max_batch_blocks %d must be in 1..%d", c.MaxBatchBlocks, bundle.MaxBatchBlocks)
	if err := c.Feed.Check(); err != nil {
		errs = append(errs, fmt.Errorf("%w: feed: %w", ErrConfig, err))
	}
	return errors.Join(errs...)
}

// Deps are the sequencer's collaborators.
type Deps struct {
	L2 L2Node
	L1 L1Client
	// Key signs certificates; its address is the fee recipient of sequenced blocks.
	Key *ecdsa.PrivateKey
	// Clock drives blocks, releases and polls (clock.Real in the devnet).
	Clock clock.Clock
	// Slots maps time to L1 slots (the L1 genesis time and slot length).
	Slots    *clock.SlotClock
	Log      zerolog.Logger
	Registry *prometheus.Registry
	// Poster, optional, is handed each release's batch, so the blocks reach L1 even in a slot
	// without a based block. Without one, only the sidecars' carried copies commit them.
	Poster BatchPoster
	// Blobs, optional, serves the blobs of blob-mode based blocks (a beacon node's blob API);
	// without it such a block cannot be derived (ErrBlobSource).
	Blobs BlobSource
	// Committee, optional, certifies slot-ending messages and batches in place of Key (the
	// inbox's certificateVerifier is then its BLSCommittee); Key stays the fee recipient.
	Committee *Committee
	// Observer, optional, is called from the sequencer's goroutine after each step, once
	// the timers of the next step are armed. It must not block.
	Observer func(Event)
}

func (d Deps) check() error {
	var missing []string
	for _, dep := range []struct {
		name string
		ok   bool
	}{
		{"l2 node", d.L2 != nil}, {"l1 client", d.L1 != nil}, {"key", d.Key != nil},
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
