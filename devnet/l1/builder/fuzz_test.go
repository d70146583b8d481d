package builder

import (
	"errors"
	"testing"
)

func FuzzDecodeRequest(f *testing.F) {
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"method":"eth_sendBundle","params":[{"txs":[],"blockNumber":"0x1"}]}`))
	f.Add([]byte(`[{"jsonrpc":"2.0"}]`))
	f.Add([]byte(`{"jsonrpc":"1.0","method":"x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeRequest(data)
		if err != nil {
			if !errors.Is(err, ErrParams) {
				t.Fatalf("error %v does not wrap ErrParams", err)
			}
			return
		}
		if r.Method == "" || r.JSONRPC != "2.0" {
			t.Fatalf("accepted %+v", r)
		}
		if _, err := r.SingleParam(); err != nil && !errors.Is(err, ErrParams) {
			t.Fatalf("params error %v does not wrap ErrParams", err)
		}
	})
}

func FuzzDecodeCallBundleArgs(f *testing.F) {
	f.Add([]byte(`{"txs":["0x02f86a"],"blockNumber":"0x10","stateBlockNumber":"latest","timestamp":12}`))
	f.Add([]byte(`{"txs":[],"stateBlockNumber":"0x1","coinbase":"0x0000000000000000000000000000000000000001"}`))
	f.Add([]byte(`{"txs":["0x"],"timestamp":"0xffffffffffffffffff"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		args, err := DecodeCallBundleArgs(data, 4)
		if err != nil {
			if !errors.Is(err, ErrParams) {
				t.Fatalf("error %v does not wrap ErrParams", err)
			}
			return
		}
		if len(args.Txs) == 0 || len(args.Txs) > 4 {
			t.Fatalf("accepted %d txs", len(args.Txs))
		}
	})
}

func FuzzDecodeCancelArgs(f *testing.F) {
	f.Add([]byte(`{"replacementUuid":"0b8f1c2e-4a5d-4e6f-8a9b-0c1d2e3f4a5b"}`))
	f.Add([]byte(`{"replacementUuid":""}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		uuid, err := DecodeCancelArgs(data)
		if err != nil {
			if !errors.Is(err, ErrParams) {
				t.Fatalf("error %v does not wrap ErrParams", err)
			}
			return
		}
		if uuid == "" || len(uuid) > maxUUIDLen {
			t.Fatalf("accepted uuid %q", uuid)
		}
	})
}
