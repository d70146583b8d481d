package sequencer

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// A blob-mode based block without a blob source is not derived rather than built wrong; an
// unknown data mode is refused the same way.
func TestDeriveRefusesBlobAndUnknownModes(t *testing.T) {
	s := &Sequencer{}
	l1 := &types.Header{Number: big.NewInt(7)}
	for mode, want := range map[uint8]error{bindings.DataBlobs: ErrBlobSource, 9: ErrDataMode} {
		ev := &bindings.BasedInboxBasedBlockProposed{Info: bindings.ProposedBlock{DataMode: mode, L1Slot: 3}}
		bb, sealed, err := s.derive(context.Background(), l1, ev)
		if !errors.Is(err, want) || sealed != nil || bb.L1BlockNumber != 7 || bb.L1Slot != 3 {
			t.Fatalf("mode %d: derive = %v, %v; want %v and the block's facts", mode, sealed, err, want)
		}
	}
}

// DelayRelease moves only the chosen slot's release, by the delay asked.
func TestDelayReleaseMovesOneSlot(t *testing.T) {
	slots, err := clock.NewSlotClock(time.Unix(1_767_225_600, 0), 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	s := &Sequencer{cfg: Config{ReleaseLeadBps: 3000}, slots: slots}
	s.DelayRelease(5, 450*time.Millisecond)
	for slot, want := range map[uint64]time.Time{
		4: slots.SlotStart(4).Add(-600 * time.Millisecond),
		5: slots.SlotStart(5).Add(-150 * time.Millisecond),
		6: slots.SlotStart(6).Add(-600 * time.Millisecond),
	} {
		if got := s.releaseTime(slot); !got.Equal(want) {
			t.Errorf("slot %d released at %s, want %s", slot, got, want)
		}
	}
}
