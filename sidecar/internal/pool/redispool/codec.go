package redispool

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// A bundle is stored as its JSON as the searcher sent it (l1Slot and replacementUuid are kept
// beside it, from the checked bundle) and its transactions' senders, 20 bytes each in bundle
// order, so that reading it back recovers no signature.

func wire(e *pool.Entry) ([]byte, error) {
	if e.Wire != nil {
		return e.Wire, nil
	}
	return json.Marshal(e.Bundle.ComposableBundle)
}

func senders(cb *bundle.CheckedBundle) []byte {
	out := make([]byte, 0, common.AddressLength*(len(cb.Pre)+len(cb.L2)+len(cb.Post)))
	for _, leg := range [][]*bundle.Tx{cb.Pre, cb.L2, cb.Post} {
		for _, tx := range leg {
			out = append(out, tx.Sender.Bytes()...)
		}
	}
	return out
}

// nonceText writes a nonce with 20 digits, so that the scripts compare nonces as strings
// (Lua numbers are doubles).
func nonceText(n uint64) string { return fmt.Sprintf("%020d", n) }

func change(c bundle.StatusChange) (string, error) {
	b, err := json.Marshal(c)
	return string(b), err
}

// micros is a timestamp as the scripts compare it.
func micros(c bundle.StatusChange) string { return strconv.FormatInt(c.At.UnixMicro(), 10) }

// decodeSnapshot reads a script's snapshot {hash, identity, slot, uuid, seq, wire, senders,
// change...} and returns the entry and its seq (which life of the hash it is). A bundle in
// cache (nil: none) is not decoded again.
func decodeSnapshot(v any, cache *bundleCache) (*pool.Entry, uint64, error) {
	s, err := snapshotFields(v)
	if err != nil {
		return nil, 0, err
	}
	hash := common.HexToHash(s[0])
	fail := func(format string, args ...any) (*pool.Entry, uint64, error) {
		return nil, 0, fmt.Errorf("%w: bundle %s: %s", ErrCorrupt, hash.Hex(), fmt.Sprintf(format, args...))
	}
	slot, err1 := strconv.ParseUint(s[2], 10, 64)
	seq, err2 := strconv.ParseUint(s[4], 10, 64)
	if err1 != nil || err2 != nil || len(s[6])%common.AddressLength != 0 {
		return fail("slot %q, seq %q, %d bytes of senders", s[2], s[4], len(s[6]))
	}
	key := lifeKey{hash, seq}
	cb := cache.get(key)
	if cb == nil {
		if cb, err = checked([]byte(s[5]), slot, s[3], []byte(s[6])); err != nil {
			return fail("%v", err)
		}
		if cb.Hash != hash {
			return fail("hashes to %s", cb.Hash.Hex())
		}
		cache.put(key, cb)
	}
	e := &pool.Entry{Hash: hash, Identity: common.HexToAddress(s[1]), Bundle: cb, Wire: []byte(s[5])}
	for _, cj := range s[7:] {
		var c bundle.StatusChange
		if err := json.Unmarshal([]byte(cj), &c); err != nil {
			return fail("history: %v", err)
		}
		e.History = append(e.History, c)
	}
	return e, seq, nil
}

func snapshotFields(v any) ([]string, error) {
	f, ok := v.([]any)
	if !ok || len(f) < 8 {
		return nil, fmt.Errorf("%w: snapshot %T of %d fields", ErrCorrupt, v, len(f))
	}
	s := make([]string, len(f))
	for i, x := range f {
		if s[i], ok = x.(string); !ok {
			return nil, fmt.Errorf("%w: snapshot field %d is %T", ErrCorrupt, i, x)
		}
	}
	return s, nil
}

func checked(w []byte, slot uint64, uuid string, raw []byte) (*bundle.CheckedBundle, error) {
	b, err := bundle.DecodeComposableBundle(w)
	if err != nil {
		return nil, err
	}
	b.L1Slot, b.ReplacementUUID = slot, uuid
	ss := make([]common.Address, len(raw)/common.AddressLength)
	for i := range ss {
		ss[i] = common.BytesToAddress(raw[i*common.AddressLength : (i+1)*common.AddressLength])
	}
	return b.Restore(ss)
}
