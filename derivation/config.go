package derivation

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
)

// Sentinel errors.
var (
	ErrConfig     = errors.New("derivation: bad config")
	ErrDeps       = errors.New("derivation: missing dependency")
	ErrStarted    = errors.New("derivation: already started")
	ErrNotStarted = errors.New("derivation: not started")
	// ErrReorgTooDeep: L1 reorged below the oldest L1 block remembered; the L2 chain cannot be
	// rewound safely and derivation stops.
	ErrReorgTooDeep = errors.New("derivation: l1 reorg deeper than remembered")
	// ErrFault wraps every sequencer or proposer fault derivation found (a certified hash that
	// is not the derived one, a batch whose data does not decode).
	ErrFault = errors.New("derivation: fault")
	// ErrNoBlobSource: a blob-mode log arrived and the Deriver has no BlobSource.
	ErrNoBlobSource = errors.New("derivation: no blob source")
	// ErrBlobs: the blob source did not return the blobs named.
	ErrBlobs = errors.New("derivation: blobs unavailable")
)

// L1Client reads the L1 execution client; *ethclient.Client implements it.
type L1Client interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// L2Node is the Deriver's own L2 execution node; *gethnode.Node implements it. Blocks are
// assembled on its chain and imported through its Engine API.
type L2Node interface {
	BlockChain() *core.BlockChain
	ImportBlock(ctx context.Context, block *types.Block, requests [][]byte) error
}

// BlobSource returns the blobs with the given versioned hashes, in that order, carried by a
// transaction of the L1 block l1 (a beacon node's blob sidecars). It must check that every blob
// has the versioned hash asked for: the Deriver trusts the bytes it gets.
type BlobSource interface {
	Blobs(ctx context.Context, l1 *types.Header, hashes []common.Hash) ([]kzg4844.Blob, error)
}

// Config names the deployment derived from and the Deriver's limits.
type Config struct {
	// Inbox is the BasedInbox address whose logs are the L2 chain's data.
	Inbox common.Address
	// Sequencer is the inbox's sequencer: the fee recipient of sequenced blocks.
	Sequencer common.Address
	// FromBlock is the first L1 block to read (the inbox's deployment block, say). The L2 node
	// must be at its genesis then.
	FromBlock uint64
	// MaxReorgDepth is how many processed L1 blocks are remembered for rewinding.
	MaxReorgDepth int
	// PollInterval is how often the L1 head is read when nobody calls Notify.
	PollInterval time.Duration
	// RPCTimeout bounds one step's L1 reads and L2 imports.
	RPCTimeout time.Duration
	// MaxFaults bounds the faults kept for Faults.
	MaxFaults int
}

// DefaultConfig returns the limits of a devnet-sized deployment; Inbox and Sequencer are the
// caller's.
func DefaultConfig() Config {
	return Config{MaxReorgDepth: 64, PollInterval: 250 * time.Millisecond, RPCTimeout: 10 * time.Second, MaxFaults: 256}
}

// Check reports every invalid field.
func (c Config) Check() error {
	var errs []error
	bad := func(field, why string) { errs = append(errs, fmt.Errorf("%w: %s: %s", ErrConfig, field, why)) }
	if c.Inbox == (common.Address{}) {
		bad("inbox", "missing")
	}
	if c.Sequencer == (common.Address{}) {
		bad("sequencer", "missing")
	}
	if c.MaxReorgDepth <= 0 {
		bad("max_reorg_depth", "must be > 0")
	}
	if c.PollInterval <= 0 {
		bad("poll_interval", "must be > 0")
	}
	if c.RPCTimeout <= 0 {
		bad("rpc_timeout", "must be > 0")
	}
	if c.MaxFaults <= 0 {
		bad("max_faults", "must be > 0")
	}
	return errors.Join(errs...)
}

// Deps are the Deriver's collaborators.
type Deps struct {
	L1 L1Client
	L2 L2Node
	// Blobs serves blob-mode data; nil derives blob-mode logs as faults (ErrNoBlobSource).
	Blobs BlobSource
	// Clock drives the poll (clock.Real outside tests).
	Clock    clock.Clock
	Log      zerolog.Logger
	Registry prometheus.Registerer
	// OnHead, if set, is called from the Deriver's goroutine after each processed L1 block,
	// before Head and WaitL1 show that block. It must return quickly.
	OnHead func(Head)
}

func (d Deps) check() error {
	var missing []string
	if d.L1 == nil {
		missing = append(missing, "l1 client")
	}
	if d.L2 == nil {
		missing = append(missing, "l2 node")
	}
	if d.Clock == nil {
		missing = append(missing, "clock")
	}
	if d.Registry == nil {
		missing = append(missing, "registry")
	}
	if len(missing) > 0 {
		return fmt.Errorf("%w: %v", ErrDeps, missing)
	}
	return nil
}
