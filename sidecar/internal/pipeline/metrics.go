package pipeline

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/bundle"
)

// Metrics of the per-slot pipeline.
type Metrics struct {
	deadTime    prometheus.Histogram
	deadTimeAll prometheus.Histogram
	stage       *prometheus.HistogramVec
	bundles     prometheus.Histogram
	skipped     *prometheus.CounterVec
	evaluations *prometheus.CounterVec
	earned      prometheus.Gauge
	mempoolTxs  prometheus.Counter
	speculation *prometheus.CounterVec
	reused      *prometheus.CounterVec
}

// NewMetrics registers the pipeline's metrics on reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	ms := []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5}
	m := &Metrics{
		deadTime: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "sidecar_pipeline_dead_time_seconds",
			Help: "Slot-ending message arrival to the first byte of the bundle's request on the first endpoint's connection.", Buckets: ms}),
		deadTimeAll: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "sidecar_pipeline_dead_time_all_seconds",
			Help: "Slot-ending message arrival to the first byte of the bundle's request on the last endpoint's connection.", Buckets: ms}),
		stage: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "sidecar_pipeline_stage_duration_seconds",
			Help: "Duration of each pipeline stage.", Buckets: ms}, []string{"stage"}),
		bundles: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "sidecar_pipeline_bundles_per_slot",
			Help: "Searcher bundles in each submitted based block.", Buckets: []float64{0, 1, 2, 5, 10, 20, 50, 100, 200}}),
		skipped: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sidecar_pipeline_slots_skipped_total",
			Help: "Slots skipped, by reason."}, []string{"reason"}),
		evaluations: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sidecar_pipeline_bundle_evaluations_total",
			Help: "Bundles simulated alone before composition, by result: ok, failed (the searcher's fault), dropped (not simulated, or pays too little)."},
			[]string{"result"}),
		earned: prometheus.NewGauge(prometheus.GaugeOpts{Name: "sidecar_pipeline_last_slot_earned_wei",
			Help: "What the last submitted slot earns the sidecar, net of its L1 gas, in wei."}),
		mempoolTxs: prometheus.NewCounter(prometheus.CounterOpts{Name: "sidecar_pipeline_mempool_txs_total",
			Help: "L2 mempool transactions put into based-mode blocks sent (landed or not)."}),
		speculation: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sidecar_pipeline_speculation_total",
			Help: "Slots with bundles, by what speculation gave: hit (the whole speculative build sent), miss (speculated, not reusable whole), none (not speculated)."},
			[]string{"result"}),
		reused: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sidecar_pipeline_speculation_evaluations_total",
			Help: "Bundles' own simulations of slots not reused whole: reused from the speculation, or simulated after the message."},
			[]string{"result"}),
	}
	reg.MustRegister(m.deadTime, m.deadTimeAll, m.stage, m.bundles, m.skipped, m.evaluations, m.earned, m.mempoolTxs, m.speculation, m.reused)
	for _, r := range []string{"hit", "miss", "none"} {
		m.speculation.WithLabelValues(r)
	}
	// Every reason at zero from the start: a dashboard shows "none skipped", not "no data".
	for _, r := range skipReasons {
		m.skipped.WithLabelValues(r)
	}
	return m
}

func (m *Metrics) evaluated(all, failed, dropped int) {
	m.evaluations.WithLabelValues("ok").Add(float64(all - failed - dropped))
	m.evaluations.WithLabelValues("failed").Add(float64(failed))
	m.evaluations.WithLabelValues("dropped").Add(float64(dropped))
}

var skipReasons = []string{bundle.SkipLate, bundle.SkipProposerLocal, bundle.SkipNoBundles, bundle.SkipBudget,
	bundle.SkipPropose, bundle.SkipUpstream, bundle.SkipUnprofitable, bundle.SkipNotOnHead,
	bundle.SkipOtherReplica}
