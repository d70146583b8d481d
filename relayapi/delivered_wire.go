package relayapi

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"

	builderv1 "github.com/attestantio/go-builder-client/api/v1"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
)

// PathPayloadDelivered is the relay data API listing the payloads a relay delivered to
// proposers; the sidecar asks it with ?slot=N.
const PathPayloadDelivered = "/relay/v1/data/bidtraces/proposer_payload_delivered"

// maxDelivered bounds one answer: the data API's own limit. A relay delivers one payload per
// slot; more for one slot is reported, not trusted.
const maxDelivered = 200

// DeliveredPayload is one entry of the data API: a builder-spec BidTrace with BidTraceV2's
// block_number and num_tx.
type DeliveredPayload struct {
	Trace       builderv1.BidTrace
	BlockNumber uint64
	NumTx       uint64
}

type deliveredJSON struct {
	Slot                 *string `json:"slot"`
	ParentHash           *string `json:"parent_hash"`
	BlockHash            *string `json:"block_hash"`
	BuilderPubkey        *string `json:"builder_pubkey"`
	ProposerPubkey       *string `json:"proposer_pubkey"`
	ProposerFeeRecipient *string `json:"proposer_fee_recipient"`
	GasLimit             *string `json:"gas_limit"`
	GasUsed              *string `json:"gas_used"`
	Value                *string `json:"value"`
	BlockNumber          *string `json:"block_number"`
	NumTx                *string `json:"num_tx"`
}

// MarshalJSON writes the relay's encoding: decimal strings for integers (value too), 0x hex
// for bytes.
func (d DeliveredPayload) MarshalJSON() ([]byte, error) {
	dec := func(v uint64) *string { s := strconv.FormatUint(v, 10); return &s }
	hex := func(b []byte) *string { s := hexutil.Encode(b); return &s }
	t := &d.Trace
	value := "0"
	if t.Value != nil {
		value = t.Value.Dec()
	}
	return json.Marshal(deliveredJSON{
		Slot: dec(t.Slot), ParentHash: hex(t.ParentHash[:]), BlockHash: hex(t.BlockHash[:]),
		BuilderPubkey: hex(t.BuilderPubkey[:]), ProposerPubkey: hex(t.ProposerPubkey[:]),
		ProposerFeeRecipient: hex(t.ProposerFeeRecipient[:]), GasLimit: dec(t.GasLimit), GasUsed: dec(t.GasUsed),
		Value: &value, BlockNumber: dec(d.BlockNumber), NumTx: dec(d.NumTx),
	})
}

// DecodeDelivered decodes a proposer_payload_delivered body. Unknown fields are ignored (relays
// add some); every known field is required and checked, and an error names it.
func DecodeDelivered(data []byte) ([]DeliveredPayload, error) {
	var list []deliveredJSON
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, badResponse("$", "want a JSON array of bid traces: %v", err)
	}
	if len(list) > maxDelivered {
		return nil, badResponse("$", "%d bid traces, at most %d", len(list), maxDelivered)
	}
	out := make([]DeliveredPayload, len(list))
	for i, w := range list {
		d, err := w.decode(fmt.Sprintf("[%d]", i))
		if err != nil {
			return nil, err
		}
		out[i] = d
	}
	return out, nil
}

func (w deliveredJSON) decode(at string) (DeliveredPayload, error) {
	var d DeliveredPayload
	t := &d.Trace
	var err error
	for _, f := range []struct {
		name string
		s    *string
		dst  *uint64
	}{{"slot", w.Slot, &t.Slot}, {"gas_limit", w.GasLimit, &t.GasLimit}, {"gas_used", w.GasUsed, &t.GasUsed},
		{"block_number", w.BlockNumber, &d.BlockNumber}, {"num_tx", w.NumTx, &d.NumTx}} {
		if *f.dst, err = decimal(at+"."+f.name, f.s); err != nil {
			return d, err
		}
	}
	for _, f := range []struct {
		name string
		s    *string
		dst  []byte
	}{{"parent_hash", w.ParentHash, t.ParentHash[:]}, {"block_hash", w.BlockHash, t.BlockHash[:]},
		{"builder_pubkey", w.BuilderPubkey, t.BuilderPubkey[:]}, {"proposer_pubkey", w.ProposerPubkey, t.ProposerPubkey[:]},
		{"proposer_fee_recipient", w.ProposerFeeRecipient, t.ProposerFeeRecipient[:]}} {
		if err = fixedHex(at+"."+f.name, f.s, f.dst); err != nil {
			return d, err
		}
	}
	t.Value, err = decimal256(at+".value", w.Value)
	return d, err
}

// decimal256 reads a quoted decimal uint256 (wei), as the data API encodes bid values.
func decimal256(field string, s *string) (*uint256.Int, error) {
	if s == nil {
		return nil, badResponse(field, "missing")
	}
	v, ok := new(big.Int).SetString(*s, 10)
	if !ok || (len(*s) > 1 && (*s)[0] == '0') || (*s)[0] == '+' || (*s)[0] == '-' {
		return nil, badResponse(field, "want a decimal string, got %q", truncateStr(*s))
	}
	u, overflow := uint256.FromBig(v)
	if overflow {
		return nil, badResponse(field, "over 256 bits")
	}
	return u, nil
}
