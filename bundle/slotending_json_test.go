package bundle

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestSlotEndingJSONRoundTrip(t *testing.T) {
	ecdsaMsg, auth := signedSample(t)
	tc := newTestCommittee(t, 3)
	m := sampleSlotEnding()
	committeeMsg := tc.certify(t, &m, sampleDomain, 0, 1)
	for name, msg := range map[string]*SignedSlotEnding{"ecdsa": ecdsaMsg, "committee": committeeMsg} {
		t.Run(name, func(t *testing.T) {
			enc, err := json.Marshal(msg)
			if err != nil {
				t.Fatal(err)
			}
			got, err := DecodeSlotEnding(enc)
			if err != nil {
				t.Fatalf("decode own encoding: %v\n%s", err, enc)
			}
			if got.SlotEnding != msg.SlotEnding || string(got.Certificate.Signature) != string(msg.Certificate.Signature) ||
				string(got.Certificate.Signers) != string(msg.Certificate.Signers) || got.Certificate.Epoch != msg.Certificate.Epoch {
				t.Fatalf("round trip changed the message:\n%s", enc)
			}
		})
	}
	if err := auth.Verify(ecdsaMsg, sampleDomain); err != nil {
		t.Fatal(err)
	}
}

func TestDecodeSlotEndingNamesField(t *testing.T) {
	msg, _ := signedSample(t)
	good, _ := json.Marshal(msg)
	tests := []struct {
		name, from, to, field string
		want                  error
	}{
		{"unknown field", `"slotEnding":true`, `"slotEnding":true,"extra":1`, "extra", ErrMalformed},
		{"missing flag", `"slotEnding":true,`, ``, "slotEnding", ErrMissing},
		{"short block hash", `"l2BlockHash":"0x11`, `"l2BlockHash":"0x`, "l2BlockHash", ErrMalformed},
		{"bad slot", `"l1Slot":"0x`, `"l1Slot":"0xg`, "l1Slot", ErrMalformed},
		{"seq index over uint32", `"seqIndex":"0x7"`, `"seqIndex":"0x100000000"`, "seqIndex", ErrMalformed},
		{"unknown certificate kind", `"kind":"ecdsa"`, `"kind":"rsa"`, "certificate.kind", ErrCertKind},
		{"ecdsa with signers", `"kind":"ecdsa"`, `"kind":"ecdsa","signers":"0x01"`, "certificate", ErrMalformed},
		{"bad signature hex", `"signature":"0x`, `"signature":"0xq`, "certificate.signature", ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := strings.Replace(string(good), tt.from, tt.to, 1)
			if body == string(good) {
				t.Fatalf("mutation %q did not apply to %s", tt.from, good)
			}
			_, err := DecodeSlotEnding([]byte(body))
			fe, ok := IsFieldError(err)
			if !ok || fe.Field != tt.field || !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v naming %q", err, tt.want, tt.field)
			}
		})
	}
	noCert := strings.Split(string(good), `,"certificate"`)[0] + "}"
	if _, err := DecodeSlotEnding([]byte(noCert)); !errors.Is(err, ErrMissing) {
		t.Fatalf("uncertified message: got %v, want ErrMissing", err)
	}
}

// sampleWithBatch is the signed sample carrying a batch that ends at its slot-ending block.
func sampleWithBatch(t testing.TB) *SignedSlotEnding {
	t.Helper()
	msg, _ := signedSample(t)
	data, err := EncodeBatch([][][]byte{sampleTxs(t, 1), {}})
	if err != nil {
		t.Fatal(err)
	}
	h := BatchHeader{L2ChainID: msg.L2ChainID, ParentID: common.Hash{0xaa}, FirstNumber: msg.L2BlockNumber - 1,
		LastNumber: msg.L2BlockNumber, LastHash: msg.L2BlockHash, LastStateRoot: msg.L2StateRoot, L1Slot: msg.L1Slot - 1,
		DataMode: DataCalldata, DataHash: crypto.Keccak256Hash(data)}
	cert, err := SignBatch(&h, sampleDomain, testKey(t, "sequencer"))
	if err != nil {
		t.Fatal(err)
	}
	msg.Batch = &SignedBatch{Header: h, Certificate: cert, Data: data}
	return msg
}

