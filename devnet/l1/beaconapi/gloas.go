package beaconapi

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/devnet/beaconstandin"
)

// gloasEpoch is the stand-in's Gloas fork epoch: 0 when scheduled, nil for a pre-Gloas node.
func gloasEpoch(gloas bool) *uint64 {
	if !gloas {
		return nil
	}
	return new(uint64)
}

// BuilderIndex is the devnet builder's index in the Gloas builder registry.
const BuilderIndex = 0

// PublishBid publishes the builder's bid for slot: its block blk built on parent (the last
// revealed execution block) under the beacon block parentRoot, then makes slot's beacon block
// the head with its payload still pending (head and head_v2). The block's root is returned.
func (b *Beacon) PublishBid(slot uint64, parentRoot common.Hash, parent, blk *types.Header, valueGwei uint64) common.Hash {
	root := BlockRoot(slot, blk.Hash())
	b.srv.PublishBid(beaconstandin.Bid{Slot: slot, BuilderIndex: BuilderIndex, ParentBlockHash: parent.Hash(),
		ParentBlockRoot: parentRoot, BlockHash: blk.Hash(), FeeRecipient: blk.Coinbase, GasLimit: blk.GasLimit, ValueGwei: valueGwei})
	// Until the payload comes, the block's execution head is its parent's (what a resync reads).
	b.publishBeaconBlock(slot, root, parentRoot, parent, beaconstandin.PayloadPending)
	return root
}

// PublishRevealed announces that the payload of slot's beacon block root arrived (blk, now
// imported): execution_payload_available, head and head_v2 "full", then the next slot's payload
// attributes on both parents the next proposer may take: blk (FULL) and its parent (EMPTY).
func (b *Beacon) PublishRevealed(slot uint64, root, parentRoot common.Hash, blk, emptyParent *types.Header) {
	b.srv.PublishPayloadAvailable(slot, root)
	b.publishBeaconBlock(slot, root, parentRoot, blk, beaconstandin.PayloadFull)
	b.publishAttributesOn(slot+1, root, blk)
	b.publishAttributesOn(slot+1, root, emptyParent)
}

// PublishWithheld announces that slot's payload did not come by PAYLOAD_DUE_BPS: head_v2
// "empty", then the next slot's payload attributes on the one parent left, the last revealed
// execution block.
func (b *Beacon) PublishWithheld(slot uint64, root, parentRoot common.Hash, lastRevealed *types.Header) {
	b.publishBeaconBlock(slot, root, parentRoot, lastRevealed, beaconstandin.PayloadEmpty)
	b.publishAttributesOn(slot+1, root, lastRevealed)
}

// publishBeaconBlock stores slot's beacon block root with exec as its execution head and
// publishes head and head_v2 with payloadStatus.
func (b *Beacon) publishBeaconBlock(slot uint64, root, parentRoot common.Hash, exec *types.Header, payloadStatus string) {
	epoch := slot / b.cfg.SlotsPerEpoch
	b.ensureDuties(epoch)
	b.srv.SetBlock(root, beaconstandin.Block{Version: Version, Slot: slot, ProposerIndex: b.ProposerIndex(slot),
		ParentRoot: parentRoot, StateRoot: StateRoot(root), Payload: beaconstandin.PayloadOf(exec)})
	prev := epoch
	if prev > 0 {
		prev--
	}
	ev := beaconstandin.HeadEvent{
		Slot: slot, Block: root, State: StateRoot(root), EpochTransition: slot%b.cfg.SlotsPerEpoch == 0,
		PreviousDutyDependentRoot: DutyDependentRoot(prev), CurrentDutyDependentRoot: DutyDependentRoot(epoch),
	}
	b.srv.PublishHead(ev)
	b.srv.PublishHeadV2(ev, payloadStatus)
}

func (b *Beacon) publishAttributesOn(slot uint64, root common.Hash, parent *types.Header) {
	_, suggested := b.style()
	b.srv.PublishPayloadAttributes(beaconstandin.AttributesEvent{
		Version: Version, ProposerIndex: b.ProposerIndex(slot), ProposalSlot: slot,
		ParentBlockNumber: parent.Number.Uint64(), ParentBlockRoot: root, ParentBlockHash: parent.Hash(),
		Timestamp: b.SlotTime(slot), PrevRandao: PrevRandao(slot), SuggestedFeeRecipient: suggested,
		Withdrawals: []beaconstandin.Withdrawal{}, ParentBeaconBlockRoot: root,
	})
}
