package bundle

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/klauspost/compress/zstd"
)

// Based-block data format, version 1 (docs/protocol.md §5):
//
//	payload = 0x01 ‖ zstd(RLP([tx_0, tx_1, …]))   each tx_i an EIP-2718 byte string
//
// In blob mode the payload is prefixed with its length as a big-endian uint32 and written 31
// bytes per field element at offset 1, so every element stays below the BLS modulus.
const (
	BasedBlockV1 byte = 0x01

	// MaxBasedBlockBytes bounds the decompressed transaction list (zip bombs).
	MaxBasedBlockBytes = 16 << 20
	// MaxBasedBlockTxs bounds the number of transactions a payload may carry.
	MaxBasedBlockTxs = 1 << 16
	// MaxBlobsPerTx is EIP-7594's per-transaction blob limit.
	MaxBlobsPerTx = 6

	blobSize      = len(kzg4844.Blob{})
	blobUsable    = 31
	blobCapacity  = blobSize / 32 * blobUsable
	lengthPrefix  = 4
	maxBlobBytes  = MaxBlobsPerTx*blobCapacity - lengthPrefix
	fieldElements = blobSize / 32
)

var (
	ErrBasedBlockVersion = errors.New("unknown based-block version")
	ErrBasedBlockSize    = errors.New("based block too large")

	zstdEncoder, _ = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	zstdDecoders   = sync.Pool{New: func() any {
		d, _ := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(MaxBasedBlockBytes))
		return d
	}}
)

// EncodeBasedBlock encodes an ordered transaction list (forced entries first, then searchers').
func EncodeBasedBlock(txs [][]byte) ([]byte, error) {
	list, err := rlp.EncodeToBytes(txs)
	if err != nil {
		return nil, fmt.Errorf("rlp-encode based block: %w", err)
	}
	if len(list) > MaxBasedBlockBytes {
		return nil, fmt.Errorf("%d bytes: %w", len(list), ErrBasedBlockSize)
	}
	return zstdEncoder.EncodeAll(list, []byte{BasedBlockV1}), nil
}

// DecodeBasedBlock reverses EncodeBasedBlock, bounding the decompressed size and the count. It
// returns the raw transactions; whether each one is valid is the L2's derivation rule, so one bad
// transaction does not void the others.
func DecodeBasedBlock(payload []byte) ([][]byte, error) {
	if len(payload) == 0 {
		return nil, fieldErr("payload", ErrMalformed, "empty")
	}
	if payload[0] != BasedBlockV1 {
		return nil, fieldErr("payload.version", ErrBasedBlockVersion, "got 0x%02x", payload[0])
	}
	list, err := decompress("payload", payload[1:])
	if err != nil {
		return nil, err
	}
	var txs [][]byte
	if err := rlp.DecodeBytes(list, &txs); err != nil {
		return nil, fieldErr("payload.txs", ErrMalformed, "rlp: %v", err)
	}
	if len(txs) > MaxBasedBlockTxs {
		return nil, fieldErr("payload.txs", ErrBasedBlockSize, "%d transactions, limit %d", len(txs), MaxBasedBlockTxs)
	}
	return txs, nil
}

// BlobsFor writes payload into as few blobs as it needs (at most MaxBlobsPerTx).
func BlobsFor(payload []byte) ([]kzg4844.Blob, error) {
	if len(payload) > maxBlobBytes {
		return nil, fmt.Errorf("payload of %d bytes exceeds %d blobs: %w", len(payload), MaxBlobsPerTx, ErrBasedBlockSize)
	}
	data := make([]byte, lengthPrefix+len(payload))
	binary.BigEndian.PutUint32(data, uint32(len(payload)))
	copy(data[lengthPrefix:], payload)
	blobs := make([]kzg4844.Blob, (len(data)+blobCapacity-1)/blobCapacity)
	for i := range blobs {
		chunk := data[i*blobCapacity : min(len(data), (i+1)*blobCapacity)]
		for fe := 0; fe*blobUsable < len(chunk); fe++ {
			copy(blobs[i][fe*32+1:], chunk[fe*blobUsable:min(len(chunk), (fe+1)*blobUsable)])
		}
	}
	return blobs, nil
}

// PayloadFromBlobs reverses BlobsFor for an L2 node reading the blobs back.
func PayloadFromBlobs(blobs []kzg4844.Blob) ([]byte, error) {
	if len(blobs) == 0 || len(blobs) > MaxBlobsPerTx {
		return nil, fieldErr("blobs", ErrMalformed, "want 1..%d blobs, got %d", MaxBlobsPerTx, len(blobs))
	}
	data := make([]byte, 0, len(blobs)*blobCapacity)
	for i := range blobs {
		for fe := range fieldElements {
			if blobs[i][fe*32] != 0 {
				return nil, fieldErr(fmt.Sprintf("blobs[%d]", i), ErrMalformed, "field element %d has a non-zero top byte", fe)
			}
			data = append(data, blobs[i][fe*32+1:fe*32+32]...)
		}
	}
	n := int(binary.BigEndian.Uint32(data))
	if n > len(data)-lengthPrefix {
		return nil, fieldErr("blobs", ErrMalformed, "length prefix %d exceeds the %d bytes carried", n, len(data)-lengthPrefix)
	}
	return data[lengthPrefix : lengthPrefix+n], nil
}

// WarmBlobs computes one blob's commitment and cell proofs, so the KZG trusted setup (loaded
// on first use, which takes seconds) is ready before the first slot that sends blobs.
func WarmBlobs() error {
	_, err := BlobSidecar(make([]kzg4844.Blob, 1))
	return err
}

// BlobSidecar builds the network-form sidecar (EIP-7594, version 1: 128 cell proofs per blob).
func BlobSidecar(blobs []kzg4844.Blob) (*types.BlobTxSidecar, error) {
	commitments := make([]kzg4844.Commitment, len(blobs))
	proofs := make([]kzg4844.Proof, 0, len(blobs)*kzg4844.CellProofsPerBlob)
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return nil, fmt.Errorf("blob %d commitment: %w", i, err)
		}
		p, err := kzg4844.ComputeCellProofs(&blobs[i])
		if err != nil {
			return nil, fmt.Errorf("blob %d cell proofs: %w", i, err)
		}
		commitments[i], proofs = c, append(proofs, p...)
	}
	return types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, commitments, proofs), nil
}
