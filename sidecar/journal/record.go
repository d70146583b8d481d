package journal

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/pool"
)

const (
	prefix        = 'b'
	recordVersion = 1
)

// record is one bundle's stored state. The bundle is kept in its wire form; the senders are
// kept so that loading needs no signature recovery.
type record struct {
	Version  int              `json:"v"`
	Identity common.Address   `json:"identity"`
	Bundle   json.RawMessage  `json:"bundle"`
	Senders  []common.Address `json:"senders"` // pre, then L2, then post transactions
	History  []pool.Change    `json:"history"`
}

func key(h common.Hash) []byte {
	k := make([]byte, 1+common.HashLength)
	k[0] = prefix
	copy(k[1:], h[:])
	return k
}

func encode(e *pool.Entry) ([]byte, error) {
	raw, err := json.Marshal(e.Bundle.ComposableBundle)
	if err != nil {
		return nil, err
	}
	r := record{Version: recordVersion, Identity: e.Identity, Bundle: raw, History: e.History}
	for _, leg := range [][]*bundle.Tx{e.Bundle.Pre, e.Bundle.L2, e.Bundle.Post} {
		for _, tx := range leg {
			r.Senders = append(r.Senders, tx.Sender)
		}
	}
	return json.Marshal(r)
}

func decode(k, val []byte) (*pool.Entry, error) {
	if len(k) != 1+common.HashLength {
		return nil, fmt.Errorf("%w: key %x", ErrCorrupt, k)
	}
	hash := common.BytesToHash(k[1:])
	var r record
	if err := json.Unmarshal(val, &r); err != nil {
		return nil, fmt.Errorf("%w: bundle %s: %w", ErrCorrupt, hash.Hex(), err)
	}
	if r.Version != recordVersion || len(r.History) == 0 {
		return nil, fmt.Errorf("%w: bundle %s: version %d, %d changes", ErrCorrupt, hash.Hex(), r.Version, len(r.History))
	}
	cb, err := checked(r)
	if err != nil {
		return nil, fmt.Errorf("%w: bundle %s: %w", ErrCorrupt, hash.Hex(), err)
	}
	if cb.Hash != hash {
		return nil, fmt.Errorf("%w: bundle %s hashes to %s", ErrCorrupt, hash.Hex(), cb.Hash.Hex())
	}
	return &pool.Entry{Hash: hash, Identity: r.Identity, Bundle: cb, History: r.History}, nil
}

// checked rebuilds the validated bundle from a record, trusting the stored senders.
func checked(r record) (*bundle.CheckedBundle, error) {
	b, err := bundle.DecodeComposableBundle(r.Bundle)
	if err != nil {
		return nil, err
	}
	cb := &bundle.CheckedBundle{ComposableBundle: b, Hash: b.Hash()}
	seen := map[common.Address]bool{}
	i := 0
	for _, leg := range []struct {
		raws [][]byte
		dst  *[]*bundle.Tx
		gas  *uint64
	}{{b.PreTxs, &cb.Pre, &cb.L1Gas}, {b.L2Txs, &cb.L2, &cb.L2Gas}, {b.PostTxs, &cb.Post, &cb.L1Gas}} {
		for _, raw := range leg.raws {
			if i >= len(r.Senders) {
				return nil, fmt.Errorf("%d senders for more transactions", len(r.Senders))
			}
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(raw); err != nil {
				return nil, fmt.Errorf("transaction %d: %w", i, err)
			}
			s := r.Senders[i]
			i++
			*leg.dst = append(*leg.dst, &bundle.Tx{Transaction: tx, Raw: raw, Sender: s})
			*leg.gas += tx.Gas()
			if !seen[s] {
				seen[s] = true
				cb.Signers = append(cb.Signers, s)
			}
		}
	}
	if i != len(r.Senders) {
		return nil, fmt.Errorf("%d senders for %d transactions", len(r.Senders), i)
	}
	return cb, nil
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
		e, err := decode(it.Key(), it.Value())
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, it.Error()
}
