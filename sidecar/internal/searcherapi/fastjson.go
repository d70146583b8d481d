package searcherapi

import (
	"bytes"
	"encoding/json"
	"strings"
)

// The fast paths below read the common, well-formed request in one scan of the body (json.Valid)
// plus a walk over its top-level members, instead of decoding it several times. They accept
// only what the full decoders would accept with the same result, and hand everything else —
// escapes in names, duplicate or case-variant names, unknown fields, odd types — to the full
// decoders, so that errors and edge cases keep one implementation (FuzzFastCall checks both
// agree).

// fastCall decodes a plain JSON-RPC request object; ok false means: use decodeCall's full path.
func fastCall(raw []byte) (c call, ok bool) {
	if !json.Valid(raw) {
		return c, false
	}
	var have [4]bool
	ok = members(raw, func(name string, v []byte) bool {
		var i int
		switch name {
		case "jsonrpc":
			if i, ok = 0, plainString(v); ok {
				c.req.JSONRPC = string(v[1 : len(v)-1])
			}
		case "id":
			i, ok = 1, len(v) > 0 && (v[0] == '"' || v[0] == '-' || (v[0] >= '0' && v[0] <= '9'))
			c.req.ID = bytes.Clone(v)
		case "method":
			if i, ok = 2, plainString(v); ok {
				c.req.Method = string(v[1 : len(v)-1])
			}
		case "params":
			i = 3
			c.req.Params, ok = elements(v)
		default:
			return false
		}
		if !ok || have[i] {
			return false
		}
		have[i] = true
		return true
	})
	return c, ok && c.req.JSONRPC == "2.0" && c.req.Method != ""
}

// fastField returns the value of obj's top-level member name (nil when absent); ok false when
// obj is not a plain object whose names are all distinct, unescaped, ASCII, and none a case
// variant of name — then only a full decoder can say which member it would take.
func fastField(obj []byte, name string) (val []byte, ok bool) {
	seen := false
	ok = members(obj, func(k string, v []byte) bool {
		switch {
		case k == name:
			if seen {
				return false
			}
			seen, val = true, v
		case strings.EqualFold(k, name):
			return false
		}
		return true
	})
	return val, ok
}

// members walks the top-level members of a JSON object known to be valid, calling f with each
// name and raw value. It reports false when raw is not an object, a name has an escape or a
// non-ASCII byte, or f returns false.
func members(raw []byte, f func(name string, v []byte) bool) bool {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return false
	}
	for i = skipSpace(raw, i+1); i < len(raw) && raw[i] != '}'; {
		if raw[i] != '"' {
			return false
		}
		end := skipString(raw, i)
		name := raw[i+1 : max(end-1, i+1)]
		for _, ch := range name {
			if ch == '\\' || ch >= 0x80 {
				return false
			}
		}
		i = skipSpace(raw, end)
		if i >= len(raw) || raw[i] != ':' {
			return false
		}
		v0 := skipSpace(raw, i+1)
		if v0 >= len(raw) {
			return false
		}
		v1 := skipValue(raw, v0)
		if !f(string(name), raw[v0:v1]) {
			return false
		}
		if i = skipSpace(raw, v1); i < len(raw) && raw[i] == ',' {
			i = skipSpace(raw, i+1)
		}
	}
	return i < len(raw)
}

// elements splits a JSON array known to be valid into its raw elements (never nil for an
// array); false when raw is not an array.
func elements(raw []byte) ([]json.RawMessage, bool) {
	if len(raw) == 0 || raw[0] != '[' {
		return nil, false
	}
	out := make([]json.RawMessage, 0, 1)
	for i := skipSpace(raw, 1); i < len(raw) && raw[i] != ']'; {
		end := skipValue(raw, i)
		out = append(out, raw[i:end:end])
		if i = skipSpace(raw, end); i < len(raw) && raw[i] == ',' {
			i = skipSpace(raw, i+1)
		}
	}
	return out, true
}

// plainString reports whether v is a JSON string of ASCII without escapes: its bytes are its
// value (encoding/json would replace invalid UTF-8).
func plainString(v []byte) bool {
	if len(v) < 2 || v[0] != '"' {
		return false
	}
	for _, ch := range v[1 : len(v)-1] {
		if ch == '\\' || ch >= 0x80 {
			return false
		}
	}
	return true
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the index after the string starting at b[i].
func skipString(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(b)
}

// skipValue returns the index after the value starting at b[i].
func skipValue(b []byte, i int) int {
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				i = skipString(b, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return len(b)
	}
	for ; i < len(b); i++ { // a number or a literal
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\r', '\n':
			return i
		}
	}
	return i
}
