package feed

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// A signed report is the outcome's JSON object with "timestampMs" (unix ms, 0x hex) added,
// signed whole by the sidecar's identity key in X-Flashbots-Signature. The signature binds
// l1Slot and every other field; the timestamp bounds how long a captured report stays usable.

// EncodeReport returns the body of a signed report of o sent at at.
func EncodeReport(o Outcome, at time.Time) ([]byte, error) {
	plain, err := json.Marshal(o)
	if err != nil {
		return nil, fmt.Errorf("feed: encode outcome: %w", err)
	}
	// Re-decode into the wire form so the report stays exactly the outcome plus one field.
	var w outcomeWire
	if err := json.Unmarshal(plain, &w); err != nil {
		return nil, fmt.Errorf("feed: encode outcome: %w", err)
	}
	ts := hexutil.Uint64(at.UnixMilli())
	w.TimestampMs = &ts
	body, err := json.Marshal(w)
	if err != nil {
		return nil, fmt.Errorf("feed: encode outcome: %w", err)
	}
	return body, nil
}

// DecodeReport decodes a report strictly, like DecodeOutcome, and returns its timestamp
// (zero when the report carries none).
func DecodeReport(data []byte) (Outcome, time.Time, error) {
	o, err := DecodeOutcome(data)
	if err != nil {
		return Outcome{}, time.Time{}, err
	}
	var w struct {
		TimestampMs *hexutil.Uint64 `json:"timestampMs"`
	}
	// DecodeOutcome accepted the body, so this cannot fail on its form.
	if err := json.NewDecoder(bytes.NewReader(data)).Decode(&w); err != nil {
		return Outcome{}, time.Time{}, fmt.Errorf("%w: %w", ErrBadOutcome, err)
	}
	if w.TimestampMs == nil {
		return o, time.Time{}, nil
	}
	if *w.TimestampMs == 0 || uint64(*w.TimestampMs) > maxUnixMs {
		return Outcome{}, time.Time{}, fmt.Errorf("%w: timestampMs: %d is not a unix time in milliseconds", ErrBadOutcome, uint64(*w.TimestampMs))
	}
	return o, time.UnixMilli(int64(*w.TimestampMs)), nil
}

// maxUnixMs (year 9999) keeps a timestamp inside what time.Time and int64 represent.
const maxUnixMs = 253402300799999
