// Package feed is the sequencer's slot-ending feed, both ends: the Server a Go
// sequencer embeds (an SSE stream of certified slot-ending messages, a polling
// endpoint, and the endpoint where sidecars report each slot's outcome) and
// the Client the sidecar runs (reconnect, resume, silence detection, and the
// ordered validation every message passes before anything else uses it).
package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/syncboost/syncboost/bundle"
)

// Endpoints and the event name of the feed protocol.
const (
	PathStream      = "/v1/slot-ending/stream"
	PathLatest      = "/v1/slot-ending/latest"
	PathOutcome     = "/v1/based-outcome"
	EventSlotEnding = "slot_ending"
)

// Sentinel errors of the wire format.
var (
	ErrEventID    = errors.New("bad event id")
	ErrBadOutcome = errors.New("bad outcome")
)

// EventID is the SSE id of a message: "<l2ChainId>:<l2BlockNumber>" in decimal.
func EventID(l2ChainID, l2BlockNumber uint64) string {
	return strconv.FormatUint(l2ChainID, 10) + ":" + strconv.FormatUint(l2BlockNumber, 10)
}

// ParseEventID parses an id made by EventID.
func ParseEventID(id string) (l2ChainID, l2BlockNumber uint64, err error) {
	chain, number, ok := strings.Cut(id, ":")
	if !ok {
		return 0, 0, fmt.Errorf("%w: %q: want <l2ChainId>:<l2BlockNumber>", ErrEventID, id)
	}
	if l2ChainID, err = strconv.ParseUint(chain, 10, 64); err != nil {
		return 0, 0, fmt.Errorf("%w: %q: chain id: %w", ErrEventID, id, err)
	}
	if l2BlockNumber, err = strconv.ParseUint(number, 10, 64); err != nil {
		return 0, 0, fmt.Errorf("%w: %q: block number: %w", ErrEventID, id, err)
	}
	return l2ChainID, l2BlockNumber, nil
}

// endpoint returns base with path appended when base has no path of its own,
// so an operator may configure either the sequencer's base URL or the full
// endpoint URL.
func endpoint(base, path string) string {
	u, err := url.Parse(base)
	if err != nil || (u.Path != "" && u.Path != "/") {
		return base
	}
	return strings.TrimSuffix(base, "/") + path
}

// Outcome is a sidecar's report on one slot, POSTed to PathOutcome.
type Outcome struct {
	L2ChainID uint64
	L1Slot    uint64
	Kind      bundle.OutcomeKind
	// Reason says why a slot did not land (optional, at most MaxReasonLen bytes).
	Reason string
	// L2BlockNumber is the slot-ending block the based block was built on.
	L2BlockNumber uint64
	// Landed (required) and not_confirmed (optional): the L1 block.
	L1BlockNumber uint64
	L1BlockHash   common.Hash
	// Landed: the based L2 block's hash.
	BasedBlockHash common.Hash
	// DeliveredBy (optional, only with an L1 block): who delivered the slot's L1 block, one
	// entry per relay whose data API reports it; the sidecar's bundle is in it when Kind is
	// landed. DeliveryDisagreement: the entries contradict each other or name another block.
	DeliveredBy          []bundle.Delivery
	DeliveryDisagreement bool
}

// Bounds of an outcome's optional fields.
const (
	MaxReasonLen     = 256
	MaxDeliveries    = 16
	MaxRelayNameLen  = bundle.MaxRelayNameLen
	deliveredByField = "deliveredBy"
)

type outcomeWire struct {
	L2ChainID      *hexutil.Uint64     `json:"l2ChainId"`
	L1Slot         *hexutil.Uint64     `json:"l1Slot"`
	Outcome        *bundle.OutcomeKind `json:"outcome"`
	TimestampMs    *hexutil.Uint64     `json:"timestampMs,omitempty"` // signed reports; see DecodeReport
	Reason         string              `json:"reason,omitempty"`
	L2BlockNumber  *hexutil.Uint64     `json:"l2BlockNumber"`
	L1BlockNumber  *hexutil.Uint64     `json:"l1BlockNumber,omitempty"`
	L1BlockHash    *common.Hash        `json:"l1BlockHash,omitempty"`
	BasedBlockHash *common.Hash        `json:"basedBlockHash,omitempty"`
	DeliveredBy    []deliveryWire      `json:"deliveredBy,omitempty"`
	Disagreement   bool                `json:"deliveryDisagreement,omitempty"`
}

type deliveryWire struct {
	Relay         *string           `json:"relay"`
	BuilderPubkey *bundle.BLSPubkey `json:"builderPubkey"`
	BlockHash     *common.Hash      `json:"blockHash"`
	Value         *hexutil.Big      `json:"value"`
}

// MarshalJSON encodes the outcome with quantities as 0x hex.
func (o Outcome) MarshalJSON() ([]byte, error) {
	chain, slot, l2 := hexutil.Uint64(o.L2ChainID), hexutil.Uint64(o.L1Slot), hexutil.Uint64(o.L2BlockNumber)
	kind := o.Kind
	w := outcomeWire{L2ChainID: &chain, L1Slot: &slot, Outcome: &kind, Reason: o.Reason, L2BlockNumber: &l2}
	if o.L1BlockNumber != 0 || o.L1BlockHash != (common.Hash{}) {
		n, h := hexutil.Uint64(o.L1BlockNumber), o.L1BlockHash
		w.L1BlockNumber, w.L1BlockHash = &n, &h
	}
	if o.BasedBlockHash != (common.Hash{}) {
		h := o.BasedBlockHash
		w.BasedBlockHash = &h
	}
	for _, d := range o.DeliveredBy {
		w.DeliveredBy = append(w.DeliveredBy, deliveryWire{Relay: &d.Relay, BuilderPubkey: &d.BuilderPubkey, BlockHash: &d.BlockHash, Value: d.Value})
	}
	w.Disagreement = o.DeliveryDisagreement
	return json.Marshal(w)
}

