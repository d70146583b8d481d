package derivation

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// applyBased derives a confirmed based block on the derived head as docs/protocol.md §6 says:
// bundle.BasedEnv with the proposer as fee recipient, the forced entries first, then the
// payload's; an entry that does not decode or cannot be included is skipped, one that reverts
// stays. Its id on the inbox is its commitment.
func (d *Deriver) applyBased(ctx context.Context, l1 *types.Header, ev *bindings.BasedInboxBasedBlockProposed) error {
	d.checkParent(l1, ev.ParentId, ev.Info.L2BlockNumber, "based block")
	payload, err := d.payload(ctx, l1, ev.Info.DataMode, ev.Info.TxData, ev.Info.BlobHashes)
	if err != nil {
		return err
	}
	txs, _, skips := BasedTxs(ev.Info.ForcedTxs, payload, d.l2.BlockChain().Config().ChainID.Uint64())
	skipped := len(skips)
	sealed, err := d.build(ctx, ev.Proposer, txs)
	if err != nil {
		return err
	}
	if post := common.Hash(ev.Info.PostStateRoot); post != (common.Hash{}) && post != sealed.Block.Root() {
		d.fault(Fault{Kind: FaultStateRoot, L1Number: l1.Number.Uint64(), L1Hash: l1.Hash(), L2Number: sealed.Block.NumberU64(),
			Certified: post, Derived: sealed.Block.Root(), Reason: "proven post-state root is not the derived block's"})
	}
	d.cur.id, d.cur.based = common.Hash(ev.Commitment), true
	d.m.l2Blocks.WithLabelValues("based").Inc()
	d.log.Info().Uint64("l1_block", l1.Number.Uint64()).Uint64("l2_block", sealed.Block.NumberU64()).
		Str("l2_hash", sealed.Block.Hash().Hex()).Str("commitment", common.Hash(ev.Commitment).Hex()).
		Int("txs", len(sealed.Block.Transactions())).Int("skipped", skipped+len(sealed.Skipped)).Msg("based block derived")
	return nil
}

// Origin says where a based block's transaction came from: a forced entry or the payload's.
type Origin struct {
	Forced bool
	Index  int
}

// Skip is an entry derivation leaves out, and why; Index -1 is the payload as a whole.
type Skip struct {
	Origin
	Reason string
}

// BasedTxs lists a based block's transactions in execution order (docs/protocol.md §5): the
// forced-inclusion entries, then the payload's, each with its origin. An entry that does not
// decode as a transaction signed for chainID is skipped; a payload that does not decode
// contributes nothing and never voids the forced entries. Every L2 node (this Deriver, the
// devnet's sequencer) derives with this one rule.
func BasedTxs(forced [][]byte, payload []byte, chainID uint64) (txs []*types.Transaction, origins []Origin, skips []Skip) {
	add := func(o Origin, field string, raw []byte) {
		tx, err := bundle.DecodeTx(field, raw, chainID)
		if err != nil {
			skips = append(skips, Skip{Origin: o, Reason: err.Error()})
			return
		}
		txs, origins = append(txs, tx.Transaction), append(origins, o)
	}
	for i, raw := range forced {
		add(Origin{Forced: true, Index: i}, fmt.Sprintf("forcedTxs[%d]", i), raw)
	}
	entries, err := bundle.DecodeBasedBlock(payload)
	if err != nil {
		return txs, origins, append(skips, Skip{Origin: Origin{Index: -1}, Reason: "payload: " + err.Error()})
	}
	for i, raw := range entries {
		add(Origin{Index: i}, fmt.Sprintf("txData[%d]", i), raw)
	}
	return txs, origins, skips
}
