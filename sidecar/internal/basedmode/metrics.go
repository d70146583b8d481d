package basedmode

import "github.com/prometheus/client_golang/prometheus"

// Outcomes of a slot the trigger considered (the metric's bounded label).
const (
	outcomeBuilt  = "built"  // based mode open: the uncertified block was handed to the driver
	outcomeClosed = "closed" // no message, but the inbox takes no uncertified block
	outcomeError  = "error"  // the inbox, the target or the L2 node could not be read, or disagree
)

// Metrics counts the slots without a slot-ending message, by outcome.
type Metrics struct {
	slots *prometheus.CounterVec
}

// NewMetrics registers the metrics on reg, as the pipeline's do.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{slots: prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "sidecar_pipeline_based_mode_slots_total",
		Help: "Slots (per L1 parent) with no slot-ending message by accept_by, by outcome: built (based mode open, an uncertified based block handed to the pipeline), closed, error.",
	}, []string{"outcome"})}
	for _, o := range []string{outcomeBuilt, outcomeClosed, outcomeError} {
		m.slots.WithLabelValues(o)
	}
	reg.MustRegister(m.slots)
	return m
}
