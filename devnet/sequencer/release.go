package sequencer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
)

// pause is the state between a release for slot and the resume.
type pause struct {
	slot       uint64
	releasedAt time.Time
	missed     bool // set when the resume came from the miss grace
}

// releaseTime is when the slot-ending message for slot is released.
func (s *Sequencer) releaseTime(slot uint64) time.Time {
	return s.slots.SlotStart(slot).Add(-s.slots.Bps(s.cfg.ReleaseLeadBps)).Add(s.releaseDelay(slot))
}

// DelayRelease makes the slot-ending message for slot go out by later than the release lead
// says, so tests can show what a late message does to the sidecar. It takes effect if called
// before the previous slot's message is released (the release timer is armed then).
func (s *Sequencer) DelayRelease(slot uint64, by time.Duration) {
	s.delayMu.Lock()
	defer s.delayMu.Unlock()
	if s.delays == nil {
		s.delays = map[uint64]time.Duration{}
	}
	s.delays[slot] = by
}

// Silence makes the sequencer release nothing and post no batch for slots from..to-1, as a
// sequencer that is down would, so tests can show based mode opening and the sequencer
// resuming on the based blocks built meanwhile. Its sequenced blocks of those slots never
// reach L1.
func (s *Sequencer) Silence(from, to uint64) {
	s.delayMu.Lock()
	defer s.delayMu.Unlock()
	s.silence, s.halt = [2]uint64{from, to}, false
}

// Halt is Silence for a sequencer that is down altogether: it also sequences nothing in those
// slots, so the users' transactions wait in its L2 node's pool for whoever builds next (a
// sidecar in based mode).
func (s *Sequencer) Halt(from, to uint64) {
	s.delayMu.Lock()
	defer s.delayMu.Unlock()
	s.silence, s.halt = [2]uint64{from, to}, true
}

func (s *Sequencer) silenced(slot uint64) bool {
	s.delayMu.Lock()
	defer s.delayMu.Unlock()
	return slot >= s.silence[0] && slot < s.silence[1]
}

// halted: Halt covers the current slot.
func (s *Sequencer) halted() bool {
	s.delayMu.Lock()
	defer s.delayMu.Unlock()
	slot := s.slots.SlotAt(s.clk.Now())
	return s.halt && slot >= s.silence[0] && slot < s.silence[1]
}

func (s *Sequencer) releaseDelay(slot uint64) time.Duration {
	s.delayMu.Lock()
	defer s.delayMu.Unlock()
	return s.delays[slot]
}

// firstRelease is the first slot, from slot from on, whose release time is not past.
func (s *Sequencer) firstRelease(from uint64) uint64 {
	now := s.clk.Now()
	first := s.slots.SlotAt(now.Add(s.slots.Bps(s.cfg.ReleaseLeadBps)))
	if s.releaseTime(first).Before(now) {
		first++
	}
	return max(from, first)
}

// onRelease releases the slot-ending message of the scheduled slot: the latest sequenced
// block (one is built first if none was since the previous release), certified for that
// slot on the current L1 head. Sequencing then pauses until the slot's L1 block is known.
func (s *Sequencer) onRelease(ctx context.Context) {
	slot := s.st.nextSlot
	if s.st.paused != nil {
		s.resume(ctx, true) // the previous slot's block never showed up
	}
	if s.st.sinceRelease == 0 {
		s.sequence(ctx)
	}
	var (
		vs     []Released
		l1Head *types.Header
		err    error
	)
	if s.silenced(slot) {
		err = errSilenced
	} else {
		vs, l1Head, err = s.certifyVariants(ctx, slot)
	}
	for i := 0; err == nil && i < len(vs); i++ {
		err = s.feed.Publish(vs[i].Message)
	}
	if err != nil {
		s.notReleased(slot, err)
	} else {
		msg := vs[len(vs)-1].Message // the one on the current L1 head
		if msg.Batch != nil && s.poster != nil {
			s.poster.Post(msg.Batch) // on L1 even if no based block lands this slot
		}
		s.released(slot, vs, l1Head)
	}
	s.st.nextSlot = s.firstRelease(slot + 1)
	// Armed for the instant, not a duration read earlier: a clock that moves past the release
	// time in between must fire it at once, not a whole interval late.
	s.t.release.Stop()
	s.t.release = s.clk.NewTimerAt(s.releaseTime(s.st.nextSlot))
}

