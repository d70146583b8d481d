package relayapi

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/syncboost/syncboost/clock"
)

// The promise: one real fan-out fills every per-endpoint series. Four endpoints: one accepts,
// one rejects, one answers 502 twice (retried once), and one accepts after the deadline.
func TestFanoutMetrics(t *testing.T) {
	vclk := clock.NewVirtual(fanoutStart)
	reg := prometheus.NewRegistry()
	late := newHeldEndpoint(t)
	eps := []Endpoint{
		{Name: "good", URL: newEndpoint(t, answerHash).srv.URL},
		{Name: "floor", URL: newEndpoint(t, answerRPCError(-32000, "bid below floor")).srv.URL},
		{Name: "gateway", URL: newEndpoint(t, answerRaw(http.StatusBadGateway, `bad gateway`)).srv.URL},
		{Name: "late", URL: late.srv.URL},
	}
	for i := range eps {
		eps[i].Method, eps[i].Timeout = MethodEthSendBundle, 4*time.Second
	}
	observed := make(chan Result, len(eps))
	s := newSubmitter(t, Config{Endpoints: eps}, Deps{Clock: vclk, Registry: reg, Observe: func(r Result) { observed <- r }})
	deadline := fanoutStart.Add(time.Second)
	f, err := s.Send(context.Background(), sampleBundle(t), deadline)
	if err != nil {
		t.Fatal(err)
	}
	collect(t, observed, 3) // all but late have answered while the clock stood still
	late.next(t)
	vclk.AdvanceTo(deadline.Add(500 * time.Millisecond))
	late.release()
	rep := waitReport(t, f)
	if rep.Accepted != 2 || rep.Failed != 2 || rep.Results[3].Latency != 1500*time.Millisecond {
		t.Fatalf("report %+v, late after %s", rep.Progress, rep.Results[3].Latency)
	}
	m := metricsOf(t, reg)
	m.want("sidecar_relayapi_requests_total", 1, "endpoint", "good", "outcome", "accepted")
	m.want("sidecar_relayapi_requests_total", 1, "endpoint", "floor", "outcome", "rejected")
	m.want("sidecar_relayapi_requests_total", 2, "endpoint", "gateway", "outcome", "server_error")
	m.want("sidecar_relayapi_requests_total", 1, "endpoint", "late", "outcome", "accepted")
	m.want("sidecar_relayapi_retries_total", 1, "endpoint", "gateway", "outcome", "server_error")
	m.want("sidecar_relayapi_retries_total", 0, "endpoint", "floor")
	m.want("sidecar_relayapi_request_duration_seconds", 2, "endpoint", "gateway", "method", "eth_sendBundle")
	m.want("sidecar_relayapi_request_duration_seconds", 1, "endpoint", "late")
	for _, name := range []string{"good", "floor", "gateway"} { // answered in time, whatever they said
		m.want("sidecar_relayapi_deadlines_total", 1, "endpoint", name, "result", "met")
	}
	m.want("sidecar_relayapi_deadlines_total", 1, "endpoint", "late", "result", "missed")
	m.want("sidecar_relayapi_deadlines_total", 0, "endpoint", "late", "result", "met")
	m.want("sidecar_relayapi_fanouts_total", 1, "kind", "send")
	m.want("sidecar_relayapi_fanouts_all_failed_total", 0, "kind", "send")
}

// The promise: a fan-out in which no endpoint accepted is counted, and one the sidecar ended
// itself is not.
func TestFanoutAllFailedIsCounted(t *testing.T) {
	reg := prometheus.NewRegistry()
	held := newHeldEndpoint(t)
	s := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "floor", URL: newEndpoint(t, answerRPCError(-32000, "bid below floor")).srv.URL, Method: MethodEthSendBundle, Timeout: 4 * time.Second},
		{Name: "big", URL: newEndpoint(t, answerRaw(http.StatusRequestEntityTooLarge, `too large`)).srv.URL, Method: MethodMevSendBundle, Timeout: 4 * time.Second},
	}}, Deps{Registry: reg})
	if _, err := s.SendBundle(context.Background(), sampleBundle(t), time.Time{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CancelBundle(context.Background(), sampleBundle(t).ReplacementUUID, time.Time{}); err != nil {
		t.Fatal(err)
	}
	m := metricsOf(t, reg)
	m.want("sidecar_relayapi_fanouts_total", 1, "kind", "send")
	m.want("sidecar_relayapi_fanouts_all_failed_total", 1, "kind", "send")
	m.want("sidecar_relayapi_fanouts_all_failed_total", 1, "kind", "cancel")
	m.want("sidecar_relayapi_requests_total", 1, "endpoint", "big", "method", "mev_sendBundle", "outcome", "too_large")

	abandonedReg := prometheus.NewRegistry()
	abandoned := newSubmitter(t, Config{Endpoints: []Endpoint{
		{Name: "held", URL: held.srv.URL, Method: MethodEthSendBundle, Timeout: time.Hour}}}, Deps{Registry: abandonedReg})
	f, err := abandoned.Send(context.Background(), sampleBundle(t), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	held.next(t)
	f.Abandon()
	waitReport(t, f)
	m = metricsOf(t, abandonedReg)
	m.want("sidecar_relayapi_fanouts_total", 1, "kind", "send")
	m.want("sidecar_relayapi_fanouts_all_failed_total", 0, "kind", "send")
}

// gathered reads one registry's series for assertions.
type gathered struct {
	t   *testing.T
	reg *prometheus.Registry
}

func metricsOf(t *testing.T, reg *prometheus.Registry) gathered { return gathered{t: t, reg: reg} }

// want asserts the value (a counter, or a histogram's observation count) summed over the series
// of name with the given label pairs.
func (g gathered) want(name string, v float64, labelPairs ...string) {
	g.t.Helper()
	labels := map[string]string{}
	for i := 0; i+1 < len(labelPairs); i += 2 {
		labels[labelPairs[i]] = labelPairs[i+1]
	}
	if got := metricValue(g.t, g.reg, name, labels); got != v {
		g.t.Errorf("%s%v = %v, want %v", name, labels, got, v)
	}
}
