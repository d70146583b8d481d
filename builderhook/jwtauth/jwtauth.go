// Package jwtauth authenticates a co-located builder the way the Engine API authenticates a
// consensus client: an HS256 JWT signed with a shared 32-byte secret, whose iat claim must be
// within 60 seconds of now, sent as "Authorization: Bearer <token>". Tokens made by
// go-ethereum's node.NewJWTAuth are accepted.
package jwtauth

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strings"
	"time"
)

// MaxSkew is how far iat may be from the verifier's clock, either way.
const MaxSkew = 60 * time.Second

// maxTokenLen bounds the work spent on a header before its signature is checked.
const maxTokenLen = 4096

// Reasons a request is refused. All wrap ErrUnauthorized.
var (
	ErrUnauthorized = errors.New("jwtauth: unauthorized")
	ErrMissing      = fmt.Errorf("%w: no bearer token", ErrUnauthorized)
	ErrMalformed    = fmt.Errorf("%w: malformed token", ErrUnauthorized)
	ErrAlgorithm    = fmt.Errorf("%w: algorithm is not HS256", ErrUnauthorized)
	ErrSignature    = fmt.Errorf("%w: bad signature", ErrUnauthorized)
	ErrStale        = fmt.Errorf("%w: iat too far from now", ErrUnauthorized)
)

// ErrZeroSecret: the all-zero secret is what an unset one looks like, and anyone can sign with it.
var ErrZeroSecret = errors.New("secret is all zero")

// CheckSecret refuses a secret that authenticates nobody in particular.
func CheckSecret(secret [32]byte) error {
	if secret == ([32]byte{}) {
		return ErrZeroSecret
	}
	return nil
}

// Strict: one token has one encoding.
var b64 = base64.RawURLEncoding.Strict()

// headerHS256 is the JOSE header this package writes.
var headerHS256 = b64.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))

// Token returns a signed token with iat = now.
func Token(secret [32]byte, now time.Time) string {
	claims := b64.EncodeToString([]byte(fmt.Sprintf(`{"iat":%d}`, now.Unix())))
	signing := headerHS256 + "." + claims
	return signing + "." + b64.EncodeToString(sign(secret, signing))
}

// SetHeader sets the Authorization header of h to a fresh token.
func SetHeader(h http.Header, secret [32]byte, now time.Time) {
	h.Set("Authorization", "Bearer "+Token(secret, now))
}

// Verify checks the bearer token in an Authorization header value: signature first, then
// the algorithm and iat.
func Verify(authorization string, secret [32]byte, now time.Time) error {
	token, ok := strings.CutPrefix(authorization, "Bearer ")
	if !ok || token == "" {
		return ErrMissing
	}
	if len(token) > maxTokenLen {
		return fmt.Errorf("%w: longer than %d bytes", ErrMalformed, maxTokenLen)
	}
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return fmt.Errorf("%w: %d parts, want 3", ErrMalformed, len(parts))
	}
	sig, err := b64.DecodeString(parts[2])
	if err != nil {
		return fmt.Errorf("%w: signature: %w", ErrMalformed, err)
	}
	if !hmac.Equal(sig, sign(secret, parts[0]+"."+parts[1])) {
		return ErrSignature
	}
	if err := checkHeader(parts[0]); err != nil {
		return err
	}
	iat, err := issuedAt(parts[1])
	if err != nil {
		return err
	}
	if d := now.Sub(iat); d > MaxSkew || d < -MaxSkew {
		return fmt.Errorf("%w: iat %d, now %d", ErrStale, iat.Unix(), now.Unix())
	}
	return nil
}

func sign(secret [32]byte, signing string) []byte {
	mac := hmac.New(sha256.New, secret[:])
	mac.Write([]byte(signing))
	return mac.Sum(nil)
}

func checkHeader(part string) error {
	raw, err := b64.DecodeString(part)
	if err != nil {
		return fmt.Errorf("%w: header: %w", ErrMalformed, err)
	}
	var h struct {
		Alg string `json:"alg"`
	}
	if err := json.Unmarshal(raw, &h); err != nil {
		return fmt.Errorf("%w: header: %w", ErrMalformed, err)
	}
	if h.Alg != "HS256" {
		return fmt.Errorf("%w: %q", ErrAlgorithm, h.Alg)
	}
	return nil
}

func issuedAt(part string) (time.Time, error) {
	raw, err := b64.DecodeString(part)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: claims: %w", ErrMalformed, err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var c struct {
		Iat *json.Number `json:"iat"`
	}
	if err := dec.Decode(&c); err != nil {
		return time.Time{}, fmt.Errorf("%w: claims: %w", ErrMalformed, err)
	}
	if c.Iat == nil {
		return time.Time{}, fmt.Errorf("%w: claims: iat missing", ErrMalformed)
	}
	// NumericDate may carry a fraction of a second.
	f, err := c.Iat.Float64()
	if err != nil || math.IsNaN(f) || f < 0 || f > math.MaxInt64/2 {
		return time.Time{}, fmt.Errorf("%w: claims: iat %q is not a time", ErrMalformed, c.Iat.String())
	}
	sec, frac := math.Modf(f)
	return time.Unix(int64(sec), int64(frac*1e9)), nil
}

// Middleware refuses requests without a valid token with 401 and a reason, and passes the
// others to next. now is the verifier's clock.
func Middleware(secret [32]byte, now func() time.Time, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := Verify(r.Header.Get("Authorization"), secret, now()); err != nil {
			w.Header().Set("WWW-Authenticate", `Bearer realm="syncboost-builder"`)
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
