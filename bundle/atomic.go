package bundle

import (
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// AtomicBundle is what the sidecar sends to builders: ordered raw L1 transactions of which none
// may revert, for one block and one timestamp, replaceable by ReplacementUUID. Its JSON is the
// params[0] object of eth_sendBundle.
type AtomicBundle struct {
	Txs             [][]byte
	BlockNumber     uint64
	MinTimestamp    uint64
	MaxTimestamp    uint64
	ReplacementUUID string
}

type atomicWire struct {
	Txs               []string        `json:"txs"`
	BlockNumber       json.RawMessage `json:"blockNumber"`
	MinTimestamp      *uint64         `json:"minTimestamp,omitempty"`
	MaxTimestamp      *uint64         `json:"maxTimestamp,omitempty"`
	RevertingTxHashes []string        `json:"revertingTxHashes,omitempty"`
	ReplacementUUID   string          `json:"replacementUuid,omitempty"`
}

// MarshalJSON writes blockNumber as a hex quantity and timestamps as JSON numbers, the types
// builders are strict about.
func (b AtomicBundle) MarshalJSON() ([]byte, error) {
	w := atomicWire{Txs: hexList(b.Txs), BlockNumber: quantityJSON(b.BlockNumber), ReplacementUUID: b.ReplacementUUID}
	if b.MinTimestamp != 0 {
		w.MinTimestamp = &b.MinTimestamp
	}
	if b.MaxTimestamp != 0 {
		w.MaxTimestamp = &b.MaxTimestamp
	}
	return json.Marshal(w)
}

// DecodeAtomicBundle decodes an eth_sendBundle parameter strictly. A bundle that allows reverts
// is refused: an atomic bundle is all or nothing.
func DecodeAtomicBundle(data []byte) (*AtomicBundle, error) {
	var w atomicWire
	if err := decodeStrict(data, &w); err != nil {
		return nil, err
	}
	if len(w.RevertingTxHashes) > 0 {
		return nil, fieldErr("revertingTxHashes", ErrMalformed, "an atomic bundle allows no reverting transaction")
	}
	b := &AtomicBundle{ReplacementUUID: w.ReplacementUUID}
	var err error
	if b.Txs, err = parseBytesList("txs", w.Txs); err != nil {
		return nil, err
	}
	if b.BlockNumber, err = parseQuantity("blockNumber", w.BlockNumber); err != nil {
		return nil, err
	}
	if w.MinTimestamp != nil {
		b.MinTimestamp = *w.MinTimestamp
	}
	if w.MaxTimestamp != nil {
		b.MaxTimestamp = *w.MaxTimestamp
	}
	if b.MaxTimestamp != 0 && b.MinTimestamp > b.MaxTimestamp {
		return nil, fieldErr("minTimestamp", ErrTimestamp, "%d is after maxTimestamp %d", b.MinTimestamp, b.MaxTimestamp)
	}
	if b.ReplacementUUID != "" && !validUUID(b.ReplacementUUID) {
		return nil, fieldErr("replacementUuid", ErrUUID, "not a UUID")
	}
	return b, nil
}

// UnmarshalJSON decodes strictly, like DecodeAtomicBundle.
func (b *AtomicBundle) UnmarshalJSON(data []byte) error {
	d, err := DecodeAtomicBundle(data)
	if err != nil {
		return err
	}
	*b = *d
	return nil
}

// Hash is keccak256 of the transaction hashes concatenated in order, as builders compute it.
func (b *AtomicBundle) Hash() common.Hash {
	buf := make([]byte, 0, len(b.Txs)*common.HashLength)
	for _, raw := range b.Txs {
		buf = append(buf, RawTxHash(raw).Bytes()...)
	}
	return crypto.Keccak256Hash(buf)
}

// ReplacementUUIDFor derives the stable replacement handle of the sidecar's bundle for one
// (L2 chain, L1 slot): a UUID (version 8, RFC 9562) built from a keccak of both numbers, so a
// restarted sidecar replaces what it sent before the restart.
func ReplacementUUIDFor(l2ChainID, l1Slot uint64) string {
	return uuidOf(crypto.Keccak256([]byte(fmt.Sprintf("syncboost/%d/%d", l2ChainID, l1Slot))))
}

// VariantUUIDFor is the replacement handle of the bundle for one (L2 chain, L1 slot, parent):
// under ePBS the slot's block may build on either of two parents and each gets its own bundle.
func VariantUUIDFor(l2ChainID, l1Slot uint64, parent common.Hash) string {
	return uuidOf(crypto.Keccak256([]byte(fmt.Sprintf("syncboost/%d/%d/%s", l2ChainID, l1Slot, parent.Hex()))))
}

func uuidOf(h []byte) string {
	h[6] = h[6]&0x0f | 0x80
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

func validUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i, c := range s {
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
				return false
			}
		}
	}
	return true
}
