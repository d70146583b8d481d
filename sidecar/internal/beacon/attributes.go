package beacon

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrBadEvent is wrapped by every payload_attributes decoding error.
var ErrBadEvent = errors.New("bad payload_attributes event")

// AttributesKey identifies the payload a proposer will ask for: the slot of
// the block (from the attributes' timestamp) and its execution parent.
type AttributesKey struct {
	Slot            uint64
	ParentBlockHash common.Hash
}

// PayloadAttributes is one payload_attributes event. Electra/Fulu events
// without request lists (as Lighthouse sends them) are accepted; the request
// lists are not needed to build.
type PayloadAttributes struct {
	Version       string
	ProposerIndex uint64
	// Slot is the slot the attributes are for, derived from Timestamp: the
	// timestamp is what the payload is built with, while ProposalSlot is a
	// label clients get wrong (stock Prysm v5.3.0 gives the next slot's
	// attributes the head's slot).
	Slot                  uint64
	ProposalSlot          uint64
	ParentBlockNumber     uint64 // absent from Gloas events
	HasParentBlockNumber  bool
	ParentBlockRoot       common.Hash
	ParentBlockHash       common.Hash
	Timestamp             uint64
	PrevRandao            common.Hash
	SuggestedFeeRecipient common.Address // the beacon node's default; not the proposer's registered one
	Withdrawals           []*types.Withdrawal
	ParentBeaconBlockRoot common.Hash
}

// Key returns the event's (slot of the timestamp, parent_block_hash) key.
func (p *PayloadAttributes) Key() AttributesKey {
	return AttributesKey{Slot: p.Slot, ParentBlockHash: p.ParentBlockHash}
}

// LabelMismatch reports whether proposal_slot names another slot than the
// timestamp.
func (p *PayloadAttributes) LabelMismatch() bool { return p.ProposalSlot != p.Slot }

// SlotOfTimestamp maps an execution timestamp to its slot, false when the
// timestamp starts no slot (Chain.SlotOfTimestamp).
type SlotOfTimestamp func(ts uint64) (uint64, bool)

type attributesEventJSON struct {
	Version string               `json:"version"`
	Data    *attributesEventData `json:"data"`
}

type attributesEventData struct {
	ProposerIndex     *string         `json:"proposer_index"`
	ProposalSlot      *string         `json:"proposal_slot"`
	ParentBlockNumber *string         `json:"parent_block_number"`
	ParentBlockRoot   *string         `json:"parent_block_root"`
	ParentBlockHash   *string         `json:"parent_block_hash"`
	Attributes        *attributesJSON `json:"payload_attributes"`
}

type attributesJSON struct {
	Timestamp             *string           `json:"timestamp"`
	PrevRandao            *string           `json:"prev_randao"`
	SuggestedFeeRecipient *string           `json:"suggested_fee_recipient"`
	Withdrawals           *[]withdrawalJSON `json:"withdrawals"`
	ParentBeaconBlockRoot *string           `json:"parent_beacon_block_root"`
}

type withdrawalJSON struct {
	Index          *string `json:"index"`
	ValidatorIndex *string `json:"validator_index"`
	Address        *string `json:"address"`
	Amount         *string `json:"amount"`
}

// forkOrder ranks the forks whose payload attributes differ. Unknown (newer)
// versions are held to the newest known rules.
var forkOrder = map[string]int{"bellatrix": 1, "capella": 2, "deneb": 3, "electra": 4, "fulu": 5, "gloas": 6}

