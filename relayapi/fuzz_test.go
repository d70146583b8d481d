package relayapi

import (
	"encoding/json"
	"reflect"
	"testing"
)

// Every decoder of what relays and builders send back: no panic, and whatever decodes
// re-encodes to something that decodes to the same value.

func FuzzDecodeValidators(f *testing.F) {
	good, _ := json.Marshal([]ProposerDuty{duty(64, feeA, 1), duty(65, feeB, 2)})
	f.Add(good)
	f.Add([]byte(`[]`))
	f.Add([]byte(`[{"slot":"1","validator_index":"2","entry":{"message":{"fee_recipient":"0x","gas_limit":"1","timestamp":"1","pubkey":"0x"},"signature":"0x"}}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		duties, err := DecodeValidators(data)
		if err != nil {
			return
		}
		enc, err := json.Marshal(duties)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeValidators(enc)
		if err != nil || !reflect.DeepEqual(again, duties) {
			t.Fatalf("round trip failed: %v\n%s", err, enc)
		}
	})
}

func FuzzDecodeResponse(f *testing.F) {
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"result":{"bundleHash":"0x1111111111111111111111111111111111111111111111111111111111111111"}}`), uint64(1))
	f.Add([]byte(`{"jsonrpc":"2.0","id":"7","result":null}`), uint64(7))
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"x","data":[1]}}`), uint64(1))
	f.Add([]byte(`{"id":1,"result":200}`), uint64(1))
	f.Fuzz(func(t *testing.T, data []byte, id uint64) {
		r, err := DecodeResponse(data, id)
		if err != nil {
			return
		}
		enc, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeResponse(enc, id)
		if err != nil || (again.Error == nil) != (r.Error == nil) {
			t.Fatalf("round trip failed: %v\n%s", err, enc)
		}
		if r.Error != nil {
			return
		}
		res, err := DecodeSendBundleResult(r.Result)
		if err != nil {
			return
		}
		enc, _ = json.Marshal(res)
		if back, err := DecodeSendBundleResult(enc); err != nil || back != res {
			t.Fatalf("result round trip failed: %v\n%s", err, enc)
		}
	})
}
