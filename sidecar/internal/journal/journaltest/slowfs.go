// Package journaltest provides a slow disk for the journal's tests and benchmarks.
package journaltest

import (
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/vfs"
)

// SlowFS is the OS's filesystem with every sync taking at least Delay longer, as on a busy or
// network-attached disk. Syncs counts the syncs that were delayed.
type SlowFS struct {
	vfs.FS
	Delay time.Duration
	Syncs atomic.Int64
}

// SlowSync returns a SlowFS over the OS's filesystem.
func SlowSync(delay time.Duration) *SlowFS {
	return &SlowFS{FS: vfs.Default, Delay: delay}
}

func (fs *SlowFS) wrap(f vfs.File, err error) (vfs.File, error) {
	if err != nil {
		return nil, err
	}
	return &slowFile{File: f, fs: fs}, nil
}

// Create wraps the created file.
func (fs *SlowFS) Create(name string) (vfs.File, error) { return fs.wrap(fs.FS.Create(name)) }

// Open wraps the opened file.
func (fs *SlowFS) Open(name string, opts ...vfs.OpenOption) (vfs.File, error) {
	return fs.wrap(fs.FS.Open(name, opts...))
}

// OpenReadWrite wraps the opened file.
func (fs *SlowFS) OpenReadWrite(name string, opts ...vfs.OpenOption) (vfs.File, error) {
	return fs.wrap(fs.FS.OpenReadWrite(name, opts...))
}

// OpenDir wraps the directory (its syncs are slow too).
func (fs *SlowFS) OpenDir(name string) (vfs.File, error) { return fs.wrap(fs.FS.OpenDir(name)) }

// ReuseForWrite wraps the reused file (pebble recycles WAL files this way).
func (fs *SlowFS) ReuseForWrite(oldname, newname string) (vfs.File, error) {
	return fs.wrap(fs.FS.ReuseForWrite(oldname, newname))
}

type slowFile struct {
	vfs.File
	fs *SlowFS
}

func (f *slowFile) slow() {
	f.fs.Syncs.Add(1)
	time.Sleep(f.fs.Delay) // the simulated disk's latency, not synchronisation
}

func (f *slowFile) Sync() error {
	f.slow()
	return f.File.Sync()
}

func (f *slowFile) SyncData() error {
	f.slow()
	return f.File.SyncData()
}

func (f *slowFile) SyncTo(length int64) (bool, error) {
	full, err := f.File.SyncTo(length)
	if full {
		f.slow()
	}
	return full, err
}
