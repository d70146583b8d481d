package lifecycle

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

type recorder struct {
	mu     sync.Mutex
	events []string
}

func (r *recorder) add(e string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, e)
}

func (r *recorder) list() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.events)
}

type fake struct {
	name      string
	rec       *recorder
	startErr  error
	stopErr   error
	readyErr  error
	stopEnter chan struct{} // closed when Stop begins, if set
	stopWait  bool          // Stop waits for ctx to end
	stopCtx   chan context.Context
}

func (f *fake) Start(context.Context) error {
	f.rec.add("start " + f.name)
	return f.startErr
}

func (f *fake) Stop(ctx context.Context) error {
	f.rec.add("stop " + f.name)
	if f.stopCtx != nil {
		f.stopCtx <- ctx
	}
	if f.stopEnter != nil {
		close(f.stopEnter)
	}
	if f.stopWait {
		<-ctx.Done()
		return ctx.Err()
	}
	return f.stopErr
}

func (f *fake) Ready() error { return f.readyErr }

func supervisor(t *testing.T, comps ...*fake) *Supervisor {
	t.Helper()
	s := NewSupervisor(zerolog.Nop())
	for _, c := range comps {
		if err := s.Add(c.name, c); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestStartInOrderStopInReverse(t *testing.T) {
	rec := &recorder{}
	s := supervisor(t, &fake{name: "a", rec: rec}, &fake{name: "b", rec: rec}, &fake{name: "c", rec: rec})
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := []string{"start a", "start b", "start c", "stop c", "stop b", "stop a"}
	if got := rec.list(); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if err := s.Stop(context.Background()); err != nil || len(rec.list()) != len(want) {
		t.Error("a second Stop must not stop anything again")
	}
}

func TestFailedStartStopsStartedOnesInReverse(t *testing.T) {
	rec := &recorder{}
	boom := errors.New("boom")
	s := supervisor(t, &fake{name: "a", rec: rec}, &fake{name: "b", rec: rec},
		&fake{name: "c", rec: rec, startErr: boom}, &fake{name: "d", rec: rec})
	err := s.Start(context.Background())
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "start c") {
		t.Fatalf("Start = %v, want boom naming c", err)
	}
	want := []string{"start a", "start b", "start c", "stop b", "stop a"}
	if got := rec.list(); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if err := s.Ready(); !errors.Is(err, ErrNotReady) {
		t.Errorf("Ready after failed start = %v", err)
	}
}

func TestStopReachesEveryComponentDespiteErrors(t *testing.T) {
	rec := &recorder{}
	e1, e2 := errors.New("e1"), errors.New("e2")
	s := supervisor(t, &fake{name: "a", rec: rec, stopErr: e1}, &fake{name: "b", rec: rec},
		&fake{name: "c", rec: rec, stopErr: e2})
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := s.Stop(context.Background())
	if !errors.Is(err, e1) || !errors.Is(err, e2) {
		t.Errorf("Stop = %v, want both errors", err)
	}
	if got := rec.list(); !slices.Equal(got[3:], []string{"stop c", "stop b", "stop a"}) {
		t.Errorf("stop order %v", got)
	}
}

func TestReady(t *testing.T) {
	rec := &recorder{}
	slow := &fake{name: "feed", rec: rec, readyErr: errors.New("not connected")}
	s := supervisor(t, &fake{name: "a", rec: rec}, slow)
	if err := s.Ready(); !errors.Is(err, ErrNotReady) {
		t.Errorf("before Start: %v", err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Ready(); !errors.Is(err, ErrNotReady) || !strings.Contains(err.Error(), "feed: not connected") {
		t.Errorf("with a component not ready: %v", err)
	}
	slow.readyErr = nil
	if err := s.Ready(); err != nil {
		t.Errorf("all ready: %v", err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Ready(); !errors.Is(err, ErrNotReady) {
		t.Errorf("after Stop: %v", err)
	}
}

func TestAddRejects(t *testing.T) {
	s := NewSupervisor(zerolog.Nop())
	if err := s.Add("nil", nil); !errors.Is(err, ErrNil) {
		t.Errorf("nil component: %v", err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Add("late", &fake{rec: &recorder{}}); !errors.Is(err, ErrStarted) {
		t.Errorf("Add after Start: %v", err)
	}
}

func TestRunStopsGracefullyOnSignal(t *testing.T) {
	rec := &recorder{}
	stopCtx := make(chan context.Context, 1)
	s := supervisor(t, &fake{name: "a", rec: rec}, &fake{name: "b", rec: rec, stopCtx: stopCtx})
	sigs := make(chan os.Signal)
	started := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), s, RunConfig{
			Signals: sigs, StopTimeout: time.Minute, OnStarted: func() { close(started) },
		}, zerolog.Nop())
	}()
	<-started
	sigs <- syscall.SIGTERM
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := rec.list(); !slices.Equal(got, []string{"start a", "start b", "stop b", "stop a"}) {
		t.Errorf("events %v", got)
	}
	if _, ok := (<-stopCtx).Deadline(); !ok {
		t.Error("the stop context has no deadline")
	}
}

func TestRunStopsWhenContextEnds(t *testing.T) {
	rec := &recorder{}
	s := supervisor(t, &fake{name: "a", rec: rec})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Run(ctx, s, RunConfig{StopTimeout: time.Minute}, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	if got := rec.list(); !slices.Equal(got, []string{"start a", "stop a"}) {
		t.Errorf("events %v", got)
	}
}

func TestSecondSignalForces(t *testing.T) {
	rec := &recorder{}
	entered := make(chan struct{})
	s := supervisor(t, &fake{name: "stuck", rec: rec, stopEnter: entered, stopWait: true})
	sigs := make(chan os.Signal)
	forced, started := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), s, RunConfig{
			Signals: sigs, StopTimeout: time.Hour, Force: func() { close(forced) },
			OnStarted: func() { close(started) },
		}, zerolog.Nop())
	}()
	<-started
	sigs <- syscall.SIGINT
	<-entered
	sigs <- syscall.SIGINT
	<-forced
	err := <-done
	if !errors.Is(err, ErrForced) || !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want ErrForced and the cancelled stop", err)
	}
}

func TestRunReportsStartFailure(t *testing.T) {
	boom := errors.New("boom")
	s := supervisor(t, &fake{name: "a", rec: &recorder{}, startErr: boom})
	if err := Run(context.Background(), s, RunConfig{StopTimeout: time.Second}, zerolog.Nop()); !errors.Is(err, boom) {
		t.Errorf("Run = %v", err)
	}
	if err := Run(context.Background(), NewSupervisor(zerolog.Nop()), RunConfig{}, zerolog.Nop()); err == nil {
		t.Error("zero stop timeout accepted")
	}
}

// slowStart blocks in Start until its context ends.
type slowStart struct {
	fake
	entered chan struct{}
}

func (s *slowStart) Start(ctx context.Context) error {
	s.rec.add("start " + s.name)
	close(s.entered)
	<-ctx.Done()
	return ctx.Err()
}

func TestSignalDuringStartCancelsIt(t *testing.T) {
	rec := &recorder{}
	slow := &slowStart{fake: fake{name: "slow", rec: rec}, entered: make(chan struct{})}
	s := NewSupervisor(zerolog.Nop())
	if err := s.Add("a", &fake{name: "a", rec: rec}); err != nil {
		t.Fatal(err)
	}
	if err := s.Add("slow", slow); err != nil {
		t.Fatal(err)
	}
	sigs := make(chan os.Signal)
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), s, RunConfig{Signals: sigs, StopTimeout: time.Minute}, zerolog.Nop())
	}()
	<-slow.entered
	sigs <- syscall.SIGTERM
	err := <-done
	if !errors.Is(err, ErrInterrupted) || !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want ErrInterrupted", err)
	}
	if got := rec.list(); !slices.Equal(got, []string{"start a", "start slow", "stop a"}) {
		t.Errorf("events %v", got)
	}
}

// lateStart notices the cancellation but still reports success.
type lateStart struct{ slowStart }

func (s *lateStart) Start(ctx context.Context) error {
	_ = s.slowStart.Start(ctx)
	return nil
}

func TestSignalDuringStartThatStillSucceedsStopsEverything(t *testing.T) {
	rec := &recorder{}
	late := &lateStart{slowStart{fake: fake{name: "late", rec: rec}, entered: make(chan struct{})}}
	s := NewSupervisor(zerolog.Nop())
	if err := s.Add("a", &fake{name: "a", rec: rec}); err != nil {
		t.Fatal(err)
	}
	if err := s.Add("late", late); err != nil {
		t.Fatal(err)
	}
	sigs := make(chan os.Signal)
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), s, RunConfig{Signals: sigs, StopTimeout: time.Minute}, zerolog.Nop())
	}()
	<-late.entered
	sigs <- syscall.SIGTERM
	if err := <-done; !errors.Is(err, ErrInterrupted) {
		t.Errorf("Run = %v, want ErrInterrupted", err)
	}
	if got := rec.list(); !slices.Equal(got, []string{"start a", "start late", "stop late", "stop a"}) {
		t.Errorf("events %v", got)
	}
}
