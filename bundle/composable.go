package bundle

import (
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Assertion is a post-assertion the inbox evaluates in confirmBased: staticcall(Target, Data)
// must succeed and keccak256 of its return data must equal Expect.
type Assertion struct {
	Target common.Address
	Data   []byte
	Expect common.Hash
}

// ComposableBundle is a searcher's unit of work for one based block: L1 transactions before the
// based block, L2 transactions inside it, L1 transactions after it, and assertions that must hold
// at the end, or none of it counts.
type ComposableBundle struct {
	L2ChainID uint64
	L1Slot    uint64 // 0: the next slot the sidecar builds for
	PreTxs    [][]byte
	L2Txs     [][]byte
	PostTxs   [][]byte
	// PreCalls and PostCalls run inside the sidecar's one atomic transaction, before and after
	// the based block; their ChainID and Inbox are the sidecar's, their L1Slot the bundle's.
	PreCalls         []SignedCall
	PostCalls        []SignedCall
	Assertions       []Assertion
	ReplacementUUID  string
	ReplacementNonce uint64
	MinTimestamp     uint64
	MaxTimestamp     uint64 // 0: no upper bound
	// SignedAt is when the searcher signed the request carrying the bundle (unix seconds).
	// It is not part of the bundle's identity (Hash); the searcher API uses it to refuse
	// replayed requests.
	SignedAt uint64
}

type composableWire struct {
	L2ChainID        json.RawMessage `json:"l2ChainId"`
	L1Slot           json.RawMessage `json:"l1Slot,omitempty"`
	PreTxs           []string        `json:"preTxs"`
	L2Txs            []string        `json:"l2Txs"`
	PostTxs          []string        `json:"postTxs"`
	PreCalls         []callWire      `json:"preCalls,omitempty"`
	PostCalls        []callWire      `json:"postCalls,omitempty"`
	Assertions       []assertionWire `json:"assertions"`
	ReplacementUUID  string          `json:"replacementUuid,omitempty"`
	ReplacementNonce json.RawMessage `json:"replacementNonce,omitempty"`
	MinTimestamp     json.RawMessage `json:"minTimestamp,omitempty"`
	MaxTimestamp     json.RawMessage `json:"maxTimestamp,omitempty"`
	SignedAt         json.RawMessage `json:"signedAt,omitempty"`
}

// withdrawnKeys are keys based_sendBundle no longer accepts, with what a request that still
// sends one is told instead of "unknown field".
var withdrawnKeys = map[string]string{
	"refundPercent":   "refunds are not offered; omit the field",
	"refundRecipient": "refunds are not offered; omit the field",
}

type assertionWire struct {
	Target string `json:"target"`
	Data   string `json:"data"`
	Expect string `json:"expect"`
}

// DecodeComposableBundle decodes the first parameter of based_sendBundle strictly. It checks the
// encoding only; Validate checks the content.
func DecodeComposableBundle(data []byte) (*ComposableBundle, error) {
	var w composableWire
	// Exact keys first: it names an unknown key by its whole path ("preCalls[0].chainId"),
	// where encoding/json names only the key; it leaves other faults to the decoder.
	if err := ExactKeys(data, &w); err != nil {
		return nil, withdrawn(err)
	}
	if err := decodeStrict(data, &w); err != nil {
		return nil, err
	}
	return w.bundle()
}

// withdrawn explains an unknown key that the API once accepted.
func withdrawn(err error) error {
	if fe, ok := IsFieldError(err); ok {
		if why, ok := withdrawnKeys[fe.Field]; ok {
			return fieldErr(fe.Field, ErrMalformed, "%s", why)
		}
	}
	return err
}

// UnmarshalJSON decodes strictly, like DecodeComposableBundle.
func (b *ComposableBundle) UnmarshalJSON(data []byte) error {
	d, err := DecodeComposableBundle(data)
	if err != nil {
		return err
	}
	*b = *d
	return nil
}

func (w *composableWire) bundle() (*ComposableBundle, error) {
	b := &ComposableBundle{ReplacementUUID: w.ReplacementUUID}
	var err error
	if len(w.L2ChainID) == 0 {
		return nil, fieldErr("l2ChainId", ErrMissing, "required")
	}
	for _, q := range []struct {
		name string
		raw  json.RawMessage
		dst  *uint64
	}{
		{"l2ChainId", w.L2ChainID, &b.L2ChainID}, {"l1Slot", w.L1Slot, &b.L1Slot},
		{"replacementNonce", w.ReplacementNonce, &b.ReplacementNonce},
		{"minTimestamp", w.MinTimestamp, &b.MinTimestamp}, {"maxTimestamp", w.MaxTimestamp, &b.MaxTimestamp},
		{"signedAt", w.SignedAt, &b.SignedAt},
	} {
		if *q.dst, err = parseQuantity(q.name, q.raw); err != nil {
			return nil, err
		}
	}
	if b.PreTxs, err = parseBytesList("preTxs", w.PreTxs); err != nil {
		return nil, err
	}
	if b.L2Txs, err = parseBytesList("l2Txs", w.L2Txs); err != nil {
		return nil, err
	}
	if b.PostTxs, err = parseBytesList("postTxs", w.PostTxs); err != nil {
		return nil, err
	}
	b.Assertions = make([]Assertion, len(w.Assertions))
	for i, a := range w.Assertions {
		if b.Assertions[i], err = a.assertion(fmt.Sprintf("assertions[%d]", i)); err != nil {
			return nil, err
		}
	}
	return b, w.calls(b)
}

// calls decodes the signed calls; they sign the slot, so a bundle with calls must name it.
func (w *composableWire) calls(b *ComposableBundle) error {
	if len(w.PreCalls)+len(w.PostCalls) > 0 && b.L1Slot == 0 {
		return fieldErr("l1Slot", ErrMissing, "a bundle with signed calls must name its slot (the calls sign it)")
	}
	var err error
	if b.PreCalls, err = decodeCalls(legPreCalls, w.PreCalls, b.L1Slot); err != nil {
		return err
	}
	b.PostCalls, err = decodeCalls(legPostCalls, w.PostCalls, b.L1Slot)
	return err
}

func (a assertionWire) assertion(field string) (Assertion, error) {
	var out Assertion
	var err error
	if out.Target, err = parseAddress(field+".target", a.Target); err != nil {
		return out, err
	}
	if out.Data, err = parseBytes(field+".data", a.Data); err != nil {
		return out, err
	}
	out.Expect, err = parseHash(field+".expect", a.Expect)
	return out, err
}

// MarshalJSON encodes the bundle in based_sendBundle's shape.
func (b ComposableBundle) MarshalJSON() ([]byte, error) {
	w := composableWire{
		L2ChainID: quantityJSON(b.L2ChainID),
		PreTxs:    hexList(b.PreTxs), L2Txs: hexList(b.L2Txs), PostTxs: hexList(b.PostTxs),
		PreCalls: encodeCalls(b.PreCalls), PostCalls: encodeCalls(b.PostCalls),
		Assertions:      make([]assertionWire, len(b.Assertions)),
		ReplacementUUID: b.ReplacementUUID,
	}
	for _, q := range []struct {
		v   uint64
		dst *json.RawMessage
	}{
		{b.L1Slot, &w.L1Slot}, {b.ReplacementNonce, &w.ReplacementNonce},
		{b.MinTimestamp, &w.MinTimestamp}, {b.MaxTimestamp, &w.MaxTimestamp}, {b.SignedAt, &w.SignedAt},
	} {
		if q.v != 0 {
			*q.dst = quantityJSON(q.v)
		}
	}
	for i, a := range b.Assertions {
		w.Assertions[i] = assertionWire{Target: a.Target.Hex(), Data: hexutil.Encode(a.Data), Expect: a.Expect.Hex()}
	}
	return json.Marshal(w)
}

// Hash identifies the bundle: keccak256 of its transaction hashes in order (pre, L2, post), the
// way builders hash bundles, then each signed call's CallID in leg order (pre, post), then
// the assertions' hash when there are assertions, so two bundles that differ only in their calls
// or in what they assert are different bundles. A bundle without calls or assertions hashes as
// a builder would hash its transactions.
func (b *ComposableBundle) Hash() common.Hash {
	n := len(b.PreTxs) + len(b.L2Txs) + len(b.PostTxs)
	buf := make([]byte, 0, (n+2)*common.HashLength)
	for _, leg := range [][][]byte{b.PreTxs, b.L2Txs, b.PostTxs} {
		for _, raw := range leg {
			buf = append(buf, RawTxHash(raw).Bytes()...)
		}
	}
	for _, leg := range [][]SignedCall{b.PreCalls, b.PostCalls} {
		for i := range leg {
			buf = append(buf, leg[i].CallID().Bytes()...)
		}
	}
	if len(b.Assertions) > 0 {
		buf = append(buf, AssertionsHash(b.Assertions).Bytes()...)
	}
	return crypto.Keccak256Hash(buf)
}

// AssertionsHash is keccak256 of (target, keccak256(data), expect) for each assertion in order.
func AssertionsHash(as []Assertion) common.Hash {
	buf := make([]byte, 0, len(as)*(20+32+32))
	for _, a := range as {
		buf = append(buf, a.Target.Bytes()...)
		buf = append(buf, crypto.Keccak256(a.Data)...)
		buf = append(buf, a.Expect.Bytes()...)
	}
	return crypto.Keccak256Hash(buf)
}

// RawTxHash is the hash of a raw EIP-2718 transaction. A blob transaction in network form hashes
// its payload without the sidecar, so it is decoded; every other form is keccak256 of the bytes.
func RawTxHash(raw []byte) common.Hash {
	if len(raw) > 0 && raw[0] == types.BlobTxType {
		var tx types.Transaction
		if err := tx.UnmarshalBinary(raw); err == nil {
			return tx.Hash()
		}
	}
	return crypto.Keccak256Hash(raw)
}