// notReleased records a release that did not go out. One skipped because its message would
// revert (the L2 head does not extend the inbox head yet) is a warning, not a fault.
func (s *Sequencer) notReleased(slot uint64, err error) {
	ev := s.log.Error()
	var cu *catchUp
	if errors.As(err, &cu) && s.poster != nil {
		s.poster.Post(cu.batch)
	}
	if reason := skipReason(err); reason != "" {
		s.m.releases.WithLabelValues("skipped").Inc()
		s.m.skips.WithLabelValues(reason).Inc()
		ev = s.log.Warn().Str("reason", reason)
	} else {
		s.m.releases.WithLabelValues("failed").Inc()
	}
	ev.Err(err).Uint64("slot", slot).Msg("slot-ending message not released")
	s.ledger.update(slot, func(sf *SlotFacts) { sf.ReleaseErr = err.Error() })
	s.emit(Event{Kind: EventReleaseFailed, Slot: slot, Err: err})
}

func (s *Sequencer) released(slot uint64, vs []Released, l1Head *types.Header) {
	now := s.clk.Now()
	msg := vs[len(vs)-1].Message
	s.st.sinceRelease = 0
	s.m.releases.WithLabelValues("released").Inc()
	s.log.Info().Uint64("slot", slot).Uint64("l2_block", msg.L2BlockNumber).Str("l2_hash", msg.L2BlockHash.Hex()).
		Str("l1_parent", msg.L1ParentHash.Hex()).Uint32("seq_index", msg.SeqIndex).Int("variants", len(vs)).
		Int64("ms_before_slot", s.slots.SlotStart(slot).Sub(now).Milliseconds()).Msg("slot-ending message released")
	s.ledger.update(slot, func(sf *SlotFacts) { sf.ReleasedAt, sf.Message, sf.Variants = now, msg, vs })
	// Pause until the slot's L1 block is known, unless it already is (a late release).
	if s.slotOf(l1Head) < slot {
		s.st.paused = &pause{slot: slot, releasedAt: now}
		s.t.block.Stop()
		s.t.miss.Reset(s.slots.SlotStart(slot).Add(s.slots.Bps(s.cfg.MissGraceBps)).Sub(now))
	}
	s.emit(Event{Kind: EventReleased, Slot: slot, Message: msg})
}

// certify signs the slot-ending message for slot on l1Parent for the L2 block h (seqIndex
// idx), with the batch of the blocks after the inbox head there (the inbox takes a slot-ending
// anchor only once its block is on L1).
func (s *Sequencer) certify(ctx context.Context, slot uint64, l1Parent, h *types.Header, idx uint32) (*bundle.SignedSlotEnding, error) {
	if s.committee != nil { // the committee in force on the block the message builds on certifies
		if err := s.committee.Follow(ctx, s.l1, s.cfg.Inbox, l1Parent.Hash()); err != nil {
			return nil, err
		}
	}
	inboxHead, err := s.inboxHead(ctx, l1Parent.Hash())
	if err != nil {
		return nil, err
	}
	batch, err := s.batchTo(ctx, inboxHead, h, slot)
	if err != nil {
		return nil, err
	}
	m := bundle.SlotEnding{
		L2ChainID: s.l2ChainID, L2BlockNumber: h.Number.Uint64(), L2BlockHash: h.Hash(),
		L2ParentHash: h.ParentHash, L2StateRoot: h.Root, L1Slot: slot, L1ParentHash: l1Parent.Hash(),
		SeqIndex: idx, IsSlotEnding: true,
	}
	cert, err := s.certifyDigest(ctx, m.Digest(s.domain), func() (bundle.Certificate, error) { return bundle.SignECDSA(&m, s.domain, s.key) })
	if err != nil {
		return nil, fmt.Errorf("certify slot-ending message: %w", err)
	}
	return &bundle.SignedSlotEnding{SlotEnding: m, Certificate: cert, Batch: batch}, nil
}

// certifyDigest is the committee's certificate over digest when there is a committee, else
// sign's (the sequencer key's).
func (s *Sequencer) certifyDigest(ctx context.Context, digest common.Hash, sign func() (bundle.Certificate, error)) (bundle.Certificate, error) {
	if s.committee != nil {
		return s.committee.Certify(ctx, digest)
	}
	return sign()
}

// resume ends a pause: the next sequenced block is built at once, and the time from the
// release to it is the slot's L2 dead time.
func (s *Sequencer) resume(ctx context.Context, missed bool) {
	p := s.st.paused
	s.st.paused = nil
	s.t.miss.Stop()
	p.missed = missed
	if missed {
		s.ledger.update(p.slot, func(sf *SlotFacts) { sf.Missed = true })
	}
	s.st.deadFrom = p
	s.sequence(ctx)
	s.t.block.Reset(s.cfg.BlockInterval)
}
