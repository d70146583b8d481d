package devnet

import (
	"fmt"
	"strings"
	"testing"
)

// The flood the end-to-end test runs, and what it must get through: fresh identities may each
// pool fresh_bundles_per_slot (2) bundles per slot, one once their bundles have failed, so
// FloodIdentities of them get at least 32 bundles/s into the pool on 2 s slots.
const (
	floodTestRate     = 1000
	floodMinSentShare = 0.8 // of floodTestRate, or the flood did not load the API as meant
	floodMinAccepted  = 16  // bundles/s
)

// While FloodIdentities fresh identities flood the searcher API with signed bundles at
// floodTestRate requests/s (each bundle failing its simulation), the demo searcher's bundle
// lands in every slot whose proposer took the builder's block, and the flood was served: its
// requests went out at the rate and at least floodMinAccepted bundles/s were pooled.
func TestE2EFloodDemoStillLands(t *testing.T) {
	d := startDevnet(t, func(c *Config) { c.FloodRate, c.FailEvery = floodTestRate, 0 })
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
	if got := c.Rate(c.Sent); got < floodMinSentShare*floodTestRate {
		t.Errorf("the flood sent %.0f requests/s, want at least %.0f", got, floodMinSentShare*floodTestRate)
	}
	if got := c.Rate(c.Accepted); got < floodMinAccepted {
		t.Errorf("the API accepted %.1f flood bundles/s, want at least %d", got, floodMinAccepted)
	}
}
