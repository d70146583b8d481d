package redisnode_test

import (
	"bufio"
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/syncboost/syncboost/devnet/redisnode"
)

// ping sends PING over a raw connection and returns the reply line.
func ping(t *testing.T, addr string) string {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatalf("dial %s: %v", addr, err)
	}
	defer c.Close()
	if _, err := c.Write([]byte("PING\r\n")); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(line)
}

// The server answers on the port chosen at run time, refuses connections once killed, and
// answers again on the same port after a restart.
func TestStartKillRestart(t *testing.T) {
	s := redisnode.StartT(t)
	if got := ping(t, s.Addr()); got != "+PONG" {
		t.Fatalf("PING = %q", got)
	}
	if err := s.Kill(); err != nil {
		t.Fatal(err)
	}
	if c, err := net.DialTimeout("tcp", s.Addr(), time.Second); err == nil {
		c.Close()
		t.Fatal("a killed server still accepts connections")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	if got := ping(t, s.Addr()); got != "+PONG" {
		t.Fatalf("PING after restart = %q", got)
	}
}
