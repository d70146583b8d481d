package relayapi

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// PathBuilderValidators is the relay endpoint listing registered proposers of the current and
// next epoch.
const PathBuilderValidators = "/relay/v1/builder/validators"

// maxDuties bounds a validators response: two epochs of 32 slots on mainnet, with ample room.
const maxDuties = 1024

// ProposerDuty is one entry of GET /relay/v1/builder/validators: a slot whose proposer
// registered with the relay, and its signed registration.
type ProposerDuty struct {
	Slot           uint64
	ValidatorIndex uint64
	Registration   Registration
	// Signature is the proposer's BLS signature over the registration. Decoding does not check
	// it; Proposers does (VerifyRegistration), as a relay's copy may be wrong or forged.
	Signature [96]byte
}

// Registration is a ValidatorRegistrationV1 message.
type Registration struct {
	FeeRecipient common.Address
	GasLimit     uint64
	Timestamp    uint64
	Pubkey       [48]byte
}

type dutyJSON struct {
	Slot           *string    `json:"slot"`
	ValidatorIndex *string    `json:"validator_index"`
	Entry          *entryJSON `json:"entry"`
}

type entryJSON struct {
	Message   *messageJSON `json:"message"`
	Signature *string      `json:"signature"`
}

type messageJSON struct {
	FeeRecipient *string `json:"fee_recipient"`
	GasLimit     *string `json:"gas_limit"`
	Timestamp    *string `json:"timestamp"`
	Pubkey       *string `json:"pubkey"`
}

// MarshalJSON writes the relay's encoding: decimal strings for integers, 0x hex for bytes.
func (d ProposerDuty) MarshalJSON() ([]byte, error) {
	dec := func(v uint64) *string { s := strconv.FormatUint(v, 10); return &s }
	hex := func(b []byte) *string { s := hexutil.Encode(b); return &s }
	fee := d.Registration.FeeRecipient.Hex()
	return json.Marshal(dutyJSON{
		Slot:           dec(d.Slot),
		ValidatorIndex: dec(d.ValidatorIndex),
		Entry: &entryJSON{
			Message: &messageJSON{
				FeeRecipient: &fee,
				GasLimit:     dec(d.Registration.GasLimit),
				Timestamp:    dec(d.Registration.Timestamp),
				Pubkey:       hex(d.Registration.Pubkey[:]),
			},
			Signature: hex(d.Signature[:]),
		},
	})
}

// DecodeValidators decodes a GET /relay/v1/builder/validators body. Unknown fields are ignored
// (relays may add some); every known field is required and checked, and an error names it.
func DecodeValidators(data []byte) ([]ProposerDuty, error) {
	var list []dutyJSON
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, badResponse("$", "want a JSON array of duties: %v", err)
	}
	if len(list) > maxDuties {
		return nil, badResponse("$", "%d duties, at most %d", len(list), maxDuties)
	}
	out := make([]ProposerDuty, len(list))
	seen := make(map[uint64]int, len(list))
	for i, w := range list {
		d, err := w.decode(fmt.Sprintf("[%d]", i))
		if err != nil {
			return nil, err
		}
		if j, dup := seen[d.Slot]; dup {
			return nil, badResponse(fmt.Sprintf("[%d].slot", i), "slot %d already listed at [%d]", d.Slot, j)
		}
		seen[d.Slot] = i
		out[i] = d
	}
	return out, nil
}

func (w dutyJSON) decode(at string) (ProposerDuty, error) {
	var d ProposerDuty
	var err error
	if d.Slot, err = decimal(at+".slot", w.Slot); err != nil {
		return d, err
	}
	if d.ValidatorIndex, err = decimal(at+".validator_index", w.ValidatorIndex); err != nil {
		return d, err
	}
	if w.Entry == nil {
		return d, badResponse(at+".entry", "missing")
	}
	if err = fixedHex(at+".entry.signature", w.Entry.Signature, d.Signature[:]); err != nil {
		return d, err
	}
	m := w.Entry.Message
	at += ".entry.message"
	if m == nil {
		return d, badResponse(at, "missing")
	}
	r := &d.Registration
	if err = fixedHex(at+".fee_recipient", m.FeeRecipient, r.FeeRecipient[:]); err != nil {
		return d, err
	}
	if r.GasLimit, err = decimal(at+".gas_limit", m.GasLimit); err != nil {
		return d, err
	}
	if r.Timestamp, err = decimal(at+".timestamp", m.Timestamp); err != nil {
		return d, err
	}
	return d, fixedHex(at+".pubkey", m.Pubkey, r.Pubkey[:])
}

// decimal reads a quoted decimal uint64, the beacon-API integer encoding.
func decimal(field string, s *string) (uint64, error) {
	if s == nil {
		return 0, badResponse(field, "missing")
	}
	v, err := strconv.ParseUint(*s, 10, 64)
	if err != nil || (len(*s) > 1 && (*s)[0] == '0') {
		return 0, badResponse(field, "want a decimal string, got %q", truncateStr(*s))
	}
	return v, nil
}

// fixedHex reads 0x hex of exactly len(dst) bytes into dst.
func fixedHex(field string, s *string, dst []byte) error {
	if s == nil {
		return badResponse(field, "missing")
	}
	b, err := hexutil.Decode(*s)
	if err != nil {
		return badResponse(field, "want 0x hex: %v", err)
	}
	if len(b) != len(dst) {
		return badResponse(field, "want %d bytes, got %d", len(dst), len(b))
	}
	copy(dst, b)
	return nil
}
