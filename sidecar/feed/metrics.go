package feed

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

func register(reg prometheus.Registerer, cs ...prometheus.Collector) error {
	for _, c := range cs {
		if err := reg.Register(c); err != nil {
			return fmt.Errorf("feed metrics: %w", err)
		}
	}
	return nil
}

type clientMetrics struct {
	connected   prometheus.Gauge
	received    prometheus.Counter
	accepted    prometheus.Counter
	rejected    *prometheus.CounterVec
	arrival     prometheus.Histogram
	disconnects *prometheus.CounterVec
	overflow    prometheus.Counter
}

func newClientMetrics(reg prometheus.Registerer) (*clientMetrics, error) {
	m := &clientMetrics{
		connected: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sidecar_feed_connected", Help: "1 while the slot-ending stream is connected.",
		}),
		received: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sidecar_feed_messages_received_total", Help: "Slot-ending events received.",
		}),
		accepted: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sidecar_feed_messages_accepted_total", Help: "Slot-ending messages that passed every check.",
		}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_feed_messages_rejected_total", Help: "Slot-ending messages rejected, by reason.",
		}, []string{"reason"}),
		arrival: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "sidecar_feed_arrival_ms_into_slot", Help: "Arrival of accepted messages, in ms into the L1 slot.",
			Buckets: []float64{500, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 10500, 11000, 11500, 12000},
		}),
		disconnects: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_feed_disconnects_total", Help: "Stream connections that ended or failed, by cause.",
		}, []string{"cause"}),
		overflow: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sidecar_feed_overflow_total", Help: "Accepted messages dropped because the consumer fell behind.",
		}),
	}
	return m, register(reg, m.connected, m.received, m.accepted, m.rejected, m.arrival, m.disconnects, m.overflow)
}

type serverMetrics struct {
	streams   prometheus.Gauge
	published prometheus.Counter
	dropped   prometheus.Counter
	outcomes  *prometheus.CounterVec
	refused   *prometheus.CounterVec
	evicted   prometheus.Counter
}

func newServerMetrics(reg prometheus.Registerer) (*serverMetrics, error) {
	m := &serverMetrics{
		streams: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sidecar_feed_server_streams", Help: "Open slot-ending streams.",
		}),
		published: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sidecar_feed_server_published_total", Help: "Slot-ending messages published.",
		}),
		dropped: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sidecar_feed_server_dropped_streams_total", Help: "Streams closed because the reader fell behind.",
		}),
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_feed_server_outcomes_total", Help: "Outcome reports received, by outcome.",
		}, []string{"outcome"}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_feed_server_refused_total", Help: "Stream and outcome requests refused, by endpoint and reason.",
		}, []string{"endpoint", "reason"}),
		evicted: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sidecar_feed_server_evicted_streams_total", Help: "A sidecar's oldest streams closed for its newer one.",
		}),
	}
	return m, register(reg, m.streams, m.published, m.dropped, m.outcomes, m.refused, m.evicted)
}
