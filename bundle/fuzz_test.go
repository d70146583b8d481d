package bundle

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// Each decoder of untrusted input: no panic, and whatever decodes re-encodes to something that
// decodes to the same value.

func FuzzDecodeSlotEnding(f *testing.F) {
	msg, _ := signedSample(f)
	good, _ := json.Marshal(msg)
	f.Add(good)
	withBatch, _ := json.Marshal(sampleWithBatch(f))
	f.Add(withBatch)
	f.Add([]byte(`{"batch":{"l2ChainId":"0x1","dataMode":"0x1","data":"0x"}}`))
	f.Add([]byte(`{"l2ChainId":1}`))
	f.Add([]byte(`{"certificate":{"kind":"committee","signers":"0x","epoch":"0x1","signature":"0x"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeSlotEnding(data)
		if err != nil {
			return
		}
		enc, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeSlotEnding(enc)
		if err != nil || again.SlotEnding != m.SlotEnding || again.Certificate.Epoch != m.Certificate.Epoch {
			t.Fatalf("round trip failed: %v\n%s", err, enc)
		}
		if (again.Batch == nil) != (m.Batch == nil) || m.Batch != nil && (again.Batch.Header != m.Batch.Header ||
			!bytes.Equal(again.Batch.Data, m.Batch.Data) || !bytes.Equal(again.Batch.Certificate.Signature, m.Batch.Certificate.Signature)) {
			t.Fatalf("batch round trip failed:\n%s", enc)
		}
	})
}

// FuzzCertificateVerify feeds arbitrary certificate bytes to both verifiers.
func FuzzCertificateVerify(f *testing.F) {
	msg, auth := signedSample(f)
	tc := newTestCommittee(f, 4)
	auth.Committee = tc.committee
	f.Add([]byte(msg.Certificate.Signature), []byte{0x0f}, uint64(3), true)
	f.Add(make([]byte, 96), []byte{0x07}, uint64(3), false)
	f.Fuzz(func(t *testing.T, sig, signers []byte, epoch uint64, ecdsa bool) {
		m := *msg
		m.Certificate = Certificate{Kind: CertCommittee, Signature: sig, Signers: signers, Epoch: epoch}
		if ecdsa {
			m.Certificate = Certificate{Kind: CertECDSA, Signature: sig}
		}
		err := auth.Verify(&m, sampleDomain)
		if err == nil && string(sig) != string(msg.Certificate.Signature) {
			t.Fatalf("forged certificate accepted: %x", sig)
		}
	})
}

func FuzzDecodeComposableBundle(f *testing.F) {
	good, _ := json.Marshal(sampleBundle(f))
	f.Add(good)
	f.Add([]byte(`{"l2ChainId":"0x1","l2Txs":["0x02"],"assertions":[]}`))
	f.Add([]byte(`{"l2ChainId":"0x1","l2Txs":["0x02"],"signedAt":"0x6920a3c0"}`))
	f.Add([]byte(`{"l2ChainId":"0x1","signedAt":-1}`))
	withCalls, _ := json.Marshal(callBundle(f))
	f.Add(withCalls)
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := DecodeComposableBundle(data)
		if err != nil {
			return
		}
		_, _ = b.Validate(testLimits, callChains)
		enc, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeComposableBundle(enc)
		if err != nil || again.Hash() != b.Hash() || again.L1Slot != b.L1Slot || again.ReplacementNonce != b.ReplacementNonce || again.SignedAt != b.SignedAt {
			t.Fatalf("round trip failed: %v\n%s", err, enc)
		}
	})
}

func FuzzDecodeAtomicBundle(f *testing.F) {
	key := testKey(f, "sidecar")
	good, _ := json.Marshal(AtomicBundle{Txs: [][]byte{signedTx(f, key, 1)}, BlockNumber: 7, MinTimestamp: 5, MaxTimestamp: 5})
	f.Add(good)
	f.Add([]byte(`{"txs":[],"blockNumber":"0x0","replacementUuid":"x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := DecodeAtomicBundle(data)
		if err != nil {
			return
		}
		enc, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeAtomicBundle(enc)
		if err != nil || again.Hash() != b.Hash() || again.BlockNumber != b.BlockNumber || again.MaxTimestamp != b.MaxTimestamp {
			t.Fatalf("round trip failed: %v\n%s", err, enc)
		}
	})
}

func FuzzDecodeTx(f *testing.F) {
	key := testKey(f, "searcher")
	f.Add(signedTx(f, key, 1))
	f.Add([]byte{0x02, 0xc0})
	f.Fuzz(func(t *testing.T, raw []byte) {
		tx, err := DecodeTx("tx", raw, 1)
		if err != nil {
			return
		}
		enc, err := tx.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeTx("tx", enc, 1)
		if err != nil || again.Hash() != tx.Hash() || again.Sender != tx.Sender {
			t.Fatalf("round trip failed: %v", err)
		}
	})
}

// FuzzDecodeSignedCall feeds one arbitrary preCalls element inside a good bundle: no panic,
// whatever decodes re-encodes to the same call, and Validate accepts no call it was not given
// a valid signature for.
func FuzzDecodeSignedCall(f *testing.F) {
	good := callBundle(f)
	enc, _ := json.Marshal(encodeCalls(good.PreCalls)[0])
	f.Add(enc)
	f.Add([]byte(`{"account":"0x00000000000000000000000000000000000000aa","target":"0x00000000000000000000000000000000000000bb",` +
		`"value":115792089237316195423570985008687907853269984665640564039457584007913129639935,"data":"0x","nonce":0,"deadline":"0x1",` +
		`"signature":"0x` + strings.Repeat("00", 65) + `"}`))
	f.Add([]byte(`{"account":"0x","nonce":"0x","deadline":null,"value":"-0x1"}`))
	prefix := []byte(`{"l2ChainId":"0x28c59","l1Slot":"0x64","l2Txs":[],"preCalls":[`)
	f.Fuzz(func(t *testing.T, call []byte) {
		body := append(append(append([]byte{}, prefix...), call...), []byte(`]}`)...)
		b, err := DecodeComposableBundle(body)
		if err != nil {
			return
		}
		again, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		b2, err := DecodeComposableBundle(again)
		if err != nil || b2.Hash() != b.Hash() || len(b2.PreCalls) != len(b.PreCalls) {
			t.Fatalf("round trip failed: %v\n%s", err, again)
		}
		if _, err := b.Validate(testLimits, callChains); err == nil {
			for _, c := range b.PreCalls {
				if signer, _ := c.Signer("s"); signer != c.Account {
					t.Fatalf("accepted a call not signed by its account: %s", call)
				}
			}
		}
	})
}
