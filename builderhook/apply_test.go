package builderhook

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
)

func TestApplyBundleChecksBlockAndTime(t *testing.T) {
	c := newTestChain(t)
	b := c.builder(t)
	raw, err := c.tx(t, 1, counterAddr, nil, 100_000).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	number, now := b.Header.Number.Uint64(), b.Header.Time
	tests := []struct {
		name    string
		b       bundle.AtomicBundle
		wantErr error
	}{
		{name: "other block", b: bundle.AtomicBundle{Txs: [][]byte{raw}, BlockNumber: number + 1}, wantErr: ErrWrongBlock},
		{name: "too early", b: bundle.AtomicBundle{Txs: [][]byte{raw}, BlockNumber: number, MinTimestamp: now + 1}, wantErr: ErrTimestamp},
		{name: "too late", b: bundle.AtomicBundle{Txs: [][]byte{raw}, BlockNumber: number, MaxTimestamp: now - 1}, wantErr: ErrTimestamp},
		{name: "bad encoding", b: bundle.AtomicBundle{Txs: [][]byte{{0x02, 0xc0}}, BlockNumber: number}, wantErr: ErrTxEncoding},
		{name: "fits exactly", b: bundle.AtomicBundle{Txs: [][]byte{raw}, BlockNumber: number, MinTimestamp: now, MaxTimestamp: now}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ApplyBundle(context.Background(), &b.Env, &tt.b)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr == nil && len(res.Receipts) != 1 {
				t.Fatalf("receipts %d, want 1", len(res.Receipts))
			}
		})
	}
}

func TestApplyTxLeavesInvalidOut(t *testing.T) {
	c := newTestChain(t)
	b := c.builder(t)
	before := viewOf(&b.Env)
	tx := c.sign(t, gethnode.TestKey(1), 3, counterAddr, nil, 100_000) // nonce 3, account at 0
	if _, err := b.ApplyTx(context.Background(), tx); err == nil {
		t.Fatal("transaction with a future nonce was included")
	}
	if viewOf(&b.Env) != before {
		t.Fatal("env changed by a transaction that was not included")
	}
}

func FuzzDecodeTxs(f *testing.F) {
	f.Add([]byte{0x02, 0xc0})
	f.Add([]byte{0xf8, 0x01, 0x80})
	legacy, err := types.MustSignNewTx(gethnode.TestKey(0), types.HomesteadSigner{}, &types.LegacyTx{Gas: 21000}).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(legacy)
	f.Fuzz(func(t *testing.T, raw []byte) {
		txs, err := DecodeTxs(&bundle.AtomicBundle{Txs: [][]byte{raw}})
		if err != nil {
			if !errors.Is(err, ErrTxEncoding) {
				t.Fatalf("error %v does not wrap ErrTxEncoding", err)
			}
			return
		}
		again, err := txs[0].MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeTxs(&bundle.AtomicBundle{Txs: [][]byte{again}}); err != nil {
			t.Fatalf("re-encoded transaction does not decode: %v", err)
		}
	})
}