// DecodePayloadAttributes decodes the data of a payload_attributes SSE event
// and derives its slot from the timestamp with slotOf. Unknown fields are
// ignored (beacon nodes add their own); missing or malformed required fields,
// and a timestamp that starts no slot, are errors that name the field.
func DecodePayloadAttributes(data []byte, slotOf SlotOfTimestamp) (*PayloadAttributes, error) {
	var ev attributesEventJSON
	if err := json.Unmarshal(data, &ev); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadEvent, err)
	}
	if ev.Version == "" {
		return nil, fieldErr("version", "missing")
	}
	if ev.Data == nil {
		return nil, fieldErr("data", "missing")
	}
	fork, known := forkOrder[ev.Version]
	if !known {
		fork = len(forkOrder)
	}
	p := &PayloadAttributes{Version: ev.Version}
	d := ev.Data
	var err error
	if p.ProposerIndex, err = quantity("data.proposer_index", d.ProposerIndex); err != nil {
		return nil, err
	}
	if p.ProposalSlot, err = quantity("data.proposal_slot", d.ProposalSlot); err != nil {
		return nil, err
	}
	if d.ParentBlockNumber != nil {
		p.HasParentBlockNumber = true
		if p.ParentBlockNumber, err = quantity("data.parent_block_number", d.ParentBlockNumber); err != nil {
			return nil, err
		}
	} else if fork < forkOrder["gloas"] {
		return nil, fieldErr("data.parent_block_number", "missing")
	}
	if p.ParentBlockRoot, err = hash32("data.parent_block_root", d.ParentBlockRoot); err != nil {
		return nil, err
	}
	if p.ParentBlockHash, err = hash32("data.parent_block_hash", d.ParentBlockHash); err != nil {
		return nil, err
	}
	if d.Attributes == nil {
		return nil, fieldErr("data.payload_attributes", "missing")
	}
	if err := p.decodeAttributes(d.Attributes, fork, slotOf); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *PayloadAttributes) decodeAttributes(a *attributesJSON, fork int, slotOf SlotOfTimestamp) error {
	const prefix = "data.payload_attributes."
	var err error
	if p.Timestamp, err = quantity(prefix+"timestamp", a.Timestamp); err != nil {
		return err
	}
	var ok bool
	if p.Slot, ok = slotOf(p.Timestamp); !ok {
		return fieldErr(prefix+"timestamp", fmt.Sprintf("%d is no slot's timestamp", p.Timestamp))
	}
	if p.PrevRandao, err = hash32(prefix+"prev_randao", a.PrevRandao); err != nil {
		return err
	}
	if a.SuggestedFeeRecipient == nil {
		return fieldErr(prefix+"suggested_fee_recipient", "missing")
	}
	addr, err := hexutil.Decode(*a.SuggestedFeeRecipient)
	if err != nil || len(addr) != common.AddressLength {
		return fieldErr(prefix+"suggested_fee_recipient", "want 0x-prefixed 20 bytes")
	}
	p.SuggestedFeeRecipient = common.BytesToAddress(addr)
	if fork >= forkOrder["capella"] {
		if a.Withdrawals == nil {
			return fieldErr(prefix+"withdrawals", "missing")
		}
		if p.Withdrawals, err = decodeWithdrawals(*a.Withdrawals); err != nil {
			return err
		}
	}
	if fork >= forkOrder["deneb"] {
		if p.ParentBeaconBlockRoot, err = hash32(prefix+"parent_beacon_block_root", a.ParentBeaconBlockRoot); err != nil {
			return err
		}
	}
	return nil
}

func decodeWithdrawals(in []withdrawalJSON) ([]*types.Withdrawal, error) {
	out := make([]*types.Withdrawal, 0, len(in))
	for i, w := range in {
		field := func(name string) string { return fmt.Sprintf("data.payload_attributes.withdrawals[%d].%s", i, name) }
		var wd types.Withdrawal
		var err error
		if wd.Index, err = quantity(field("index"), w.Index); err != nil {
			return nil, err
		}
		if wd.Validator, err = quantity(field("validator_index"), w.ValidatorIndex); err != nil {
			return nil, err
		}
		if wd.Amount, err = quantity(field("amount"), w.Amount); err != nil {
			return nil, err
		}
		if w.Address == nil {
			return nil, fieldErr(field("address"), "missing")
		}
		addr, err := hexutil.Decode(*w.Address)
		if err != nil || len(addr) != common.AddressLength {
			return nil, fieldErr(field("address"), "want 0x-prefixed 20 bytes")
		}
		wd.Address = common.BytesToAddress(addr)
		out = append(out, &wd)
	}
	return out, nil
}

func fieldErr(field, reason string) error { return fieldErrIn(ErrBadEvent, field, reason) }

func fieldErrIn(bad error, field, reason string) error {
	return fmt.Errorf("%w: %s: %s", bad, field, reason)
}

func quantity(field string, s *string) (uint64, error) { return quantityIn(ErrBadEvent, field, s) }

func hash32(field string, s *string) (common.Hash, error) { return hash32In(ErrBadEvent, field, s) }

// quantityIn parses a beacon-API quoted decimal; errors wrap bad.
func quantityIn(bad error, field string, s *string) (uint64, error) {
	if s == nil {
		return 0, fieldErrIn(bad, field, "missing")
	}
	v := *s
	if v == "" || (len(v) > 1 && v[0] == '0') || v[0] == '+' {
		return 0, fieldErrIn(bad, field, fmt.Sprintf("want a decimal string, got %q", v))
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return 0, fieldErrIn(bad, field, fmt.Sprintf("want a decimal uint64, got %q", v))
	}
	return n, nil
}

func hash32In(bad error, field string, s *string) (common.Hash, error) {
	if s == nil {
		return common.Hash{}, fieldErrIn(bad, field, "missing")
	}
	b, err := hexutil.Decode(*s)
	if err != nil || len(b) != common.HashLength {
		return common.Hash{}, fieldErrIn(bad, field, "want 0x-prefixed 32 bytes")
	}
	return common.BytesToHash(b), nil
}
