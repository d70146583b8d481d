package relayapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/syncboost/syncboost/bundle"
)

// MevShareVersion is the MEV-Share bundle version the sidecar sends.
const MevShareVersion = "v0.1"

// Request is a JSON-RPC 2.0 request whose params are a list of P.
type Request[P any] struct {
	JSONRPC string `json:"jsonrpc"`
	ID      uint64 `json:"id"`
	Method  string `json:"method"`
	Params  []P    `json:"params"`
}

// EthSendBundleRequest is eth_sendBundle with the sidecar's atomic bundle as params[0]:
// blockNumber as a hex quantity, min/maxTimestamp as JSON numbers, no reverting hashes.
type EthSendBundleRequest = Request[bundle.AtomicBundle]

// EthCancelBundleRequest is eth_cancelBundle.
type EthCancelBundleRequest = Request[CancelBundleArgs]

// MevSendBundleRequest is mev_sendBundle in the MEV-Share v0.1 shape.
type MevSendBundleRequest = Request[MevSendBundleArgs]

// CancelBundleArgs is params[0] of eth_cancelBundle.
type CancelBundleArgs struct {
	ReplacementUUID string `json:"replacementUuid"`
}

// MevSendBundleArgs is params[0] of mev_sendBundle (MEV-Share v0.1).
type MevSendBundleArgs struct {
	Version   string       `json:"version"`
	Inclusion MevInclusion `json:"inclusion"`
	Body      []MevBodyTx  `json:"body"`
}

// MevInclusion bounds the blocks a MEV-Share bundle may land in.
type MevInclusion struct {
	Block    hexutil.Uint64  `json:"block"`
	MaxBlock *hexutil.Uint64 `json:"maxBlock,omitempty"`
}

// MevBodyTx is one signed transaction of a MEV-Share bundle body.
type MevBodyTx struct {
	Tx        hexutil.Bytes `json:"tx"`
	CanRevert bool          `json:"canRevert"`
}

// Response is a JSON-RPC 2.0 response with the result left raw for the method to decode.
type Response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *RPCError       `json:"error,omitempty"`
}

// SendBundleResult is the result of eth_sendBundle and mev_sendBundle. Builders that return no
// hash (null result, or an object without bundleHash) leave BundleHash zero.
type SendBundleResult struct {
	BundleHash common.Hash `json:"bundleHash"`
}

// DecodeResponse decodes a JSON-RPC response body from an endpoint and checks that it answers
// request id: it carries the same id (when the endpoint sends one) and exactly one of result
// and error.
func DecodeResponse(data []byte, id uint64) (*Response, error) {
	var r Response
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, badResponse("$", "not a JSON-RPC response: %v", err)
	}
	if r.JSONRPC != "" && r.JSONRPC != "2.0" {
		return nil, badResponse("jsonrpc", "want \"2.0\", got %q", r.JSONRPC)
	}
	if len(r.ID) > 0 && !sameID(r.ID, id) {
		return nil, badResponse("id", "want %d, got %s", id, truncate(r.ID))
	}
	hasResult := len(r.Result) > 0
	if r.Error != nil && hasResult && string(r.Result) != "null" {
		return nil, badResponse("result", "both result and error are set")
	}
	if r.Error == nil && !hasResult {
		return nil, badResponse("result", "neither result nor error is set")
	}
	return &r, nil
}

// DecodeSendBundleResult decodes the result of eth_sendBundle or mev_sendBundle.
func DecodeSendBundleResult(raw json.RawMessage) (SendBundleResult, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return SendBundleResult{}, nil
	}
	if raw[0] != '{' {
		return SendBundleResult{}, badResponse("result", "want an object with bundleHash, got %s", truncate(raw))
	}
	var w struct {
		BundleHash *string `json:"bundleHash"`
	}
	if err := json.Unmarshal(raw, &w); err != nil {
		return SendBundleResult{}, badResponse("result.bundleHash", "%v", err)
	}
	if w.BundleHash == nil {
		return SendBundleResult{}, nil
	}
	b, err := hexutil.Decode(*w.BundleHash)
	if err != nil || len(b) != common.HashLength {
		return SendBundleResult{}, badResponse("result.bundleHash", "want 32 bytes of 0x hex, got %q", truncateStr(*w.BundleHash))
	}
	return SendBundleResult{BundleHash: common.BytesToHash(b)}, nil
}

// sameID accepts the id echoed as a number or as a decimal string.
func sameID(raw json.RawMessage, id uint64) bool {
	s := string(raw)
	if unq, err := strconv.Unquote(s); err == nil {
		s = unq
	}
	got, err := strconv.ParseUint(s, 10, 64)
	return err == nil && got == id
}

func truncate(b []byte) string { return truncateStr(string(b)) }

func truncateStr(s string) string {
	const max = 64
	if len(s) > max {
		return fmt.Sprintf("%s… (%d bytes)", s[:max], len(s))
	}
	return s
}
