package redispool

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// watchBuffer is as pool.Memory's: more than the transitions a bundle normally makes.
const watchBuffer = 32

// Watch subscribes to a bundle's changes, whichever replica makes them. The channel is closed
// when the bundle leaves the pool, when the subscriber falls watchBuffer changes behind, and
// when this replica loses its subscription to Redis (it may have missed a change; watch
// again). MaxWatchers bounds this replica's subscriptions.
func (p *Pool) Watch(ctx context.Context, hash common.Hash) (*pool.Entry, <-chan bundle.StatusChange, func(), error) {
	w, err := p.hub.add(hash)
	if err != nil {
		return nil, nil, nil, err
	}
	// Registered before the snapshot is read: every later change reaches w; those the snapshot
	// already holds are dropped by their position in the history.
	e, seq, err := p.get(ctx, hash)
	if err != nil {
		p.hub.drop(hash, w)
		return nil, nil, nil, err
	}
	p.hub.arm(hash, w, seq, len(e.History))
	var once sync.Once
	return e, w.ch, func() { once.Do(func() { p.hub.drop(hash, w) }) }, nil
}

// hub fans the pool's change events out to this replica's watchers.
type hub struct {
	max int

	mu      sync.Mutex
	ready   bool          // subscribed to the events: no change is missed
	readyCh chan struct{} // closed while ready; replaced when the subscription is lost
	subs    map[common.Hash]map[*watcher]struct{}
	n       int
}

type watcher struct {
	ch      chan bundle.StatusChange
	armed   bool
	seq     uint64 // the life of the hash watched
	seen    int    // history entries already delivered (in the snapshot or since)
	pending []event
	closed  bool
}

// event is one published change ("c|seq|n|hash|json") or departure ("g|seq|hash").
type event struct {
	gone   bool
	seq    uint64
	n      int
	hash   common.Hash
	change string
}

func newHub(max int) *hub {
	return &hub{max: max, readyCh: make(chan struct{}), subs: map[common.Hash]map[*watcher]struct{}{}}
}

// WaitSubscribed returns once this replica follows the pool's changes again (Watch works),
// or with ctx's error.
func (p *Pool) WaitSubscribed(ctx context.Context) error {
	p.hub.mu.Lock()
	ch := p.hub.readyCh
	p.hub.mu.Unlock()
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (h *hub) add(hash common.Hash) (*watcher, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.ready {
		return nil, fmt.Errorf("%w: not subscribed to the pool's changes", ErrUnavailable)
	}
	if h.max > 0 && h.n >= h.max {
		return nil, fmt.Errorf("%w: %d open", pool.ErrTooManyWatchers, h.n)
	}
	w := &watcher{ch: make(chan bundle.StatusChange, watchBuffer)}
	if h.subs[hash] == nil {
		h.subs[hash] = map[*watcher]struct{}{}
	}
	h.subs[hash][w] = struct{}{}
	h.n++
	return w, nil
}

// arm sets the life and position w's snapshot saw, and replays what arrived meanwhile.
func (h *hub) arm(hash common.Hash, w *watcher, seq uint64, seen int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if w.closed {
		return
	}
	w.armed, w.seq, w.seen = true, seq, seen
	pending := w.pending
	w.pending = nil
	for _, ev := range pending {
		h.deliver(w, ev)
	}
}

func (h *hub) drop(hash common.Hash, w *watcher) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.dropLocked(hash, w)
}

func (h *hub) dropLocked(hash common.Hash, w *watcher) {
	if _, ok := h.subs[hash][w]; ok {
		delete(h.subs[hash], w)
		if len(h.subs[hash]) == 0 {
			delete(h.subs, hash)
		}
		h.n--
	}
	if !w.closed {
		w.closed = true
		close(w.ch)
	}
}

// setReady records whether the events are followed; either way every open watch ends, since
// a change may have been missed around a (re)subscription.
func (h *hub) setReady(ready bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case ready && !h.ready:
		close(h.readyCh)
	case !ready && h.ready:
		h.readyCh = make(chan struct{})
	}
	h.ready = ready
	for hash, ws := range h.subs {
		for w := range ws {
			h.dropLocked(hash, w)
		}
	}
}

