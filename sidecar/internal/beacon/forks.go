package beacon

import (
	"math"

	"github.com/attestantio/go-eth2-client/spec/phase0"
)

// farFutureEpoch is the spec's FAR_FUTURE_EPOCH: a fork at it is not scheduled.
const farFutureEpoch = math.MaxUint64

// ForkEntry is one fork of the beacon node's fork schedule.
type ForkEntry struct {
	Scheduled bool
	Epoch     uint64
	Version   [4]byte
}

// gloasFork finds Gloas in the fork schedule: the entry whose current version is the spec's
// GLOAS_FORK_VERSION. A node whose spec has no Gloas version, or whose schedule has no such
// entry before FAR_FUTURE_EPOCH, runs a pre-Gloas chain.
func gloasFork(spec map[string]any, forks []*phase0.Fork) ForkEntry {
	version, ok := spec["GLOAS_FORK_VERSION"].(phase0.Version)
	if !ok {
		return ForkEntry{}
	}
	for _, f := range forks {
		if f != nil && f.CurrentVersion == version && uint64(f.Epoch) != farFutureEpoch {
			return ForkEntry{Scheduled: true, Epoch: uint64(f.Epoch), Version: version}
		}
	}
	return ForkEntry{Version: version}
}

// GloasAt reports whether the block of slot is built under Gloas (ePBS): the fork schedule has
// Gloas at or before slot's epoch.
func (c Chain) GloasAt(slot uint64) bool {
	return c.Gloas.Scheduled && c.SlotsPerEpoch > 0 && slot/c.SlotsPerEpoch >= c.Gloas.Epoch
}
