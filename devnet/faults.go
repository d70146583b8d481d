package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1"
)

// With Config.Faults the devnet injects, every faultPeriod slots, one of each fault the rollup
// must survive, so that a 100-slot run derives from L1 through every path: a missed L1 slot, an
// L1 reorg of the head block, a forced transaction through the inbox; the demo searcher pads
// its transfer every blobEvery slots so that those based blocks travel in blobs, and the
// batch poster sends its batches in blobs. Once, in the period downPeriod, the sequencer is
// down for downSlots slots instead: based mode opens, the sidecar's uncertified based blocks
// carry a user's L2 transfers from the pool (one sent each slot), and the sequencer resumes on
// top of them.
const (
	faultPeriod  = 20
	missAt       = 5  // slot offset within the period whose next-but-one slot is missed
	reorgAt      = 12 // the head block of this offset is replaced by a sibling
	forcedAt     = 15 // a forced transaction is enqueued
	blobEvery    = 7
	blobPadBytes = 1536
	// blobThreshold is the devnet sidecar's blob_threshold_bytes with Faults: above the demo
	// bundle's payload, below a padded one's.
	blobThreshold = 1024
	keyForced     = keyUser + 4
	downPeriod    = 1
	downSlots     = 14 // based mode opens after 10 slots without certified progress
	keyMempool    = keyUser + 5
	// batchBlobThreshold puts the poster's batches in blobs with Faults (the devnet's batches are
	// a few hundred bytes), so the L1-only node derives blob batches too.
	batchBlobThreshold = 64
)

// blobEvery is the demo searcher's PadEvery: blobEvery with Faults, else never.
func (d *Devnet) blobEvery() uint64 {
	if d.cfg.Faults {
		return blobEvery
	}
	return 0
}

// blobThreshold is the sidecar's blob_threshold_bytes: blobThreshold with Faults, else unset.
func (d *Devnet) blobThreshold() int {
	if d.cfg.Faults {
		return blobThreshold
	}
	return 0
}

// FaultCounts says what the fault schedule injected.
type FaultCounts struct {
	Missed, Reorgs, Forced int
	// Down: slots the sequencer was down, up to DownUntil (exclusive); Transfers: the user's
	// L2 transfers sent meanwhile.
	Down      int
	DownUntil uint64
	Transfers []common.Hash
	Errors    []string
}

type faults struct {
	mu     sync.Mutex
	counts FaultCounts
	nonce  uint64 // the forced key's next L2 nonce
	first  uint64 // the first slot the schedule counts from
}

// Faults returns what the fault schedule has injected so far.
func (d *Devnet) Faults() FaultCounts {
	d.faults.mu.Lock()
	defer d.faults.mu.Unlock()
	c := d.faults.counts
	c.Errors = append([]string(nil), c.Errors...)
	c.Transfers = append([]common.Hash(nil), c.Transfers...)
	return c
}

// injectFaults runs the schedule after slot r's L1 block.
func (d *Devnet) injectFaults(ctx context.Context, r l1.SlotReport) {
	if r.Reorg { // the replacement of a block the schedule reorged: not a new slot
		return
	}
	f := &d.faults
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.first == 0 {
		f.first = r.Slot
	}
	var err error
	if (r.Slot-f.first)/faultPeriod == downPeriod {
		err = d.sequencerDown(ctx, (r.Slot-f.first)%faultPeriod, r.Slot)
		f.fail(ctx, d, r.Slot, err)
		return
	}
	switch (r.Slot - f.first) % faultPeriod {
	case missAt:
		if err = d.L1.MissSlot(r.Slot + 2); err == nil {
			f.counts.Missed++
		}
	case reorgAt:
		if r.Block == nil {
			return
		}
		if _, err = d.L1.ReorgHead(ctx); err == nil {
			f.counts.Reorgs++
		}
	case forcedAt:
		if err = d.enqueueForced(ctx); err == nil {
			f.counts.Forced++
		}
	}
	f.fail(ctx, d, r.Slot, err)
}

// fail records a fault the schedule could not inject.
func (f *faults) fail(ctx context.Context, d *Devnet, slot uint64, err error) {
	if err != nil && ctx.Err() == nil {
		f.counts.Errors = append(f.counts.Errors, fmt.Sprintf("slot %d: %v", slot, err))
		d.log.Warn().Err(err).Uint64("slot", slot).Msg("fault schedule")
	}
}

