package derivation

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	l1Blocks prometheus.Counter
	l2Blocks *prometheus.CounterVec
	faults   *prometheus.CounterVec
	reorgs   prometheus.Counter
	head     prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		l1Blocks: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "derivation_l1_blocks_total", Help: "L1 blocks processed.",
		}),
		l2Blocks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "derivation_l2_blocks_total", Help: "L2 blocks derived, by kind (sequenced, based).",
		}, []string{"kind"}),
		faults: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "derivation_faults_total", Help: "Faults found on L1, by kind.",
		}, []string{"kind"}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "derivation_l1_reorgs_total", Help: "L1 reorgs that rewound the derived chain.",
		}),
		head: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "derivation_l2_head_number", Help: "Number of the derived L2 head.",
		}),
	}
	for _, c := range []prometheus.Collector{m.l1Blocks, m.l2Blocks, m.faults, m.reorgs, m.head} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("derivation metrics: %w", err)
		}
	}
	return m, nil
}
