package pullapi

import (
	"net/http"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	requests *prometheus.CounterVec
	streams  prometheus.Gauge
	events   *prometheus.CounterVec
}

func newMetrics(reg *prometheus.Registry) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_builderapi_requests_total",
			Help: "Builder API requests by endpoint and status code (after authentication).",
		}, []string{"endpoint", "code"}),
		streams: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sidecar_builderapi_stream_clients",
			Help: "Builders connected to the bundle stream.",
		}),
		events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_builderapi_stream_events_total",
			Help: "Events written to stream clients, by event name.",
		}, []string{"event"}),
	}
	for _, c := range []prometheus.Collector{m.requests, m.streams, m.events} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// instrument counts each request by endpoint and the status its handler answered.
func (s *Server) instrument(endpoint string, h func(http.ResponseWriter, *http.Request) int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		code := h(w, r)
		s.metrics.requests.WithLabelValues(endpoint, strconv.Itoa(code)).Inc()
	})
}