// sequencerDown runs the down period: at its start the sequencer halts for downSlots slots;
// while it is down a user sends one L2 transfer per slot to the L2 node's pool.
func (d *Devnet) sequencerDown(ctx context.Context, offset, slot uint64) error {
	f := &d.faults
	if offset == 0 {
		d.Seq.Halt(slot+1, slot+1+downSlots)
		f.counts.Down, f.counts.DownUntil = downSlots, slot+1+downSlots
		return nil
	}
	if offset > downSlots {
		return nil
	}
	key := gethnode.TestKey(keyMempool)
	nonce, err := d.L2Client().PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		return fmt.Errorf("mempool key's L2 nonce: %w", err)
	}
	// The tip pays for an uncertified based block's L1 gas even when the transfer is its only
	// transaction.
	l2ID, to := big.NewInt(L2ChainID), gethnode.TestAddress(keyUser)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(l2ID), &types.DynamicFeeTx{ChainID: l2ID, Nonce: nonce,
		Gas: params.TxGas, GasTipCap: big.NewInt(100 * params.GWei), GasFeeCap: big.NewInt(200 * params.GWei), To: &to, Value: big.NewInt(1)})
	if err != nil {
		return err
	}
	if err := d.L2Client().SendTransaction(ctx, tx); err != nil {
		return fmt.Errorf("L2 transfer to the pool: %w", err)
	}
	f.counts.Transfers = append(f.counts.Transfers, tx.Hash())
	return nil
}

// enqueueForced sends an L2 transfer of the forced key through the inbox's queue, with the
// exact fee, from the public L1 pool.
func (d *Devnet) enqueueForced(ctx context.Context) error {
	key := gethnode.TestKey(keyForced)
	from := crypto.PubkeyToAddress(key.PublicKey)
	if d.faults.counts.Forced == 0 {
		n, err := d.L2Client().NonceAt(ctx, from, nil)
		if err != nil {
			return fmt.Errorf("forced key's L2 nonce: %w", err)
		}
		d.faults.nonce = n
	}
	l2ID := big.NewInt(L2ChainID)
	to := gethnode.TestAddress(keyUser)
	forced, err := types.SignNewTx(key, types.LatestSignerForChainID(l2ID), &types.DynamicFeeTx{ChainID: l2ID,
		Nonce: d.faults.nonce, Gas: 21_000, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		To: &to, Value: big.NewInt(params.GWei)})
	if err != nil {
		return err
	}
	raw, err := forced.MarshalBinary()
	if err != nil {
		return err
	}
	ib, inbox := bindings.NewBasedInbox(), d.Manifest.Contracts.Inbox
	out, err := d.L1Client().CallContract(ctx, ethereum.CallMsg{To: &inbox, Data: ib.PackForcedInclusionFee()}, nil)
	if err != nil {
		return fmt.Errorf("forced inclusion fee: %w", err)
	}
	fee, err := ib.UnpackForcedInclusionFee(out)
	if err != nil {
		return err
	}
	if err := d.sendL1(ctx, key, ib.PackEnqueueForcedTransaction(raw), fee); err != nil {
		return fmt.Errorf("enqueue forced transaction: %w", err)
	}
	d.faults.nonce++
	return nil
}

// sendL1 sends key's call to the inbox, with value, through the L1 node's public pool.
func (d *Devnet) sendL1(ctx context.Context, key *ecdsa.PrivateKey, data []byte, value *big.Int) error {
	ec, to := d.L1Client(), d.Manifest.Contracts.Inbox
	from := crypto.PubkeyToAddress(key.PublicKey)
	gas, err := ec.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
	if err != nil {
		return fmt.Errorf("estimate gas: %w", err)
	}
	nonce, err := ec.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	head, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	tip, id := big.NewInt(params.GWei), new(big.Int).SetUint64(d.L1.ChainID())
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: nonce,
		Gas: gas + gas/5, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip),
		To: &to, Value: value, Data: data})
	if err != nil {
		return err
	}
	return ec.SendTransaction(ctx, tx)
}

// DownFigures says how the down period went, read from the chains (call it before Stop):
// the uncertified based blocks on L1 and how many of the user's transfers the L1-only node
// has. Both count only with Faults.
type DownFigures struct {
	BasedModeBlocks, Transfers, Derived int
}

// Down reads the down period's figures.
func (d *Devnet) Down(ctx context.Context) (DownFigures, error) {
	c := d.Faults()
	var out DownFigures
	out.Transfers = len(c.Transfers)
	for _, h := range c.Transfers {
		if r, err := d.L1Only.EthClient().TransactionReceipt(ctx, h); err == nil && r.Status == types.ReceiptStatusSuccessful {
			out.Derived++
		}
	}
	logs, err := d.L1Client().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{d.Manifest.Contracts.Inbox}})
	if err != nil {
		return out, fmt.Errorf("inbox logs: %w", err)
	}
	ib := bindings.NewBasedInbox()
	for i := range logs {
		if ev, err := ib.UnpackBasedBlockProposedEvent(&logs[i]); err == nil && ev.Info.Anchor == bindings.AnchorHead {
			out.BasedModeBlocks++
		}
	}
	return out, nil
}
