package pool

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/bundle"
)

// Config bounds the pool.
type Config struct {
	MaxLive          int // live bundles in the whole pool
	MaxPerSignerSlot int // live bundles per signer per (l2ChainId, l1Slot), for a proven signer
	// MaxPerSlot bounds the live bundles of one (l2ChainId, l1Slot), all signers together (0:
	// only MaxLive). ReservedPerSlot of them are for signers the Quotas call proven: the others
	// are refused (ErrSlotFull) once MaxPerSlot-ReservedPerSlot are pooled, so a swarm of
	// fresh identities cannot fill a slot against proven ones.
	MaxPerSlot      int
	ReservedPerSlot int
	// Retention keeps a bundle whose target slot has passed queryable this long after its
	// last change. MaxFinishedPerIdentity bounds the finished bundles kept per signer (its
	// oldest go first; 0 means MaxFinished), so one signer's churn never evicts another's.
	// MaxFinished bounds them in total; over it, the signers holding the most lose their
	// oldest first, down to an equal share.
	Retention              time.Duration
	MaxFinished            int
	MaxFinishedPerIdentity int
	// MaxWatchers bounds the open Watch subscriptions, whoever opens them (each holds a
	// buffered channel); 0 means no bound.
	MaxWatchers int
}

// Check requires positive caps.
func (c Config) Check() error {
	var errs []error
	if c.Retention < 0 {
		errs = append(errs, fmt.Errorf("%w: retention must be >= 0 (got %s)", ErrConfig, c.Retention))
	}
	if c.MaxFinished <= 0 {
		errs = append(errs, fmt.Errorf("%w: max_finished must be > 0 (got %d)", ErrConfig, c.MaxFinished))
	}
	if c.MaxFinishedPerIdentity < 0 || c.MaxFinishedPerIdentity > c.MaxFinished {
		errs = append(errs, fmt.Errorf("%w: max_finished_per_identity must be in [0, max_finished] (got %d)", ErrConfig, c.MaxFinishedPerIdentity))
	}
	if c.MaxLive <= 0 {
		errs = append(errs, fmt.Errorf("%w: max_live must be > 0 (got %d)", ErrConfig, c.MaxLive))
	}
	if c.MaxWatchers < 0 {
		errs = append(errs, fmt.Errorf("%w: max_watchers must be >= 0 (got %d)", ErrConfig, c.MaxWatchers))
	}
	if c.MaxPerSlot < 0 || c.ReservedPerSlot < 0 || (c.ReservedPerSlot > 0 && c.ReservedPerSlot >= c.MaxPerSlot) {
		errs = append(errs, fmt.Errorf("%w: want max_per_slot >= 0 and 0 <= reserved_per_slot < max_per_slot (got %d, %d)",
			ErrConfig, c.MaxPerSlot, c.ReservedPerSlot))
	}
	if c.MaxPerSignerSlot <= 0 {
		errs = append(errs, fmt.Errorf("%w: max_per_signer_slot must be > 0 (got %d)", ErrConfig, c.MaxPerSignerSlot))
	}
	return errors.Join(errs...)
}

// Deps are the pool's collaborators. Journal nil means Discard; Now nil means time.Now;
// Registry nil means the metrics are not registered; Quotas nil gives every signer
// MaxPerSignerSlot and the reserved part of each slot.
type Deps struct {
	Journal  Journal
	Now      func() time.Time
	Registry *prometheus.Registry
	Quotas   Quotas
}

// Memory is the in-process Pool.
type Memory struct {
	cfg    Config
	j      Journal
	quotas Quotas
	now    func() time.Time
	m      *metrics

	mu        sync.Mutex
	items     map[common.Hash]*item
	bySlot    map[Key]map[common.Hash]*item
	byUUID    map[uuidKey]*item
	perSigner map[slotKey]int
	perSlot   map[Key]int // live bundles per slot
	live      int
	watching  int // open Watch subscriptions
	seq       uint64
	used      bool
}

