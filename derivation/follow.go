package derivation

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// maxBlocksPerStep bounds one Step's work so Stop is never kept waiting for a long catch-up.
const maxBlocksPerStep = 256

// processed is one L1 block as derived: the cursor after it.
type processed struct {
	number uint64
	hash   common.Hash
	after  cursor
}

// view is the recent processed L1 chain, oldest first.
type view struct {
	blocks []processed
	max    int
	// truncated: the oldest processed blocks were forgotten, so the cursor before the oldest
	// remembered block is unknown.
	truncated bool
}

func (v *view) last() (processed, bool) {
	if len(v.blocks) == 0 {
		return processed{}, false
	}
	return v.blocks[len(v.blocks)-1], true
}

func (v *view) push(p processed) {
	v.blocks = append(v.blocks, p)
	if over := len(v.blocks) - v.max; over > 0 {
		v.blocks = append([]processed(nil), v.blocks[over:]...)
		v.truncated = true
	}
}

// Step processes the L1 blocks that became canonical since the last Step: it rewinds what a
// reorg removed, then derives each new block in order. It returns the first error; blocks not
// processed are retried by the next Step. Config.RPCTimeout bounds the reorg check and each
// block's work, so a long catch-up still makes progress.
func (d *Deriver) Step(ctx context.Context) error {
	d.step.Lock()
	defer d.step.Unlock()
	if err := d.Fatal(); err != nil {
		return err
	}
	head, err := d.reconcileHead(ctx)
	if err != nil {
		return err
	}
	for range maxBlocksPerStep {
		next := d.cfg.FromBlock
		last, ok := d.view.last()
		if ok {
			next = last.number + 1
		}
		if next > head {
			return nil
		}
		done, err := d.stepOne(ctx, next, last, ok)
		if err != nil || done {
			return err
		}
	}
	return nil
}

// reconcileHead reads the L1 head and rewinds what a reorg removed; it returns the head number.
func (d *Deriver) reconcileHead(ctx context.Context) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, d.cfg.RPCTimeout)
	defer cancel()
	head, err := d.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("derivation: l1 head: %w", err)
	}
	return head.Number.Uint64(), d.reconcile(ctx, head.Number.Uint64())
}

// stepOne derives L1 block next on last; done reports that L1 reorged since the head was read
// (the next Step reconciles).
func (d *Deriver) stepOne(ctx context.Context, next uint64, last processed, haveLast bool) (done bool, err error) {
	ctx, cancel := context.WithTimeout(ctx, d.cfg.RPCTimeout)
	defer cancel()
	h, err := d.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(next))
	if err != nil {
		return false, fmt.Errorf("derivation: l1 block %d: %w", next, err)
	}
	if haveLast && h.ParentHash != last.hash {
		return true, nil
	}
	return false, d.processL1(ctx, h)
}

// reconcile drops processed blocks that are no longer canonical and rewinds the L2 node to the
// derived head of the newest one that is.
func (d *Deriver) reconcile(ctx context.Context, headNumber uint64) error {
	dropped := 0
	for {
		last, ok := d.view.last()
		if !ok {
			break
		}
		if last.number <= headNumber {
			h, err := d.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(last.number))
			if err != nil {
				return fmt.Errorf("derivation: l1 block %d: %w", last.number, err)
			}
			if h.Hash() == last.hash {
				break
			}
		}
		d.view.blocks = d.view.blocks[:len(d.view.blocks)-1]
		dropped++
	}
	if dropped == 0 {
		return nil
	}
	last, ok := d.view.last()
	if !ok {
		err := fmt.Errorf("%w: %d blocks dropped, %d remembered", ErrReorgTooDeep, dropped, d.cfg.MaxReorgDepth)
		if d.view.truncated {
			d.mu.Lock()
			d.fatal = err
			d.mu.Unlock()
			d.log.Error().Err(err).Msg("derivation stopped")
			return err
		}
		// Every block since FromBlock reorged away: derive again from the L2 genesis.
		genesis := d.l2.BlockChain().Genesis().Header()
		last.after = cursor{header: genesis, id: genesis.Hash()}
	}
	from := d.cur.header
	d.cur = last.after
	d.m.reorgs.Inc()
	d.log.Warn().Int("l1_blocks_dropped", dropped).Uint64("from_l2_block", from.Number.Uint64()).
		Str("from_l2_hash", from.Hash().Hex()).Uint64("to_l2_block", d.cur.header.Number.Uint64()).
		Str("to_l2_hash", d.cur.header.Hash().Hex()).Msg("l1 reorg: l2 rewound")
	return d.syncNodeHead()
}

// syncNodeHead makes the L2 node's canonical head the derived head. Importing blocks on the
// cursor moves the node's head already; this matters when the derived chain got shorter, which
// a forkchoice update cannot express (go-ethereum ignores one to a canonical ancestor).
func (d *Deriver) syncNodeHead() error {
	chain := d.l2.BlockChain()
	if chain.CurrentBlock().Hash() == d.cur.header.Hash() {
		return nil
	}
	if chain.GetCanonicalHash(d.cur.header.Number.Uint64()) != d.cur.header.Hash() {
		return nil // a sibling: the next import on the cursor reorgs the node
	}
	if err := chain.SetHead(d.cur.header.Number.Uint64()); err != nil {
		return fmt.Errorf("derivation: rewind l2 node to %d: %w", d.cur.header.Number.Uint64(), err)
	}
	return nil
}

// processL1 applies one L1 block's inbox logs in order and records the head after it.
func (d *Deriver) processL1(ctx context.Context, h *types.Header) error {
	hash := h.Hash()
	logs, err := d.l1.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: []common.Address{d.cfg.Inbox}})
	if err != nil {
		return fmt.Errorf("derivation: inbox logs of l1 block %d: %w", h.Number.Uint64(), err)
	}
	start := d.cur
	if err := d.apply(ctx, h, logs); err != nil {
		d.cur = start // retried whole by the next Step
		return err
	}
	if err := d.syncNodeHead(); err != nil {
		return err
	}
	d.view.push(processed{number: h.Number.Uint64(), hash: hash, after: d.cur})
	head := d.headOf(h)
	d.m.l1Blocks.Inc()
	d.m.head.Set(float64(head.Number))
	if d.onHead != nil { // first: when WaitL1 returns, the observer has seen the head
		d.onHead(head)
	}
	d.mu.Lock()
	d.head = head
	close(d.changed)
	d.changed = make(chan struct{})
	d.mu.Unlock()
	return nil
}
