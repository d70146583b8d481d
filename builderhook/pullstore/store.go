// Package pullstore keeps the atomic bundles a co-located builder may pull: per slot and
// per candidate parent hash (under ePBS a slot has two), each replaceable by its
// replacementUuid, with a numbered history of changes so a reconnecting stream client
// receives exactly what it missed.
package pullstore

import (
	"bytes"
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/syncboost/syncboost/bundle"
)

// Kind is what an event did.
type Kind string

// Event kinds.
const (
	KindAdd     Kind = "add"
	KindReplace Kind = "replace"
	KindCancel  Kind = "cancel"
)

// Errors of Put.
var (
	ErrConfig    = errors.New("pullstore: bad config")
	ErrNoUUID    = errors.New("pullstore: bundle has no replacementUuid")
	ErrEmpty     = errors.New("pullstore: bundle has no transactions")
	ErrStaleSlot = errors.New("pullstore: slot already pruned")
	ErrFull      = errors.New("pullstore: too many bundles for this slot and parent")
)

// Key is one block a builder may build: a slot and the parent it builds on.
type Key struct {
	Slot   uint64
	Parent common.Hash
}

// Event is one change, numbered by Seq (1, 2, … within one Store).
type Event struct {
	Seq    uint64
	Kind   Kind
	Key    Key
	UUID   string
	Bundle *bundle.AtomicBundle // nil for KindCancel
}

// Config bounds the store.
type Config struct {
	// History is how many events are kept for reconnecting stream clients.
	History int
	// KeepSlots is how many slots behind the newest published one are kept.
	KeepSlots uint64
	// MaxPerKey bounds the bundles of one slot and parent (one per rollup is typical).
	MaxPerKey int
	// Log receives dropped publications; the zero value discards.
	Log zerolog.Logger
}

// DefaultConfig keeps 4096 events and the two previous slots.
func DefaultConfig() Config { return Config{History: 4096, KeepSlots: 2, MaxPerKey: 64} }

// Check requires positive bounds.
func (c Config) Check() error {
	switch {
	case c.History <= 0:
		return fmt.Errorf("%w: history must be > 0", ErrConfig)
	case c.KeepSlots == 0:
		return fmt.Errorf("%w: keep_slots must be > 0", ErrConfig)
	case c.MaxPerKey <= 0:
		return fmt.Errorf("%w: max_per_key must be > 0", ErrConfig)
	}
	return nil
}

// Store is safe for concurrent use.
type Store struct {
	cfg   Config
	epoch string

	mu      sync.Mutex
	seq     uint64
	newest  uint64
	live    map[Key][]*bundle.AtomicBundle // in publication order
	history []Event                        // the last cfg.History events, oldest first
	changed chan struct{}                  // closed and replaced at every event
}

// New returns an empty store.
func New(cfg Config) (*Store, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	var e [8]byte
	if _, err := rand.Read(e[:]); err != nil {
		return nil, fmt.Errorf("pullstore: epoch: %w", err)
	}
	return &Store{
		cfg: cfg, epoch: hex.EncodeToString(e[:]),
		live: make(map[Key][]*bundle.AtomicBundle), changed: make(chan struct{}),
	}, nil
}

// Epoch identifies this store's numbering: sequence numbers of another epoch (an earlier
// process) mean nothing here.
func (s *Store) Epoch() string { return s.epoch }

