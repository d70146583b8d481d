// Package redisnode runs a real redis-server (Debian's package) as a child process for tests and
// the devnet: on a port chosen at run time, in its own directory, with the settings the shared
// bundle pool needs (appendonly yes, appendfsync always, maxmemory-policy noeviction). A stopped
// or killed server restarts on the same port from its AOF.
package redisnode

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Binary is the server's executable name, looked up in PATH.
const Binary = "redis-server"

// ErrNotInstalled: redis-server is not in PATH.
var ErrNotInstalled = errors.New("redis-server is not installed (Debian: apt-get install -y redis-server)")

// errPortTaken: the chosen port was taken between choosing and binding it.
var errPortTaken = errors.New("port taken")

// Find returns the path of redis-server.
func Find() (string, error) {
	p, err := exec.LookPath(Binary)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrNotInstalled, err)
	}
	return p, nil
}

// Server is one redis-server process.
type Server struct {
	bin, dir string
	port     int
	// Log receives the server's output (nil: discarded).
	log io.Writer

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{} // closed when the current process has exited and its output is read
}

// Start starts redis-server with its data in dir (which must exist) on a free port of
// 127.0.0.1, retrying with another port when the chosen one is taken meanwhile. log, if not
// nil, receives the server's output.
func Start(ctx context.Context, dir string, log io.Writer) (*Server, error) {
	bin, err := Find()
	if err != nil {
		return nil, err
	}
	s := &Server{bin: bin, dir: dir, log: log}
	for attempt := 0; ; attempt++ {
		if s.port, err = freePort(); err != nil {
			return nil, err
		}
		err = s.start(ctx)
		if !errors.Is(err, errPortTaken) || attempt == 4 {
			return s, err
		}
	}
}

// freePort binds :0 on loopback and releases the port for the server to take.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("choose a port: %w", err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	return port, l.Close()
}

// Addr is host:port.
func (s *Server) Addr() string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(s.port)) }

// URL is the server's redis:// URL (database 0).
func (s *Server) URL() string { return "redis://" + s.Addr() + "/0" }

// Dir is the server's data directory (its AOF is under it).
func (s *Server) Dir() string { return s.dir }

// Restart starts the server again on the same port with the same data, after Stop or Kill.
func (s *Server) Restart(ctx context.Context) error {
	s.mu.Lock()
	running := s.cmd != nil
	s.mu.Unlock()
	if running {
		return errors.New("redisnode: restart of a running server")
	}
	return s.start(ctx)
}

func (s *Server) args() []string {
	return []string{
		"--port", strconv.Itoa(s.port), "--bind", "127.0.0.1", "--dir", s.dir,
		"--daemonize", "no", "--logfile", "", "--save", "",
		"--appendonly", "yes", "--appendfsync", "always", "--maxmemory-policy", "noeviction",
	}
}

// start runs the server and returns once it accepts connections (its log says so), or with
// errPortTaken when it could not bind the port.
func (s *Server) start(ctx context.Context) error {
	cmd := exec.Command(s.bin, s.args()...)
	cmd.Dir = s.dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return fmt.Errorf("redisnode: %w", err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("redisnode: start %s: %w", s.bin, err)
	}
	ready, done := make(chan error, 1), make(chan struct{})
	go s.read(out, ready, cmd, done)
	select {
	case err = <-ready:
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err != nil {
		_ = cmd.Process.Kill()
		<-done
		return err
	}
	s.mu.Lock()
	s.cmd, s.done = cmd, done
	s.mu.Unlock()
	return nil
}

// read copies the server's output to the log, reports readiness (nil) or why it exited before
// being ready, and reaps the process at the end of its output.
func (s *Server) read(out io.Reader, ready chan<- error, cmd *exec.Cmd, done chan<- struct{}) {
	defer close(done)
	sc := bufio.NewScanner(out)
	reported, taken := false, false
	var tail []string
	for sc.Scan() {
		line := sc.Text()
		if s.log != nil {
			_, _ = fmt.Fprintln(s.log, line)
		}
		tail = append(tail[max(0, len(tail)-9):], line)
		taken = taken || strings.Contains(line, "Address already in use")
		if !reported && strings.Contains(line, "Ready to accept connections") {
			reported = true
			ready <- nil
		}
	}
	_, _ = io.Copy(io.Discard, out)
	err := cmd.Wait()
	if !reported {
		if taken {
			ready <- errPortTaken
			return
		}
		ready <- fmt.Errorf("redisnode: redis-server exited before it was ready (%v):\n%s", err, strings.Join(tail, "\n"))
	}
}

// stopGrace is how long Stop lets the server shut down before it kills it: Redis ignores a
// SIGTERM while it writes its first AOF, for instance.
const stopGrace = 10 * time.Second

// Stop shuts the server down with SIGTERM (it flushes its AOF) and waits for it; a server still
// running after stopGrace is killed.
func (s *Server) Stop() error { return s.signal(syscall.SIGTERM) }

// Kill ends the server with SIGKILL, as a crash would, and waits for it: only what is
// already fsynced in its AOF survives.
func (s *Server) Kill() error { return s.signal(syscall.SIGKILL) }

func (s *Server) signal(sig os.Signal) error {
	s.mu.Lock()
	cmd, done := s.cmd, s.done
	s.cmd = nil
	s.mu.Unlock()
	if cmd == nil {
		return nil
	}
	if err := cmd.Process.Signal(sig); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("redisnode: signal: %w", err)
	}
	select {
	case <-done:
		return nil
	case <-time.After(stopGrace):
	}
	_ = cmd.Process.Kill()
	<-done
	return fmt.Errorf("redisnode: redis-server ignored %v for %s and was killed", sig, stopGrace)
}
