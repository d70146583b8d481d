package sidecar

import (
	"context"
	"errors"
	"sync"

	"github.com/syncboost/syncboost/sidecar/internal/driver"
	"github.com/syncboost/syncboost/sidecar/internal/inclusion"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
)

var errNotStarted = errors.New("the slot loop has not started")

// slotLoop is the supervisor's component for everything that needs the chain's timing (the
// slot length from the beacon node's spec): the feed client, the tracker with its outcome
// sender, and the slot driver. It builds them when it starts, after the beacon tracker, and runs
// them on a supervisor of its own, so they start in order, stop in reverse and report readiness.
type slotLoop struct {
	build func() (*loopParts, error)

	mu    sync.Mutex
	parts *loopParts
}

// loopParts are the slot loop's components, and what other parts read from them.
type loopParts struct {
	sup      *lifecycle.Supervisor
	pipeline *pipeline.Pipeline
	driver   *driver.Driver
	tracker  *inclusion.Tracker
}

func (l *slotLoop) Start(ctx context.Context) error {
	parts, err := l.build()
	if err != nil {
		return err
	}
	if err := parts.sup.Start(ctx); err != nil {
		return err
	}
	l.mu.Lock()
	l.parts = parts
	l.mu.Unlock()
	return nil
}

func (l *slotLoop) Stop(ctx context.Context) error {
	if p := l.get(); p != nil {
		return p.sup.Stop(ctx)
	}
	return nil
}

// Ready reports the slot loop's components' readiness (the feed among them).
func (l *slotLoop) Ready() error {
	p := l.get()
	if p == nil {
		return errNotStarted
	}
	return p.sup.Ready()
}

// get returns the running parts, nil before Start.
func (l *slotLoop) get() *loopParts {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.parts
}

// Readiness lists the slot loop's components, none before Start.
func (l *slotLoop) Readiness() []lifecycle.Readiness {
	if p := l.get(); p != nil {
		return p.sup.Readiness()
	}
	return nil
}
