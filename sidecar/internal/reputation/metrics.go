package reputation

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	events     *prometheus.CounterVec
	identities prometheus.Gauge
	swept      prometheus.Counter
}

func newMetrics(reg *prometheus.Registry) (*metrics, error) {
	m := &metrics{
		events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_reputation_events_total",
			Help: "Bundle outcomes that moved an identity's standing, by status (failed, landed).",
		}, []string{"status"}),
		identities: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sidecar_reputation_identities",
			Help: "Identities whose standing is remembered.",
		}),
		swept: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sidecar_reputation_sweeps_total",
			Help: "Times the remembered identities reached the bound and were swept.",
		}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.events, m.identities, m.swept} {
			if err := reg.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}
