package bundle

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

func TestBatchRoundTripAndBounds(t *testing.T) {
	blocks := [][][]byte{sampleTxs(t, 2), {}, sampleTxs(t, 1)}
	payload, err := EncodeBatch(blocks)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeBatch(payload)
	if err != nil || len(back) != 3 || len(back[1]) != 0 || !bytes.Equal(back[2][0], blocks[2][0]) {
		t.Fatalf("round trip: %v %d", err, len(back))
	}
	if _, err := EncodeBatch(nil); !errors.Is(err, ErrBasedBlockSize) {
		t.Fatalf("no blocks: %v", err)
	}
	list, _ := rlp.EncodeToBytes(make([][][]byte, MaxBatchBlocks+1))
	if _, err := DecodeBatch(zstdEncoder.EncodeAll(list, []byte{BatchV1})); !errors.Is(err, ErrBasedBlockSize) {
		t.Fatalf("too many blocks: %v", err)
	}
	if _, err := DecodeBatch(append([]byte{0x02}, payload[1:]...)); !errors.Is(err, ErrBasedBlockVersion) {
		t.Fatalf("version 2: %v", err)
	}
	if _, err := DecodeBatch(payload[:len(payload)-3]); !errors.Is(err, ErrMalformed) {
		t.Fatalf("truncated: %v", err)
	}
}

// TestCarriedBatchVerify: the sidecar refuses to carry a batch the inbox would refuse for its
// certificate or data, naming the field.
func TestCarriedBatchVerify(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	d := Domain{ChainID: 1, VerifyingContract: common.Address{9}}
	auth := Authority{Sequencer: crypto.PubkeyToAddress(key.PublicKey)}
	data, _ := EncodeBatch([][][]byte{sampleTxs(t, 1)})
	signed := func(k *ecdsa.PrivateKey, edit func(*SignedBatch)) *SignedBatch {
		b := &SignedBatch{Header: BatchHeader{L2ChainID: 7, FirstNumber: 1, LastNumber: 1, LastHash: common.Hash{1},
			DataHash: crypto.Keccak256Hash(data)}, Data: data}
		edit(b)
		cert, err := SignBatch(&b.Header, d, k)
		if err != nil {
			t.Fatal(err)
		}
		b.Certificate = cert
		return b
	}
	keep := func(*SignedBatch) {}
	if err := signed(key, keep).Verify(auth, d, 7); err != nil {
		t.Fatalf("good batch: %v", err)
	}
	cases := []struct {
		b     *SignedBatch
		field string
		want  error
	}{
		{signed(other, keep), "batch.certificate.signature", ErrWrongSigner},
		{signed(key, func(b *SignedBatch) { b.Header.L2ChainID = 8 }), "batch.l2ChainId", ErrChainID},
		{signed(key, func(b *SignedBatch) { b.Header.LastNumber = 0 }), "batch.lastNumber", ErrMalformed},
		{signed(key, func(b *SignedBatch) { b.Header.DataMode = DataBlobs }), "batch.dataMode", ErrMalformed},
		{signed(key, func(b *SignedBatch) { b.Data = []byte{1} }), "batch.data", ErrMalformed},
	}
	for _, c := range cases {
		err := c.b.Verify(auth, d, 7)
		var fe *FieldError
		if !errors.Is(err, c.want) || !errors.As(err, &fe) || fe.Field != c.field {
			t.Errorf("%s: got %v", c.field, err)
		}
	}
}

func FuzzDecodeBatch(f *testing.F) {
	enc, _ := EncodeBatch([][][]byte{sampleTxs(f, 2), {}})
	f.Add(enc)
	f.Add([]byte{BatchV1})
	f.Fuzz(func(t *testing.T, payload []byte) {
		blocks, err := DecodeBatch(payload)
		if err != nil {
			return
		}
		again, err := EncodeBatch(blocks)
		if err != nil {
			t.Fatal(err)
		}
		if back, err := DecodeBatch(again); err != nil || len(back) != len(blocks) {
			t.Fatalf("re-encoding changed the batch: %v", err)
		}
	})
}