func TestSlotEndingJSONCarriesTheBatch(t *testing.T) {
	msg, auth := signedSample(t)
	msg.Batch = sampleWithBatch(t).Batch
	enc, err := json.Marshal(msg)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeSlotEnding(enc)
	if err != nil {
		t.Fatalf("decode own encoding: %v\n%s", err, enc)
	}
	if got.Batch == nil || got.Batch.Header != msg.Batch.Header || !bytes.Equal(got.Batch.Data, msg.Batch.Data) ||
		!bytes.Equal(got.Batch.Certificate.Signature, msg.Batch.Certificate.Signature) || got.Batch.Certificate.Kind != CertECDSA {
		t.Fatalf("round trip changed the batch:\n%s", enc)
	}
	if err := got.Batch.Verify(auth, sampleDomain, msg.L2ChainID); err != nil {
		t.Fatalf("decoded batch does not verify: %v", err)
	}
	// Without a batch the field is absent, and null reads as absent.
	plain, _ := signedSample(t)
	enc, _ = json.Marshal(plain)
	if strings.Contains(string(enc), `"batch"`) {
		t.Fatalf("a message without a batch encodes one: %s", enc)
	}
	withNull := strings.TrimSuffix(string(enc), "}") + `,"batch":null}`
	if got, err := DecodeSlotEnding([]byte(withNull)); err != nil || got.Batch != nil {
		t.Fatalf("batch null: %v, %+v", err, got)
	}
}

func TestDecodeSlotEndingNamesBatchField(t *testing.T) {
	good, err := json.Marshal(sampleWithBatch(t))
	if err != nil {
		t.Fatal(err)
	}
	batchAt := strings.Index(string(good), `"batch":`)
	tests := []struct {
		name, from, to, field string
		want                  error
	}{
		{"unknown field", `"parentId":`, `"extra":1,"parentId":`, "batch.extra", ErrMalformed},
		{"missing parent id", `"parentId":"0xaa00000000000000000000000000000000000000000000000000000000000000",`, ``, "batch.parentId", ErrMissing},
		{"missing first number", `"firstNumber":"0x1091",`, ``, "batch.firstNumber", ErrMissing},
		{"bad last number", `"lastNumber":"0x1092"`, `"lastNumber":"0xz"`, "batch.lastNumber", ErrMalformed},
		{"short last hash", `"lastHash":"0x11`, `"lastHash":"0x`, "batch.lastHash", ErrMalformed},
		{"data mode over uint8", `"dataMode":"0x0"`, `"dataMode":"0x100"`, "batch.dataMode", ErrMalformed},
		{"missing data", `,"data":"0x`, `,"nodata":"0x`, "batch.nodata", ErrMalformed},
		{"bad data hex", `"data":"0x`, `"data":"0xq`, "batch.data", ErrMalformed},
		{"certificate kind", `"kind":"ecdsa"`, `"kind":"rsa"`, "batch.certificate.kind", ErrCertKind},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			head, tail := string(good[:batchAt]), string(good[batchAt:])
			body := head + strings.Replace(tail, tt.from, tt.to, 1)
			if body == string(good) {
				t.Fatalf("mutation %q did not apply to %s", tt.from, good)
			}
			_, err := DecodeSlotEnding([]byte(body))
			fe, ok := IsFieldError(err)
			if !ok || fe.Field != tt.field || !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v naming %q", err, tt.want, tt.field)
			}
		})
	}
	plain, _ := signedSample(t)
	enc, _ := json.Marshal(plain)
	notObject := strings.TrimSuffix(string(enc), "}") + `,"batch":7}`
	if _, err := DecodeSlotEnding([]byte(notObject)); err == nil {
		t.Fatal("a batch that is not an object decoded")
	} else if fe, ok := IsFieldError(err); !ok || fe.Field != "batch" {
		t.Fatalf("batch 7: got %v, want an error naming batch", err)
	}
	noCert := strings.Replace(string(good), `"certificate"`, `"cert"`, 2)
	noCert = strings.Replace(noCert, `"cert"`, `"certificate"`, 1) // the message's own stays
	if _, err := DecodeSlotEnding([]byte(noCert)); err == nil || !strings.Contains(err.Error(), "batch.") {
		t.Fatalf("batch without a certificate: %v", err)
	}
}
