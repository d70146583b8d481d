package derivation

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// apply runs one L1 block's inbox logs in log order. A based block is derived at its
// confirmation (same commitment, same L1 block); a proposal never confirmed adds nothing.
func (d *Deriver) apply(ctx context.Context, l1 *types.Header, logs []types.Log) error {
	proposed := map[common.Hash]*bindings.BasedInboxBasedBlockProposed{}
	for i := range logs {
		l := &logs[i]
		if l.Address != d.cfg.Inbox || l.Removed {
			continue
		}
		if ev, err := d.ib.UnpackBatchCommittedEvent(l); err == nil {
			if err := d.applyBatch(ctx, l1, ev); err != nil {
				return err
			}
			continue
		}
		if ev, err := d.ib.UnpackBasedBlockProposedEvent(l); err == nil {
			proposed[ev.Commitment] = ev
			continue
		}
		if ev, err := d.ib.UnpackBasedBlockConfirmedEvent(l); err == nil {
			p, ok := proposed[ev.Commitment]
			if !ok {
				continue
			}
			delete(proposed, ev.Commitment)
			if err := d.applyBased(ctx, l1, p); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkParent reports a log whose parent is not the derived head. The inbox enforces one
// head, so this is a derivation bug or a sequencer fault upstream (a certified hash that did
// not match); derivation goes on from the derived head either way.
func (d *Deriver) checkParent(l1 *types.Header, parentID common.Hash, number uint64, what string) {
	if parentID == d.cur.id && number == d.cur.header.Number.Uint64()+1 {
		return
	}
	d.fault(Fault{
		Kind: FaultParent, L1Number: l1.Number.Uint64(), L1Hash: l1.Hash(), L2Number: number,
		Certified: parentID, Derived: d.cur.id,
		Reason: fmt.Sprintf("%s on %s at %d, derived head %s at %d", what, parentID, number,
			d.cur.id, d.cur.header.Number.Uint64()),
	})
}

// build assembles one block on the cursor, imports it and makes it the cursor.
func (d *Deriver) build(ctx context.Context, coinbase common.Address, txs []*types.Transaction) (*builderhook.Sealed, error) {
	chain := d.l2.BlockChain()
	parent := d.cur.header
	env := bundle.BasedEnv(chain.Config(), parent, coinbase)
	sealed, err := builderhook.Assemble(ctx, chain, parent,
		builderhook.Attributes{Timestamp: env.Time, FeeRecipient: env.Coinbase}, nil, txs)
	if err != nil {
		return nil, fmt.Errorf("derivation: assemble l2 block %d: %w", env.Number, err)
	}
	if err := d.l2.ImportBlock(ctx, sealed.Block, sealed.Requests); err != nil {
		return nil, fmt.Errorf("derivation: import l2 block %d: %w", env.Number, err)
	}
	d.cur = cursor{header: sealed.Block.Header(), id: sealed.Block.Hash()}
	return sealed, nil
}
