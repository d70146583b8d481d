package lease

import (
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// Record is what a holder sends for one slot and L1 parent, kept in Redis before it goes on
// the wire: a replica taking the slot over sends these same bytes rather than its own build,
// so relays never see two different bundles for the slot.
type Record struct {
	Bundle     *bundle.AtomicBundle `json:"bundle"`
	Commitment common.Hash          `json:"commitment"`
	L2Hash     common.Hash          `json:"l2_hash"`
	SlotEnding uint64               `json:"slot_ending"`
	Included   []common.Hash        `json:"included"`
}

func (r Record) encode() ([]byte, error) { return json.Marshal(r) }

// decodeRecord reads a record back; Redis is shared, so it is checked like any input.
func decodeRecord(b []byte) (Record, error) {
	var r Record
	if err := json.Unmarshal(b, &r); err != nil {
		return Record{}, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	switch {
	case r.Bundle == nil:
		return Record{}, fmt.Errorf("%w: bundle: missing", ErrCorrupt)
	case len(r.Bundle.Txs) == 0:
		return Record{}, fmt.Errorf("%w: bundle.txs: empty", ErrCorrupt)
	case r.Bundle.ReplacementUUID == "":
		return Record{}, fmt.Errorf("%w: bundle.replacementUuid: missing", ErrCorrupt)
	}
	return r, nil
}
