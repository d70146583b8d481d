package inclusion

import "github.com/prometheus/client_golang/prometheus"

// Metrics counts outcomes; the land rate is landed / all outcomes.
type Metrics struct {
	outcomes *prometheus.CounterVec
	dropped  prometheus.Counter
}

// NewMetrics registers the tracker's metrics on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sidecar_inclusion_outcomes_total",
		Help: "Settled slots by outcome (landed, not_landed, not_confirmed); a reorged landing counts again as not_landed."}, []string{"outcome"})}
	m.dropped = prometheus.NewCounter(prometheus.CounterOpts{Name: "sidecar_inclusion_reports_dropped_total",
		Help: "Outcomes dropped because the sequencer did not take them as fast as slots settled."})
	reg.MustRegister(m.outcomes, m.dropped)
	return m
}
