package bundle

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/klauspost/compress/zstd"
)

// Batch data format, version 1 (docs/protocol.md §7): the sequenced blocks of one batch, each
// block its transaction list, in order.
//
//	payload = 0x01 ‖ zstd(RLP([[tx, …], [tx, …], …]))
//
// A sequenced block's header is not carried: it is bundle.BasedEnv on its parent with the
// sequencer as fee recipient, so the transactions are all an L2 node needs to rebuild it.
const (
	BatchV1 byte = 0x01
	// BatchType is the EIP-712 type string of the certified batch header.
	BatchType = "Batch(uint64 l2ChainId,bytes32 parentId,uint64 firstNumber,uint64 lastNumber," +
		"bytes32 lastHash,bytes32 lastStateRoot,uint64 l1Slot,uint8 dataMode,bytes32 dataHash)"
	// MaxBatchBlocks bounds the blocks one batch may carry.
	MaxBatchBlocks = 4096

	DataCalldata uint8 = 0
	DataBlobs    uint8 = 1
)

var batchTypeHash = crypto.Keccak256Hash([]byte(BatchType))

// BatchHeader is what the sequencer certifies for a batch: blocks FirstNumber..LastNumber on the
// inbox head ParentID (a block hash, or a based block's commitment), ending at LastHash.
type BatchHeader struct {
	L2ChainID     uint64
	ParentID      common.Hash
	FirstNumber   uint64
	LastNumber    uint64
	LastHash      common.Hash
	LastStateRoot common.Hash
	L1Slot        uint64
	DataMode      uint8
	DataHash      common.Hash // keccak256(payload), or keccak256 of the blobs' versioned hashes
}

// Blocks is how many blocks the header names.
func (h *BatchHeader) Blocks() uint64 { return h.LastNumber - h.FirstNumber + 1 }

// StructHash is hashStruct(Batch): every member is one 32-byte ABI word.
func (h *BatchHeader) StructHash() common.Hash {
	var buf [10 * 32]byte
	copy(buf[0:], batchTypeHash[:])
	putUint(buf[32:64], h.L2ChainID)
	copy(buf[64:], h.ParentID[:])
	putUint(buf[96:128], h.FirstNumber)
	putUint(buf[128:160], h.LastNumber)
	copy(buf[160:], h.LastHash[:])
	copy(buf[192:], h.LastStateRoot[:])
	putUint(buf[224:256], h.L1Slot)
	putUint(buf[256:288], uint64(h.DataMode))
	copy(buf[288:], h.DataHash[:])
	return crypto.Keccak256Hash(buf[:])
}

// Digest is the EIP-712 signing digest under the inbox's domain (the slot-ending message's).
func (h *BatchHeader) Digest(d Domain) common.Hash { return typedDigest(d, h.StructHash()) }

// SignedBatch is a batch with its certificate and, in calldata mode, its payload.
type SignedBatch struct {
	Header      BatchHeader
	Certificate Certificate
	Data        []byte // the payload; empty in blob mode
}

// SignBatch certifies h with the sequencer key, in the form the inbox's ecrecover expects.
func SignBatch(h *BatchHeader, d Domain, key *ecdsa.PrivateKey) (Certificate, error) {
	return signDigest(h.Digest(d), key)
}

// Verify checks a batch before the sidecar carries it: the certificate (ECDSA by the
// sequencer or a committee certificate, as the authority allows), the chain and that the
// calldata payload is the one the header names. The inbox checks the same and its head.
func (b *SignedBatch) Verify(a Authority, d Domain, l2ChainID uint64) error {
	h := &b.Header
	switch {
	case h.L2ChainID != l2ChainID:
		return fieldErr("batch.l2ChainId", ErrChainID, "got %d, want %d", h.L2ChainID, l2ChainID)
	case h.LastNumber < h.FirstNumber:
		return fieldErr("batch.lastNumber", ErrMalformed, "%d is below firstNumber %d", h.LastNumber, h.FirstNumber)
	case h.DataMode != DataCalldata:
		return fieldErr("batch.dataMode", ErrMalformed, "a carried batch must be calldata (0), got %d", h.DataMode)
	case crypto.Keccak256Hash(b.Data) != h.DataHash:
		return fieldErr("batch.data", ErrMalformed, "keccak256 %s, header names %s", crypto.Keccak256Hash(b.Data), h.DataHash)
	}
	return a.VerifyDigest("batch.certificate", h.Digest(d), b.Certificate)
}

// EncodeBatch encodes the blocks' transaction lists (each an EIP-2718 byte string).
func EncodeBatch(blocks [][][]byte) ([]byte, error) {
	if len(blocks) == 0 || len(blocks) > MaxBatchBlocks {
		return nil, fmt.Errorf("%d blocks, want 1..%d: %w", len(blocks), MaxBatchBlocks, ErrBasedBlockSize)
	}
	list, err := rlp.EncodeToBytes(blocks)
	if err != nil {
		return nil, fmt.Errorf("rlp-encode batch: %w", err)
	}
	if len(list) > MaxBasedBlockBytes {
		return nil, fmt.Errorf("%d bytes: %w", len(list), ErrBasedBlockSize)
	}
	return zstdEncoder.EncodeAll(list, []byte{BatchV1}), nil
}

// DecodeBatch reverses EncodeBatch with the based block's bounds: 16 MiB decompressed, 65,536
// transactions in all, MaxBatchBlocks blocks.
func DecodeBatch(payload []byte) ([][][]byte, error) {
	if len(payload) == 0 {
		return nil, fieldErr("batch", ErrMalformed, "empty")
	}
	if payload[0] != BatchV1 {
		return nil, fieldErr("batch.version", ErrBasedBlockVersion, "got 0x%02x", payload[0])
	}
	list, err := decompress("batch", payload[1:])
	if err != nil {
		return nil, err
	}
	var blocks [][][]byte
	if err := rlp.DecodeBytes(list, &blocks); err != nil {
		return nil, fieldErr("batch.blocks", ErrMalformed, "rlp: %v", err)
	}
	if len(blocks) == 0 || len(blocks) > MaxBatchBlocks {
		return nil, fieldErr("batch.blocks", ErrBasedBlockSize, "%d blocks, want 1..%d", len(blocks), MaxBatchBlocks)
	}
	txs := 0
	for _, b := range blocks {
		txs += len(b)
	}
	if txs > MaxBasedBlockTxs {
		return nil, fieldErr("batch.blocks", ErrBasedBlockSize, "%d transactions, limit %d", txs, MaxBasedBlockTxs)
	}
	return blocks, nil
}

// decompress inflates a zstd stream, refusing more than MaxBasedBlockBytes (zip bombs).
func decompress(field string, data []byte) ([]byte, error) {
	dec := zstdDecoders.Get().(*zstd.Decoder)
	defer zstdDecoders.Put(dec)
	if err := dec.Reset(bytes.NewReader(data)); err != nil {
		return nil, fieldErr(field, ErrMalformed, "zstd: %v", err)
	}
	out, err := io.ReadAll(io.LimitReader(dec, MaxBasedBlockBytes+1))
	if err != nil {
		return nil, fieldErr(field, ErrMalformed, "zstd: %v", err)
	}
	if len(out) > MaxBasedBlockBytes {
		return nil, fieldErr(field, ErrBasedBlockSize, "decompresses beyond %d bytes", MaxBasedBlockBytes)
	}
	return out, nil
}
