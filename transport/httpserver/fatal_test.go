package httpserver

import (
	"context"
	"errors"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/sidecar/lifecycle"
)

var _ lifecycle.Failer = (*Server)(nil)

// breakListener closes the server's listener behind its back, as when the
// socket dies under a running service.
func breakListener(t *testing.T, s *Server) {
	t.Helper()
	s.mu.Lock()
	ln := s.ln
	s.mu.Unlock()
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestServeErrorIsFatal(t *testing.T) {
	s := start(t, testConfig(), echo)
	breakListener(t, s)
	err := <-s.Fatal()
	if !errors.Is(err, net.ErrClosed) || !strings.Contains(err.Error(), s.Addr().String()) {
		t.Fatalf("Fatal = %v, want the closed listener's error naming the address", err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Errorf("Stop after the serve loop died: %v", err)
	}
}

func TestStopIsNotFatal(t *testing.T) {
	s := start(t, testConfig(), echo)
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-s.Fatal():
		t.Fatalf("a clean stop reported %v", err)
	default:
	}
}

// stopRecorder notes that it was stopped.
type stopRecorder struct{ stopped chan struct{} }

func (r *stopRecorder) Start(context.Context) error { return nil }
func (r *stopRecorder) Stop(context.Context) error  { close(r.stopped); return nil }

func TestBrokenListenerEndsRun(t *testing.T) {
	s, err := New(testConfig(), echo, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	sup := lifecycle.NewSupervisor(zerolog.Nop())
	before := &stopRecorder{stopped: make(chan struct{})}
	if err := sup.Add("store", before); err != nil {
		t.Fatal(err)
	}
	if err := sup.Add("searcher-api", s); err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- lifecycle.Run(context.Background(), sup, lifecycle.RunConfig{
			Signals: make(chan os.Signal), StopTimeout: time.Minute, OnStarted: func() { close(started) },
		}, zerolog.Nop())
	}()
	<-started
	breakListener(t, s)
	err = <-done
	var fe *lifecycle.FatalError
	if !errors.As(err, &fe) || fe.Component != "searcher-api" || !errors.Is(err, net.ErrClosed) {
		t.Fatalf("Run = %v, want the searcher-api's serve error", err)
	}
	if !strings.Contains(err.Error(), "searcher-api failed: httpserver: serve") {
		t.Errorf("message %q", err)
	}
	select {
	case <-before.stopped:
	default:
		t.Error("Run returned without stopping the component started before the server")
	}
}
