package fbsig

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/flashbots/go-utils/signature"
)

func testKey(t testing.TB, seed string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

var body = []byte(`{"jsonrpc":"2.0","id":1,"method":"based_sendBundle","params":[{"l2ChainId":"0x1"}]}`)

// The relays' own verifier accepts what Sign produces, and Verify accepts what the relays'
// own signer produces: the header is interoperable in both directions.
func TestInteropWithFlashbotsGoUtils(t *testing.T) {
	key := testKey(t, "searcher")
	want := crypto.PubkeyToAddress(key.PublicKey)

	ours, err := Sign(body, key)
	if err != nil {
		t.Fatal(err)
	}
	got, err := signature.Verify(ours, body)
	if err != nil || got != want {
		t.Fatalf("go-utils Verify(ours) = %s, %v; want %s", got, err, want)
	}

	signer := signature.NewSigner(key)
	theirs, err := signer.Create(body)
	if err != nil {
		t.Fatal(err)
	}
	if theirs != ours {
		t.Fatalf("headers differ:\n ours   %s\n theirs %s", ours, theirs)
	}
	if got, err := Verify(theirs, body); err != nil || got != want {
		t.Fatalf("Verify(theirs) = %s, %v; want %s", got, err, want)
	}
}

// Relays accept V as 0/1 or 27/28 and compare the address case-insensitively.
func TestVerifyAcceptsEveryEncoding(t *testing.T) {
	key := testKey(t, "searcher")
	want := crypto.PubkeyToAddress(key.PublicKey)
	h, err := Sign(body, key)
	if err != nil {
		t.Fatal(err)
	}
	addr, sigHex, _ := strings.Cut(h, ":")
	sig := hexutil.MustDecode(sigHex)
	v01 := append([]byte{}, sig...)
	v01[64] -= 27
	for name, header := range map[string]string{
		"v27/28, checksummed": h,
		"v0/1":                addr + ":" + hexutil.Encode(v01),
		"lowercase address":   strings.ToLower(addr) + ":" + sigHex,
		"uppercase address":   "0x" + strings.ToUpper(addr[2:]) + ":" + sigHex,
		"address without 0x":  addr[2:] + ":" + sigHex,
	} {
		t.Run(name, func(t *testing.T) {
			got, err := Verify(header, body)
			if err != nil || got != want {
				t.Fatalf("Verify = %s, %v; want %s", got, err, want)
			}
		})
	}
}

func TestVerifyRejects(t *testing.T) {
	key := testKey(t, "searcher")
	other := testKey(t, "other")
	good, err := Sign(body, key)
	if err != nil {
		t.Fatal(err)
	}
	addr, sigHex, _ := strings.Cut(good, ":")
	sig := hexutil.MustDecode(sigHex)
	otherAddr := crypto.PubkeyToAddress(other.PublicKey).Hex()

	badV := append([]byte{}, sig...)
	badV[64] = 29
	highS := append([]byte{}, sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(highS[32:64])
	highS[64] = 55 - sig[64] // 27 <-> 28: the flipped s recovers the same key with the other parity

	for _, tc := range []struct {
		name   string
		header string
		body   []byte
		want   error
	}{
		{"empty header", "", body, ErrMissing},
		{"no separator", addr + sigHex, body, ErrMalformed},
		{"short address", addr[:40] + ":" + sigHex, body, ErrMalformed},
		{"signature not hex", addr + ":0xzz", body, ErrMalformed},
		{"signature without 0x", addr + ":" + sigHex[2:], body, ErrMalformed},
		{"signature 64 bytes", addr + ":" + hexutil.Encode(sig[:64]), body, ErrMalformed},
		{"v is 29", addr + ":" + hexutil.Encode(badV), body, ErrMalformed},
		{"signature over a different body", good, append(append([]byte{}, body...), ' '), ErrWrongSigner},
		{"someone else's address", otherAddr + ":" + sigHex, body, ErrWrongSigner},
		{"malleable high s", addr + ":" + hexutil.Encode(highS), body, ErrBadSignature},
		{"zero signature", addr + ":" + hexutil.Encode(make([]byte, 65)), body, ErrBadSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Verify(tc.header, tc.body)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Verify = %s, %v; want %v", got, err, tc.want)
			}
		})
	}
}

// FuzzParse: the header parser never panics, and whatever it accepts has the form Verify needs.
func FuzzParse(f *testing.F) {
	key := testKey(f, "searcher")
	h, _ := Sign(body, key)
	f.Add(h)
	f.Add("")
	f.Add(":")
	f.Add("0x00:0x")
	f.Add(strings.ToLower(h))
	f.Fuzz(func(t *testing.T, header string) {
		_, sig, err := Parse(header)
		if err != nil {
			return
		}
		if len(sig) != 65 || sig[64] > 1 {
			t.Fatalf("Parse accepted %q with signature %x", header, sig)
		}
	})
}

// FuzzVerify: anything Verify accepts, the relays' own verifier accepts with the same signer.
func FuzzVerify(f *testing.F) {
	key := testKey(f, "searcher")
	h, _ := Sign(body, key)
	f.Add(h, body)
	f.Add(h, []byte("x"))
	f.Add("", []byte{})
	f.Fuzz(func(t *testing.T, header string, b []byte) {
		got, err := Verify(header, b)
		if err != nil {
			return
		}
		theirs, err := signature.Verify(header, b)
		if err != nil || theirs != got {
			t.Fatalf("Verify accepted %q as %s; go-utils says %s, %v", header, got, theirs, err)
		}
	})
}
