package lifecycle

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// failing is a fake whose failure the test triggers.
type failing struct {
	fake
	fatal chan error
}

func newFailing(name string, rec *recorder) *failing {
	return &failing{fake: fake{name: name, rec: rec}, fatal: make(chan error, 1)}
}

func (f *failing) Fatal() <-chan error { return f.fatal }

var _ Failer = (*failing)(nil)

// named builds a supervisor from components added under the given names.
func named(t *testing.T, names []string, comps ...Component) *Supervisor {
	t.Helper()
	s := NewSupervisor(zerolog.Nop())
	for i, c := range comps {
		if err := s.Add(names[i], c); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestRunStopsEverythingOnFatal(t *testing.T) {
	rec := &recorder{}
	b := newFailing("b", rec)
	s := named(t, []string{"a", "b", "c"}, &fake{name: "a", rec: rec}, b, &fake{name: "c", rec: rec})
	started := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), s, RunConfig{
			Signals: make(chan os.Signal), StopTimeout: time.Minute, OnStarted: func() { close(started) },
		}, zerolog.Nop())
	}()
	<-started
	boom := errors.New("accept: listener closed")
	b.fatal <- boom
	err := <-done
	var fe *FatalError
	if !errors.As(err, &fe) || fe.Component != "b" || !errors.Is(err, boom) {
		t.Fatalf("Run = %v, want a FatalError of b wrapping the reason", err)
	}
	if !strings.Contains(err.Error(), "b failed: accept: listener closed") {
		t.Errorf("message %q does not name the component and the reason", err)
	}
	want := []string{"start a", "start b", "start c", "stop c", "stop b", "stop a"}
	if got := rec.list(); !slices.Equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
	if err := s.Ready(); !errors.Is(err, ErrNotReady) || !strings.Contains(err.Error(), "b failed") {
		t.Errorf("Ready after a failure = %v", err)
	}
}

func TestFatalDuringStartupCancelsIt(t *testing.T) {
	rec := &recorder{}
	a := newFailing("a", rec)
	slow := &slowStart{fake: fake{name: "slow", rec: rec}, entered: make(chan struct{})}
	s := named(t, []string{"a", "slow"}, a, slow)
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), s, RunConfig{Signals: make(chan os.Signal), StopTimeout: time.Minute}, zerolog.Nop())
	}()
	<-slow.entered
	boom := errors.New("boom")
	a.fatal <- boom
	err := <-done
	var fe *FatalError
	if !errors.As(err, &fe) || fe.Component != "a" || !errors.Is(err, boom) {
		t.Fatalf("Run = %v, want a FatalError of a", err)
	}
	if got := rec.list(); !slices.Equal(got, []string{"start a", "start slow", "stop a"}) {
		t.Errorf("events %v", got)
	}
}

func TestFailureAfterStopIsIgnored(t *testing.T) {
	rec := &recorder{}
	a := newFailing("a", rec)
	s := named(t, []string{"a"}, a)
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Stop has ended the watcher, so nobody reads this.
	a.fatal <- errors.New("late")
	select {
	case <-s.Failed():
		t.Fatal("a failure after Stop was recorded")
	default:
	}
	if err := s.Err(); err != nil {
		t.Errorf("Err = %v", err)
	}
}

func TestOnlyTheFirstFailureCounts(t *testing.T) {
	rec := &recorder{}
	a, b := newFailing("a", rec), newFailing("b", rec)
	s := named(t, []string{"a", "b"}, a, b)
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer s.Stop(context.Background())
	first := errors.New("first")
	b.fatal <- first
	<-s.Failed()
	a.fatal <- errors.New("second")
	var fe *FatalError
	if err := s.Err(); !errors.As(err, &fe) || fe.Component != "b" || !errors.Is(err, first) {
		t.Errorf("Err = %v, want b's first failure", err)
	}
}

// nilFatal never fails: its channel is nil.
type nilFatal struct{ fake }

func (nilFatal) Fatal() <-chan error { return nil }

func TestNilFatalChannelNeverFails(t *testing.T) {
	rec := &recorder{}
	s := named(t, []string{"n"}, &nilFatal{fake{name: "n", rec: rec}})
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s.Err() != nil {
		t.Error("a nil channel failed")
	}
}