// DecodeOutcome decodes an outcome strictly: unknown fields, missing fields
// and inconsistent combinations are errors naming the field.
func DecodeOutcome(data []byte) (Outcome, error) {
	var w outcomeWire
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return Outcome{}, fmt.Errorf("%w: %w", ErrBadOutcome, err)
	}
	if dec.More() {
		return Outcome{}, fmt.Errorf("%w: trailing data after the object", ErrBadOutcome)
	}
	missing := func(f string) error { return fmt.Errorf("%w: %s: missing", ErrBadOutcome, f) }
	switch {
	case w.L2ChainID == nil:
		return Outcome{}, missing("l2ChainId")
	case w.L1Slot == nil:
		return Outcome{}, missing("l1Slot")
	case w.Outcome == nil:
		return Outcome{}, missing("outcome")
	case w.L2BlockNumber == nil:
		return Outcome{}, missing("l2BlockNumber")
	}
	o := Outcome{L2ChainID: uint64(*w.L2ChainID), L1Slot: uint64(*w.L1Slot), Kind: *w.Outcome,
		Reason: w.Reason, L2BlockNumber: uint64(*w.L2BlockNumber)}
	if w.L1BlockNumber != nil {
		o.L1BlockNumber = uint64(*w.L1BlockNumber)
	}
	if w.L1BlockHash != nil {
		o.L1BlockHash = *w.L1BlockHash
	}
	if w.BasedBlockHash != nil {
		o.BasedBlockHash = *w.BasedBlockHash
	}
	if err := o.decodeDeliveries(w.DeliveredBy); err != nil {
		return Outcome{}, err
	}
	o.DeliveryDisagreement = w.Disagreement
	return o, o.Check()
}

func (o *Outcome) decodeDeliveries(ws []deliveryWire) error {
	if len(ws) > MaxDeliveries {
		return fmt.Errorf("%w: %s: %d entries, at most %d", ErrBadOutcome, deliveredByField, len(ws), MaxDeliveries)
	}
	for i, w := range ws {
		at := fmt.Sprintf("%s[%d].", deliveredByField, i)
		switch {
		case w.Relay == nil:
			return fmt.Errorf("%w: %srelay: missing", ErrBadOutcome, at)
		case w.BuilderPubkey == nil:
			return fmt.Errorf("%w: %sbuilderPubkey: missing", ErrBadOutcome, at)
		case w.BlockHash == nil:
			return fmt.Errorf("%w: %sblockHash: missing", ErrBadOutcome, at)
		case w.Value == nil:
			return fmt.Errorf("%w: %svalue: missing", ErrBadOutcome, at)
		}
		o.DeliveredBy = append(o.DeliveredBy, bundle.Delivery{Relay: *w.Relay, BuilderPubkey: *w.BuilderPubkey, BlockHash: *w.BlockHash, Value: w.Value})
	}
	return nil
}

// Check validates an outcome's fields and their combination.
func (o Outcome) Check() error {
	bad := func(f, reason string) error { return fmt.Errorf("%w: %s: %s", ErrBadOutcome, f, reason) }
	switch {
	case o.L2ChainID == 0:
		return bad("l2ChainId", "must be non-zero")
	case len(o.Reason) > MaxReasonLen:
		return bad("reason", fmt.Sprintf("longer than %d bytes", MaxReasonLen))
	}
	switch o.Kind {
	case bundle.OutcomeLanded:
		if o.L1BlockNumber == 0 || o.L1BlockHash == (common.Hash{}) {
			return bad("l1BlockNumber", "a landed outcome names its L1 block (number and hash)")
		}
		if o.BasedBlockHash == (common.Hash{}) {
			return bad("basedBlockHash", "a landed outcome names the based L2 block")
		}
	case bundle.OutcomeNotLanded, bundle.OutcomeNotConfirmed:
		if o.BasedBlockHash != (common.Hash{}) && o.Kind == bundle.OutcomeNotLanded {
			return bad("basedBlockHash", "only a landed outcome names a based block")
		}
	default:
		return bad("outcome", fmt.Sprintf("want %q, %q or %q, got %q", bundle.OutcomeLanded, bundle.OutcomeNotLanded, bundle.OutcomeNotConfirmed, o.Kind))
	}
	return o.checkDeliveries()
}

func (o Outcome) checkDeliveries() error {
	bad := func(f, reason string) error { return fmt.Errorf("%w: %s: %s", ErrBadOutcome, f, reason) }
	switch {
	case len(o.DeliveredBy) > MaxDeliveries:
		return bad(deliveredByField, fmt.Sprintf("%d entries, at most %d", len(o.DeliveredBy), MaxDeliveries))
	case len(o.DeliveredBy) > 0 && o.L1BlockHash == (common.Hash{}):
		return bad(deliveredByField, "only an outcome that names its L1 block names who delivered it")
	case o.DeliveryDisagreement && len(o.DeliveredBy) == 0:
		return bad("deliveryDisagreement", "set without deliveredBy entries")
	}
	for i, d := range o.DeliveredBy {
		at := fmt.Sprintf("%s[%d].", deliveredByField, i)
		switch {
		case d.Relay == "" || len(d.Relay) > MaxRelayNameLen:
			return bad(at+"relay", fmt.Sprintf("want 1..%d bytes, got %d", MaxRelayNameLen, len(d.Relay)))
		case d.Value == nil || d.Value.ToInt().Sign() < 0:
			return bad(at+"value", "want a non-negative quantity")
		}
	}
	return nil
}
