package devnet

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/derivation"
	"github.com/syncboost/syncboost/devnet/beaconstandin"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1"
)

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// blobsKept bounds the blobs the beacon stand-in keeps for getBlobs (128 KiB each).
const blobsKept = 256

// verdict is what the L1-only node made of one L1 block: its derived head, and the inbox head
// at that block.
type verdict struct {
	head      derivation.Head
	inboxNum  uint64
	inboxID   common.Hash
	inboxErr  error
	agreement string // set when the row is printed: "ok", "DIFF" or "" (not checked)
}

// startBlobSource makes the beacon stand-in serve getBlobs from the blobs the devnet builder
// includes; the builder records them before the block is imported.
func (d *Devnet) startBlobSource(context.Context) error {
	store := beaconstandin.NewBlobStore(blobsKept)
	d.L1.Beacon().Server().SetBlobs(store)
	d.L1.Builder().RecordBlobs(store)
	var err error
	d.blobs, err = derivation.NewBlobClient(derivation.BlobClientConfig{URL: d.L1.BeaconURL(),
		GenesisTime: uint64(d.L1.Config().GenesisTime.Unix()), SlotSeconds: uint64(d.cfg.SlotDuration / time.Second),
		Timeout: 5 * time.Second})
	return err
}

// startL1Only starts the independent L2 node: its own go-ethereum node with the L2 genesis,
// deriving the chain from nothing but L1 (the inbox's logs, and blobs from the beacon API).
func (d *Devnet) startL1Only(ctx context.Context) error {
	n, err := gethnode.New(gethnode.Config{ChainID: L2ChainID, GenesisTime: uint64(d.L1.Config().GenesisTime.Unix()), Accounts: accounts})
	if err != nil {
		return err
	}
	if err := n.Start(ctx); err != nil {
		return fmt.Errorf("l1-only node: %w", err)
	}
	d.L1Only = n
	if got, want := n.BlockChain().Genesis().Hash(), d.L2.BlockChain().Genesis().Hash(); got != want {
		return fmt.Errorf("l1-only node: genesis %s, the sequencer's is %s", got, want)
	}
	cfg := derivation.DefaultConfig()
	cfg.Inbox, cfg.Sequencer = d.Manifest.Contracts.Inbox, gethnode.TestAddress(keySequencer)
	der, err := derivation.New(cfg, derivation.Deps{L1: d.L1.Node().EthClient(), L2: n, Blobs: d.blobs, Clock: clock.Real{},
		Log: d.log, Registry: prometheus.NewRegistry(), OnHead: d.onDerived})
	if err != nil {
		return err
	}
	if err := der.Start(ctx); err != nil {
		return err
	}
	d.Derive = der
	d.L1.OnSlot(func(l1.SlotReport) { der.Notify() })
	return nil
}

// onDerived runs on the Deriver's goroutine after each L1 block: it records the derived head
// with the inbox's head at the same L1 block, which the table's row checks.
func (d *Devnet) onDerived(h derivation.Head) {
	v := verdict{head: h}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ib := bindings.NewBasedInbox()
	out, err := d.L1.Node().EthClient().CallContractAtHash(ctx, callMsg(d.Manifest.Contracts.Inbox, ib.PackL2Head()), h.L1Hash)
	if err == nil {
		var ih bindings.L2Head
		if ih, err = ib.UnpackL2Head(out); err == nil {
			v.inboxNum, v.inboxID = ih.Number, ih.Id
		}
	}
	v.inboxErr = err
	slot := d.L1.Slots().SlotAt(time.Unix(int64(h.L1Time), 0))
	d.mu.Lock()
	d.derived[slot] = v
	d.mu.Unlock()
}

// agreement checks the L1-only node's head after slot's L1 block against the sequencer's
// canonical block at the same number (hash and state root) and the inbox head's number. It
// runs when the slot's row is printed, a slot later, once the sequencer has followed L1 too.
// A mismatch is a failure, logged with both hashes; "-" means the L1-only node has not
// processed the slot's block (or the slot had none).
func (d *Devnet) agreement(slot uint64) string {
	d.mu.Lock()
	v, ok := d.derived[slot]
	d.mu.Unlock()
	if !ok || d.Derive == nil {
		return "-"
	}
	h := v.head
	seq := d.L2.BlockChain().GetHeaderByNumber(h.Number)
	why := ""
	switch {
	case v.inboxErr != nil:
		why = "inbox head unreadable: " + v.inboxErr.Error()
	case seq == nil:
		why = "the sequencer has no block at this number"
	case seq.Hash() != h.Hash || seq.Root != h.StateRoot:
		why = "the sequencer's canonical block differs"
	case v.inboxNum != h.Number || v.inboxID != h.ID:
		why = "the inbox head differs"
	}
	verdictStr := "ok"
	if why != "" {
		verdictStr = "DIFF"
		ev := d.log.Error().Uint64("slot", slot).Uint64("l1_block", h.L1Number).Uint64("l2_block", h.Number).
			Str("derived_hash", h.Hash.Hex()).Str("derived_state_root", h.StateRoot.Hex()).
			Uint64("inbox_number", v.inboxNum).Str("inbox_id", common.Hash(v.inboxID).Hex()).Str("derived_id", h.ID.Hex())
		if seq != nil {
			ev = ev.Str("sequencer_hash", seq.Hash().Hex()).Str("sequencer_state_root", seq.Root.Hex())
		}
		ev.Str("why", why).Msg("l1-only node disagrees")
	}
	d.mu.Lock()
	v.agreement = verdictStr
	d.derived[slot] = v
	d.mu.Unlock()
	return fmt.Sprintf("%s %d", verdictStr, h.Number)
}

func (d *Devnet) stopL1Only(ctx context.Context) error {
	var err error
	if d.Derive != nil {
		err = d.Derive.Stop(ctx)
	}
	if d.L1Only != nil {
		if serr := d.L1Only.Stop(ctx); serr != nil && err == nil {
			err = serr
		}
	}
	return err
}
