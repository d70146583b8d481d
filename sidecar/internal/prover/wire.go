package prover

import (
	"bytes"
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Method is the JSON-RPC method an external prover serves. Its only parameter is an object
// {parentStateRoot, commitment, postStateRoot} (0x hex, 32 bytes each); its result is
// {postStateRoot, proof} (0x hex; the proof as the inbox's verifier takes it).
const Method = "prover_proveBasedBlock"

type wireRequest struct {
	JSONRPC string        `json:"jsonrpc"`
	ID      uint64        `json:"id"`
	Method  string        `json:"method"`
	Params  []proveParams `json:"params"`
}

type proveParams struct {
	ParentStateRoot common.Hash `json:"parentStateRoot"`
	Commitment      common.Hash `json:"commitment"`
	PostStateRoot   common.Hash `json:"postStateRoot"`
}

type wireEnvelope struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result"`
	Error   *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

type wireResult struct {
	PostStateRoot *string `json:"postStateRoot"`
	Proof         *string `json:"proof"`
}

// decodeResponse decodes the JSON-RPC response to request id. A JSON-RPC error is an *RPCError;
// anything malformed is a *FieldError naming the field.
func decodeResponse(body []byte, id uint64, maxProof int) (common.Hash, []byte, error) {
	var env wireEnvelope
	if err := json.Unmarshal(body, &env); err != nil {
		return common.Hash{}, nil, fieldErr("response", "not a JSON-RPC response: %v", err)
	}
	if env.JSONRPC != "2.0" {
		return common.Hash{}, nil, fieldErr("jsonrpc", "%q, want \"2.0\"", env.JSONRPC)
	}
	var gotID uint64
	if err := json.Unmarshal(env.ID, &gotID); err != nil || gotID != id {
		return common.Hash{}, nil, fieldErr("id", "%s, want %d", env.ID, id)
	}
	if env.Error != nil {
		return common.Hash{}, nil, &RPCError{Code: env.Error.Code, Message: env.Error.Message}
	}
	return decodeResult(env.Result, maxProof)
}

// decodeResult decodes {postStateRoot, proof}.
func decodeResult(raw json.RawMessage, maxProof int) (common.Hash, []byte, error) {
	if len(raw) == 0 || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return common.Hash{}, nil, fieldErr("result", "missing")
	}
	var w wireResult
	if err := json.Unmarshal(raw, &w); err != nil {
		return common.Hash{}, nil, fieldErr("result", "not an object {postStateRoot, proof}: %v", err)
	}
	if w.PostStateRoot == nil {
		return common.Hash{}, nil, fieldErr("result.postStateRoot", "missing")
	}
	root, err := hexutil.Decode(*w.PostStateRoot)
	if err != nil {
		return common.Hash{}, nil, fieldErr("result.postStateRoot", "not 0x hex: %v", err)
	}
	if len(root) != common.HashLength {
		return common.Hash{}, nil, fieldErr("result.postStateRoot", "%d bytes, want 32", len(root))
	}
	if w.Proof == nil {
		return common.Hash{}, nil, fieldErr("result.proof", "missing")
	}
	// Hex doubles the size: refuse before decoding a proof the inbox would never take.
	if len(*w.Proof) > 2+2*maxProof {
		return common.Hash{}, nil, fieldErr("result.proof", "longer than %d bytes", maxProof)
	}
	proof, err := hexutil.Decode(*w.Proof)
	if err != nil {
		return common.Hash{}, nil, fieldErr("result.proof", "not 0x hex: %v", err)
	}
	if len(proof) == 0 {
		return common.Hash{}, nil, fieldErr("result.proof", "empty")
	}
	return common.BytesToHash(root), proof, nil
}
