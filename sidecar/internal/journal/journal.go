// Package journal makes the bundle pool durable in an embedded pebble store. Every change the
// pool records is written and fsynced before the pool's caller gets its answer; changes that
// arrive while a sync is running are written together by the next one (group commit), so
// concurrent requests share fsyncs. On start the pool is rebuilt from Load.
package journal

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

// Sentinel errors.
var (
	ErrConfig  = errors.New("invalid journal config")
	ErrClosed  = errors.New("journal closed")
	ErrCorrupt = errors.New("journal record corrupt")
)

// DefaultGroupWindow is the recommended GroupWindow: on the 2-core reference machine it cuts
// fsyncs per bundle by about half at 64 concurrent searchers (docs/performance.md).
const DefaultGroupWindow = 2 * time.Millisecond

// Config locates the store and tunes group commit.
type Config struct {
	Dir string // created if missing; one process at a time (pebble locks it)
	// GroupWindow is the least time between the starts of two syncs while changes keep
	// arriving during syncs (the sign of concurrent writers), so that more of them share one.
	// When syncs are slow the window follows them (twice the recent mean sync, at most 50 ms).
	// An idle journal syncs at once, so a lone writer never waits for it. 0 disables
	// gathering.
	GroupWindow time.Duration
	// FS is the filesystem the store lives on; nil means the OS's. Tests and benchmarks
	// inject a slow disk here (journaltest.SlowFS).
	FS vfs.FS
	// Clock times syncs and the window; nil means the wall clock.
	Clock clock.Clock

	fixedWindow bool // tests: GroupWindow only, as before the window adapted
}

// Check requires a directory and a window of at most a second.
func (c Config) Check() error {
	if c.Dir == "" {
		return fmt.Errorf("%w: dir is empty", ErrConfig)
	}
	if c.GroupWindow < 0 || c.GroupWindow > time.Second {
		return fmt.Errorf("%w: group window %s must be in [0, 1s]", ErrConfig, c.GroupWindow)
	}
	return nil
}

// Journal is a pool.Journal backed by pebble.
type Journal struct {
	cfg Config
	db  *pebble.DB
	log zerolog.Logger
	m   *metrics

	mu     sync.Mutex
	cur    *group // ops waiting for the next sync
	closed bool

	clk      clock.Clock
	meanSync time.Duration // committer's own: mean of recent syncs (window)
	buf      []byte        // committer's own: one value being encoded

	kick chan struct{}
	stop chan struct{}
	done chan struct{}
}

var _ pool.Journal = (*Journal)(nil)

// group is the ops of one pebble batch, and the Commit every recorder of them waits on.
type group struct {
	ops  []pool.Op
	done chan struct{}
	err  error
}

// Wait blocks until the group is synced or ctx ends.
func (g *group) Wait(ctx context.Context) error {
	select {
	case <-g.done:
		return g.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Open opens (or creates) the store and starts the committer. Close stops it.
func Open(cfg Config, log zerolog.Logger, reg *prometheus.Registry) (*Journal, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, err
	}
	log = log.With().Str("component", "journal").Logger()
	db, err := pebble.Open(cfg.Dir, &pebble.Options{Logger: pebbleLogger{log}, FS: cfg.FS})
	if err != nil {
		return nil, fmt.Errorf("open journal %s: %w", cfg.Dir, err)
	}
	if cfg.Clock == nil {
		cfg.Clock = clock.Real{}
	}
	j := &Journal{
		cfg: cfg, db: db, log: log, m: m, clk: cfg.Clock,
		kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{}),
	}
	go j.run()
	return j, nil
}

// Record queues ops behind everything recorded before; it never blocks on I/O.
func (j *Journal) Record(ops []pool.Op) pool.Commit {
	j.mu.Lock()
	if j.closed {
		j.mu.Unlock()
		return pool.Done{Err: ErrClosed}
	}
	if j.cur == nil {
		j.cur = &group{done: make(chan struct{})}
	}
	g := j.cur
	g.ops = append(g.ops, ops...)
	j.mu.Unlock()
	select {
	case j.kick <- struct{}{}:
	default: // the committer is already due to run
	}
	return g
}

