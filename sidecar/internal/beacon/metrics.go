package beacon

import (
	"fmt"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Request endpoints, the bounded label values of the request metrics.
const (
	epGenesis    = "genesis"
	epSpec       = "spec"
	epForks      = "fork_schedule"
	epGloas      = "gloas_events"
	epSyncing    = "syncing"
	epDuties     = "proposer_duties"
	epHeader     = "block_header"
	epBlock      = "block"
	epEvents     = "events"
	epAttributes = "payload_attributes_stream"
	epExecHeader = "eth_getBlockByNumber"
)

type metrics struct {
	headSlot      prometheus.Gauge
	reorgs        prometheus.Counter
	reorgDepth    prometheus.Histogram
	reqDuration   *prometheus.HistogramVec
	reqErrors     *prometheus.CounterVec
	streamUp      prometheus.Gauge
	eventErrors   *prometheus.CounterVec
	execMismatch  prometheus.Counter
	eventsHandled *prometheus.CounterVec
	slotMismatch  prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		headSlot: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sidecar_beacon_head_slot", Help: "Slot of the beacon head.",
		}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sidecar_beacon_reorgs_total", Help: "chain_reorg events received.",
		}),
		reorgDepth: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "sidecar_beacon_reorg_depth", Help: "Depth of chain reorgs in slots.",
			Buckets: []float64{1, 2, 3, 4, 8, 16, 32, 64},
		}),
		reqDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "sidecar_beacon_request_duration_seconds", Help: "Latency of beacon and execution requests.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"endpoint"}),
		reqErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_beacon_request_errors_total", Help: "Failed beacon and execution requests.",
		}, []string{"endpoint"}),
		streamUp: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sidecar_beacon_stream_connected", Help: "1 while the payload_attributes stream is connected.",
		}),
		eventErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_beacon_event_errors_total", Help: "Beacon events that could not be decoded.",
		}, []string{"topic"}),
		execMismatch: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sidecar_beacon_execution_mismatch_total", Help: "Head execution hashes the execution client did not confirm.",
		}),
		eventsHandled: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_beacon_events_total", Help: "Beacon events handled.",
		}, []string{"topic"}),
		slotMismatch: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sidecar_beacon_attributes_slot_mismatch_total",
			Help: "payload_attributes events whose proposal_slot is not the slot of their timestamp; the timestamp's slot is used.",
		}),
	}
	for _, c := range []prometheus.Collector{
		m.headSlot, m.reorgs, m.reorgDepth, m.reqDuration, m.reqErrors,
		m.streamUp, m.eventErrors, m.execMismatch, m.eventsHandled, m.slotMismatch,
	} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("beacon metrics: %w", err)
		}
	}
	return m, nil
}

// observe records one request's latency and outcome.
func (m *metrics) observe(endpoint string, start time.Time, end time.Time, err error) {
	m.reqDuration.WithLabelValues(endpoint).Observe(end.Sub(start).Seconds())
	if err != nil {
		m.reqErrors.WithLabelValues(endpoint).Inc()
	}
}
