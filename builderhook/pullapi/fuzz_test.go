package pullapi

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/syncboost/syncboost/transport/sse"
)

func FuzzDecodeSealedReport(f *testing.F) {
	f.Add([]byte(`{"slot":"0x64","parentHash":"0x` + "00" + `","blockHash":"0x","blockNumber":"0x1","included":true}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeSealedReport(data)
		if err != nil {
			if !errors.Is(err, ErrDecode) {
				t.Fatalf("%v does not wrap ErrDecode", err)
			}
			return
		}
		again, err := r.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		r2, err := DecodeSealedReport(again)
		if err != nil || r2.BlockHash != r.BlockHash || r2.Slot != r.Slot || r2.Included != r.Included {
			t.Fatalf("round trip: %+v %v", r2, err)
		}
	})
}

func FuzzReadStream(f *testing.F) {
	f.Add([]byte("id: e-1\nevent: add\ndata: {\"slot\":\"0x1\",\"parentHash\":\"0x00\",\"replacementUuid\":\"u\",\"bundle\":{\"txs\":[\"0x02\"],\"blockNumber\":\"0x1\"}}\n\n"))
	f.Add([]byte(": keep-alive\n\nevent: synced\ndata: {}\n\n"))
	f.Add([]byte("data: a\ndata: b\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rd, err := sse.NewReader(bytes.NewReader(data), maxEventBytes)
		if err != nil {
			t.Fatal(err)
		}
		for {
			raw, err := rd.Next()
			if err != nil {
				if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, sse.ErrEventTooLarge) {
					t.Fatalf("reader error %v", err)
				}
				return
			}
			ev, err := decodeEvent(raw.ID, raw.Type, raw.Data)
			if err != nil {
				if !errors.Is(err, ErrDecode) {
					t.Fatalf("%v does not wrap ErrDecode", err)
				}
				continue
			}
			if err := NewMirror().Apply(ev); err != nil {
				t.Fatalf("decoded event not applicable: %v", err)
			}
		}
	})
}
