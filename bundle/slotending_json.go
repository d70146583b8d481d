package bundle

import (
	"encoding/json"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

type slotEndingWire struct {
	L2ChainID     json.RawMessage `json:"l2ChainId"`
	L2BlockNumber json.RawMessage `json:"l2BlockNumber"`
	L2BlockHash   string          `json:"l2BlockHash"`
	L2ParentHash  string          `json:"l2ParentHash"`
	L2StateRoot   string          `json:"l2StateRoot"`
	L1Slot        json.RawMessage `json:"l1Slot"`
	L1ParentHash  string          `json:"l1ParentHash"`
	SeqIndex      json.RawMessage `json:"seqIndex"`
	SlotEnding    *bool           `json:"slotEnding"`
	Certificate   *certWire       `json:"certificate,omitempty"`
}

type certWire struct {
	Kind      CertKind        `json:"kind"`
	Signature string          `json:"signature"`
	Signers   string          `json:"signers,omitempty"`
	Epoch     json.RawMessage `json:"epoch,omitempty"`
}

// MarshalJSON encodes the message with quantities and data as 0x hex (docs/protocol.md).
func (m SignedSlotEnding) MarshalJSON() ([]byte, error) {
	w := m.SlotEnding.wire()
	c := &certWire{Kind: m.Certificate.Kind, Signature: hexutil.Encode(m.Certificate.Signature)}
	if m.Certificate.Kind == CertCommittee {
		c.Signers = hexutil.Encode(m.Certificate.Signers)
		c.Epoch = quantityJSON(m.Certificate.Epoch)
	}
	w.Certificate = c
	return json.Marshal(w)
}

// MarshalJSON encodes the unsigned message.
func (m SlotEnding) MarshalJSON() ([]byte, error) { return json.Marshal(m.wire()) }

func (m *SlotEnding) wire() slotEndingWire {
	flag := m.IsSlotEnding
	return slotEndingWire{
		L2ChainID:     quantityJSON(m.L2ChainID),
		L2BlockNumber: quantityJSON(m.L2BlockNumber),
		L2BlockHash:   m.L2BlockHash.Hex(),
		L2ParentHash:  m.L2ParentHash.Hex(),
		L2StateRoot:   m.L2StateRoot.Hex(),
		L1Slot:        quantityJSON(m.L1Slot),
		L1ParentHash:  m.L1ParentHash.Hex(),
		SeqIndex:      quantityJSON(uint64(m.SeqIndex)),
		SlotEnding:    &flag,
	}
}

func quantityJSON(v uint64) json.RawMessage {
	return json.RawMessage(`"` + hexutil.EncodeUint64(v) + `"`)
}

// DecodeSlotEnding decodes a signed slot-ending message strictly: unknown fields, missing fields
// and malformed hex are errors naming the field. It does not verify the certificate.
func DecodeSlotEnding(data []byte) (*SignedSlotEnding, error) {
	var w slotEndingWire
	if err := decodeStrict(data, &w); err != nil {
		return nil, err
	}
	m, err := w.message()
	if err != nil {
		return nil, err
	}
	if w.Certificate == nil {
		return nil, fieldErr("certificate", ErrMissing, "a slot-ending message must be certified")
	}
	cert, err := w.Certificate.certificate()
	if err != nil {
		return nil, err
	}
	return &SignedSlotEnding{SlotEnding: m, Certificate: cert}, nil
}

// UnmarshalJSON decodes strictly, like DecodeSlotEnding.
func (m *SignedSlotEnding) UnmarshalJSON(data []byte) error {
	d, err := DecodeSlotEnding(data)
	if err != nil {
		return err
	}
	*m = *d
	return nil
}

func (w *slotEndingWire) message() (SlotEnding, error) {
	var m SlotEnding
	var err error
	for _, q := range []struct {
		name string
		raw  json.RawMessage
		dst  *uint64
	}{{"l2ChainId", w.L2ChainID, &m.L2ChainID}, {"l2BlockNumber", w.L2BlockNumber, &m.L2BlockNumber}, {"l1Slot", w.L1Slot, &m.L1Slot}} {
		if len(q.raw) == 0 {
			return m, fieldErr(q.name, ErrMissing, "required")
		}
		if *q.dst, err = parseQuantity(q.name, q.raw); err != nil {
			return m, err
		}
	}
	seq, err := parseQuantity("seqIndex", w.SeqIndex)
	if err != nil {
		return m, err
	}
	if seq > 1<<32-1 {
		return m, fieldErr("seqIndex", ErrMalformed, "exceeds uint32")
	}
	m.SeqIndex = uint32(seq)
	if w.SlotEnding == nil {
		return m, fieldErr("slotEnding", ErrMissing, "required")
	}
	m.IsSlotEnding = *w.SlotEnding
	if m.L2BlockHash, err = parseHash("l2BlockHash", w.L2BlockHash); err != nil {
		return m, err
	}
	if m.L2ParentHash, err = parseHash("l2ParentHash", w.L2ParentHash); err != nil {
		return m, err
	}
	if m.L2StateRoot, err = parseHash("l2StateRoot", w.L2StateRoot); err != nil {
		return m, err
	}
	m.L1ParentHash, err = parseHash("l1ParentHash", w.L1ParentHash)
	return m, err
}

func (w *certWire) certificate() (Certificate, error) {
	c := Certificate{Kind: w.Kind}
	var err error
	switch w.Kind {
	case CertECDSA, CertCommittee:
	default:
		return c, fieldErr("certificate.kind", ErrCertKind, "want %q or %q, got %q", CertECDSA, CertCommittee, w.Kind)
	}
	if c.Signature, err = parseBytes("certificate.signature", w.Signature); err != nil {
		return c, err
	}
	if w.Kind == CertECDSA {
		if w.Signers != "" || len(w.Epoch) != 0 {
			return c, fieldErr("certificate", ErrMalformed, "signers and epoch are for committee certificates only")
		}
		return c, nil
	}
	if c.Signers, err = parseBytes("certificate.signers", w.Signers); err != nil {
		return c, err
	}
	c.Epoch, err = parseQuantity("certificate.epoch", w.Epoch)
	return c, err
}
