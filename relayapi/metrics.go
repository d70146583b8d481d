package relayapi

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// latencyBuckets span a fast loopback answer to a relay abandoned late in a 12 s slot.
var latencyBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4}

// submitMetrics are per endpoint; labels are bounded by the configuration (endpoint names) and
// by the code (method, outcome).
type submitMetrics struct {
	latency  *prometheus.HistogramVec
	outcomes *prometheus.CounterVec
}

func newSubmitMetrics(reg prometheus.Registerer) (*submitMetrics, error) {
	latency := prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "sidecar_relayapi_request_duration_seconds",
		Help:    "Time from sending a bundle request to an endpoint until its answer or abandonment.",
		Buckets: latencyBuckets,
	}, []string{"endpoint", "method"})
	outcomes := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "sidecar_relayapi_requests_total",
		Help: "Bundle requests to endpoints by outcome.",
	}, []string{"endpoint", "method", "outcome"})
	if err := register(reg, latency, outcomes); err != nil {
		return nil, err
	}
	return &submitMetrics{latency: latency, outcomes: outcomes}, nil
}

func (m *submitMetrics) observe(endpoint, method string, d time.Duration, o Outcome) {
	m.latency.WithLabelValues(endpoint, method).Observe(d.Seconds())
	m.outcomes.WithLabelValues(endpoint, method, string(o)).Inc()
}

type proposerMetrics struct {
	fetches *prometheus.CounterVec
}

func newProposerMetrics(reg prometheus.Registerer) (*proposerMetrics, error) {
	fetches := prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "sidecar_relayapi_validators_fetches_total",
		Help: "GET /relay/v1/builder/validators calls by relay and outcome.",
	}, []string{"relay", "outcome"})
	if err := register(reg, fetches); err != nil {
		return nil, err
	}
	return &proposerMetrics{fetches: fetches}, nil
}

// register registers cs with reg; a nil reg keeps them unexported.
func register(reg prometheus.Registerer, cs ...prometheus.Collector) error {
	if reg == nil {
		return nil
	}
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			return err
		}
	}
	return nil
}
