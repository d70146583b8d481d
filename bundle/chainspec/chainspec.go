// Package chainspec is the one definition of the Ethereum rules syncboost runs and computes
// with: the current mainnet fork (Osaka, with the BPO1/BPO2 blob schedule) active from genesis.
// The devnet's nodes run it; the sidecar computes base fees and blob fees with it, which match
// every chain that runs these forks.
package chainspec

import (
	"math/big"

	"github.com/ethereum/go-ethereum/params"
)

// Mainnet returns the current mainnet rules, every fork active at genesis, under chainID.
// go-ethereum's dev chain config enables a future fork whose gas rules differ from mainnet,
// so it is never used.
func Mainnet(chainID uint64) *params.ChainConfig {
	zero, t := big.NewInt(0), uint64(0)
	return &params.ChainConfig{
		ChainID:        new(big.Int).SetUint64(chainID),
		HomesteadBlock: zero, EIP150Block: zero, EIP155Block: zero, EIP158Block: zero, ByzantiumBlock: zero,
		ConstantinopleBlock: zero, PetersburgBlock: zero, IstanbulBlock: zero, MuirGlacierBlock: zero,
		BerlinBlock: zero, LondonBlock: zero, ArrowGlacierBlock: zero, GrayGlacierBlock: zero,
		MergeNetsplitBlock: zero, TerminalTotalDifficulty: zero,
		ShanghaiTime: &t, CancunTime: &t, PragueTime: &t, OsakaTime: &t, BPO1Time: &t, BPO2Time: &t,
		// Read by EIP-6110 deposit log parsing after every block.
		DepositContractAddress: params.MainnetChainConfig.DepositContractAddress,
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig, Prague: params.DefaultPragueBlobConfig,
			BPO1: params.DefaultBPO1BlobConfig, BPO2: params.DefaultBPO2BlobConfig,
		},
	}
}
