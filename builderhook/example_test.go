package builderhook_test

import (
	"context"
	"errors"
	"log"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/syncboost/syncboost/builderhook"
)

// environment stands for the miner's environment struct in a go-ethereum fork.
type environment struct {
	state    *state.StateDB
	evm      *vm.EVM
	gasPool  *core.GasPool
	header   *types.Header
	txs      []*types.Transaction
	receipts []*types.Receipt
	sidecars []*types.BlobTxSidecar
	size     uint64
	tcount   int
	blobs    int
}

// commitSyncboostBundles is called from the miner's fillTransactions before the
// transaction pool's transactions.
func commitSyncboostBundles(ctx context.Context, cfg *params.ChainConfig, src builderhook.Source,
	slot uint64, env *environment,
) {
	bundles, err := src.Bundles(ctx, slot, env.header.ParentHash)
	if err != nil {
		log.Printf("syncboost bundles: %v", err)
		return
	}
	e := &builderhook.Env{
		Config: cfg, Header: env.header, State: env.state, EVM: env.evm, GasPool: env.gasPool,
		Txs: env.txs, Receipts: env.receipts, Sidecars: env.sidecars, Size: env.size,
	}
	for i := range bundles {
		res, err := builderhook.ApplyBundle(ctx, e, &bundles[i])
		var txErr *builderhook.TxError
		switch {
		case err == nil:
			log.Printf("bundle %d applied: gas %d, to coinbase %s wei", i, res.GasUsed, res.CoinbaseDelta)
		case errors.As(err, &txErr):
			log.Printf("bundle %d left out: tx %d: %v", i, txErr.Index, txErr.Err)
		default:
			log.Printf("bundle %d left out: %v", i, err)
		}
	}
	// ApplyBundle may have replaced the state with the copy taken before a failed bundle.
	env.state, env.txs, env.receipts, env.sidecars, env.size = e.State, e.Txs, e.Receipts, e.Sidecars, e.Size
	env.tcount = len(e.Txs)
	env.blobs = int(*e.Header.BlobGasUsed / params.BlobTxBlobGasPerBlob)
}

// A builder that forks go-ethereum's miner applies syncboost's bundles from its block-filling
// loop.
func ExampleApplyBundle() {
	var (
		ctx  context.Context
		cfg  *params.ChainConfig
		src  builderhook.Source // e.g. a client of the sidecar's pull endpoint
		env  *environment
		slot uint64
	)
	commitSyncboostBundles(ctx, cfg, src, slot, env)
}

// A block assembled from a parent, payload attributes, bundles and loose transactions, then
// imported through the Engine API.
func ExampleAssemble() {
	var (
		ctx     context.Context
		chain   *core.BlockChain // e.g. eth.Ethereum.BlockChain()
		bundles [][]*types.Transaction
		txs     []*types.Transaction
		engine  interface { // e.g. an *rpc.Client authenticated with the node's JWT secret
			CallContext(ctx context.Context, result any, method string, args ...any) error
		}
	)
	parent := chain.CurrentBlock()
	attrs := builderhook.Attributes{
		Timestamp:    parent.Time + 12,
		FeeRecipient: common.HexToAddress("0x00000000000000000000000000000000000fee01"),
		PrevRandao:   common.Hash{0x01},
		BeaconRoot:   common.Hash{0x02},
		Withdrawals:  types.Withdrawals{},
	}
	sealed, err := builderhook.Assemble(ctx, chain, parent, attrs, bundles, txs)
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range sealed.Skipped {
		log.Printf("left out: bundle %d tx %d (%s): %v", s.Bundle, s.Tx, s.Hash, s.Err)
	}
	var status struct{ Status string }
	if err := engine.CallContext(ctx, &status, builderhook.NewPayloadMethod, sealed.NewPayloadParams()...); err != nil {
		log.Fatal(err)
	}
	log.Printf("block %s: %s, value %s wei", sealed.Block.Hash(), status.Status, sealed.Fees)
}
