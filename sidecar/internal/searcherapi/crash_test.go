package searcherapi

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/journal"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
)

// childEnv names the data directory when the test binary runs as the crash test's server.
const childEnv = "SEARCHERAPI_CRASH_CHILD_DIR"

func TestMain(m *testing.M) {
	if dir := os.Getenv(childEnv); dir != "" {
		if err := runChild(dir); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runChild is a whole searcher API process: journal, pool rebuilt from it, server. It prints
// its URL and serves until stdin closes (or it is killed).
func runChild(dir string) error {
	ctx := context.Background()
	cfg, pcfg := testConfig()
	j, err := journal.Open(journal.Config{Dir: dir}, zerolog.Nop(), nil)
	if err != nil {
		return err
	}
	defer j.Close()
	entries, err := j.Load(ctx)
	if err != nil {
		return err
	}
	p, err := pool.New(pcfg, pool.Deps{Journal: j})
	if err != nil {
		return err
	}
	if err := p.Restore(entries); err != nil {
		return err
	}
	sl := &slots{}
	sl.next.Store(nextSlot)
	if _, err := p.Prune(ctx, sl.NextSlot()); err != nil {
		return err
	}
	srv, err := New(cfg, Deps{Pool: p, Slots: sl, Log: zerolog.Nop(), Now: clock.NewVirtual(time.Unix(testStart, 0)).Now})
	if err != nil {
		return err
	}
	if err := srv.Start(ctx); err != nil {
		return err
	}
	defer srv.Stop(ctx)
	fmt.Printf("LISTEN %s\n", srv.URL())
	_, _ = io.Copy(io.Discard, os.Stdin)
	return nil
}

type child struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	url   string
}

func startChild(t *testing.T, dir string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+dir)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, stdin: stdin}
	t.Cleanup(func() { c.kill() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("child did not start: %v", err)
	}
	c.url = strings.TrimSpace(strings.TrimPrefix(line, "LISTEN "))
	return c
}

func (c *child) kill() {
	_ = c.cmd.Process.Signal(syscall.SIGKILL)
	_ = c.cmd.Wait()
}

// TestCrashLosesNothingAcknowledged sends bundles, replacements and cancellations from
// concurrent searchers to a server in a child process, kills it with SIGKILL right after the
// last reply, restarts it on the same directory and finds every acknowledged bundle with the
// status its last acknowledged change gave it.
func TestCrashLosesNothingAcknowledged(t *testing.T) {
	dir := t.TempDir()
	c := startChild(t, dir)
	h := &harness{t: t, url: c.url, maker: pooltest.NewMaker(l1Chain, l2Chain), clock: clock.NewVirtual(time.Unix(testStart, 0))}

	type ack struct {
		key    *ecdsa.PrivateKey
		status bundle.Status
	}
	var mu sync.Mutex
	acked := map[common.Hash]ack{}
	var wg sync.WaitGroup
	for w := range 8 {
		key := pooltest.Key(100 + w)
		wg.Go(func() {
			for i := range 6 {
				b := h.maker.Bundle(key, 1, 2, 0)
				b.ReplacementUUID = pooltest.UUID(i % 3) // the second round replaces the first
				b.ReplacementNonce = uint64(i)
				r := h.send(key, b)
				if r.Error != nil {
					t.Errorf("send: %s", r.Error.Message)
					return
				}
				mu.Lock()
				acked[b.Hash()] = ack{key, bundle.StatusReceived}
				if i >= 3 {
					acked[h.prevHash(key, i-3)] = ack{key, bundle.StatusCancelled}
				}
				h.remember(key, i, b.Hash())
				mu.Unlock()
			}
			r := h.cancel(key, pooltest.UUID(2), pool.AnyNonce)
			if r.Error != nil {
				t.Errorf("cancel: %s", r.Error.Message)
				return
			}
			mu.Lock()
			acked[h.prevHash(key, 5)] = ack{key, bundle.StatusCancelled}
			mu.Unlock()
		})
	}
	wg.Wait()
	c.kill() // immediately after the last reply
	if t.Failed() {
		return
	}

	c2 := startChild(t, dir)
	h.url = c2.url
	for hash, a := range acked {
		st, r := h.status(a.key, hash)
		if r.Error != nil {
			t.Errorf("bundle %s lost: %s", hash, r.Error.Message)
			continue
		}
		if st.Status != a.status || uint64(st.L1Slot) != nextSlot {
			t.Errorf("bundle %s is %s for slot %d after restart, want %s for %d", hash, st.Status, st.L1Slot, a.status, nextSlot)
		}
	}
	if len(acked) != 8*6 {
		t.Fatalf("%d acknowledged bundles, want %d", len(acked), 8*6)
	}
	_ = c2.stdin.Close()
}
