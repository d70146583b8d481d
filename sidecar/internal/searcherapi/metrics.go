package searcherapi

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/bundle"
)

type metrics struct {
	requests    *prometheus.CounterVec
	rejections  *prometheus.CounterVec
	rateLimited prometheus.Counter
	streams     prometheus.Gauge
	unverified  prometheus.Gauge
	watchers    prometheus.Gauge
	// ok holds the requests counter of each method's "ok" outcome, resolved once: it is
	// counted on every accepted call. Read-only after newMetrics.
	ok map[string]prometheus.Counter
}

func newMetrics(reg *prometheus.Registry) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_searcherapi_requests_total",
			Help: "JSON-RPC calls and event streams by method and outcome (ok or the rejection reason).",
		}, []string{"method", "outcome"}),
		rejections: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_searcherapi_rejections_total",
			Help: "Refused requests and calls by reason.",
		}, []string{"reason"}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sidecar_searcherapi_rate_limited_total",
			Help: "Calls refused by a signer's rate limit.",
		}),
		streams: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sidecar_searcherapi_event_streams",
			Help: "Open bundle status event streams.",
		}),
		unverified: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sidecar_searcherapi_unverified_bodies",
			Help: "Request bodies being read before their signature is checked.",
		}),
		watchers: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sidecar_searcherapi_pool_watchers",
			Help: "Pool subscriptions held by the API: open event streams and those being checked.",
		}),
	}
	m.ok = map[string]prometheus.Counter{}
	for _, name := range []string{bundle.MethodSendBundle, bundle.MethodCancelBundle, bundle.MethodGetBundleStatus, bundle.MethodCallBundle, methodEvents} {
		m.ok[name] = m.requests.WithLabelValues(name, "ok")
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.requests, m.rejections, m.rateLimited, m.streams, m.unverified, m.watchers} {
			if err := reg.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}

// outcome counts one call; reason "" means ok.
func (m *metrics) outcome(method, reason string) {
	if reason == "" {
		if c, ok := m.ok[method]; ok {
			c.Inc()
			return
		}
		m.requests.WithLabelValues(method, "ok").Inc()
		return
	}
	m.requests.WithLabelValues(method, reason).Inc()
	m.rejections.WithLabelValues(reason).Inc()
	if reason == reasonRateLimited {
		m.rateLimited.Inc()
	}
}
