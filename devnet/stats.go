package devnet

import (
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/syncboost/syncboost/bundle"
)

// Stats summarise a devnet run over the slots from First to Last.
type Stats struct {
	First, Last uint64
	Released    int // slot-ending messages the sequencer released
	Sent        int // slots the sidecar sent a bundle for
	Landed      int // of those, confirmed on L1 in their slot (the sequencer's outcome)
	DeadTime    Quantiles
	L2DeadTime  Quantiles // the sequencer's: release → next sequenced block
	// Agreed and Disagreed count the slots whose row checked the L1-only node against the
	// sequencer's chain and the inbox head; a disagreement is a failure.
	Agreed, Disagreed int
}

// Quantiles of a duration sample.
type Quantiles struct {
	N        int
	P50, P99 time.Duration
}

func quantiles(ds []time.Duration) Quantiles {
	if len(ds) == 0 {
		return Quantiles{}
	}
	slices.Sort(ds)
	at := func(q float64) time.Duration { return ds[int(q*float64(len(ds)-1))] }
	return Quantiles{N: len(ds), P50: at(0.5), P99: at(0.99)}
}

// LandRate is landed over released: the share of slots whose based block was confirmed in its
// target slot.
func (s Stats) LandRate() float64 {
	if s.Released == 0 {
		return 0
	}
	return float64(s.Landed) / float64(s.Released)
}

// Stats collects the run's figures for slots first..last, from the rows the run recorded
// (the sidecar forgets settled slots after its reorg window).
func (d *Devnet) Stats(first, last uint64) Stats {
	st := Stats{First: first, Last: last}
	var dead, l2dead []time.Duration
	for slot := first; slot <= last; slot++ {
		f, ok := d.Seq.Slot(slot)
		if ok && !f.ReleasedAt.IsZero() {
			st.Released++
			if f.DeadTime > 0 {
				l2dead = append(l2dead, f.DeadTime)
			}
			for _, o := range f.Outcomes {
				if o.Kind == bundle.OutcomeLanded {
					st.Landed++
					break
				}
			}
		}
		d.mu.Lock()
		row, ok := d.rows[slot]
		switch d.derived[slot].agreement {
		case "ok":
			st.Agreed++
		case "DIFF":
			st.Disagreed++
		}
		d.mu.Unlock()
		if ok && row.DeadTimeMs >= 0 {
			st.Sent++
			dead = append(dead, row.deadTime)
		}
	}
	st.DeadTime, st.L2DeadTime = quantiles(dead), quantiles(l2dead)
	return st
}

// Print writes the summary.
func (s Stats) Print(w io.Writer) {
	fmt.Fprintf(w, "slots %d..%d: released %d, sent %d, landed %d, land rate %.1f %%\n",
		s.First, s.Last, s.Released, s.Sent, s.Landed, 100*s.LandRate())
	fmt.Fprintf(w, "sidecar dead time (arrival → bundle on the wire): p50 %s, p99 %s over %d slots\n", ms(s.DeadTime.P50), ms(s.DeadTime.P99), s.DeadTime.N)
	fmt.Fprintf(w, "L1-only node (derived from L1 alone): agreed with the sequencer's chain and the inbox head in %d slots, disagreed in %d\n", s.Agreed, s.Disagreed)
	fmt.Fprintf(w, "L2 dead time (release → next sequenced block): p50 %s, p99 %s over %d slots\n", ms(s.L2DeadTime.P50), ms(s.L2DeadTime.P99), s.L2DeadTime.N)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }
