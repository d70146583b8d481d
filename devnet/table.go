package devnet

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/feed"
)

// Row is one slot of the live table.
type Row struct {
	Slot       uint64
	ArrivalMs  int64 // slot-ending message at the sidecar, ms before the slot starts (-1: none)
	DeadTimeMs int64 // arrival to the bundle on the wire (-1: nothing sent)
	Bundles    int   // searcher bundles in the based block
	Outcome    string
	Reason     string
	// DeliveredBy is who delivered the slot's L1 block, by the relays' data APIs, as the
	// sidecar told the sequencer: "relay builder-key-prefix" per relay ("-": no relay said).
	DeliveredBy string
	// L1Only is the independent node's agreement after the slot's L1 block: "ok N" (its head N
	// is the sequencer's block N and the inbox head), "DIFF N" (a failure, logged), "-".
	L1Only string
	// EPBS (ePBS devnet only): which parent the slot's block built on and which variant landed,
	// "FULL/FULL", "EMPTY/EMPTY", "FULL/-"; "withheld" when the builder withheld the payload.
	EPBS     string
	void     int // ePBS variants the sidecar reported void when the row was made
	deadTime time.Duration
}

type table struct {
	mu     sync.Mutex
	w      io.Writer
	slots  *clock.SlotClock
	header bool
	epbs   bool // print the ePBS column
}

func newTable(w io.Writer, slots *clock.SlotClock) *table { return &table{w: w, slots: slots} }

func (t *table) row(r Row) {
	if t == nil || t.w == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.header {
		if t.epbs {
			fmt.Fprintf(t.w, "%-15s  ", "won/landed")
		}
		fmt.Fprintf(t.w, "%6s  %12s  %9s  %7s  %-13s  %-28s  %-9s  %s\n", "slot", "arrival", "dead time", "bundles", "outcome", "delivered by", "l1-only", "why")
		t.header = true
	}
	ms := func(v int64) string {
		if v < 0 {
			return "-"
		}
		return fmt.Sprintf("%d ms", v)
	}
	by := r.DeliveredBy
	if by == "" {
		by = "-"
	}
	l1Only := r.L1Only
	if l1Only == "" {
		l1Only = "-"
	}
	if t.epbs {
		fmt.Fprintf(t.w, "%-15s  ", r.EPBS)
	}
	fmt.Fprintf(t.w, "%6d  %12s  %9s  %7d  %-13s  %-28s  %-9s  %s\n", r.Slot, ms(r.ArrivalMs), ms(r.DeadTimeMs), r.Bundles, r.Outcome, by, l1Only, r.Reason)
}

// rowFor collects what the sidecar sent for slot and what the sequencer was told about it.
func (d *Devnet) rowFor(slot uint64) Row {
	r := Row{Slot: slot, ArrivalMs: -1, DeadTimeMs: -1, Outcome: "nothing_sent", L1Only: d.agreement(slot)}
	start := d.L1.Slots().SlotStart(slot)
	if d.Sidecar == nil {
		return r
	}
	if vs := d.Sidecar.SentFor(slot); len(vs) > 0 {
		s := vs[0]
		r.ArrivalMs, r.DeadTimeMs, r.Bundles = start.Sub(s.Arrived).Milliseconds(), s.DeadTime.Milliseconds(), len(s.Included)
		r.deadTime = s.DeadTime
		r.Outcome = "pending"
	} else if f, ok := d.Seq.Slot(slot); ok && !f.ReleasedAt.IsZero() {
		r.ArrivalMs, r.Outcome, r.Reason = start.Sub(f.ReleasedAt).Milliseconds(), "skipped", "released, not received"
		if why, ok := d.Sidecar.SkipReason(slot); ok {
			r.Reason = why
		}
	}
	if f, ok := d.Seq.Slot(slot); ok && len(f.Outcomes) > 0 {
		o := f.Outcomes[len(f.Outcomes)-1]
		r.Outcome, r.Reason, r.DeliveredBy = string(o.Kind), o.Reason, deliveredBy(o)
	}
	if d.cfg.EPBS {
		r.EPBS, r.void = d.epbsCell(slot), len(d.Sidecar.VoidFor(slot))
	}
	if rep, ok := d.L1.Report(slot); ok {
		for _, o := range rep.Bundles {
			if t := o.Tampered; t != nil { // the unbundling builder's doing, not the sidecar's
				r.Reason = strings.TrimPrefix(fmt.Sprintf("%s; unbundled: order %v, landed %v", r.Reason, t.Order, t.Landed), "; ")
			}
		}
	}
	return r
}

// deliveredBy is the table's short form of an outcome's attribution.
func deliveredBy(o feed.Outcome) string {
	parts := make([]string, len(o.DeliveredBy))
	for i, d := range o.DeliveredBy {
		parts[i] = d.Relay + " " + hexutil.Encode(d.BuilderPubkey[:4])
	}
	s := strings.Join(parts, ", ")
	if o.DeliveryDisagreement {
		s += " (disagree)"
	}
	return s
}
