package sequencer

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
)

// buildSequenced assembles a sequenced block on parent: the header environment of
// bundle.BasedEnv (time = parent + 1, the sequencer as fee recipient), then the txpool's
// pending transactions by tip, each sender's in nonce order.
func (s *Sequencer) buildSequenced(ctx context.Context, parent *types.Header) (*builderhook.Sealed, error) {
	chain := s.l2.BlockChain()
	env := bundle.BasedEnv(chain.Config(), parent, s.addr)
	b, err := builderhook.NewBlockBuilder(ctx, chain, parent,
		builderhook.Attributes{Timestamp: env.Time, FeeRecipient: env.Coinbase})
	if err != nil {
		return nil, fmt.Errorf("sequenced block on %s: %w", parent.Hash(), err)
	}
	b.FillFromPool(ctx, s.l2.Backend().TxPool())
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sealed, err := b.Seal(ctx)
	if err != nil {
		return nil, fmt.Errorf("seal sequenced block on %s: %w", parent.Hash(), err)
	}
	return sealed, nil
}
