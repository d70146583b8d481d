package bundle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// decodeStrict decodes exactly one JSON value into v, rejecting unknown fields and trailing data,
// and turns encoding/json's errors into a *FieldError naming the field.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonFieldError(err)
	}
	if dec.More() {
		return fieldErr("$", ErrMalformed, "trailing data after the JSON value")
	}
	if _, err := dec.Token(); err == nil {
		return fieldErr("$", ErrMalformed, "trailing data after the JSON value")
	}
	return nil
}

func jsonFieldError(err error) error {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		field := typeErr.Field
		if field == "" {
			field = "$"
		}
		return fieldErr(field, ErrMalformed, "expected %s, got JSON %s", typeErr.Type, typeErr.Value)
	}
	var fe *FieldError
	if errors.As(err, &fe) {
		return fe
	}
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		name, _ := strconv.Unquote(rest)
		return fieldErr(name, ErrMalformed, "unknown field")
	}
	return fieldErr("$", ErrMalformed, "%s", msg)
}

// ParseQuantity reads a request quantity as bundles do (0x hex string or JSON number; absent
// is zero), for other request params; errors name field.
func ParseQuantity(field string, raw json.RawMessage) (uint64, error) {
	return parseQuantity(field, raw)
}

// parseQuantity reads a uint64 given as a 0x hex string or as a JSON number. Absent means zero.
func parseQuantity(field string, raw json.RawMessage) (uint64, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return 0, nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return 0, fieldErr(field, ErrMalformed, "bad string")
		}
		v, err := hexutil.DecodeUint64(s)
		if err != nil {
			return 0, fieldErr(field, ErrMalformed, "want a 0x hex quantity: %v", err)
		}
		return v, nil
	}
	v, err := strconv.ParseUint(string(raw), 10, 64)
	if err != nil {
		return 0, fieldErr(field, ErrMalformed, "want a 0x hex quantity or a non-negative integer")
	}
	return v, nil
}

func parseBytes(field, s string) ([]byte, error) {
	b, err := hexutil.Decode(s)
	if err != nil {
		if s == "0x" {
			return []byte{}, nil
		}
		return nil, fieldErr(field, ErrMalformed, "want 0x hex bytes: %v", err)
	}
	return b, nil
}

func parseHash(field, s string) (common.Hash, error) {
	b, err := parseBytes(field, s)
	if err != nil {
		return common.Hash{}, err
	}
	if len(b) != common.HashLength {
		return common.Hash{}, fieldErr(field, ErrMalformed, "want 32 bytes, got %d", len(b))
	}
	return common.BytesToHash(b), nil
}

func parseAddress(field, s string) (common.Address, error) {
	b, err := parseBytes(field, s)
	if err != nil {
		return common.Address{}, err
	}
	if len(b) != common.AddressLength {
		return common.Address{}, fieldErr(field, ErrMalformed, "want 20 bytes, got %d", len(b))
	}
	return common.BytesToAddress(b), nil
}

func parseBytesList(field string, list []string) ([][]byte, error) {
	out := make([][]byte, len(list))
	for i, s := range list {
		b, err := parseBytes(fmt.Sprintf("%s[%d]", field, i), s)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func hexList(list [][]byte) []string {
	out := make([]string, len(list))
	for i, b := range list {
		out[i] = hexutil.Encode(b)
	}
	return out
}
