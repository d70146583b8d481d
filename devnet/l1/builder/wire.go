package builder

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// JSON-RPC methods the builder serves.
const (
	MethodSendBundle   = "eth_sendBundle"
	MethodCancelBundle = "eth_cancelBundle"
	MethodCallBundle   = "eth_callBundle"
)

// ErrParams is wrapped by every request decoding error; the message names the field.
var ErrParams = errors.New("invalid params")

func paramErr(field, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrParams, field, fmt.Sprintf(format, args...))
}

// maxUUIDLen bounds a replacement uuid (a UUID is 36 characters).
const maxUUIDLen = 64

// Request is one JSON-RPC 2.0 request.
type Request struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params"`
}

// DecodeRequest decodes a JSON-RPC 2.0 request (batches are not served).
func DecodeRequest(body []byte) (*Request, error) {
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		return nil, paramErr("$", "batch requests are not supported")
	}
	var r Request
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, paramErr("$", "not a JSON-RPC request: %v", err)
	}
	if r.JSONRPC != "2.0" {
		return nil, paramErr("jsonrpc", "want \"2.0\", got %q", r.JSONRPC)
	}
	if r.Method == "" {
		return nil, paramErr("method", "missing")
	}
	return &r, nil
}

// SingleParam returns params[0] of a method that takes exactly one parameter.
func (r *Request) SingleParam() (json.RawMessage, error) {
	var params []json.RawMessage
	if err := json.Unmarshal(r.Params, &params); err != nil {
		return nil, paramErr("params", "want an array: %v", err)
	}
	if len(params) != 1 {
		return nil, paramErr("params", "want 1 parameter, got %d", len(params))
	}
	return params[0], nil
}

// DecodeCancelArgs decodes eth_cancelBundle's {replacementUuid}.
func DecodeCancelArgs(data []byte) (string, error) {
	var w struct {
		ReplacementUUID *string `json:"replacementUuid"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return "", paramErr("params[0]", "want {replacementUuid}: %v", err)
	}
	switch {
	case w.ReplacementUUID == nil || *w.ReplacementUUID == "":
		return "", paramErr("replacementUuid", "missing")
	case len(*w.ReplacementUUID) > maxUUIDLen:
		return "", paramErr("replacementUuid", "longer than %d characters", maxUUIDLen)
	}
	return *w.ReplacementUUID, nil
}

type callBundleWire struct {
	Txs              *[]string       `json:"txs"`
	BlockNumber      json.RawMessage `json:"blockNumber"`
	StateBlockNumber json.RawMessage `json:"stateBlockNumber"`
	Timestamp        json.RawMessage `json:"timestamp"`
	Coinbase         *string         `json:"coinbase"`
}

// DecodeCallBundleArgs decodes eth_callBundle's parameter object. Fields other builders
// accept and this one does not use (timeout, gasLimit, baseFee...) are ignored.
func DecodeCallBundleArgs(data []byte, maxTxs int) (*CallBundleArgs, error) {
	var w callBundleWire
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, paramErr("params[0]", "want a bundle object: %v", err)
	}
	if w.Txs == nil || len(*w.Txs) == 0 {
		return nil, paramErr("txs", "missing or empty")
	}
	if len(*w.Txs) > maxTxs {
		return nil, paramErr("txs", "%d transactions, at most %d", len(*w.Txs), maxTxs)
	}
	args := &CallBundleArgs{}
	for i, s := range *w.Txs {
		raw, err := hexutil.Decode(s)
		if err != nil {
			return nil, paramErr(fmt.Sprintf("txs[%d]", i), "not 0x hex: %v", err)
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, paramErr(fmt.Sprintf("txs[%d]", i), "not an EIP-2718 transaction: %v", err)
		}
		args.Txs = append(args.Txs, tx)
	}
	var err error
	if args.BlockNumber, _, err = quantity("blockNumber", w.BlockNumber); err != nil {
		return nil, err
	}
	if !isTag(w.StateBlockNumber, "latest") {
		n, set, err := quantity("stateBlockNumber", w.StateBlockNumber)
		if err != nil {
			return nil, err
		}
		if set {
			args.StateBlock = &n
		}
	}
	if args.Timestamp, _, err = quantity("timestamp", w.Timestamp); err != nil {
		return nil, err
	}
	if w.Coinbase != nil {
		if !common.IsHexAddress(*w.Coinbase) {
			return nil, paramErr("coinbase", "not an address")
		}
		cb := common.HexToAddress(*w.Coinbase)
		args.Coinbase = &cb
	}
	return args, nil
}

func isTag(raw json.RawMessage, tag string) bool {
	var s string
	return json.Unmarshal(raw, &s) == nil && s == tag
}

// quantity reads a uint64 given as a 0x hex string or a JSON number; absent or null is unset.
func quantity(field string, raw json.RawMessage) (uint64, bool, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return 0, false, nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return 0, false, paramErr(field, "bad string: %v", err)
		}
		if !strings.HasPrefix(s, "0x") {
			return 0, false, paramErr(field, "want a 0x hex quantity or a number, got %q", s)
		}
		n, err := hexutil.DecodeUint64(s)
		if err != nil {
			return 0, false, paramErr(field, "%v", err)
		}
		return n, true, nil
	}
	n, err := strconv.ParseUint(string(raw), 10, 64)
	if err != nil {
		return 0, false, paramErr(field, "want a 0x hex quantity or a non-negative integer")
	}
	return n, true, nil
}
