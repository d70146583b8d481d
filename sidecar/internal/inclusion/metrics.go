package inclusion

import "github.com/prometheus/client_golang/prometheus"

// Metrics counts outcomes; the land rate is landed / all outcomes.
type Metrics struct {
	outcomes      *prometheus.CounterVec
	dropped       prometheus.Counter
	delivered     *prometheus.CounterVec
	disagreements prometheus.Counter
	void          prometheus.Counter
}

// NewMetrics registers the tracker's metrics on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sidecar_inclusion_outcomes_total",
		Help: "Settled slots by outcome (landed, not_landed, not_confirmed); a reorged landing counts again as not_landed."}, []string{"outcome"})}
	m.dropped = prometheus.NewCounter(prometheus.CounterOpts{Name: "sidecar_inclusion_reports_dropped_total",
		Help: "Outcomes dropped because the sequencer did not take them as fast as slots settled."})
	m.delivered = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sidecar_inclusion_delivered_blocks_total",
		Help: "Settled slots whose L1 block a relay reports delivering, by relay and the slot's outcome (landed: our based block is in it)."},
		[]string{"relay", "outcome"})
	m.disagreements = prometheus.NewCounter(prometheus.CounterOpts{Name: "sidecar_inclusion_delivery_disagreements_total",
		Help: "Settled slots whose relays' delivery reports contradict each other or the L1 block."})
	m.void = prometheus.NewCounter(prometheus.CounterOpts{Name: "sidecar_inclusion_void_variants_total",
		Help: "ePBS variants that could not land because their slot's block built on the other parent (not failures)."})
	reg.MustRegister(m.outcomes, m.dropped, m.delivered, m.disagreements, m.void)
	return m
}
