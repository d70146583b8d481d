// Package beacon tracks the L1 head for the sidecar: genesis, spec and fork
// schedule from the beacon node, head and chain_reorg events (through
// go-eth2-client), when the fork schedule has Gloas also the ePBS events
// (execution_payload_bid, execution_payload_available, head_v2, through
// go-eth2-client's spec/gloas types),
// payload_attributes events (through our own SSE decoder, because
// go-eth2-client drops Electra/Fulu events without request lists), proposer
// duties, and a cross-check of the head's execution block against the L1
// execution client. It exposes one Snapshot of all of it.
package beacon

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/urls"
)

// Sentinel errors.
var (
	ErrConfig       = errors.New("beacon: invalid config")
	ErrNilExecution = errors.New("beacon: execution client is nil")
	ErrNilClock     = errors.New("beacon: clock is nil")
	ErrNilRegistry  = errors.New("beacon: metrics registry is nil")
	ErrSpec         = errors.New("beacon: unusable beacon spec")
	ErrNotStarted   = errors.New("beacon: tracker not started")
	ErrStarted      = errors.New("beacon: tracker already started")
	ErrNotReady     = errors.New("beacon: L1 head not ready")
)

// ExecutionHeaders reads headers from the L1 execution client
// (eth_getBlockByNumber); *ethclient.Client satisfies it.
type ExecutionHeaders interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Config configures the tracker.
type Config struct {
	// Address is the beacon node's base URL.
	Address string
	// Profile is the operator's expectation; the beacon node's fork schedule
	// decides the parents (one before Gloas, FULL and EMPTY from its fork
	// epoch on), and a disagreement is logged at start.
	Profile clock.Profile
	// RequestTimeout bounds every beacon-API and execution-client request.
	RequestTimeout time.Duration
	// Reconnect is the backoff of the payload_attributes stream and of the
	// head/chain_reorg subscription.
	Reconnect clock.Backoff
	// SilenceSlots is the silence rule, in slots so that it follows the slot
	// length: the payload_attributes stream is reconnected after this many
	// slots without a byte, and the view is not ready once the beacon node
	// has not confirmed its head for more than this many slots. With the
	// flags docs/operations.md lists a node emits events every slot, missed
	// slots included.
	SilenceSlots uint64
	// MaxEventBytes bounds one SSE event.
	MaxEventBytes int
	// MaxBlockBytes bounds the head block read after (re)connecting.
	MaxBlockBytes int64
	// KeepSlots: payload attributes older than this many slots are dropped.
	KeepSlots uint64
	// ExecRetry: how often the execution-client cross-check is retried while
	// the head's execution block is unconfirmed.
	ExecRetry time.Duration
}

// DefaultSilenceSlots is the default silence rule: two slots without a word
// from the beacon node (6 s of 3 s slots, 24 s of 12 s slots).
const DefaultSilenceSlots = 2

// DefaultConfig returns working defaults for a beacon node at address.
func DefaultConfig(address string) Config {
	return Config{
		Address:        address,
		Profile:        clock.ProfileMEVBoost,
		RequestTimeout: 2 * time.Second,
		Reconnect:      clock.Backoff{Min: 250 * time.Millisecond, Max: 10 * time.Second, Jitter: 0.2},
		SilenceSlots:   DefaultSilenceSlots,
		MaxEventBytes:  1 << 20,
		MaxBlockBytes:  32 << 20, // a full block's JSON, transactions included
		KeepSlots:      4,
		ExecRetry:      250 * time.Millisecond,
	}
}

// Check validates the configuration.
func (c Config) Check() error {
	var errs []error
	if err := urls.CheckHTTP("address", c.Address); err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrConfig, err))
	}
	if err := c.Profile.Check(); err != nil {
		errs = append(errs, fmt.Errorf("%w: profile: %w", ErrConfig, err))
	}
	if c.RequestTimeout <= 0 {
		errs = append(errs, fmt.Errorf("%w: request_timeout must be positive", ErrConfig))
	}
	if err := c.Reconnect.Check(); err != nil {
		errs = append(errs, fmt.Errorf("%w: reconnect: %w", ErrConfig, err))
	}
	if c.SilenceSlots == 0 {
		errs = append(errs, fmt.Errorf("%w: silence_slots must be positive", ErrConfig))
	}
	if c.MaxEventBytes <= 0 {
		errs = append(errs, fmt.Errorf("%w: max_event_bytes must be positive", ErrConfig))
	}
	if c.MaxBlockBytes <= 0 {
		errs = append(errs, fmt.Errorf("%w: max_block_bytes must be positive", ErrConfig))
	}
	if c.KeepSlots == 0 {
		errs = append(errs, fmt.Errorf("%w: keep_slots must be positive", ErrConfig))
	}
	if c.ExecRetry <= 0 {
		errs = append(errs, fmt.Errorf("%w: exec_retry must be positive", ErrConfig))
	}
	return errors.Join(errs...)
}
