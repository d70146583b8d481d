package l1

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1/builder"
)

// Defaults of the devnet L1.
const (
	DefaultChainID       = 3151908
	DefaultSlotDuration  = 2 * time.Second
	DefaultSlotsPerEpoch = 32
	DefaultValidators    = 64
	DefaultAccounts      = 16
)

// ProposerAddress is the devnet proposers' fee recipient. No test key controls it, so its
// balance changes only by what blocks pay it, which is how bundle values are measured.
var ProposerAddress = common.BytesToAddress(crypto.Keccak256([]byte("syncboost/devnet/proposer"))[12:])

// ErrConfig is wrapped by every configuration error.
var ErrConfig = errors.New("l1: invalid config")

// Config describes the devnet L1: its chain, its slots and its builder endpoint.
type Config struct {
	// ChainID of the L1; 0 means DefaultChainID.
	ChainID uint64
	// GenesisTime is the genesis block's timestamp and the start of slot 0, in whole
	// seconds; zero means the clock's time at New, rounded down to the second.
	GenesisTime time.Time
	// SlotDuration in whole seconds (execution timestamps and the inbox count seconds);
	// 0 means DefaultSlotDuration.
	SlotDuration time.Duration
	// SlotsPerEpoch; 0 means DefaultSlotsPerEpoch.
	SlotsPerEpoch uint64
	// Validators in the beacon stand-in's proposer rotation; 0 means DefaultValidators.
	Validators uint64
	// Accounts funds gethnode.TestAddress(0..Accounts-1); 0 means DefaultAccounts.
	Accounts int
	// Alloc adds genesis accounts.
	Alloc types.GenesisAlloc
	// GasLimit of the genesis block; 0 means gethnode's default.
	GasLimit uint64
	// FeeRecipient of every block; zero means ProposerAddress.
	FeeRecipient common.Address
	// DataDir keeps the chain on disk; "" keeps it in memory.
	DataDir string
	// MaxBundles and MaxBundleTxs bound the builder; 0 means the builder's defaults.
	MaxBundles, MaxBundleTxs int
	// UnbundleShareBps is the share of slots (basis points) in which the builder breaks the
	// bundles it received apart (builder.Unbundle); 0 keeps it honest.
	UnbundleShareBps uint32
	// BuilderRPC is the builder's JSON-RPC listener; the zero value means
	// builder.DefaultServerConfig().
	BuilderRPC builder.ServerConfig
	// EPBS runs L1 under an ePBS (EIP-7732) timeline: the beacon stand-in schedules Gloas at
	// epoch 0 and serves its events; the builder bids at the slot start committing to its
	// block's hash, and reveals the payload at RevealBps of the slot, or withholds it.
	EPBS bool
	// RevealBps is when the builder reveals its payload (default 2500); at most PAYLOAD_DUE_BPS.
	RevealBps uint32
	// WithholdShareBps is the share of slots whose payload the builder withholds, in basis
	// points; slot s is withheld iff ⌊(s+1)·share⌋ > ⌊s·share⌋ (evenly spread, known from the
	// slot number). EPBS only.
	WithholdShareBps uint32
}

// DefaultRevealBps is when the devnet builder reveals its payload under ePBS: well before
// PAYLOAD_DUE_BPS, as a builder that wants its payload timely does.
const DefaultRevealBps = 2500

func (c Config) withDefaults(now time.Time) Config {
	if c.ChainID == 0 {
		c.ChainID = DefaultChainID
	}
	if c.GenesisTime.IsZero() {
		c.GenesisTime = now.Truncate(time.Second)
	}
	if c.SlotDuration == 0 {
		c.SlotDuration = DefaultSlotDuration
	}
	if c.SlotsPerEpoch == 0 {
		c.SlotsPerEpoch = DefaultSlotsPerEpoch
	}
	if c.Validators == 0 {
		c.Validators = DefaultValidators
	}
	if c.Accounts == 0 {
		c.Accounts = DefaultAccounts
	}
	if c.FeeRecipient == (common.Address{}) {
		c.FeeRecipient = ProposerAddress
	}
	def := builder.DefaultConfig(c.FeeRecipient, c.SlotDuration)
	if c.MaxBundles == 0 {
		c.MaxBundles = def.MaxBundles
	}
	if c.MaxBundleTxs == 0 {
		c.MaxBundleTxs = def.MaxBundleTxs
	}
	if c.EPBS && c.RevealBps == 0 {
		c.RevealBps = DefaultRevealBps
	}
	if c.BuilderRPC.HTTP.Listen == "" {
		c.BuilderRPC = builder.DefaultServerConfig()
	}
	return c
}

// Check reports every invalid field (after defaults; the genesis time is checked only when
// set).
func (c Config) Check() error {
	genesisSet := !c.GenesisTime.IsZero()
	c = c.withDefaults(time.Unix(1, 0))
	var errs []error
	if genesisSet && (c.GenesisTime.Unix() <= 0 || c.GenesisTime.Truncate(time.Second) != c.GenesisTime) {
		errs = append(errs, fmt.Errorf("%w: genesis_time %s must be positive whole seconds", ErrConfig, c.GenesisTime))
	}
	if c.SlotDuration < time.Second || c.SlotDuration%time.Second != 0 {
		errs = append(errs, fmt.Errorf("%w: slot_duration %s must be a whole number of seconds", ErrConfig, c.SlotDuration))
	}
	if c.FeeRecipient == (common.Address{}) {
		errs = append(errs, fmt.Errorf("%w: fee_recipient is zero", ErrConfig))
	}
	if c.RevealBps > clock.PayloadDueBps {
		errs = append(errs, fmt.Errorf("%w: reveal_bps %d is after PAYLOAD_DUE_BPS %d", ErrConfig, c.RevealBps, clock.PayloadDueBps))
	}
	if !c.EPBS && (c.RevealBps != 0 || c.WithholdShareBps != 0) {
		errs = append(errs, fmt.Errorf("%w: reveal_bps and withhold_share_bps apply under ePBS only", ErrConfig))
	}
	if c.WithholdShareBps > clock.BpsDenominator {
		errs = append(errs, fmt.Errorf("%w: withhold_share_bps %d exceeds %d", ErrConfig, c.WithholdShareBps, clock.BpsDenominator))
	}
	if err := c.nodeConfig().Check(); err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrConfig, err))
	}
	if err := c.builderConfig().Check(); err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrConfig, err))
	}
	if err := c.BuilderRPC.Check(); err != nil {
		errs = append(errs, fmt.Errorf("%w: builder_rpc: %w", ErrConfig, err))
	}
	return errors.Join(errs...)
}

func (c Config) nodeConfig() gethnode.Config {
	return gethnode.Config{
		ChainID: c.ChainID, GasLimit: c.GasLimit, GenesisTime: uint64(c.GenesisTime.Unix()),
		Accounts: c.Accounts, Alloc: c.Alloc, DataDir: c.DataDir,
	}
}

func (c Config) builderConfig() builder.Config {
	return builder.Config{
		MaxBundles: c.MaxBundles, MaxBundleTxs: c.MaxBundleTxs, FeeRecipient: c.FeeRecipient, SlotDuration: c.SlotDuration,
		Unbundle: builder.Unbundle{ShareBps: c.UnbundleShareBps, GenesisTime: c.GenesisTime}, EPBS: c.EPBS,
	}
}
