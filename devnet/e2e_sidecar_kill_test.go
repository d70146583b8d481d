package devnet

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/searcher"
)

// The sidecar, run as `syncboost run` in a child process on the config the devnet wrote, is
// killed with SIGKILL right after acknowledging bundles and restarted on the same data
// directory: every acknowledged bundle is back, with the status it had, and slots land again.
func TestE2ESidecarSIGKILLRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end devnet test")
	}
	bin := buildSyncboost(t)
	d := startDevnet(t, func(c *Config) { c.FailEvery, c.ExternalSidecar = 0, true })
	sc := startChildSidecar(t, bin, d.SidecarConfigPath())
	if err := d.UseSearcherAPI(sc.url); err != nil {
		t.Fatal(err)
	}
	attached := d.L1.LastSlot()
	landed := attached + 3
	if got := outcome(t, d, landed); got != "landed" {
		t.Fatalf("slot %d outcome %q before the kill, want landed", landed, got)
	}

	// More bundles, for slots far enough ahead that they stay pooled, from other searchers'
	// keys under the demo searcher's identity; the child dies right after the last reply.
	identity := gethnode.TestKey(keySearcherID)
	far := d.L1.LastSlot() + 20
	acked := sendAhead(t, d, sc.url, identity, far)
	sc.kill()
	killed := d.L1.LastSlot()
	landedHash := demoSent(t, d, landed)
	for slot := attached; slot <= killed+2; slot++ { // every demo bundle the child acknowledged
		if s, ok := d.SearcherSent(slot); ok && s.Good != (common.Hash{}) {
			acked = append(acked, s.Good)
		}
	}

	sc = startChildSidecar(t, bin, d.SidecarConfigPath())
	if err := d.UseSearcherAPI(sc.url); err != nil {
		t.Fatal(err)
	}
	restarted := d.L1.LastSlot()
	for _, h := range acked {
		st, err := apiBundleStatus(sc.url, identity, h)
		if err != nil {
			t.Errorf("acknowledged bundle %s after the restart: %v", h, err)
			continue
		}
		if h == landedHash && st != bundle.StatusLanded {
			t.Errorf("bundle %s of slot %d is %s after the restart, want %s", h, landed, st, bundle.StatusLanded)
		}
	}
	for i, h := range acked[:3] {
		if st, _ := apiBundleStatus(sc.url, identity, h); st != bundle.StatusReceived {
			t.Errorf("bundle %s for slot %d is %s after the restart, want %s", h, far+uint64(i), st, bundle.StatusReceived)
		}
	}
	t.Logf("killed in slot %d, listening again in slot %d; %d acknowledged bundles checked", killed, restarted, len(acked))
	if got := outcome(t, d, restarted+2); got != "landed" {
		t.Fatalf("slot %d after the restart (killed in %d, restarted in %d): outcome %q, want landed", restarted+2, killed, restarted, got)
	}
}

// sendAhead sends three demo bundles to the searcher API at url, for slots far, far+1 and
// far+2, from other searchers' keys under identity, and returns their hashes.
func sendAhead(t *testing.T, d *Devnet, url string, identity *ecdsa.PrivateKey, far uint64) []common.Hash {
	t.Helper()
	var acked []common.Hash
	for i := range 3 {
		cfg := d.SearcherConfig(url)
		cfg.Key, cfg.Identity, cfg.FailEvery = gethnode.TestKey(keyUser+1+i), identity, 0
		s, err := searcher.New(cfg, d.L1Client(), d.L2Client())
		if err != nil {
			t.Fatal(err)
		}
		sent, err := s.SendForSlot(context.Background(), far+uint64(i))
		if err != nil {
			t.Fatalf("send for slot %d: %v", far+uint64(i), err)
		}
		acked = append(acked, sent.Good)
	}
	return acked
}

// demoSent is the hash of the demo bundle acknowledged for slot.
func demoSent(t *testing.T, d *Devnet, slot uint64) common.Hash {
	t.Helper()
	s, ok := d.SearcherSent(slot)
	if !ok || s.Good == (common.Hash{}) {
		t.Fatalf("no demo bundle acknowledged for slot %d", slot)
	}
	return s.Good
}

// buildSyncboost builds the syncboost command into a temporary directory.
func buildSyncboost(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command to build syncboost: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "syncboost")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, goBin, "build", "-o", bin, "github.com/syncboost/syncboost/cmd/syncboost").CombinedOutput()
	if err != nil {
		t.Fatalf("go build syncboost: %v\n%s", err, out)
	}
	return bin
}

// childSidecar is `syncboost run` in a child process.
type childSidecar struct {
	cmd  *exec.Cmd
	url  string        // its searcher API
	done chan struct{} // closed when its log ends (it exited)
	once sync.Once
}

// startChildSidecar runs `syncboost run --config path` and returns once its searcher API
// listens; the address comes from the log line that names it. It is killed at cleanup.
func startChildSidecar(t *testing.T, bin, path string) *childSidecar {
	t.Helper()
	cmd := exec.Command(bin, "run", "--config", path, "-log.level=info", "-log.format=json")
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "SYNCBOOST_") { // the config file alone decides
			cmd.Env = append(cmd.Env, kv)
		}
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &childSidecar{cmd: cmd, done: make(chan struct{})}
	t.Cleanup(c.kill)
	urls := make(chan string, 1)
	var tail lines
	go func() {
		defer close(c.done)
		c.readLog(stderr, urls, &tail)
	}()
	timeout := time.NewTimer(time.Minute)
	defer timeout.Stop()
	select {
	case c.url = <-urls:
		return c
	case <-c.done:
		t.Fatalf("syncboost run exited before its searcher API listened:\n%s", tail.String())
	case <-timeout.C:
		t.Fatalf("syncboost run: no searcher API after a minute:\n%s", tail.String())
	}
	return nil
}

// readLog scans the child's JSON log for the searcher API's listener and keeps the last
// lines for failure messages.
func (c *childSidecar) readLog(r io.Reader, urls chan<- string, tail *lines) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		tail.add(sc.Text())
		var l struct{ Component, Message, Addr string }
		if json.Unmarshal(sc.Bytes(), &l) == nil && l.Component == "searcherapi" && l.Message == "http server listening" {
			select {
			case urls <- "http://" + l.Addr:
			default:
			}
		}
	}
	_, _ = io.Copy(io.Discard, r)
}

// kill sends SIGKILL and reaps the process.
func (c *childSidecar) kill() {
	c.once.Do(func() {
		_ = c.cmd.Process.Signal(syscall.SIGKILL)
		<-c.done
		_ = c.cmd.Wait()
	})
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

// apiBundleStatus asks the searcher API at url for a bundle's status, as identity.
func apiBundleStatus(url string, identity *ecdsa.PrivateKey, hash common.Hash) (bundle.Status, error) {
	var r struct {
		Status bundle.Status `json:"status"`
	}
	err := searcherCall(url, identity, bundle.MethodGetBundleStatus, hash, &r)
	return r.Status, err
}
