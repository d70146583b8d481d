package searcherapi

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
)

// FuzzFastCall: whatever the fast envelope decoder accepts, the full decoder accepts with the
// same request, and the fast signedAt lookup agrees with encoding/json's.
func FuzzFastCall(f *testing.F) {
	for _, s := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"based_sendBundle","params":[{"signedAt":5,"a":[1,{"b":"]"}]}]}`,
		`{"jsonrpc":"2.0","id":"x","method":"m","params":[]}`,
		` { "method" : "m" , "jsonrpc" : "2.0" } `,
		`{"jsonrpc":"2.0","Method":"m","method":"m"}`,
		`{"jsonrpc":"2.0","id":1,"method":"m","method":"n"}`,
		`{"jsonrpc":"2.0","id":null,"method":"m\u0041"}`,
		`{"jsonrpc":"2.0","id":1,"method":"m","params":[{"SignedAt":1,"signedAt":2}]}`,
		`{"jsonrpc":"2.0","id":1,"method":"m","params":[{"signedAt":1,"signedAt":"0x2"}]}`,
		`{"jsonrpc":"2.0","id":1,"method":"m","params":{}}`,
		`{"jsonrpc":1,"method":"m"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		fast, ok := fastCall(raw)
		if ok {
			full, syntax := fullDecodeCall(raw)
			if syntax != nil || full.err != nil || full.paramsErr != nil {
				t.Fatalf("fast path accepted what the full decoder refuses: %v %+v %+v", syntax, full.err, full.paramsErr)
			}
			if fast.req.JSONRPC != full.req.JSONRPC || fast.req.Method != full.req.Method ||
				!bytes.Equal(fast.req.ID, full.req.ID) || len(fast.req.Params) != len(full.req.Params) {
				t.Fatalf("fast %+v, full %+v", fast.req, full.req)
			}
			for i := range fast.req.Params {
				if !bytes.Equal(fast.req.Params[i], full.req.Params[i]) {
					t.Fatalf("params[%d]: fast %q, full %q", i, fast.req.Params[i], full.req.Params[i])
				}
			}
		}
		if !json.Valid(raw) {
			return
		}
		v, ok := fastField(raw, fieldSignedAt)
		if !ok {
			return
		}
		var p struct {
			SignedAt json.RawMessage `json:"signedAt"`
		}
		if err := json.Unmarshal(raw, &p); err != nil {
			t.Fatalf("fast field on what encoding/json refuses: %v", err)
		}
		if !slices.Equal(v, p.SignedAt) {
			t.Fatalf("signedAt: fast %q, encoding/json %q", v, p.SignedAt)
		}
	})
}
