package accounts

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

type fakeL1 struct {
	out  []byte
	err  error
	got  ethereum.CallMsg
	head *big.Int
}

func (f *fakeL1) CallContract(_ context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	f.got, f.head = msg, block
	return f.out, f.err
}

func TestBasedNonce(t *testing.T) {
	account := common.Address{0xaa}
	word := common.LeftPadBytes([]byte{0x07}, 32)
	l1 := &fakeL1{out: word}
	n, err := NewNonces(l1)
	if err != nil {
		t.Fatal(err)
	}
	got, err := n.BasedNonce(context.Background(), account)
	if err != nil || got != 7 {
		t.Fatalf("nonce %d, %v; want 7", got, err)
	}
	// 0x872d3cd9 is keccak256("basedNonce()")[:4].
	if *l1.got.To != account || !bytes.Equal(l1.got.Data, hexutil.MustDecode("0x872d3cd9")) || l1.head != nil {
		t.Fatalf("called %+v at block %v; want basedNonce() on the account at the head", l1.got, l1.head)
	}
	for _, tc := range []struct {
		name string
		out  []byte
		err  error
		want uint64
		fail error
	}{
		{"no code reads as zero", nil, nil, 0, nil},
		{"short answer", []byte{1}, nil, 0, ErrNonce},
		{"over 64 bits", append([]byte{1}, make([]byte, 31)...), nil, 0, ErrNonce},
		{"node down", nil, errors.New("connection refused"), 0, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l1.out, l1.err = tc.out, tc.err
			got, err := n.BasedNonce(context.Background(), account)
			switch {
			case tc.err != nil:
				if !errors.Is(err, tc.err) {
					t.Fatalf("error %v, want it wrapping %v", err, tc.err)
				}
			case tc.fail != nil:
				if !errors.Is(err, tc.fail) {
					t.Fatalf("error %v, want %v", err, tc.fail)
				}
			case err != nil || got != tc.want:
				t.Fatalf("nonce %d, %v; want %d", got, err, tc.want)
			}
		})
	}
	if _, err := NewNonces(nil); !errors.Is(err, ErrNilCaller) {
		t.Fatalf("nil caller: %v", err)
	}
}
