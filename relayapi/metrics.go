package relayapi

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// latencyBuckets span a fast loopback answer to a relay abandoned late in a 12 s slot.
var latencyBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4}

// Fan-out kinds, the "kind" label of the fan-out counters.
const (
	kindSend   = "send"
	kindCancel = "cancel"
)

// Values of the "result" label of the deadline counter.
const (
	deadlineMet    = "met"
	deadlineMissed = "missed"
)

// submitMetrics are per endpoint; labels are bounded by the configuration (endpoint names) and
// by the code (method, outcome, result, kind).
type submitMetrics struct {
	latency   *prometheus.HistogramVec
	outcomes  *prometheus.CounterVec
	retries   *prometheus.CounterVec
	deadlines *prometheus.CounterVec
	fanouts   *prometheus.CounterVec
	allFailed *prometheus.CounterVec
}

func newSubmitMetrics(reg prometheus.Registerer) (*submitMetrics, error) {
	m := &submitMetrics{
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "sidecar_relayapi_request_duration_seconds",
			Help:    "Time from sending one attempt of a bundle request to an endpoint until its answer or abandonment.",
			Buckets: latencyBuckets,
		}, []string{"endpoint", "method"}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_relayapi_requests_total",
			Help: "Attempts of bundle requests to endpoints, by outcome class.",
		}, []string{"endpoint", "method", "outcome"}),
		retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_relayapi_retries_total",
			Help: "Bundle requests retried, by the outcome class of the failed first attempt.",
		}, []string{"endpoint", "method", "outcome"}),
		deadlines: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_relayapi_deadlines_total",
			Help: "Bundle requests with a slot deadline, by whether the endpoint answered by it (met) or not (missed).",
		}, []string{"endpoint", "method", "result"}),
		fanouts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_relayapi_fanouts_total",
			Help: "Finished fan-outs of one bundle or cancellation to every endpoint.",
		}, []string{"kind"}),
		allFailed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_relayapi_fanouts_all_failed_total",
			Help: "Finished fan-outs in which no endpoint accepted.",
		}, []string{"kind"}),
	}
	if err := register(reg, m.latency, m.outcomes, m.retries, m.deadlines, m.fanouts, m.allFailed); err != nil {
		return nil, err
	}
	return m, nil
}

// outcomes lists every outcome class, for zero-valued series.
var outcomes = []Outcome{OutcomeAccepted, OutcomeRejected, OutcomeRateLimited, OutcomeTooLarge, OutcomeTimeout,
	OutcomeTransport, OutcomeServerError, OutcomeBadResponse, OutcomeCanceled}

// init creates every series the endpoints can produce at zero, so that dashboards and alerts
// see an endpoint that never failed as 0, not as no data.
func (m *submitMetrics) init(endpoints []Endpoint) {
	for _, kind := range []string{kindSend, kindCancel} {
		m.fanouts.WithLabelValues(kind)
		m.allFailed.WithLabelValues(kind)
	}
	for _, ep := range endpoints {
		method := string(ep.Method)
		for _, o := range outcomes {
			m.outcomes.WithLabelValues(ep.Name, method, string(o))
		}
		m.deadlines.WithLabelValues(ep.Name, method, deadlineMet)
		m.deadlines.WithLabelValues(ep.Name, method, deadlineMissed)
	}
}

// attempt records one request on the wire.
func (m *submitMetrics) attempt(endpoint, method string, d time.Duration, o Outcome) {
	m.latency.WithLabelValues(endpoint, method).Observe(d.Seconds())
	m.outcomes.WithLabelValues(endpoint, method, string(o)).Inc()
}

func (m *submitMetrics) retried(endpoint, method string, first Outcome) {
	m.retries.WithLabelValues(endpoint, method, string(first)).Inc()
}

// deadline records whether r's endpoint answered, whatever it said, by deadline. A request
// without a deadline, or one the sidecar gave up itself, says nothing about the endpoint.
func (m *submitMetrics) deadline(endpoint, method string, deadline time.Time, r Result) {
	if deadline.IsZero() || r.Outcome == OutcomeCanceled {
		return
	}
	result := deadlineMissed
	if answered(r.Outcome) && !r.Start.Add(r.Latency).After(deadline) {
		result = deadlineMet
	}
	m.deadlines.WithLabelValues(endpoint, method, result).Inc()
}

// fanout records a finished fan-out; allFailed when no endpoint accepted.
func (m *submitMetrics) fanout(kind string, allFailed bool) {
	m.fanouts.WithLabelValues(kind).Inc()
	if allFailed {
		m.allFailed.WithLabelValues(kind).Inc()
	}
}

// answered: the endpoint sent an HTTP answer, whatever its class.
func answered(o Outcome) bool {
	switch o {
	case OutcomeTimeout, OutcomeTransport, OutcomeCanceled:
		return false
	default:
		return true
	}
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