// run is the committer: one batch and one fsync per group.
func (j *Journal) run() {
	defer close(j.done)
	busy := false
	var last time.Time // start of the previous sync
	for {
		select {
		case <-j.kick:
		case <-j.stop:
			j.flush()
			return
		}
		if busy && !j.gather(last) {
			j.flush()
			return
		}
		last = j.clk.Now()
		busy = j.flush()
	}
}

// gather waits until window() has passed since the previous sync started, so that the writers
// it acknowledged can join the next one; false when the journal is closing meanwhile.
func (j *Journal) gather(last time.Time) bool {
	w := j.window()
	if w <= 0 || !j.clk.Now().Before(last.Add(w)) {
		return true
	}
	t := j.clk.NewTimerAt(last.Add(w))
	defer t.Stop()
	select {
	case <-t.C():
		return true
	case <-j.stop:
		return false
	}
}

// Adaptive window: while writers keep arriving during syncs, the least time between sync
// starts is GroupWindow or slowSyncFactor times the recent mean sync, whichever is longer (at
// most maxWindow). On a slow disk the acknowledged writers come back while the next sync
// would already be running; waiting about one sync lets them share it instead of each
// waiting for a sync and a half. A fast disk keeps GroupWindow.
const (
	slowSyncFactor = 2
	maxWindow      = 50 * time.Millisecond
)

// window is the current least time between sync starts while busy; 0 disables gathering.
func (j *Journal) window() time.Duration {
	if j.cfg.GroupWindow == 0 {
		return 0
	}
	if j.cfg.fixedWindow {
		return j.cfg.GroupWindow
	}
	return max(j.cfg.GroupWindow, min(slowSyncFactor*j.meanSync, maxWindow))
}

// flush writes the pending group and reports whether more changes arrived meanwhile.
func (j *Journal) flush() (busy bool) {
	j.mu.Lock()
	g := j.cur
	j.cur = nil
	j.mu.Unlock()
	if g == nil {
		return false
	}
	g.err = j.write(g.ops)
	if g.err != nil {
		j.log.Error().Err(g.err).Int("ops", len(g.ops)).Msg("journal write failed")
	}
	close(g.done)
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.cur != nil
}

func (j *Journal) write(ops []pool.Op) error {
	b := j.db.NewBatch()
	defer b.Close()
	for _, op := range ops {
		if op.Put == nil {
			if err := b.Delete(key(op.Delete), nil); err != nil {
				return err
			}
			continue
		}
		val, err := encodeTo(j.buf[:0], op.Put)
		j.buf = val
		if err != nil {
			return fmt.Errorf("encode bundle %s: %w", op.Put.Hash.Hex(), err)
		}
		if err := b.Set(key(op.Put.Hash), val, nil); err != nil {
			return err
		}
	}
	start := j.clk.Now()
	err := b.Commit(pebble.Sync)
	took := j.clk.Now().Sub(start)
	if j.meanSync == 0 {
		j.meanSync = took
	}
	j.meanSync += (took - j.meanSync) / 8 // moving mean over about the last 8 syncs
	j.m.sync.Observe(took.Seconds())
	j.m.groupOps.Observe(float64(len(ops)))
	if err != nil {
		j.m.errors.Inc()
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Close writes what is queued, stops the committer and closes the store.
func (j *Journal) Close() error {
	j.mu.Lock()
	if j.closed {
		j.mu.Unlock()
		return ErrClosed
	}
	j.closed = true
	j.mu.Unlock()
	close(j.stop)
	<-j.done
	return j.db.Close()
}

// pebbleLogger sends pebble's messages to zerolog.
type pebbleLogger struct{ log zerolog.Logger }

func (l pebbleLogger) Infof(format string, args ...any) { l.log.Debug().Msgf(format, args...) }

func (l pebbleLogger) Fatalf(format string, args ...any) {
	l.log.Error().Msgf(format, args...)
	panic(fmt.Sprintf(format, args...))
}
