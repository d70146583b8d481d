package bundle

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Delivery is one relay's report, from its data API, of the payload it delivered to the
// proposer of a slot: the block and the builder that won the slot through it. Several relays
// commonly report the same block (the builder submitted it to each, and the proposer fetched
// it from all that offered it).
type Delivery struct {
	Relay         string      `json:"relay"`
	BuilderPubkey BLSPubkey   `json:"builderPubkey"`
	BlockHash     common.Hash `json:"blockHash"`
	// Value is the bid's value in wei: what the block pays its proposer, by the builder's word.
	Value *hexutil.Big `json:"value"`
}

// MaxRelayNameLen bounds Delivery.Relay: relay names travel in outcomes and statuses.
const MaxRelayNameLen = 64

// BLSPubkey is a 48-byte BLS public key, 0x hex in JSON.
type BLSPubkey [48]byte

// MarshalText encodes the key as 0x hex.
func (k BLSPubkey) MarshalText() ([]byte, error) { return hexutil.Bytes(k[:]).MarshalText() }

// UnmarshalText decodes exactly 48 bytes of 0x hex.
func (k *BLSPubkey) UnmarshalText(b []byte) error {
	return hexutil.UnmarshalFixedText("BLSPubkey", b, k[:])
}

// DeliveriesDisagree reports whether relays' reports on one slot contradict each other or the
// chain: they name different blocks, builders or values, or a block other than l1Block (the
// slot's block on L1). A single report of the L1 block agrees.
func DeliveriesDisagree(ds []Delivery, l1Block common.Hash) bool {
	for _, d := range ds {
		if d.BlockHash != l1Block || d.BuilderPubkey != ds[0].BuilderPubkey || d.Value.ToInt().Cmp(ds[0].Value.ToInt()) != 0 {
			return true
		}
	}
	return false
}
