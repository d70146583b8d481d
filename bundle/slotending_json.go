package bundle

import (
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"
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
	// Batch is decoded on its own so that its errors name "batch.<field>".
	Batch json.RawMessage `json:"batch,omitempty"`
}

// batchWire is the carried batch: its header's fields flat, its certificate and its payload.
type batchWire struct {
	L2ChainID     json.RawMessage `json:"l2ChainId"`
	ParentID      string          `json:"parentId"`
	FirstNumber   json.RawMessage `json:"firstNumber"`
	LastNumber    json.RawMessage `json:"lastNumber"`
	LastHash      string          `json:"lastHash"`
	LastStateRoot string          `json:"lastStateRoot"`
	L1Slot        json.RawMessage `json:"l1Slot"`
	DataMode      json.RawMessage `json:"dataMode"`
	DataHash      string          `json:"dataHash"`
	Certificate   *certWire       `json:"certificate"`
	Data          *string         `json:"data"`
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
	w.Certificate = certWireOf(m.Certificate)
	if m.Batch != nil {
		b, err := json.Marshal(m.Batch.wire())
		if err != nil {
			return nil, err
		}
		w.Batch = b
	}
	return json.Marshal(w)
}

func certWireOf(c Certificate) *certWire {
	w := &certWire{Kind: c.Kind, Signature: hexutil.Encode(c.Signature)}
	if c.Kind == CertCommittee {
		w.Signers, w.Epoch = hexutil.Encode(c.Signers), quantityJSON(c.Epoch)
	}
	return w
}

func (b *SignedBatch) wire() batchWire {
	h := &b.Header
	data := hexutil.Encode(b.Data)
	return batchWire{
		L2ChainID: quantityJSON(h.L2ChainID), ParentID: h.ParentID.Hex(),
		FirstNumber: quantityJSON(h.FirstNumber), LastNumber: quantityJSON(h.LastNumber),
		LastHash: h.LastHash.Hex(), LastStateRoot: h.LastStateRoot.Hex(), L1Slot: quantityJSON(h.L1Slot),
		DataMode: quantityJSON(uint64(h.DataMode)), DataHash: h.DataHash.Hex(),
		Certificate: certWireOf(b.Certificate), Data: &data,
	}
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
	out := &SignedSlotEnding{SlotEnding: m, Certificate: cert}
	if len(w.Batch) != 0 && string(w.Batch) != "null" {
		if out.Batch, err = decodeBatch(w.Batch); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// decodeBatch decodes the carried batch strictly; every error names "batch.<field>". It does
// not verify the certificate (SignedBatch.Verify does).
func decodeBatch(raw json.RawMessage) (*SignedBatch, error) {
	var w batchWire
	if err := decodeStrict(raw, &w); err != nil {
		return nil, inBatch(err)
	}
	b, err := w.batch()
	if err != nil {
		return nil, inBatch(err)
	}
	return b, nil
}

// inBatch prefixes the field an error names with "batch.".
func inBatch(err error) error {
	fe, ok := IsFieldError(err)
	if !ok {
		return fieldErr("batch", ErrMalformed, "%v", err)
	}
	field := "batch"
	if fe.Field != "$" {
		field += "." + fe.Field
	}
	return &FieldError{Field: field, Reason: fe.Reason, Err: fe.Err}
}

func (w *batchWire) batch() (*SignedBatch, error) {
	b := &SignedBatch{}
	h := &b.Header
	var mode uint64
	for _, q := range []struct {
		name string
		raw  json.RawMessage
		dst  *uint64
	}{{"l2ChainId", w.L2ChainID, &h.L2ChainID}, {"firstNumber", w.FirstNumber, &h.FirstNumber},
		{"lastNumber", w.LastNumber, &h.LastNumber}, {"l1Slot", w.L1Slot, &h.L1Slot}, {"dataMode", w.DataMode, &mode}} {
		if len(q.raw) == 0 {
			return nil, fieldErr(q.name, ErrMissing, "required")
		}
		var err error
		if *q.dst, err = parseQuantity(q.name, q.raw); err != nil {
			return nil, err
		}
	}
	if mode > 0xff {
		return nil, fieldErr("dataMode", ErrMalformed, "exceeds uint8")
	}
	h.DataMode = uint8(mode)
	for _, f := range []struct {
		name, s string
		dst     *common.Hash
	}{{"parentId", w.ParentID, &h.ParentID}, {"lastHash", w.LastHash, &h.LastHash},
		{"lastStateRoot", w.LastStateRoot, &h.LastStateRoot}, {"dataHash", w.DataHash, &h.DataHash}} {
		if f.s == "" {
			return nil, fieldErr(f.name, ErrMissing, "required")
		}
		var err error
		if *f.dst, err = parseHash(f.name, f.s); err != nil {
			return nil, err
		}
	}
	if w.Certificate == nil {
		return nil, fieldErr("certificate", ErrMissing, "a batch must be certified")
	}
	var err error
	if b.Certificate, err = w.Certificate.certificate(); err != nil {
		return nil, err
	}
	if w.Data == nil {
		return nil, fieldErr("data", ErrMissing, "required (\"0x\" in blob mode)")
	}
	if b.Data, err = parseBytes("data", *w.Data); err != nil {
		return nil, err
	}
	return b, nil
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
