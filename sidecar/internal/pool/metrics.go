package pool

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/bundle"
)

type metrics struct {
	bundles *prometheus.GaugeVec
}

func newMetrics(reg *prometheus.Registry) (*metrics, error) {
	m := &metrics{bundles: prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "sidecar_pool_bundles",
		Help: "Bundles held by the pool, by status (finished ones until retention ends).",
	}, []string{"status"})}
	for _, s := range bundle.Statuses {
		m.bundles.WithLabelValues(string(s))
	}
	if reg != nil {
		if err := reg.Register(m.bundles); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (m *metrics) status(s bundle.Status, delta float64) {
	m.bundles.WithLabelValues(string(s)).Add(delta)
}
