package bundle

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
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
