package devnet

import (
	"fmt"
	"strings"
	"testing"
)

// What the flood must get through: fresh identities may each pool fresh_bundles_per_slot (2)
// bundles per slot, one once their bundles have failed, so FloodIdentities of them get at least
// 32 bundles/s into the pool on 2 s slots, at any rate above that.
const (
	floodMinSentShare = 0.8 // of the rate, or the flood did not load the API as meant
	floodMinAccepted  = 16  // bundles/s
)

// floodTestRate is the devnet's default rate (1,000 requests/s); under the race detector,
// which slows the in-process clients, server and nodes alike, a fifth of it, still 3 times
// what the identities may pool.
func floodTestRate() float64 {
	if raceEnabled {
		return 200
	}
	return 1000
}

// While FloodIdentities fresh identities flood the searcher API with signed bundles at
// floodTestRate() requests/s (each bundle failing its simulation), the demo searcher's bundle
// lands in every slot whose proposer took the builder's block, and the flood was served: its
// requests went out at the rate and at least floodMinAccepted bundles/s were pooled.
func TestE2EFloodDemoStillLands(t *testing.T) {
	rate := floodTestRate()
	d := startDevnet(t, func(c *Config) { c.FloodRate, c.FailEvery = rate, 0 })
	const slots = 16
	first := d.L1.LastSlot() + 3
	last := first + slots - 1
	var problems []string
	taken := 0
	for s := first; s <= last; s++ {
		f, _ := settledOrUnsent(t, d, s)
		if rep, ok := d.L1.Report(s); !ok || rep.Block == nil {
			continue // no block for the slot: no proposer took the builder's
		}
		taken++
		if why := checkLanded(t, d, s, f); why != "" {
			problems = append(problems, fmt.Sprintf("slot %d: %s", s, why))
		}
	}
	c, _ := d.FloodCounts()
	var summary strings.Builder
	d.Stats(first, last).Print(&summary)
	c.Print(&summary)
	t.Log(summary.String())
	if len(problems) > 0 {
		t.Errorf("%d of %d slots with the builder's block did not land the demo bundle under the flood:\n%s", len(problems), taken, strings.Join(problems, "\n"))
	}
	if taken < slots-1 {
		t.Errorf("only %d of %d slots had an L1 block", taken, slots)
	}
	if got := c.Rate(c.Sent); got < floodMinSentShare*rate {
		t.Errorf("the flood sent %.0f requests/s, want at least %.0f", got, floodMinSentShare*rate)
	}
	if got := c.Rate(c.Accepted); got < floodMinAccepted {
		t.Errorf("the API accepted %.1f flood bundles/s, want at least %d", got, floodMinAccepted)
	}
}
