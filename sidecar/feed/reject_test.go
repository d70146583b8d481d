package feed

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
)

func TestRejectionsCarryTheirReason(t *testing.T) {
	s, other := newSeq(t), newSeq(t)
	otherDomain := bundle.Domain{ChainID: domain.ChainID, VerifyingContract: common.HexToAddress("0x0bad")}
	m100, m101 := s.msg(100), s.msg(101)
	badSig := s.msg(101)
	badSig.Certificate.Signature = bytes.Clone(badSig.Certificate.Signature)
	badSig.Certificate.Signature[64] = 29
	tests := []struct {
		name   string
		reason string
		frames func(t *testing.T) [][]byte
	}{
		{"malformed json", RejectMalformed, func(t *testing.T) [][]byte {
			return [][]byte{rawFrame(t, EventID(chainID, 101), []byte(`{"l2ChainId":`))}
		}},
		{"oversized event", RejectOversized, func(t *testing.T) [][]byte {
			return [][]byte{rawFrame(t, EventID(chainID, 101), bytes.Repeat([]byte("x"), 8<<10))}
		}},
		{"bad signature", RejectBadSignature, func(t *testing.T) [][]byte { return [][]byte{frame(t, badSig)} }},
		{"wrong domain", RejectWrongSigner, func(t *testing.T) [][]byte {
			m := s.msg(101)
			return [][]byte{frame(t, s.sign(m.SlotEnding, otherDomain))}
		}},
		{"wrong signer", RejectWrongSigner, func(t *testing.T) [][]byte { return [][]byte{frame(t, other.msg(101))} }},
		{"wrong chain", RejectWrongChain, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L2ChainID = 999 }))}
		}},
		{"not slot-ending", RejectNotSlotEnding, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.IsSlotEnding = false }))}
		}},
		{"stale slot", RejectStaleSlot, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L1Slot = buildSlot - 1 }))}
		}},
		{"future slot", RejectFutureSlot, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L1Slot = buildSlot + 1 }))}
		}},
		{"wrong parent", RejectWrongParent, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L1ParentHash = common.Hash{9} }))}
		}},
		{"duplicate", RejectDuplicate, func(t *testing.T) [][]byte { return [][]byte{frame(t, m101), frame(t, m101)} }},
		{"out of order", RejectOutOfOrder, func(t *testing.T) [][]byte { return [][]byte{frame(t, m101), frame(t, s.msg(99))} }},
		{"broken linkage", RejectBrokenLinkage, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L2ParentHash = common.Hash{7} }))}
		}},
		{"batch by another signer", RejectBadBatch, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.withBatch(s.msg(101), other.key, nil))}
		}},
		{"batch for another chain", RejectBadBatch, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.withBatch(s.msg(101), s.key, func(b *bundle.SignedBatch) { b.Header.L2ChainID = 999 }))}
		}},
		{"batch data not the one certified", RejectBadBatch, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.withBatch(s.msg(101), s.key, func(b *bundle.SignedBatch) { b.Data = []byte{bundle.BatchV1} }))}
		}},
		{"batch ends at another hash", RejectBatchMismatch, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.withBatch(s.msg(101), s.key, func(b *bundle.SignedBatch) { b.Header.LastHash = blockHash(100) }))}
		}},
		{"batch ends at another number", RejectBatchMismatch, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.withBatch(s.msg(101), s.key, func(b *bundle.SignedBatch) { b.Header.LastNumber = 102 }))}
		}},
		{"batch ends at another state root", RejectBatchMismatch, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, s.withBatch(s.msg(101), s.key, func(b *bundle.SignedBatch) { b.Header.LastStateRoot = common.Hash{1} }))}
		}},
		{"equivocation", RejectEquivocation, func(t *testing.T) [][]byte {
			return [][]byte{frame(t, m101), frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L2BlockHash = common.Hash{8} }))}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// m100 first (accepted), the case's frames, then m102 as a sentinel:
			// once it arrives, every earlier frame has been judged.
			frames := append([][]byte{frame(t, m100)}, tc.frames(t)...)
			frames = append(frames, frame(t, s.msg(102)))
			rig := startClient(t, scripted(t, frames...).URL, s, newHead(), clock.Real{})
			var got []uint64
			for {
				m := rig.next(t)
				got = append(got, m.L2BlockNumber)
				if m.L2BlockNumber == 102 {
					break
				}
			}
			if rig.rejected(tc.reason) != 1 {
				t.Fatalf("rejected{%s} = %v; delivered %v", tc.reason, rig.rejected(tc.reason), got)
			}
			for _, n := range got {
				if n != 100 && n != 102 && !(n == 101 && (tc.reason == RejectDuplicate || tc.reason == RejectOutOfOrder || tc.reason == RejectEquivocation)) {
					t.Fatalf("delivered a rejected message: blocks %v", got)
				}
			}
		})
	}
}

