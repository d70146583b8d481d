package devnet

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/syncboost/syncboost/devnet/redisnode"
)

// With Config.Replicas N the devnet starts a Redis server and runs N sidecar processes
// (`syncboost run` on the config it wrote, the pool and the slot lease on that Redis), as an
// operator runs replicas; the demo searcher talks to one live replica at a time.

// Replica is one `syncboost run` child process.
type Replica struct {
	cmd  *exec.Cmd
	URL  string        // its searcher API
	done chan struct{} // closed when its log ends (it exited)
	once sync.Once
	tail lines

	mu   sync.Mutex
	name string // its name in the slot leases, from its log
}

// Name is the replica's name in the slot leases ("" until it logged it).
func (r *Replica) Name() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.name
}

// startReplica runs `syncboost run --config path` and returns once its searcher API listens;
// the address comes from the log line that names it.
func startReplica(ctx context.Context, bin, path string) (*Replica, error) {
	cmd := exec.Command(bin, "run", "--config", path, "-log.level=info", "-log.format=json")
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "SYNCBOOST_") { // the config file alone decides
			cmd.Env = append(cmd.Env, kv)
		}
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	r := &Replica{cmd: cmd, done: make(chan struct{})}
	urls := make(chan string, 1)
	go func() { // ends when the process's stderr closes, at its exit
		defer close(r.done)
		r.readLog(stderr, urls)
	}()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	select {
	case r.URL = <-urls:
		return r, nil
	case <-r.done:
		r.Kill()
		return nil, fmt.Errorf("syncboost run exited before its searcher API listened:\n%s", r.tail.String())
	case <-ctx.Done():
		r.Kill()
		return nil, fmt.Errorf("syncboost run: no searcher API: %w:\n%s", ctx.Err(), r.tail.String())
	}
}

// readLog scans the child's JSON log for the searcher API's listener and keeps the last lines.
func (r *Replica) readLog(rd io.Reader, urls chan<- string) {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		r.tail.add(sc.Text())
		var l struct{ Component, Message, Addr, Replica string }
		if json.Unmarshal(sc.Bytes(), &l) != nil {
			continue
		}
		if l.Component == "lease" && l.Replica != "" {
			r.mu.Lock()
			r.name = l.Replica
			r.mu.Unlock()
		}
		if l.Component == "searcherapi" && l.Message == "http server listening" {
			select {
			case urls <- "http://" + l.Addr:
			default:
			}
		}
	}
	_, _ = io.Copy(io.Discard, rd)
}

// Kill sends SIGKILL and reaps the process.
func (r *Replica) Kill() {
	r.once.Do(func() {
		_ = r.cmd.Process.Signal(syscall.SIGKILL)
		<-r.done
		_ = r.cmd.Wait()
	})
}

// Log is the replica's last log lines.
func (r *Replica) Log() string { return r.tail.String() }

// startReplicas starts Redis and the replicas, and points the searcher at the first.
func (d *Devnet) startReplicas(ctx context.Context) error {
	d.replicas = make([]*Replica, d.cfg.Replicas)
	for i := range d.replicas {
		if err := d.RestartReplica(ctx, i); err != nil {
			return err
		}
	}
	return nil
}

// startRedis starts the replicas' Redis server under the data directory.
func (d *Devnet) startRedis(ctx context.Context) error {
	if d.cfg.Replicas == 0 {
		return nil
	}
	dir := filepath.Join(d.cfg.DataDir, "redis")
	if err := os.RemoveAll(dir); err != nil { // every run is a new pair of chains
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	srv, err := redisnode.Start(ctx, dir, nil)
	if err != nil {
		return fmt.Errorf("redis: %w", err)
	}
	d.Redis = srv
	d.cfg.PoolRedisURL = srv.URL()
	return nil
}

// Replicas returns the replicas, nil entries for those killed and not restarted.
func (d *Devnet) Replicas() []*Replica {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]*Replica(nil), d.replicas...)
}

// KillReplica SIGKILLs replica i; the searcher moves to a live replica.
func (d *Devnet) KillReplica(i int) error {
	d.mu.Lock()
	r := d.replicas[i]
	d.replicas[i] = nil
	d.mu.Unlock()
	if r == nil {
		return fmt.Errorf("replica %d is not running", i)
	}
	r.Kill()
	return d.useLiveReplica()
}

// RestartReplica starts replica i (again), and points the searcher at it when none was live.
func (d *Devnet) RestartReplica(ctx context.Context, i int) error {
	r, err := startReplica(ctx, d.cfg.SidecarBin, d.sidecarPath)
	if err != nil {
		return fmt.Errorf("replica %d: %w", i, err)
	}
	d.mu.Lock()
	stopped := d.stopped
	if !stopped {
		d.replicas[i] = r
	}
	d.mu.Unlock()
	if stopped {
		r.Kill()
		return errors.New("devnet stopped")
	}
	if d.searcherURL() == "" {
		return d.UseSearcherAPI(r.URL)
	}
	return nil
}

// spreadSearcher points the searcher at live replica slot mod N for slot's bundles, so that
// every replica takes searchers' bundles in turn.
func (d *Devnet) spreadSearcher(slot uint64) {
	var live []*Replica
	for _, r := range d.Replicas() {
		if r != nil {
			live = append(live, r)
		}
	}
	if len(live) == 0 {
		return
	}
	if r := live[slot%uint64(len(live))]; r.URL != d.searcherURL() {
		if err := d.UseSearcherAPI(r.URL); err != nil {
			d.log.Warn().Err(err).Msg("searcher to the next replica")
		}
	}
}

// useLiveReplica points the searcher at the first live replica.
func (d *Devnet) useLiveReplica() error {
	for _, r := range d.Replicas() {
		if r != nil {
			return d.UseSearcherAPI(r.URL)
		}
	}
	return nil
}

// stopReplicas kills the replicas and stops Redis.
func (d *Devnet) stopReplicas() error {
	for _, r := range d.Replicas() {
		if r != nil {
			r.Kill()
		}
	}
	if d.Redis == nil {
		return nil
	}
	return d.Redis.Stop()
}

// lines keeps the last lines of a log.
type lines struct {
	mu   sync.Mutex
	last []string
}

func (l *lines) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.last = append(l.last, s); len(l.last) > 40 {
		l.last = l.last[1:]
	}
}

func (l *lines) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.last, "\n")
}
