package batcher

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	posted       *prometheus.CounterVec // by mode
	bytes        *prometheus.CounterVec // by mode
	replacements prometheus.Counter
	outcomes     *prometheus.CounterVec // by outcome
	failures     *prometheus.CounterVec // by reason
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		posted: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "batcher_batches_posted_total", Help: "Batch transactions sent, by data mode.",
		}, []string{"mode"}),
		bytes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "batcher_batch_bytes_total", Help: "Compressed batch payload bytes sent, by data mode.",
		}, []string{"mode"}),
		replacements: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "batcher_replacements_total", Help: "Batch transactions that replaced a pending one (fee bump).",
		}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "batcher_outcomes_total", Help: "What became of batches: committed, noop, already_applied, reverted, dropped.",
		}, []string{"outcome"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "batcher_failures_total", Help: "Batches not sent or not landed, by reason.",
		}, []string{"reason"}),
	}
	for _, c := range []prometheus.Collector{m.posted, m.bytes, m.replacements, m.outcomes, m.failures} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("batcher metrics: %w", err)
		}
	}
	return m, nil
}

func modeName(mode uint8) string {
	if mode == 1 {
		return "blobs"
	}
	return "calldata"
}
