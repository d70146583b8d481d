package jwtauth

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/node"
)

var (
	secret = [32]byte{1, 2, 3}
	now    = time.Unix(1_767_225_600, 0)
)

func TestVerify(t *testing.T) {
	other := [32]byte{9}
	noneAlg := b64.EncodeToString([]byte(`{"alg":"none"}`)) + "." + b64.EncodeToString([]byte(`{"iat":1767225600}`))
	noneAlg += "." + b64.EncodeToString(sign(secret, noneAlg))
	noIat := headerHS256 + "." + b64.EncodeToString([]byte(`{"id":"x"}`))
	noIat += "." + b64.EncodeToString(sign(secret, noIat))
	tests := []struct {
		name    string
		header  string
		wantErr error
	}{
		{name: "fresh", header: "Bearer " + Token(secret, now)},
		{name: "iat 60 s ago", header: "Bearer " + Token(secret, now.Add(-MaxSkew))},
		{name: "iat 60 s ahead", header: "Bearer " + Token(secret, now.Add(MaxSkew))},
		{name: "iat 61 s ago", header: "Bearer " + Token(secret, now.Add(-MaxSkew-time.Second)), wantErr: ErrStale},
		{name: "iat 61 s ahead", header: "Bearer " + Token(secret, now.Add(MaxSkew+time.Second)), wantErr: ErrStale},
		{name: "other secret", header: "Bearer " + Token(other, now), wantErr: ErrSignature},
		{name: "no header", header: "", wantErr: ErrMissing},
		{name: "basic auth", header: "Basic dXNlcjpwYXNz", wantErr: ErrMissing},
		{name: "two parts", header: "Bearer a.b", wantErr: ErrMalformed},
		{name: "alg none", header: "Bearer " + noneAlg, wantErr: ErrAlgorithm},
		{name: "no iat", header: "Bearer " + noIat, wantErr: ErrMalformed},
		{name: "huge", header: "Bearer " + strings.Repeat("a", maxTokenLen+1), wantErr: ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Verify(tt.header, secret, now)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Verify = %v, want %v", err, tt.wantErr)
			}
			if err != nil && !errors.Is(err, ErrUnauthorized) {
				t.Fatalf("%v does not wrap ErrUnauthorized", err)
			}
		})
	}
}

// Builders on go-ethereum authenticate with its rpc client's JWT provider.
func TestAcceptsGoEthereumTokens(t *testing.T) {
	h := http.Header{}
	if err := node.NewJWTAuth(secret)(h); err != nil {
		t.Fatal(err)
	}
	if err := Verify(h.Get("Authorization"), secret, time.Now()); err != nil {
		t.Fatal(err)
	}
}

func TestMiddleware(t *testing.T) {
	h := Middleware(secret, func() time.Time { return now }, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusTeapot)
	}))
	for _, tc := range []struct {
		name string
		auth string
		want int
	}{
		{"valid", "Bearer " + Token(secret, now), http.StatusTeapot},
		{"stale", "Bearer " + Token(secret, now.Add(-2*MaxSkew)), http.StatusUnauthorized},
	} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.Header.Set("Authorization", tc.auth)
		h.ServeHTTP(rec, req)
		if rec.Code != tc.want {
			t.Fatalf("%s: status %d, want %d", tc.name, rec.Code, tc.want)
		}
	}
}

func FuzzVerify(f *testing.F) {
	f.Add("Bearer " + Token(secret, now))
	f.Add("Bearer a.b.c")
	f.Add("Bearer " + headerHS256 + ".e30.")
	f.Fuzz(func(t *testing.T, header string) {
		err := Verify(header, secret, now)
		if err != nil && !errors.Is(err, ErrUnauthorized) {
			t.Fatalf("%v does not wrap ErrUnauthorized", err)
		}
	})
}
