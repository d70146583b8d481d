package journal

import (
	"errors"
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

// FuzzDecode: a damaged record is an ErrCorrupt naming the bundle, never a panic, and a record
// that decodes encodes back to one that decodes to the same bundle.
func FuzzDecode(f *testing.F) {
	m := pooltest.NewMaker(l1Chain, l2Chain)
	e := m.Entry(f, pooltest.Key(1), 10, pooltest.UUID(1), 2)
	e.History = []bundle.StatusChange{{Status: bundle.StatusReceived, At: time.Unix(1, 0)}}
	good, err := encode(e)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(key(e.Hash), good)
	f.Add(key(e.Hash), good[:len(good)/2])
	f.Add([]byte{prefix}, []byte{0, 0, 0, 2, '{', '}'})
	f.Fuzz(func(t *testing.T, k, val []byte) {
		got, err := decode(k, val)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("decode error %v is not ErrCorrupt", err)
			}
			return
		}
		again, err := encode(got)
		if err != nil {
			t.Fatalf("decoded %s does not encode: %v", got.Hash, err)
		}
		back, err := decode(key(got.Hash), again)
		if err != nil || back.Hash != got.Hash || back.Key() != got.Key() || len(back.History) != len(got.History) {
			t.Fatalf("re-encoded record decodes to %+v, %v; want %+v", back, err, got)
		}
	})
}
