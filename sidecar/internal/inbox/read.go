package inbox

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// call runs a view call on the inbox in the state after block.
func (x *Inbox) call(ctx context.Context, block common.Hash, data []byte) ([]byte, error) {
	return x.chain.CallContractAtHash(ctx, ethereum.CallMsg{To: &x.cfg.Address, Data: data}, block)
}

// DueForced returns the forced entries the based block in target must consume: those due at
// the target's timestamp from the queue head, as the parent block's state has them.
func (x *Inbox) DueForced(ctx context.Context, t slots.Target) (slots.ForcedEntries, error) {
	out, err := x.call(ctx, t.ParentHash, x.abi.PackForcedHead())
	if err != nil {
		return slots.ForcedEntries{}, fmt.Errorf("forcedHead: %w", err)
	}
	start, err := x.abi.UnpackForcedHead(out)
	if err != nil {
		return slots.ForcedEntries{}, fmt.Errorf("forcedHead: %w", err)
	}
	if out, err = x.call(ctx, t.ParentHash, x.abi.PackCountDueForced(start, t.Time)); err != nil {
		return slots.ForcedEntries{}, fmt.Errorf("countDueForced: %w", err)
	}
	due, err := x.abi.UnpackCountDueForced(out)
	if err != nil {
		return slots.ForcedEntries{}, fmt.Errorf("countDueForced: %w", err)
	}
	fe := slots.ForcedEntries{Start: start}
	for i := range due.Uint64() {
		if out, err = x.call(ctx, t.ParentHash, x.abi.PackForcedEntry(start+i)); err != nil {
			return slots.ForcedEntries{}, fmt.Errorf("forcedEntry(%d): %w", start+i, err)
		}
		e, err := x.abi.UnpackForcedEntry(out)
		if err != nil {
			return slots.ForcedEntries{}, fmt.Errorf("forcedEntry(%d): %w", start+i, err)
		}
		fe.Txs = append(fe.Txs, e.RawTx)
	}
	return fe, nil
}

// InboxEvents returns the commitments proposed and confirmed in the L1 block blockHash.
func (x *Inbox) InboxEvents(ctx context.Context, blockHash common.Hash) (slots.BlockEvents, error) {
	proposed := x.abi.GetABI().Events["BasedBlockProposed"].ID
	confirmed := x.abi.GetABI().Events["BasedBlockConfirmed"].ID
	logs, err := x.chain.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &blockHash, Addresses: []common.Address{x.cfg.Address},
		Topics: [][]common.Hash{{proposed, confirmed}}})
	if err != nil {
		return slots.BlockEvents{}, fmt.Errorf("inbox logs of %s: %w", blockHash, err)
	}
	ev := slots.BlockEvents{Proposed: map[common.Hash]bool{}, Confirmed: map[common.Hash]bool{}}
	for _, l := range logs {
		if len(l.Topics) < 2 || l.Removed {
			continue
		}
		if l.Topics[0] == proposed {
			ev.Proposed[l.Topics[1]] = true
		} else {
			ev.Confirmed[l.Topics[1]] = true
		}
	}
	return ev, nil
}
