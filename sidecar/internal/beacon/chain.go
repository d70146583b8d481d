package beacon

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/attestantio/go-eth2-client/api"
	apiv1 "github.com/attestantio/go-eth2-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/clock"
)

// readChain reads genesis and spec; the slot duration always comes from the
// beacon node, never from a constant.
func (t *Tracker) readChain(ctx context.Context) (Chain, error) {
	var genesis *api.Response[*apiv1.Genesis]
	err := t.timed(epGenesis, func() (err error) {
		genesis, err = t.api.Genesis(ctx, &api.GenesisOpts{})
		return err
	})
	if err != nil {
		return Chain{}, fmt.Errorf("beacon: genesis: %w", err)
	}
	var spec *api.Response[map[string]any]
	err = t.timed(epSpec, func() (err error) {
		spec, err = t.api.Spec(ctx, &api.SpecOpts{})
		return err
	})
	if err != nil {
		return Chain{}, fmt.Errorf("beacon: spec: %w", err)
	}
	c, err := parseSpec(spec.Data)
	if err != nil {
		return Chain{}, err
	}
	var forks *api.Response[[]*phase0.Fork]
	err = t.timed(epForks, func() (err error) {
		forks, err = t.api.ForkSchedule(ctx, &api.ForkScheduleOpts{})
		return err
	})
	if err != nil {
		return Chain{}, fmt.Errorf("beacon: fork schedule: %w", err)
	}
	c.Gloas = gloasFork(spec.Data, forks.Data)
	g := genesis.Data
	c.GenesisTime = g.GenesisTime
	c.GenesisValidatorsRoot = common.Hash(g.GenesisValidatorsRoot)
	c.GenesisForkVersion = g.GenesisForkVersion
	if c.Slots, err = clock.NewSlotClock(c.GenesisTime, c.SlotDuration); err != nil {
		return Chain{}, fmt.Errorf("%w: %w", ErrSpec, err)
	}
	return c, nil
}

// parseSpec reads the values the sidecar needs from a go-eth2-client spec
// map: SLOT_DURATION_MS (newer nodes) or else SECONDS_PER_SLOT,
// SLOTS_PER_EPOCH, and PAYLOAD_DUE_BPS when present.
func parseSpec(spec map[string]any) (Chain, error) {
	var c Chain
	if v, ok := spec["SLOT_DURATION_MS"]; ok {
		ms, isInt := v.(uint64)
		if !isInt || ms == 0 || ms > math.MaxInt64/uint64(time.Millisecond) {
			return c, fmt.Errorf("%w: SLOT_DURATION_MS: want a positive integer, got %v", ErrSpec, v)
		}
		c.SlotDuration = time.Duration(ms) * time.Millisecond
	} else {
		d, isDur := spec["SECONDS_PER_SLOT"].(time.Duration)
		if !isDur || d <= 0 {
			return c, fmt.Errorf("%w: SECONDS_PER_SLOT: want a positive integer, got %v", ErrSpec, spec["SECONDS_PER_SLOT"])
		}
		c.SlotDuration = d
	}
	spe, ok := spec["SLOTS_PER_EPOCH"].(uint64)
	if !ok || spe == 0 {
		return c, fmt.Errorf("%w: SLOTS_PER_EPOCH: want a positive integer, got %v", ErrSpec, spec["SLOTS_PER_EPOCH"])
	}
	c.SlotsPerEpoch = spe
	if v, ok := spec["PAYLOAD_DUE_BPS"]; ok {
		bps, isInt := v.(uint64)
		if !isInt || bps > clock.BpsDenominator {
			return c, fmt.Errorf("%w: PAYLOAD_DUE_BPS: want 0..%d, got %v", ErrSpec, clock.BpsDenominator, v)
		}
		c.PayloadDueBps = uint32(bps)
	}
	return c, nil
}

// SlotOfTimestamp returns the slot whose execution block carries timestamp ts
// (the inverse of the spec's compute_timestamp_at_slot), or false when ts is
// no slot's timestamp.
func (c Chain) SlotOfTimestamp(ts uint64) (uint64, bool) {
	if c.Slots == nil || ts > math.MaxInt64 {
		return 0, false
	}
	at := time.Unix(int64(ts), 0)
	if at.Before(c.Slots.Genesis()) {
		return 0, false
	}
	s := c.Slots.SlotAt(at)
	// A slot that starts inside a second carries that second's timestamp.
	for _, cand := range []uint64{s, s + 1} {
		if c.Slots.SlotStart(cand).Unix() == int64(ts) {
			return cand, true
		}
	}
	return 0, false
}
