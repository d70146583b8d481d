package sequencer

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	sequenced prometheus.Counter
	txs       prometheus.Counter
	releases  *prometheus.CounterVec
	skips     *prometheus.CounterVec
	based     *prometheus.CounterVec
	reorgs    prometheus.Counter
	deadTime  prometheus.Histogram
	outcomes  *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		sequenced: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "devnet_sequencer_blocks_total", Help: "Sequenced L2 blocks built and imported.",
		}),
		txs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "devnet_sequencer_block_txs_total", Help: "Transactions in sequenced L2 blocks.",
		}),
		releases: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "devnet_sequencer_releases_total", Help: "Slot-ending releases, by result.",
		}, []string{"result"}),
		skips: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "devnet_sequencer_release_skips_total", Help: "Releases skipped because the message would revert on L1, by reason.",
		}, []string{"reason"}),
		based: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "devnet_sequencer_based_blocks_total", Help: "Confirmed based blocks seen on L1, by result.",
		}, []string{"result"}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "devnet_sequencer_l2_reorgs_total", Help: "L2 head changes that dropped blocks built so far.",
		}),
		deadTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "devnet_sequencer_dead_time_seconds", Help: "From a slot-ending release to the next sequenced block.",
			Buckets: []float64{0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8, 12},
		}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "devnet_sequencer_outcomes_total", Help: "Based-block outcomes reported by sidecars, by outcome.",
		}, []string{"outcome"}),
	}
	for _, c := range []prometheus.Collector{m.sequenced, m.txs, m.releases, m.skips, m.based, m.reorgs, m.deadTime, m.outcomes} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("sequencer metrics: %w", err)
		}
	}
	return m, nil
}
