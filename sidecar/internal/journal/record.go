package journal

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

const (
	prefix        = 'b'
	recordVersion = 1
)

// header is a bundle's stored state apart from the bundle itself. A stored value is a 4-byte
// big-endian header length, the header as JSON, then the bundle's JSON (as the searcher sent
// it when known, so that storing it costs no encoding). The senders are kept so that loading
// needs no signature recovery.
type header struct {
	Version  int                   `json:"v"`
	Identity common.Address        `json:"identity"`
	L1Slot   uint64                `json:"l1Slot"`
	UUID     string                `json:"uuid,omitempty"`
	Senders  []common.Address      `json:"senders"` // pre, then L2, then post transactions
	History  []bundle.StatusChange `json:"history"`
}

func key(h common.Hash) []byte {
	k := make([]byte, 1+common.HashLength)
	k[0] = prefix
	copy(k[1:], h[:])
	return k
}

func encode(e *pool.Entry) ([]byte, error) { return encodeTo(nil, e) }

// encodeTo appends e's stored value to dst (the committer reuses one buffer: the batch copies).
func encodeTo(dst []byte, e *pool.Entry) ([]byte, error) {
	wire := e.Wire
	if wire == nil {
		var err error
		if wire, err = json.Marshal(e.Bundle.ComposableBundle); err != nil {
			return nil, err
		}
	}
	h := header{Version: recordVersion, Identity: e.Identity, L1Slot: e.Bundle.L1Slot, UUID: e.UUID(), History: e.History}
	h.Senders = make([]common.Address, 0, len(e.Bundle.Pre)+len(e.Bundle.L2)+len(e.Bundle.Post))
	for _, leg := range [][]*bundle.Tx{e.Bundle.Pre, e.Bundle.L2, e.Bundle.Post} {
		for _, tx := range leg {
			h.Senders = append(h.Senders, tx.Sender)
		}
	}
	hj, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	dst = binary.BigEndian.AppendUint32(dst, uint32(len(hj)))
	dst = append(dst, hj...)
	return append(dst, wire...), nil
}

func decode(k, val []byte) (*pool.Entry, error) {
	if len(k) != 1+common.HashLength {
		return nil, fmt.Errorf("%w: key %x", ErrCorrupt, k)
	}
	hash := common.BytesToHash(k[1:])
	fail := func(format string, args ...any) (*pool.Entry, error) {
		return nil, fmt.Errorf("%w: bundle %s: %s", ErrCorrupt, hash.Hex(), fmt.Sprintf(format, args...))
	}
	if len(val) < 4 || uint64(binary.BigEndian.Uint32(val)) > uint64(len(val)-4) {
		return fail("value of %d bytes", len(val))
	}
	n := binary.BigEndian.Uint32(val)
	var h header
	if err := json.Unmarshal(val[4:4+n], &h); err != nil {
		return fail("header: %v", err)
	}
	if h.Version != recordVersion || len(h.History) == 0 || h.L1Slot == 0 {
		return fail("version %d, %d changes, slot %d", h.Version, len(h.History), h.L1Slot)
	}
	wire := val[4+n:]
	cb, err := checked(wire, h)
	if err != nil {
		return fail("%v", err)
	}
	if cb.Hash != hash {
		return fail("hashes to %s", cb.Hash.Hex())
	}
	return &pool.Entry{Hash: hash, Identity: h.Identity, Bundle: cb, History: h.History, Wire: wire}, nil
}

// checked rebuilds the validated bundle from a record, trusting the stored senders.
func checked(wire []byte, h header) (*bundle.CheckedBundle, error) {
	b, err := bundle.DecodeComposableBundle(wire)
	if err != nil {
		return nil, err
	}
	b.L1Slot, b.ReplacementUUID = h.L1Slot, h.UUID
	return b.Restore(h.Senders)
}

// Load reads every stored bundle, for pool.Memory.Restore.
func (j *Journal) Load(ctx context.Context) ([]*pool.Entry, error) {
	it, err := j.db.NewIterWithContext(ctx, &pebble.IterOptions{LowerBound: []byte{prefix}, UpperBound: []byte{prefix + 1}})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []*pool.Entry
	for it.First(); it.Valid(); it.Next() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		// the iterator reuses its buffers; the entry keeps the bytes
		e, err := decode(it.Key(), append([]byte(nil), it.Value()...))
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, it.Error()
}
