package journal

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/vfs"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

// gatedFS holds every WAL sync, once armed, until the test releases it: the test decides how
// long a sync takes on the journal's (virtual) clock and what arrives meanwhile.
type gatedFS struct {
	vfs.FS
	armed   atomic.Bool
	started chan struct{}
	release chan struct{}
}

func newGatedFS() *gatedFS {
	return &gatedFS{FS: vfs.Default, started: make(chan struct{}), release: make(chan struct{})}
}

func (fs *gatedFS) wrap(name string, f vfs.File, err error) (vfs.File, error) {
	if err != nil || !strings.HasSuffix(name, ".log") {
		return f, err
	}
	return &gatedFile{File: f, fs: fs}, nil
}

func (fs *gatedFS) Create(name string) (vfs.File, error) {
	f, err := fs.FS.Create(name)
	return fs.wrap(name, f, err)
}

func (fs *gatedFS) ReuseForWrite(oldname, newname string) (vfs.File, error) {
	f, err := fs.FS.ReuseForWrite(oldname, newname)
	return fs.wrap(newname, f, err)
}

type gatedFile struct {
	vfs.File
	fs *gatedFS
}

func (f *gatedFile) SyncData() error {
	if f.fs.armed.Load() {
		f.fs.started <- struct{}{}
		<-f.fs.release
	}
	return f.File.SyncData()
}

func (f *gatedFile) Sync() error { return f.SyncData() }

// slowDisk is a journal on a gated disk and a virtual clock.
type slowDisk struct {
	t   *testing.T
	ctx context.Context
	j   *Journal
	fs  *gatedFS
	clk *clock.Virtual
	reg *prometheus.Registry
	m   *pooltest.Maker
	n   int
}

func openSlowDisk(t *testing.T, fixed bool) *slowDisk {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second) // hang guard only
	t.Cleanup(cancel)
	d := &slowDisk{t: t, ctx: ctx, fs: newGatedFS(), clk: clock.NewVirtual(time.Unix(1000, 0)),
		reg: prometheus.NewRegistry(), m: pooltest.NewMaker(l1Chain, l2Chain)}
	j, err := Open(Config{Dir: t.TempDir(), GroupWindow: DefaultGroupWindow, FS: d.fs, Clock: d.clk, fixedWindow: fixed}, zerolog.Nop(), d.reg)
	if err != nil {
		t.Fatal(err)
	}
	d.j = j
	d.fs.armed.Store(true)
	t.Cleanup(func() {
		d.fs.armed.Store(false)
		_ = j.Close()
	})
	return d
}

// record queues n new bundles and returns their commits.
func (d *slowDisk) record(n int) []pool.Commit {
	var cs []pool.Commit
	for range n {
		d.n++
		cs = append(cs, d.j.Record([]pool.Op{{Put: d.m.Entry(d.t, pooltest.Key(d.n), 10, "", 0)}}))
	}
	return cs
}

// syncStarted waits for the committer to be inside a sync.
func (d *slowDisk) syncStarted() {
	d.t.Helper()
	select {
	case <-d.fs.started:
	case <-d.ctx.Done():
		d.t.Fatal("no sync started")
	}
}

// finishSync lets the running sync end after took on the journal's clock.
func (d *slowDisk) finishSync(took time.Duration) {
	d.clk.Advance(took)
	d.fs.release <- struct{}{}
}

func (d *slowDisk) wait(cs []pool.Commit) {
	d.t.Helper()
	for _, c := range cs {
		if err := c.Wait(d.ctx); err != nil {
			d.t.Fatal(err)
		}
	}
}

// A lone writer is never held by the window, however slow the disk: each of its changes is
// synced at once, and the committer never waits on the clock for it.
func TestLoneWriterNotDelayedBySlowSyncs(t *testing.T) {
	d := openSlowDisk(t, false)
	for i := range 5 {
		cs := d.record(1)
		d.syncStarted()
		if p := d.clk.Pending(); p != 0 {
			t.Fatalf("change %d: %d timers armed before its sync", i, p)
		}
		d.finishSync(20 * time.Millisecond) // slow: the adaptive window would be 40 ms
		d.wait(cs)
	}
	if got := histogramOf(t, d.reg, "sidecar_journal_sync_duration_seconds").GetSampleCount(); got != 5 {
		t.Fatalf("%d syncs for 5 sequential changes, want 5", got)
	}
}

// opsInSecondSync plays many writers on a disk whose syncs take 10 ms: one change, then 8
// arriving during its sync, then 8 more (the acknowledged writers coming back) right after
// it. It returns how many changes the second sync carried.
func opsInSecondSync(t *testing.T, fixed bool) int {
	d := openSlowDisk(t, fixed)
	first := d.record(1)
	d.syncStarted()
	during := d.record(8)
	d.finishSync(10 * time.Millisecond)
	d.wait(first)
	var after []pool.Commit
	if fixed {
		d.syncStarted() // the fixed 2 ms window passed during the 10 ms sync: no wait
		after = d.record(8)
	} else {
		if err := d.clk.WaitForTimers(d.ctx, 1); err != nil {
			t.Fatal("the committer did not wait for the window")
		}
		after = d.record(8)
		d.clk.Advance(10 * time.Millisecond) // the window: twice the 10 ms sync, from its start
		d.syncStarted()
	}
	d.finishSync(10 * time.Millisecond)
	d.wait(during)
	ops := histogramOf(t, d.reg, "sidecar_journal_group_ops").GetSampleSum() - 1
	if !fixed {
		d.wait(after)
	} else {
		d.syncStarted()
		d.finishSync(10 * time.Millisecond)
		d.wait(after)
	}
	return int(ops)
}

// On slow syncs with many writers, the window follows the sync time and more changes share
// one sync than with the fixed window.
func TestSlowSyncsGatherMorePerSync(t *testing.T) {
	fixed, adaptive := opsInSecondSync(t, true), opsInSecondSync(t, false)
	if fixed != 8 || adaptive != 16 {
		t.Fatalf("second sync carried %d changes with the fixed window and %d with the adaptive one; want 8 and 16", fixed, adaptive)
	}
}
