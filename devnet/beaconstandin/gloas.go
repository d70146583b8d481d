package beaconstandin

import (
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/bellatrix"
	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/attestantio/go-eth2-client/spec/gloas"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common"
)

// Bid is a builder's execution payload bid (Gloas): the block hash it commits to and the
// parent it builds on.
type Bid struct {
	Slot            uint64
	BuilderIndex    uint64
	ParentBlockHash common.Hash
	ParentBlockRoot common.Hash
	BlockHash       common.Hash
	FeeRecipient    common.Address
	GasLimit        uint64
	ValueGwei       uint64
}

// PublishBid publishes an execution_payload_bid event in the beacon-API's versioned shape
// ({"version":"gloas","data":SignedExecutionPayloadBid}).
func (s *Server) PublishBid(b Bid) {
	signed := &gloas.SignedExecutionPayloadBid{Message: &gloas.ExecutionPayloadBid{
		ParentBlockHash:    phase0.Hash32(b.ParentBlockHash),
		ParentBlockRoot:    phase0.Root(b.ParentBlockRoot),
		BlockHash:          phase0.Hash32(b.BlockHash),
		FeeRecipient:       bellatrix.ExecutionAddress(b.FeeRecipient),
		GasLimit:           b.GasLimit,
		BuilderIndex:       gloas.BuilderIndex(b.BuilderIndex),
		Slot:               phase0.Slot(b.Slot),
		Value:              phase0.Gwei(b.ValueGwei),
		BlobKZGCommitments: []deneb.KZGCommitment{},
	}}
	s.publishJSON(TopicExecutionPayloadBid, map[string]any{"version": spec.DataVersionGloas.String(), "data": signed})
}

// PublishPayloadAvailable publishes execution_payload_available: the payload of the beacon
// block root at slot was revealed and is available.
func (s *Server) PublishPayloadAvailable(slot uint64, root common.Hash) {
	s.publishJSON(TopicExecutionPayloadAvailable, &apiv1.ExecutionPayloadAvailableEvent{
		Slot: phase0.Slot(slot), BlockRoot: phase0.Root(root),
	})
}

// Payload statuses of a head_v2 event.
const (
	PayloadFull    = "full"
	PayloadEmpty   = "empty"
	PayloadPending = "pending"
)

// PublishHeadV2 moves the served head and publishes head_v2 with the head's payload status
// (PayloadFull, PayloadEmpty or PayloadPending).
func (s *Server) PublishHeadV2(ev HeadEvent, payloadStatus string) {
	s.SetHead(ev.Slot, ev.Block)
	s.publishJSON(TopicHeadV2, &apiv1.HeadEventV2{
		Version: spec.DataVersionGloas, Slot: phase0.Slot(ev.Slot), Block: phase0.Root(ev.Block),
		State: phase0.Root(ev.State), PayloadStatus: payloadStatus, EpochTransition: ev.EpochTransition,
		CurrentEpochDependentRoot: phase0.Root(ev.CurrentDutyDependentRoot),
		ExecutionOptimistic:       ev.ExecutionOptimistic,
	})
}
