package gethnode

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
)

// maxAccounts bounds the funded test accounts: each costs a key derivation at genesis.
const maxAccounts = 10_000

// minGasLimit is go-ethereum's lower bound for a block gas limit.
const minGasLimit = 5000

// ErrConfig is wrapped by every configuration error.
var ErrConfig = errors.New("gethnode: bad config")

// Config describes one in-process node. The zero value is a usable test chain.
type Config struct {
	// ChainID of the chain; 0 means DefaultChainID.
	ChainID uint64
	// GasLimit of the genesis block; 0 means DefaultGasLimit.
	GasLimit uint64
	// GenesisTime is the genesis timestamp; every later block must be strictly later.
	GenesisTime uint64
	// Accounts funds TestAddress(0..Accounts-1) with Balance each.
	Accounts int
	// Balance per funded test account; nil means DefaultBalance.
	Balance *big.Int
	// Alloc adds genesis accounts (contracts, balances); it overrides the defaults.
	Alloc types.GenesisAlloc
	// DataDir keeps the chain on disk; "" keeps everything in memory.
	DataDir string
	// JWTSecretFile holds the hex Engine API secret; "" generates a fresh secret.
	JWTSecretFile string
	// Log receives the node's lifecycle events; the zero value discards them.
	Log zerolog.Logger
}

// Check reports the first invalid field.
func (c Config) Check() error {
	c = c.withDefaults()
	switch {
	case c.GasLimit < minGasLimit:
		return fmt.Errorf("%w: gas_limit %d below %d", ErrConfig, c.GasLimit, minGasLimit)
	case c.Accounts < 0 || c.Accounts > maxAccounts:
		return fmt.Errorf("%w: accounts %d outside [0, %d]", ErrConfig, c.Accounts, maxAccounts)
	case c.Balance.Sign() < 0:
		return fmt.Errorf("%w: balance is negative", ErrConfig)
	}
	return nil
}

func (c Config) withDefaults() Config {
	if c.ChainID == 0 {
		c.ChainID = DefaultChainID
	}
	if c.GasLimit == 0 {
		c.GasLimit = DefaultGasLimit
	}
	if c.Balance == nil {
		c.Balance = DefaultBalance
	}
	return c
}
