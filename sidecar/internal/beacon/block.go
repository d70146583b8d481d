package beacon

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Errors of the head block read.
var (
	ErrBadBlock  = errors.New("bad beacon block")
	ErrNoPayload = errors.New("beacon block carries no execution payload")
)

// BlockPayload is what the tracker reads of a beacon block: its slot and its
// execution payload's block.
type BlockPayload struct {
	Version     string
	Slot        uint64
	BlockHash   common.Hash
	ParentHash  common.Hash
	BlockNumber uint64
}

type blockJSON struct {
	Version *string `json:"version"`
	Data    *struct {
		Message *struct {
			Slot *string `json:"slot"`
			Body *struct {
				Payload *payloadJSON `json:"execution_payload"`
			} `json:"body"`
		} `json:"message"`
	} `json:"data"`
}

type payloadJSON struct {
	BlockHash   *string `json:"block_hash"`
	ParentHash  *string `json:"parent_hash"`
	BlockNumber *string `json:"block_number"`
}

// DecodeBlockPayload decodes the slot and the execution payload's block hash,
// parent hash and number from a GET /eth/v2/beacon/blocks/{block_id} answer
// in JSON. Every other field is skipped. Blocks before Bellatrix, and Gloas
// blocks (whose payload travels apart from the block), give ErrNoPayload;
// a Gloas head's execution block is learnt from events.
func DecodeBlockPayload(data []byte) (BlockPayload, error) {
	var b blockJSON
	if err := json.Unmarshal(data, &b); err != nil {
		return BlockPayload{}, fmt.Errorf("%w: %w", ErrBadBlock, err)
	}
	if b.Version == nil || *b.Version == "" {
		return BlockPayload{}, fieldErrIn(ErrBadBlock, "version", "missing")
	}
	if b.Data == nil || b.Data.Message == nil {
		return BlockPayload{}, fieldErrIn(ErrBadBlock, "data.message", "missing")
	}
	out := BlockPayload{Version: *b.Version}
	var err error
	if out.Slot, err = quantityIn(ErrBadBlock, "data.message.slot", b.Data.Message.Slot); err != nil {
		return BlockPayload{}, err
	}
	// Bellatrix to Fulu blocks carry the payload; phase0 and Altair have none,
	// Gloas and later (unknown names) carry only a bid for it.
	if fork, known := forkOrder[out.Version]; !known || fork >= forkOrder["gloas"] {
		return out, fmt.Errorf("%w: %s block", ErrNoPayload, out.Version)
	}
	body := b.Data.Message.Body
	if body == nil || body.Payload == nil {
		return BlockPayload{}, fieldErrIn(ErrBadBlock, "data.message.body.execution_payload", "missing")
	}
	const prefix = "data.message.body.execution_payload."
	p := body.Payload
	if out.BlockHash, err = hash32In(ErrBadBlock, prefix+"block_hash", p.BlockHash); err != nil {
		return BlockPayload{}, err
	}
	if out.ParentHash, err = hash32In(ErrBadBlock, prefix+"parent_hash", p.ParentHash); err != nil {
		return BlockPayload{}, err
	}
	if out.BlockNumber, err = quantityIn(ErrBadBlock, prefix+"block_number", p.BlockNumber); err != nil {
		return BlockPayload{}, err
	}
	return out, nil
}
