package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/lease"
)

// scriptLease plays the slot's lease as Redis would answer one replica (the lease package's
// own tests run it against a real redis-server).
type scriptLease struct {
	mu       sync.Mutex
	held     bool           // Claim's answer
	await    []error        // Await's answers in turn; nil entries take the lease
	fence    int            // commits refused as fenced before one goes through
	earlier  *lease.Record  // an earlier holder's record, returned by Commit
	commits  []lease.Record // what was committed
	released []uint64       // slots given up
}

func (s *scriptLease) Claim(_ context.Context, slot uint64, _ time.Time) (lease.Hold, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return lease.Hold{Slot: slot, Token: 1}, s.held, nil
}

func (s *scriptLease) Await(_ context.Context, slot uint64, _ time.Time) (lease.Hold, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.await) == 0 {
		return lease.Hold{}, fmt.Errorf("%w: no more answers", lease.ErrFenced)
	}
	err := s.await[0]
	s.await = s.await[1:]
	return lease.Hold{Slot: slot, Token: 2}, err
}

func (s *scriptLease) Commit(_ context.Context, h lease.Hold, _ common.Hash, rec lease.Record) (lease.Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fence > 0 {
		s.fence--
		return lease.Record{}, lease.ErrFenced
	}
	s.commits = append(s.commits, rec)
	if s.earlier != nil {
		return *s.earlier, nil
	}
	return rec, nil
}

func (s *scriptLease) Release(_ context.Context, h lease.Hold) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.released = append(s.released, h.Slot)
	return nil
}

// A follower builds the slot but sends nothing while the holder holds it through the slot's
// last send, and leaves the searchers' statuses to the holder.
func TestFollowerSendsNothing(t *testing.T) {
	h := newHarness(t)
	h.p.deps.Lease = &scriptLease{}
	e := h.add(1, 10)
	_, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
	mustSkip(t, err, bundle.SkipOtherReplica)
	if len(h.sub.sent) != 0 {
		t.Fatalf("a follower submitted %d bundles", len(h.sub.sent))
	}
	if st := h.status(e.Hash); st.Status != bundle.StatusReceived {
		t.Errorf("a follower recorded status %s, want it left %s for the holder", st.Status, bundle.StatusReceived)
	}
}

// The holder records what it sends under its token before sending it.
func TestHolderCommitsBeforeSending(t *testing.T) {
	h := newHarness(t)
	sl := &scriptLease{held: true}
	h.p.deps.Lease = sl
	h.add(1, 10)
	sent, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(sl.commits) != 1 || sl.commits[0].Commitment != sent.Commitment || sl.commits[0].Bundle != sent.Bundle {
		t.Fatalf("commits %d, want the one sent bundle recorded", len(sl.commits))
	}
}

// A follower that takes the slot over from a holder that died after recording its bundle sends
// exactly that bundle, not its own build: relays never see two contents for the slot.
func TestTakeoverSendsTheEarlierHoldersBundle(t *testing.T) {
	h := newHarness(t)
	earlier := lease.Record{Bundle: &bundle.AtomicBundle{Txs: [][]byte{{0xee}}, BlockNumber: 100, ReplacementUUID: bundle.ReplacementUUIDFor(l2Chain, 10)},
		Commitment: common.HexToHash("0xc0"), Included: []common.Hash{{1}}}
	h.p.deps.Lease = &scriptLease{await: []error{nil}, earlier: &earlier}
	h.add(1, 10)
	sent, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(h.sub.sent) != 1 || h.sub.sent[0] != earlier.Bundle || sent.Commitment != earlier.Commitment {
		t.Fatalf("the takeover sent %d bundles (commitment %s), want the earlier holder's", len(h.sub.sent), sent.Commitment)
	}
}

// A holder whose lease lapsed before its send (it stalled, or Redis restarted) is fenced: it
// sends only after claiming the lease again, and not at all when another replica has it.
func TestFencedHolderSendsOnlyAfterReclaiming(t *testing.T) {
	for _, c := range []struct {
		name  string
		await []error
		sends int
	}{{"reclaimed", []error{nil}, 1}, {"taken", []error{lease.ErrFenced}, 0}} {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t)
			h.p.deps.Lease = &scriptLease{held: true, fence: 1, await: c.await}
			h.add(1, 10)
			_, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
			if len(h.sub.sent) != c.sends {
				t.Fatalf("sent %d bundles, want %d (err %v)", len(h.sub.sent), c.sends, err)
			}
			if c.sends == 0 && !errors.Is(err, ErrSkipped) {
				t.Fatalf("got %v, want a skip", err)
			}
		})
	}
}

// A holder with nothing to send gives the lease up at once, for a follower that has something.
func TestHolderReleasesASkippedSlot(t *testing.T) {
	h := newHarness(t)
	sl := &scriptLease{held: true}
	h.p.deps.Lease = sl
	_, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
	mustSkip(t, err, bundle.SkipNoBundles)
	if len(sl.released) != 1 || sl.released[0] != 10 {
		t.Fatalf("released %v, want slot 10", sl.released)
	}
}

// A holder whose build a newer message for the slot ends keeps the lease for that message.
func TestSupersededHolderKeepsTheLease(t *testing.T) {
	h := newHarness(t)
	sl := &scriptLease{held: true}
	h.p.deps.Lease = sl
	h.add(1, 10)
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("superseded"))
	if _, err := h.p.Handle(ctx, h.message(10, 9*time.Second)); err == nil || errors.Is(err, ErrSkipped) {
		t.Fatalf("got %v, want the cancellation", err)
	}
	if len(sl.released) != 0 {
		t.Fatalf("released %v on a superseded build", sl.released)
	}
}
