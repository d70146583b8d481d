package config

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// Redacted is what a secret prints as, whatever its value.
const Redacted = "[redacted]"

const envPrefix = "env:"

var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// LookupFunc reads an environment variable. It is injected so that nothing
// below cmd/ reads the process environment.
type LookupFunc func(name string) (string, bool)

// Secret is a value kept out of the config file: the config names a file
// path or "env:NAME", and Load reads the value from there. Printing a Secret
// (String, MarshalText, TOML, JSON, %v, %#v) never shows the value.
type Secret struct {
	source string // a file path or "env:NAME", as configured
	base   string // directory a relative file path resolves against
	value  []byte
	err    error // the load error, reported by the section's Check
	loaded bool
}

// NewSecret returns a secret read from source: a file path or "env:NAME".
func NewSecret(source string) (Secret, error) {
	var s Secret
	err := s.UnmarshalText([]byte(source))
	return s, err
}

// UnmarshalText parses the source. It does not read the value.
func (s *Secret) UnmarshalText(text []byte) error {
	src := strings.TrimSpace(string(text))
	if name, ok := strings.CutPrefix(src, envPrefix); ok && !envName.MatchString(name) {
		return fmt.Errorf("%w: %q is not an environment variable name", ErrSecret, name)
	}
	*s = Secret{source: src}
	return nil
}

// MarshalText prints the redaction marker and the kind of source.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// String prints the redaction marker and the kind of source, or "" when unset.
func (s Secret) String() string {
	if !s.IsSet() {
		return ""
	}
	return Redacted + " (" + s.Kind() + ")"
}

// GoString keeps %#v from printing the value.
func (s Secret) GoString() string { return "config.Secret(" + s.String() + ")" }

// IsSet reports whether a source is configured.
func (s Secret) IsSet() bool { return s.source != "" }

// Kind is "env" or "file" ("" when unset).
func (s Secret) Kind() string {
	switch {
	case !s.IsSet():
		return ""
	case strings.HasPrefix(s.source, envPrefix):
		return "env"
	default:
		return "file"
	}
}

// resolve makes a relative file path relative to dir (the config file's directory).
func (s *Secret) resolve(dir string) {
	if s.Kind() == "file" && !filepath.IsAbs(s.source) {
		s.base = dir
	}
}

func (s Secret) path() string { return filepath.Join(s.base, s.source) }

// Load reads the value from its file or environment variable. The error names
// the source, never the value. A later Check reports the same error.
func (s *Secret) Load(lookup LookupFunc) error {
	s.value, s.err, s.loaded = nil, nil, true
	switch s.Kind() {
	case "":
		return nil
	case "env":
		name := strings.TrimPrefix(s.source, envPrefix)
		v, ok := "", false
		if lookup != nil {
			v, ok = lookup(name)
		}
		if !ok || strings.TrimSpace(v) == "" {
			s.err = fmt.Errorf("%w: environment variable %s is not set", ErrSecret, name)
			return s.err
		}
		s.value = []byte(strings.TrimSpace(v))
	default:
		b, err := os.ReadFile(s.path())
		if err != nil {
			s.err = fmt.Errorf("%w: read file: %w", ErrSecret, err)
			return s.err
		}
		s.value = bytes.TrimSpace(b)
		if len(s.value) == 0 {
			s.err = fmt.Errorf("%w: file %s is empty", ErrSecret, s.path())
			return s.err
		}
	}
	return nil
}

// Value returns the loaded bytes (surrounding whitespace removed).
func (s Secret) Value() ([]byte, error) {
	switch {
	case !s.IsSet():
		return nil, fmt.Errorf("%w: %w", ErrSecret, ErrRequired)
	case !s.loaded:
		return nil, fmt.Errorf("%w: not loaded", ErrSecret)
	case s.err != nil:
		return nil, s.err
	}
	return s.value, nil
}

// PrivateKey parses the value as a hex secp256k1 private key (0x optional).
func (s Secret) PrivateKey() (*ecdsa.PrivateKey, error) {
	raw, err := s.hex32()
	if err != nil {
		return nil, err
	}
	key, err := crypto.ToECDSA(raw[:])
	if err != nil {
		// The underlying error may quote the input; keep the value out of it.
		return nil, fmt.Errorf("%w: not a valid secp256k1 private key", ErrSecret)
	}
	return key, nil
}

// Bytes32 parses the value as 32 hex-encoded bytes (0x optional), the form of
// an engine-API JWT secret.
func (s Secret) Bytes32() ([32]byte, error) { return s.hex32() }

func (s Secret) hex32() ([32]byte, error) {
	var out [32]byte
	v, err := s.Value()
	if err != nil {
		return out, err
	}
	v = bytes.TrimPrefix(bytes.TrimPrefix(v, []byte("0x")), []byte("0X"))
	if len(v) != 64 {
		return out, fmt.Errorf("%w: want 64 hex digits, got %d characters", ErrSecret, len(v))
	}
	if _, err := hex.Decode(out[:], v); err != nil {
		return out, fmt.Errorf("%w: not hex", ErrSecret)
	}
	return out, nil
}

// checkKey reports whether a required or optional key loads and parses.
func checkKey(s Secret, required bool) error {
	if !s.IsSet() {
		if required {
			return ErrRequired
		}
		return nil
	}
	_, err := s.PrivateKey()
	return err
}
