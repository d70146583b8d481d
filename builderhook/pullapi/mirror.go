package pullapi

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syncboost/syncboost/bundle"
)

// Mirror keeps the current bundles from the stream: pass Mirror.Apply to Client.Stream and
// use the Mirror as the builder's builderhook.Source, with no request on the hot path.
type Mirror struct {
	mu   sync.Mutex
	live map[mirrorKey][]bundle.AtomicBundle
}

type mirrorKey struct {
	slot   uint64
	parent common.Hash
}

// NewMirror returns an empty mirror.
func NewMirror() *Mirror { return &Mirror{live: make(map[mirrorKey][]bundle.AtomicBundle)} }

// Apply updates the mirror with one stream event.
func (m *Mirror) Apply(ev Event) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	key := mirrorKey{ev.Slot, ev.ParentHash}
	list := m.live[key]
	i := indexOfUUID(list, ev.ReplacementUUID)
	switch ev.Kind {
	case EventReset:
		clear(m.live)
	case EventSynced:
	case EventAdd, EventReplace:
		if i >= 0 {
			list[i] = *ev.Bundle
		} else {
			m.live[key] = append(list, *ev.Bundle)
		}
	case EventCancel:
		if i >= 0 {
			m.live[key] = append(list[:i:i], list[i+1:]...)
		}
	default:
		return fmt.Errorf("%w: event: unknown name %q", ErrDecode, ev.Kind)
	}
	if len(m.live[key]) == 0 {
		delete(m.live, key)
	}
	return nil
}

// Bundles returns the mirrored bundles for the block of slot on parent.
func (m *Mirror) Bundles(_ context.Context, slot uint64, parent common.Hash) ([]bundle.AtomicBundle, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]bundle.AtomicBundle(nil), m.live[mirrorKey{slot, parent}]...), nil
}

// Forget drops every slot before slot, as the sidecar does without telling.
func (m *Mirror) Forget(before uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k := range m.live {
		if k.slot < before {
			delete(m.live, k)
		}
	}
}

func indexOfUUID(list []bundle.AtomicBundle, uuid string) int {
	for i := range list {
		if list[i].ReplacementUUID == uuid {
			return i
		}
	}
	return -1
}
