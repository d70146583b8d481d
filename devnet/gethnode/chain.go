package gethnode

import (
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle/chainspec"
)

// Genesis defaults: a mainnet-like block gas limit and the London initial base fee.
const (
	DefaultChainID  = 424242
	DefaultGasLimit = 60_000_000
)

// DefaultBalance funds each test account with one million ether.
var DefaultBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// ChainConfig returns the current mainnet fork's rules active from genesis, under chainID
// (chainspec.Mainnet), with the Ethash section the node's consensus engine is built from.
func ChainConfig(chainID uint64) *params.ChainConfig {
	cfg := chainspec.Mainnet(chainID)
	cfg.Ethash = new(params.EthashConfig)
	return cfg
}

// SystemContracts returns the contracts the Osaka system calls need in the genesis state:
// EIP-4788 beacon roots, EIP-2935 block hash history, EIP-7002 withdrawal and EIP-7251
// consolidation queues. Without the last two every block fails post-execution.
func SystemContracts() types.GenesisAlloc {
	return types.GenesisAlloc{
		params.BeaconRootsAddress:        {Nonce: 1, Code: params.BeaconRootsCode, Balance: common.Big0},
		params.HistoryStorageAddress:     {Nonce: 1, Code: params.HistoryStorageCode, Balance: common.Big0},
		params.WithdrawalQueueAddress:    {Nonce: 1, Code: params.WithdrawalQueueCode, Balance: common.Big0},
		params.ConsolidationQueueAddress: {Nonce: 1, Code: params.ConsolidationQueueCode, Balance: common.Big0},
	}
}

// Genesis builds the genesis block description for cfg: the pinned chain config, the
// system contracts, cfg.Accounts funded test accounts, then cfg.Alloc (which wins).
func Genesis(cfg Config) *core.Genesis {
	cfg = cfg.withDefaults()
	alloc := SystemContracts()
	for i := range cfg.Accounts {
		alloc[TestAddress(i)] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	for addr, acc := range cfg.Alloc {
		alloc[addr] = acc
	}
	return &core.Genesis{
		Config:     ChainConfig(cfg.ChainID),
		Timestamp:  cfg.GenesisTime,
		GasLimit:   cfg.GasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}
}

// TestKey returns the i-th deterministic test key. The keys are public knowledge: use them
// on test chains only.
func TestKey(i int) *ecdsa.PrivateKey {
	var seed [8]byte
	binary.BigEndian.PutUint64(seed[:], uint64(i))
	h := crypto.Keccak256([]byte("syncboost/gethnode/test-key"), seed[:])
	for {
		key, err := crypto.ToECDSA(h)
		if err == nil {
			return key
		}
		// Out of the curve's range (probability ~2^-128): hash again.
		h = crypto.Keccak256(h)
	}
}

// TestAddress returns the address of TestKey(i).
func TestAddress(i int) common.Address {
	return crypto.PubkeyToAddress(TestKey(i).PublicKey)
}