// TestCarriedBatchAccepted: a message whose batch verifies and ends at its block is delivered
// with the batch, as the pipeline packs it into the submission.
func TestCarriedBatchAccepted(t *testing.T) {
	s := newSeq(t)
	m := s.withBatch(s.msg(101), s.key, nil)
	rig := startClient(t, scripted(t, frame(t, m)).URL, s, newHead(), clock.Real{})
	got := rig.next(t)
	if got.Batch == nil || got.Batch.Header != m.Batch.Header || !bytes.Equal(got.Batch.Data, m.Batch.Data) {
		t.Fatalf("delivered batch %+v, want %+v", got.Batch, m.Batch)
	}
}

// headFailingOnce fails its first BuildTarget, as a tracker whose beacon
// node is momentarily unreachable.
type headFailingOnce struct {
	*fakeHead
	once sync.Once
}

func (h *headFailingOnce) BuildTarget() (uint64, []common.Hash, error) {
	var err error
	h.once.Do(func() { err = errors.New("beacon node unreachable") })
	if err != nil {
		return 0, nil, err
	}
	return h.fakeHead.BuildTarget()
}

func TestHeadUnavailableAndImplicitSlotEnding(t *testing.T) {
	s := newSeq(t)
	implicit := func(seq uint32) func(*bundle.SlotEnding) {
		return func(m *bundle.SlotEnding) { m.IsSlotEnding, m.SeqIndex = seq != 4, seq }
	}
	frames := [][]byte{
		frame(t, s.msg(100, implicit(4))), // head unavailable
		frame(t, s.msg(101, implicit(3))), // flagged, but seqIndex 3 is not the slot-ending index
		frame(t, s.msg(102, implicit(4))), // accepted by the implicit rule
	}
	rig := startClient(t, scripted(t, frames...).URL, s, &headFailingOnce{fakeHead: newHead()}, clock.Real{}, func(c *ClientConfig) {
		c.Validator.ImplicitSlotEndingIndex = 4
	})
	if got := rig.next(t); got.L2BlockNumber != 102 {
		t.Fatalf("delivered block %d", got.L2BlockNumber)
	}
	if rig.rejected(RejectHeadUnavailable) != 1 || rig.rejected(RejectNotSlotEnding) != 1 {
		t.Fatalf("head_unavailable %v, not_slot_ending %v", rig.rejected(RejectHeadUnavailable), rig.rejected(RejectNotSlotEnding))
	}
}

// lockedBuffer collects log lines written from the client's goroutine.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestRejectionLoggedOnceCountedEachTime(t *testing.T) {
	s := newSeq(t)
	wrongChain := frame(t, s.msg(101, func(m *bundle.SlotEnding) { m.L2ChainID = 999 }))
	srv := scripted(t, frame(t, s.msg(100)), wrongChain, wrongChain, frame(t, s.msg(102)))
	var logs lockedBuffer
	c, err := NewClient(DefaultClientConfig(srv.URL, validatorConfig(s)), newHead(), slotClock, clock.Real{},
		zerolog.New(&logs), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Stop(context.Background()) })
	rig := &clientRig{c: c}
	for _, want := range []uint64{100, 102} { // 102 arrives after both rejections were judged
		if got := rig.next(t); got.L2BlockNumber != want {
			t.Fatalf("delivered block %d, want %d", got.L2BlockNumber, want)
		}
	}
	if got := rig.rejected(RejectWrongChain); got != 2 {
		t.Fatalf("rejected{wrong_chain} = %v, want 2", got)
	}
	if n := strings.Count(logs.String(), `"reason":"wrong_chain"`); n != 1 {
		t.Fatalf("the rejection was logged %d times, want once:\n%s", n, logs.String())
	}
}

func TestRecentForgetsTheOldest(t *testing.T) {
	r := newRecent[int](2)
	if !r.add(1) || !r.add(2) || r.add(2) {
		t.Fatal("add must report new keys only")
	}
	r.add(3) // forgets 1
	if r.has(1) || !r.has(2) || !r.has(3) {
		t.Fatalf("after 1,2,3 with room for two: has(1)=%v has(2)=%v has(3)=%v", r.has(1), r.has(2), r.has(3))
	}
}
