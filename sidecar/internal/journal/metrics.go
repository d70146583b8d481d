package journal

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	sync     prometheus.Histogram
	groupOps prometheus.Histogram
	errors   prometheus.Counter
}

func newMetrics(reg *prometheus.Registry) (*metrics, error) {
	m := &metrics{
		sync: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "sidecar_journal_sync_duration_seconds",
			Help:    "Time to write and fsync one group of journal changes.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, 1},
		}),
		groupOps: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "sidecar_journal_group_ops",
			Help:    "Changes written by one fsync (group commit size).",
			Buckets: []float64{1, 2, 4, 8, 16, 32, 64, 128, 256},
		}),
		errors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sidecar_journal_write_errors_total",
			Help: "Journal groups that failed to commit.",
		}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.sync, m.groupOps, m.errors} {
			if err := reg.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}