func (h *hub) dispatch(ev event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for w := range h.subs[ev.hash] {
		if !w.armed {
			if len(w.pending) == watchBuffer {
				h.dropLocked(ev.hash, w)
				continue
			}
			w.pending = append(w.pending, ev)
			continue
		}
		h.deliver(w, ev)
	}
}

// deliver hands ev to an armed w; called with h.mu held.
func (h *hub) deliver(w *watcher, ev event) {
	if w.closed || ev.seq != w.seq {
		return // another life of the same hash
	}
	if ev.gone {
		h.dropLocked(ev.hash, w)
		return
	}
	if ev.n <= w.seen {
		return
	}
	var c bundle.StatusChange
	if err := json.Unmarshal([]byte(ev.change), &c); err != nil {
		h.dropLocked(ev.hash, w)
		return
	}
	w.seen = ev.n
	select {
	case w.ch <- c:
	default:
		h.dropLocked(ev.hash, w)
	}
}

func parseEvent(s string) (event, error) {
	f := strings.SplitN(s, "|", 5)
	bad := fmt.Errorf("%w: event %.40q", ErrCorrupt, s)
	if len(f) < 3 {
		return event{}, bad
	}
	seq, err := strconv.ParseUint(f[1], 10, 64)
	if err != nil {
		return event{}, bad
	}
	switch {
	case f[0] == "g" && len(f) == 3:
		return event{gone: true, seq: seq, hash: common.HexToHash(f[2])}, nil
	case f[0] == "c" && len(f) == 5:
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return event{}, bad
		}
		return event{seq: seq, n: n, hash: common.HexToHash(f[3]), change: f[4]}, nil
	}
	return event{}, bad
}

// pingEvery: a subscription silent this long is pinged, and one that stays silent as long
// again is taken as lost (a connection dropped without a reset reports no error by itself).
const pingEvery = 15 * time.Second

// listen follows the pool's events until ctx ends. A lost subscription ends every watch and is
// replaced by a new one, retried with a growing delay; its confirmation makes the hub ready
// again.
func (p *Pool) listen(ctx context.Context, ps *redis.PubSub) {
	defer close(p.done)
	backoff, pinged := 50*time.Millisecond, false
	for {
		msg, err := ps.ReceiveTimeout(ctx, pingEvery)
		if ctx.Err() != nil {
			return
		}
		if err != nil && isTimeout(err) && !pinged {
			pinged = true
			if err = ps.Ping(ctx); err == nil {
				continue
			}
		}
		if err != nil {
			p.hub.setReady(false)
			p.log.Warn().Err(err).Msg("pool events lost; watches ended, resubscribing")
			select {
			case <-ctx.Done():
				return
			case <-time.After(backoff):
			}
			backoff, pinged = min(2*backoff, 2*time.Second), false
			if ps = p.resubscribe(ctx, ps); ps == nil {
				return
			}
			continue
		}
		backoff, pinged = 50*time.Millisecond, false
		p.handle(msg)
	}
}

// resubscribe replaces ps by a new subscription (nil once the pool is closed).
func (p *Pool) resubscribe(ctx context.Context, ps *redis.PubSub) *redis.PubSub {
	_ = ps.Close()
	next := p.rdb.Subscribe(ctx, p.cfg.Prefix+"events")
	p.psMu.Lock()
	defer p.psMu.Unlock()
	if p.closed {
		_ = next.Close()
		return nil
	}
	p.ps = next
	return next
}

func (p *Pool) handle(msg any) {
	switch m := msg.(type) {
	case *redis.Subscription:
		if m.Kind == "subscribe" {
			p.hub.setReady(true)
		}
	case *redis.Message:
		ev, err := parseEvent(m.Payload)
		if err != nil {
			p.log.Error().Err(err).Msg("pool event")
			return
		}
		p.hub.dispatch(ev)
	}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
