package redispool

import (
	"context"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/bundle"
)

// metrics: sidecar_pool_bundles is the shared pool's count by status, as Redis holds it (read at
// each scrape, so every replica reports the same); failures count the operations Redis did not
// answer, by operation.
type metrics struct {
	p        *Pool
	bundles  *prometheus.Desc
	failures *prometheus.CounterVec
}

func newMetrics(p *Pool, reg *prometheus.Registry) (*metrics, error) {
	m := &metrics{p: p,
		bundles: prometheus.NewDesc("sidecar_pool_bundles",
			"Bundles held by the pool, by status (finished ones until retention ends).", []string{"status"}, nil),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sidecar_pool_redis_failures_total",
			Help: "Pool operations that failed at Redis, by operation.",
		}, []string{"op"}),
	}
	for _, op := range []string{"add", "cancel", "set status", "get", "for slot", "prune"} {
		m.failures.WithLabelValues(op)
	}
	if err := reg.Register(m); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *metrics) failure(op string) { m.failures.WithLabelValues(op).Inc() }

// Describe implements prometheus.Collector.
func (m *metrics) Describe(ch chan<- *prometheus.Desc) {
	ch <- m.bundles
	m.failures.Describe(ch)
}

// Collect implements prometheus.Collector; without an answer from Redis the counts are left out.
func (m *metrics) Collect(ch chan<- prometheus.Metric) {
	m.failures.Collect(ch)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	counts, err := m.p.rdb.HGetAll(ctx, m.p.cfg.Prefix+"stat").Result()
	if err != nil {
		return
	}
	for _, s := range bundle.Statuses {
		n, _ := strconv.ParseFloat(counts[string(s)], 64)
		ch <- prometheus.MustNewConstMetric(m.bundles, prometheus.GaugeValue, n, string(s))
	}
}
