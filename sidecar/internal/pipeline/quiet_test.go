package pipeline

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// countQuiet counts the hushes held.
type countQuiet struct {
	mu   sync.Mutex
	held int
}

func (q *countQuiet) Hush() func() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.held++
	return func() {
		q.mu.Lock()
		defer q.mu.Unlock()
		q.held--
	}
}

func (q *countQuiet) count() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.held
}

// hushedSubmitter records whether searchers' simulations were hushed when the bundle went out.
type hushedSubmitter struct {
	recordSubmitter
	q      *countQuiet
	hushed []bool
}

func (s *hushedSubmitter) Submit(ctx context.Context, b *bundle.AtomicBundle, all func(slots.Delivery)) slots.Delivery {
	s.hushed = append(s.hushed, s.q.count() > 0)
	return s.recordSubmitter.Submit(ctx, b, all)
}

// Searchers' based_callBundle simulations stay hushed until the slot's bundle is on the wire:
// signing and the send are on the dead time as much as the build. Once Handle returns, nothing
// is held off any more.
func TestSearcherSimulationsHushedUntilSent(t *testing.T) {
	h := newHarness(t)
	q := &countQuiet{}
	sub := &hushedSubmitter{q: q}
	h.p.deps.Quiet, h.p.deps.Submitter = q, sub
	h.add(1, 10)
	if _, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second)); err != nil {
		t.Fatal(err)
	}
	if len(sub.hushed) != 1 || !sub.hushed[0] {
		t.Fatalf("hushed at the send: %v, want [true]", sub.hushed)
	}
	if n := q.count(); n != 0 {
		t.Fatalf("%d hushes still held after the slot was sent", n)
	}
}
