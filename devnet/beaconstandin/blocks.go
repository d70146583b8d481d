package beaconstandin

import (
	"fmt"
	"math/big"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// keepBlocks bounds the blocks the stand-in serves; older ones answer 404.
const keepBlocks = 256

// DefaultBlockVersion is the fork a Block without a Version is served as.
const DefaultBlockVersion = "electra"

// ExecutionPayload is what the stand-in serves of a block's execution payload; the spec's
// other fields are served empty.
type ExecutionPayload struct {
	ParentHash, BlockHash, StateRoot, ReceiptsRoot, PrevRandao common.Hash
	FeeRecipient                                               common.Address
	BlockNumber, GasLimit, GasUsed, Timestamp                  uint64
	BlobGasUsed, ExcessBlobGas                                 uint64
	BaseFeePerGas                                              *big.Int
	ExtraData                                                  []byte
}

// PayloadOf is the execution payload of the block whose header is h.
func PayloadOf(h *types.Header) ExecutionPayload {
	p := ExecutionPayload{
		ParentHash: h.ParentHash, BlockHash: h.Hash(), StateRoot: h.Root, ReceiptsRoot: h.ReceiptHash,
		PrevRandao: h.MixDigest, FeeRecipient: h.Coinbase, BlockNumber: h.Number.Uint64(), GasLimit: h.GasLimit,
		GasUsed: h.GasUsed, Timestamp: h.Time, BaseFeePerGas: h.BaseFee, ExtraData: h.Extra,
	}
	if h.BlobGasUsed != nil {
		p.BlobGasUsed = *h.BlobGasUsed
	}
	if h.ExcessBlobGas != nil {
		p.ExcessBlobGas = *h.ExcessBlobGas
	}
	return p
}

// Block is a beacon block as GET /eth/v2/beacon/blocks/{block_id} serves it.
type Block struct {
	Version               string // DefaultBlockVersion if empty
	Slot, ProposerIndex   uint64
	ParentRoot, StateRoot common.Hash
	Payload               ExecutionPayload
}

type blockStore struct {
	byRoot map[common.Hash]Block
	order  []common.Hash // insertion order, for the bound
}

// SetBlock makes root's block served, replacing an earlier one for root.
func (s *Server) SetBlock(root common.Hash, b Block) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.setBlockLocked(root, b)
}

func (s *Server) setBlockLocked(root common.Hash, b Block) {
	if _, ok := s.blocks.byRoot[root]; !ok {
		s.blocks.order = append(s.blocks.order, root)
	}
	s.blocks.byRoot[root] = b
	for len(s.blocks.order) > keepBlocks {
		delete(s.blocks.byRoot, s.blocks.order[0])
		s.blocks.order = s.blocks.order[1:]
	}
}

// findBlockLocked resolves a block_id: head, a 0x root or a decimal slot.
func (s *Server) findBlockLocked(id string) (Block, bool) {
	if id == "head" {
		b, ok := s.blocks.byRoot[s.headRoot]
		return b, ok
	}
	if root, err := hexutil.Decode(id); err == nil && len(root) == common.HashLength {
		b, ok := s.blocks.byRoot[common.BytesToHash(root)]
		return b, ok
	}
	if slot, err := strconv.ParseUint(id, 10, 64); err == nil {
		for _, b := range s.blocks.byRoot {
			if b.Slot == slot {
				return b, true
			}
		}
	}
	return Block{}, false
}

func (s *Server) handleBlock(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("block_id")
	s.mu.Lock()
	b, ok := s.findBlockLocked(id)
	optimistic := s.optimistic
	s.mu.Unlock()
	if !ok || b.Payload.BlockHash == (common.Hash{}) { // known only by a head event
		respondError(w, http.StatusNotFound, fmt.Sprintf("block %s not found", id))
		return
	}
	v := b.Version
	if v == "" {
		v = DefaultBlockVersion
	}
	w.Header().Set("Eth-Consensus-Version", v)
	respondJSON(w, map[string]any{
		"version": v, "execution_optimistic": optimistic, "finalized": false,
		"data": map[string]any{
			"message": map[string]any{
				"slot": dec(b.Slot), "proposer_index": dec(b.ProposerIndex),
				"parent_root": b.ParentRoot.Hex(), "state_root": b.StateRoot.Hex(), "body": blockBody(b.Payload),
			},
			"signature": hexutil.Encode(make([]byte, 96)),
		},
	})
}

// blockBody is an Electra/Fulu block body in the spec's JSON shape: the payload, and every
// other field empty.
func blockBody(p ExecutionPayload) map[string]any {
	zero := common.Hash{}.Hex()
	empty := []any{}
	return map[string]any{
		"randao_reveal": hexutil.Encode(make([]byte, 96)),
		"eth1_data":     map[string]any{"deposit_root": zero, "deposit_count": "0", "block_hash": zero},
		"graffiti":      zero, "proposer_slashings": empty, "attester_slashings": empty, "attestations": empty,
		"deposits": empty, "voluntary_exits": empty,
		"sync_aggregate": map[string]any{
			"sync_committee_bits": hexutil.Encode(make([]byte, 64)), "sync_committee_signature": hexutil.Encode(make([]byte, 96)),
		},
		"execution_payload":        payloadJSON(p),
		"bls_to_execution_changes": empty, "blob_kzg_commitments": empty,
		"execution_requests": map[string]any{"deposits": empty, "withdrawals": empty, "consolidations": empty},
	}
}

func payloadJSON(p ExecutionPayload) map[string]any {
	base := "0"
	if p.BaseFeePerGas != nil {
		base = p.BaseFeePerGas.String()
	}
	extra := p.ExtraData
	if extra == nil {
		extra = []byte{}
	}
	return map[string]any{
		"parent_hash": p.ParentHash.Hex(), "fee_recipient": p.FeeRecipient.Hex(), "state_root": p.StateRoot.Hex(),
		"receipts_root": p.ReceiptsRoot.Hex(), "logs_bloom": hexutil.Encode(make([]byte, types.BloomByteLength)),
		"prev_randao": p.PrevRandao.Hex(), "block_number": dec(p.BlockNumber), "gas_limit": dec(p.GasLimit),
		"gas_used": dec(p.GasUsed), "timestamp": dec(p.Timestamp), "extra_data": hexutil.Encode(extra),
		"base_fee_per_gas": base, "block_hash": p.BlockHash.Hex(), "transactions": []any{}, "withdrawals": []any{},
		"blob_gas_used": dec(p.BlobGasUsed), "excess_blob_gas": dec(p.ExcessBlobGas),
	}
}
