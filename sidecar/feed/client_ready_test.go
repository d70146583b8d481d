package feed

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
)

var (
	_ lifecycle.Checker = (*Client)(nil)
	_ lifecycle.Failer  = (*Server)(nil)
)

// waitReady waits until the client's readiness satisfies ok, re-checking at
// every connect and disconnect, and returns it.
func waitReady(t *testing.T, c *Client, ok func(error) bool) error {
	t.Helper()
	timeout := time.After(10 * time.Second) // a failure bound, not synchronisation
	for {
		changed := c.streamChanged()
		if err := c.Ready(); ok(err) {
			return err
		}
		select {
		case <-changed:
		case <-timeout:
			t.Fatalf("readiness stuck at %v", c.Ready())
		}
	}
}

func isReady(err error) bool { return err == nil }

// deadAddress returns a loopback address nothing listens on.
func deadAddress(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	return addr
}

func TestNotReadyWhenFeedUnreachable(t *testing.T) {
	rig := startClient(t, "http://"+deadAddress(t), newSeq(t), newHead(), clock.NewVirtual(genesis))
	err := waitReady(t, rig.c, func(err error) bool { return err != nil && strings.Contains(err.Error(), causeConnect) })
	if !errors.Is(err, ErrNoStream) || !strings.Contains(err.Error(), "connection refused") {
		t.Errorf("Ready = %v, want no stream because the connection was refused", err)
	}
}

func TestNotReadyOnceSequencerFeedStops(t *testing.T) {
	s := newSeq(t)
	srv := newServer(t, clock.NewVirtual(genesis))
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(hs.Close)
	rig := startClient(t, hs.URL, s, newHead(), clock.NewVirtual(genesis))
	if err := srv.Publish(s.msg(100)); err != nil {
		t.Fatal(err)
	}
	rig.next(t)
	if err := rig.c.Ready(); err != nil {
		t.Fatalf("Ready with a live stream: %v", err)
	}
	srv.Close() // the sequencer stops: its streams end
	hs.Close()  // and nothing listens any more
	err := waitReady(t, rig.c, func(err error) bool { return err != nil })
	if !errors.Is(err, ErrNoStream) || !strings.Contains(err.Error(), causeEOF) {
		t.Errorf("Ready = %v, want no stream because it closed", err)
	}
}

func TestNotReadyWhileSilent(t *testing.T) {
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		_ = http.NewResponseController(w).Flush()
		<-r.Context().Done() // then say nothing at all
	}))
	t.Cleanup(hs.Close)
	clk := clock.NewVirtual(genesis)
	const silence = 30 * time.Second
	rig := startClient(t, hs.URL, newSeq(t), newHead(), clk, func(c *ClientConfig) {
		c.Silence = silence
		c.Backoff = clock.Backoff{Min: time.Hour, Max: time.Hour}
	})
	waitReady(t, rig.c, isReady)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := clk.WaitForTimers(ctx, 1); err != nil { // the silence watchdog
		t.Fatal(err)
	}
	clk.Advance(silence - time.Millisecond)
	if err := rig.c.Ready(); err != nil {
		t.Fatalf("not ready before the silence timeout: %v", err)
	}
	clk.Advance(time.Millisecond)
	err := waitReady(t, rig.c, func(err error) bool { return errors.Is(err, ErrNoStream) })
	if !strings.Contains(err.Error(), causeSilent) {
		t.Errorf("Ready = %v, want the silence named", err)
	}
}

func TestReadinessReasons(t *testing.T) {
	const silence = 30 * time.Second
	now := genesis.Add(time.Minute)
	tests := []struct {
		name    string
		started bool
		state   streamState
		want    error  // nil: ready
		reason  string // in the message
	}{
		{"not started", false, streamState{}, ErrNoStream, "not started"},
		{"first connection pending", true, streamState{}, ErrNoStream, "connecting"},
		{"connection failed", true, streamState{cause: causeStatus, err: errors.New("status 503")}, ErrNoStream, "bad_status: status 503"},
		{"stream ended", true, streamState{cause: causeEOF, err: io.EOF}, ErrNoStream, "closed: EOF"},
		{"stopped", true, streamState{cause: causeStopped, err: errStopped}, ErrNoStream, "client stopped"},
		{"connected, recent byte", true, streamState{connected: true, lastByte: now.Add(-silence + time.Millisecond)}, nil, ""},
		{"connected, silent", true, streamState{connected: true, lastByte: now.Add(-silence)}, ErrSilentStream, "nothing for 30s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.state.ready(tt.started, now, silence)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("ready = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.reason) {
				t.Errorf("ready = %v, want %v naming %q", err, tt.want, tt.reason)
			}
		})
	}
}

func TestReadyAfterStop(t *testing.T) {
	rig := startClient(t, "http://"+deadAddress(t), newSeq(t), newHead(), clock.NewVirtual(genesis))
	// Stopped while waiting to reconnect, after a failed connect: the reason is still "stopped".
	deadline := time.Now().Add(5 * time.Second)
	for err := rig.c.Ready(); err == nil || !strings.Contains(err.Error(), causeConnect); err = rig.c.Ready() {
		if time.Now().After(deadline) {
			t.Fatalf("no connect error before Stop: %v", err)
		}
		time.Sleep(time.Millisecond)
	}
	if err := rig.c.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := rig.c.Ready(); !errors.Is(err, ErrNoStream) || !strings.Contains(err.Error(), "stopped") {
		t.Errorf("Ready after Stop = %v", err)
	}
}