var _ Pool = (*Memory)(nil)

type item struct {
	e        *Entry
	seq      uint64
	commit   Commit // the latest journal write that touched this entry
	watchers map[*watcher]struct{}
}

type watcher struct {
	ch     chan bundle.StatusChange
	closed bool
}

// watchBuffer is more than the number of transitions a bundle normally makes, so a
// subscriber that reads at all never misses one.
const watchBuffer = 32

// New returns an empty pool.
func New(cfg Config, d Deps) (*Memory, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if d.Journal == nil {
		d.Journal = Discard{}
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	m, err := newMetrics(d.Registry)
	if err != nil {
		return nil, err
	}
	return &Memory{
		cfg: cfg, j: d.Journal, now: d.Now, m: m, quotas: d.Quotas,
		items:     map[common.Hash]*item{},
		bySlot:    map[Key]map[common.Hash]*item{},
		byUUID:    map[uuidKey]*item{},
		perSigner: map[slotKey]int{},
		perSlot:   map[Key]int{},
	}, nil
}

// Len returns the number of live bundles.
func (p *Memory) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.live
}

// Get returns a copy of the bundle with this hash.
func (p *Memory) Get(_ context.Context, hash common.Hash) (*Entry, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	it, ok := p.items[hash]
	if !ok {
		return nil, fmt.Errorf("bundle %s: %w", hash.Hex(), ErrNotFound)
	}
	return it.e.clone(), nil
}

// ForSlot returns copies of the live bundles for k, oldest first.
func (p *Memory) ForSlot(_ context.Context, k Key) ([]*Entry, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	its := make([]*item, 0, len(p.bySlot[k]))
	for _, it := range p.bySlot[k] {
		if it.e.Status().Status.Live() {
			its = append(its, it)
		}
	}
	sortBySeq(its)
	out := make([]*Entry, len(its))
	for i, it := range its {
		out[i] = it.e.clone()
	}
	return out, nil
}

// Watch subscribes to a bundle's changes.
func (p *Memory) Watch(_ context.Context, hash common.Hash) (*Entry, <-chan bundle.StatusChange, func(), error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	it, ok := p.items[hash]
	if !ok {
		return nil, nil, nil, fmt.Errorf("bundle %s: %w", hash.Hex(), ErrNotFound)
	}
	if p.cfg.MaxWatchers > 0 && p.watching >= p.cfg.MaxWatchers {
		return nil, nil, nil, fmt.Errorf("%w: %d open", ErrTooManyWatchers, p.watching)
	}
	w := &watcher{ch: make(chan bundle.StatusChange, watchBuffer)}
	if it.watchers == nil {
		it.watchers = map[*watcher]struct{}{}
	}
	it.watchers[w] = struct{}{}
	p.watching++
	var once sync.Once
	stop := func() {
		once.Do(func() {
			p.mu.Lock()
			defer p.mu.Unlock()
			p.dropWatcher(it, w)
		})
	}
	return it.e.clone(), w.ch, stop, nil
}

// dropWatcher ends w's subscription to it, once; the caller holds p.mu.
func (p *Memory) dropWatcher(it *item, w *watcher) {
	if _, ok := it.watchers[w]; ok {
		delete(it.watchers, w)
		p.watching--
	}
	w.close()
}

func (w *watcher) close() {
	if !w.closed {
		w.closed = true
		close(w.ch)
	}
}

// record hands ops to the journal and remembers the commit on every touched item. Called
// with p.mu held.
func (p *Memory) record(ops []Op, touched ...*item) Commit {
	if len(ops) == 0 {
		return Done{}
	}
	c := p.j.Record(ops)
	for _, it := range touched {
		it.commit = c
	}
	return c
}

// wait waits for c and reports a journal failure as such.
func wait(ctx context.Context, c Commit) error {
	if c == nil {
		return nil
	}
	if err := c.Wait(ctx); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	return nil
}