// Put adds b for (slot, parent), or replaces the bundle with the same replacementUuid there.
func (s *Store) Put(slot uint64, parent common.Hash, b bundle.AtomicBundle) (Event, error) {
	switch {
	case b.ReplacementUUID == "":
		return Event{}, ErrNoUUID
	case len(b.Txs) == 0:
		return Event{}, ErrEmpty
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.newest > s.cfg.KeepSlots && slot < s.newest-s.cfg.KeepSlots {
		return Event{}, fmt.Errorf("%w: %d, newest %d", ErrStaleSlot, slot, s.newest)
	}
	key := Key{Slot: slot, Parent: parent}
	list := s.live[key]
	kind := KindAdd
	if i := indexOf(list, b.ReplacementUUID); i >= 0 {
		list[i], kind = &b, KindReplace
	} else {
		if len(list) >= s.cfg.MaxPerKey {
			return Event{}, fmt.Errorf("%w: %d", ErrFull, len(list))
		}
		s.live[key] = append(list, &b)
	}
	ev := s.emit(Event{Kind: kind, Key: key, UUID: b.ReplacementUUID, Bundle: &b})
	s.prune(slot)
	return ev, nil
}

// Cancel removes the bundle with uuid from (slot, parent); false when there is none.
func (s *Store) Cancel(slot uint64, parent common.Hash, uuid string) (Event, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cancel(Key{Slot: slot, Parent: parent}, uuid)
}

func (s *Store) cancel(key Key, uuid string) (Event, bool) {
	list := s.live[key]
	i := indexOf(list, uuid)
	if i < 0 {
		return Event{}, false
	}
	list = append(list[:i:i], list[i+1:]...)
	if len(list) == 0 {
		delete(s.live, key)
	} else {
		s.live[key] = list
	}
	return s.emit(Event{Kind: KindCancel, Key: key, UUID: uuid}), true
}

// Publish is Put for the pipeline, which has no use for the event: errors are logged.
func (s *Store) Publish(slot uint64, parent common.Hash, b *bundle.AtomicBundle) {
	if b == nil {
		return
	}
	if _, err := s.Put(slot, parent, *b); err != nil {
		s.cfg.Log.Warn().Err(err).Uint64("slot", slot).Str("parent_hash", parent.Hex()).
			Msg("bundle not published to the builder")
	}
}

// Withdraw cancels every bundle of (slot, parent).
func (s *Store) Withdraw(slot uint64, parent common.Hash) {
	s.mu.Lock()
	defer s.mu.Unlock()
	key := Key{Slot: slot, Parent: parent}
	for len(s.live[key]) > 0 {
		s.cancel(key, s.live[key][0].ReplacementUUID)
	}
}

// Bundles returns the bundles for the block of slot on parent, in publication order. It
// makes *Store a builderhook.Source for a builder in the same process.
func (s *Store) Bundles(_ context.Context, slot uint64, parent common.Hash) ([]bundle.AtomicBundle, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	list := s.live[Key{Slot: slot, Parent: parent}]
	out := make([]bundle.AtomicBundle, len(list))
	for i, b := range list {
		out[i] = *b
	}
	return out, nil
}

// Since returns the events after seq. ok is false when they are no longer all known (seq
// is older than the history, or newer than the last event): the caller then starts over
// from Snapshot. changed is closed at the next event.
func (s *Store) Since(seq uint64) (events []Event, ok bool, changed <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if seq > s.seq {
		return nil, false, s.changed
	}
	if seq == s.seq {
		return nil, true, s.changed
	}
	if len(s.history) == 0 || seq+1 < s.history[0].Seq {
		return nil, false, s.changed
	}
	start := int(seq + 1 - s.history[0].Seq)
	return append([]Event(nil), s.history[start:]...), true, s.changed
}

// Snapshot returns every live bundle as an add event (Seq 0), the sequence number it is
// current at, and the channel closed at the next event.
func (s *Store) Snapshot() (adds []Event, seq uint64, changed <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys := make([]Key, 0, len(s.live))
	for key := range s.live {
		keys = append(keys, key)
	}
	slices.SortFunc(keys, func(a, b Key) int {
		return cmp.Or(cmp.Compare(a.Slot, b.Slot), bytes.Compare(a.Parent[:], b.Parent[:]))
	})
	for _, key := range keys {
		for _, b := range s.live[key] {
			adds = append(adds, Event{Kind: KindAdd, Key: key, UUID: b.ReplacementUUID, Bundle: b})
		}
	}
	return adds, s.seq, s.changed
}

func (s *Store) emit(ev Event) Event {
	s.seq++
	ev.Seq = s.seq
	s.history = append(s.history, ev)
	if len(s.history) > s.cfg.History {
		s.history = s.history[len(s.history)-s.cfg.History:]
	}
	close(s.changed)
	s.changed = make(chan struct{})
	return ev
}

// prune drops slots more than KeepSlots behind the newest one, without events: a builder
// past a slot has no use for its bundles.
func (s *Store) prune(slot uint64) {
	if slot <= s.newest {
		return
	}
	s.newest = slot
	for key := range s.live {
		if key.Slot+s.cfg.KeepSlots < slot {
			delete(s.live, key)
		}
	}
}

func indexOf(list []*bundle.AtomicBundle, uuid string) int {
	for i, b := range list {
		if b.ReplacementUUID == uuid {
			return i
		}
	}
	return -1
}
