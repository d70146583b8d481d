package sim

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// revertCode is the JSON-RPC error code execution clients give a reverted call.
const revertCode = 3

// TxResult is the outcome of one simulated transaction.
type TxResult struct {
	OK      bool
	GasUsed uint64
	// Return is the return data of a successful call, or the revert data of a reverted one.
	Return []byte
	// Err is empty on success: the node's revert or VM error message otherwise.
	Err string
	// Logs of a successful call, with the signed transaction's hash and index (their block
	// hash is the simulated block's).
	Logs []*types.Log
}

// simulatedBlock is one decoded block of an eth_simulateV1 answer.
type simulatedBlock struct {
	Header *types.Header
	Calls  []TxResult
}

type wireCall struct {
	ReturnData *hexutil.Bytes    `json:"returnData"`
	Logs       []json.RawMessage `json:"logs"`
	GasUsed    *hexutil.Uint64   `json:"gasUsed"`
	Status     *hexutil.Uint64   `json:"status"`
	Error      *wireCallError    `json:"error"`
}

type wireCallError struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
	Data    string `json:"data"`
}

// decodeResponse decodes an eth_simulateV1 answer for one block of calls calls. Errors name the
// field, as a path into the answer.
func decodeResponse(raw []byte, calls int) (*simulatedBlock, error) {
	var blocks []json.RawMessage
	if err := json.Unmarshal(raw, &blocks); err != nil {
		return nil, respErr("result", "not an array of blocks: %v", err)
	}
	if len(blocks) != 1 {
		return nil, respErr("result", "%d blocks, want 1", len(blocks))
	}
	var header types.Header
	if err := json.Unmarshal(blocks[0], &header); err != nil {
		return nil, respErr("result[0]", "header: %v", err)
	}
	if header.Number == nil || header.Difficulty == nil {
		return nil, respErr("result[0]", "header without number or difficulty")
	}
	var body struct {
		Calls []json.RawMessage `json:"calls"`
	}
	if err := json.Unmarshal(blocks[0], &body); err != nil {
		return nil, respErr("result[0].calls", "%v", err)
	}
	if len(body.Calls) != calls {
		return nil, respErr("result[0].calls", "%d results for %d calls", len(body.Calls), calls)
	}
	out := &simulatedBlock{Header: &header, Calls: make([]TxResult, calls)}
	for i, rc := range body.Calls {
		r, err := decodeCall(fmt.Sprintf("result[0].calls[%d]", i), rc)
		if err != nil {
			return nil, err
		}
		out.Calls[i] = r
	}
	return out, nil
}

func decodeCall(field string, raw json.RawMessage) (TxResult, error) {
	var w wireCall
	if err := json.Unmarshal(raw, &w); err != nil {
		return TxResult{}, respErr(field, "%v", err)
	}
	switch {
	case w.Status == nil:
		return TxResult{}, respErr(field+".status", "missing")
	case *w.Status > 1:
		return TxResult{}, respErr(field+".status", "%d is neither 0 nor 1", uint64(*w.Status))
	case w.GasUsed == nil:
		return TxResult{}, respErr(field+".gasUsed", "missing")
	}
	r := TxResult{OK: *w.Status == 1, GasUsed: uint64(*w.GasUsed)}
	if w.ReturnData != nil {
		r.Return = *w.ReturnData
	}
	logs, err := decodeLogs(field+".logs", w.Logs)
	if err != nil {
		return TxResult{}, err
	}
	r.Logs = logs
	if r.OK {
		if w.Error != nil {
			return TxResult{}, respErr(field+".error", "present on a successful call")
		}
		return r, nil
	}
	if w.Error == nil {
		return TxResult{}, respErr(field+".error", "missing on a failed call")
	}
	r.Err = w.Error.Message
	if r.Err == "" {
		r.Err = "failed"
	}
	if w.Error.Code == revertCode && w.Error.Data != "" {
		data, err := hexutil.Decode(w.Error.Data)
		if err != nil {
			return TxResult{}, respErr(field+".error.data", "not 0x hex: %v", err)
		}
		r.Return = data
	}
	return r, nil
}

func decodeLogs(field string, raws []json.RawMessage) ([]*types.Log, error) {
	if len(raws) == 0 {
		return nil, nil
	}
	logs := make([]*types.Log, len(raws))
	for i, rl := range raws {
		if bytes.Equal(bytes.TrimSpace(rl), []byte("null")) {
			return nil, respErr(fmt.Sprintf("%s[%d]", field, i), "null")
		}
		var l types.Log
		if err := json.Unmarshal(rl, &l); err != nil {
			return nil, respErr(fmt.Sprintf("%s[%d]", field, i), "%v", err)
		}
		logs[i] = &l
	}
	return logs, nil
}

// fieldCheck compares a field of the simulated header with what the request asked for.
type fieldCheck struct {
	field     string
	got, want any
}

// checkFields makes sure the node simulated the block that was asked for: a node that ignores
// an override gives results the real block would not have.
func checkFields(checks []fieldCheck) error {
	for _, c := range checks {
		if c.got != c.want {
			return respErr("result[0]."+c.field, "%v, want %v", c.got, c.want)
		}
	}
	return nil
}
