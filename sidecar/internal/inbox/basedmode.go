package inbox

import (
	"context"
	"fmt"

	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

// BasedMode reads whether the inbox will take an uncertified based block in target's L1 block,
// and its L2 head there. The inbox's basedModeOpen() read at the parent answers for the
// parent's timestamp; the target's block is later, so the same two rules are evaluated at the
// target's slot and timestamp from the parent's state: more than BASED_MODE_AFTER_SLOTS slots
// since the last certified one, or the oldest forced entry due FORCED_OVERDUE_SLOTS slots ago.
func (x *Inbox) BasedMode(ctx context.Context, t slots.Target) (slots.BasedMode, error) {
	var bm slots.BasedMode
	out, err := x.call(ctx, t.ParentHash, x.abi.PackL2Head())
	if err != nil {
		return bm, fmt.Errorf("l2Head: %w", err)
	}
	h, err := x.abi.UnpackL2Head(out)
	if err != nil {
		return bm, fmt.Errorf("l2Head: %w", err)
	}
	bm.Head = slots.InboxHead{ID: h.Id, StateRoot: h.StateRoot, Number: h.Number, L1Slot: h.L1Slot, Based: h.Based}
	if h.Based {
		if out, err = x.call(ctx, t.ParentHash, x.abi.PackProposal(h.Id)); err != nil {
			return bm, fmt.Errorf("proposal: %w", err)
		}
		prop, err := x.abi.UnpackProposal(out)
		if err != nil {
			return bm, fmt.Errorf("proposal: %w", err)
		}
		bm.Head.Proposer = prop.Proposer
	}
	last, err := x.uint64View(ctx, t, "lastCertifiedSlot", x.abi.PackLastCertifiedSlot(), x.abi.UnpackLastCertifiedSlot)
	if err != nil {
		return bm, err
	}
	after, err := x.uint64View(ctx, t, "BASED_MODE_AFTER_SLOTS", x.abi.PackBASEDMODEAFTERSLOTS(), x.abi.UnpackBASEDMODEAFTERSLOTS)
	if err != nil {
		return bm, err
	}
	if t.Slot > last+after {
		bm.Open, bm.Why = true, "no_certified_progress"
		return bm, nil
	}
	overdue, err := x.forcedOverdueAt(ctx, t)
	if err != nil {
		return bm, err
	}
	if overdue {
		bm.Open, bm.Why = true, "forced_overdue"
	}
	return bm, nil
}

// forcedOverdueAt is the inbox's forcedOverdue() at target's timestamp: the entry at the queue
// head was due FORCED_OVERDUE_SLOTS slots before it.
func (x *Inbox) forcedOverdueAt(ctx context.Context, t slots.Target) (bool, error) {
	slotsLate, err := x.uint64View(ctx, t, "FORCED_OVERDUE_SLOTS", x.abi.PackFORCEDOVERDUESLOTS(), x.abi.UnpackFORCEDOVERDUESLOTS)
	if err != nil {
		return false, err
	}
	secs, err := x.uint64View(ctx, t, "slotSeconds", x.abi.PackSlotSeconds(), x.abi.UnpackSlotSeconds)
	if err != nil {
		return false, err
	}
	grace := slotsLate * secs
	if t.Time < grace {
		return false, nil
	}
	out, err := x.call(ctx, t.ParentHash, x.abi.PackForcedHead())
	if err != nil {
		return false, fmt.Errorf("forcedHead: %w", err)
	}
	start, err := x.abi.UnpackForcedHead(out)
	if err != nil {
		return false, fmt.Errorf("forcedHead: %w", err)
	}
	if out, err = x.call(ctx, t.ParentHash, x.abi.PackCountDueForced(start, t.Time-grace)); err != nil {
		return false, fmt.Errorf("countDueForced: %w", err)
	}
	due, err := x.abi.UnpackCountDueForced(out)
	if err != nil {
		return false, fmt.Errorf("countDueForced: %w", err)
	}
	return due.Sign() > 0, nil
}

// uint64View calls a view returning one uint64 in the parent's state.
func (x *Inbox) uint64View(ctx context.Context, t slots.Target, name string, data []byte, unpack func([]byte) (uint64, error)) (uint64, error) {
	out, err := x.call(ctx, t.ParentHash, data)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	v, err := unpack(out)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", name, err)
	}
	return v, nil
}
