package obs

import (
	"errors"
	"io"
	"net/http"
	"runtime"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/transport/httpserver"
)

// Health endpoint paths.
const (
	PathMetrics = "/metrics"
	PathLive    = "/livez"
	PathReady   = "/readyz"
)

// ErrNilDependency is returned when a required dependency is nil.
var ErrNilDependency = errors.New("obs: nil dependency")

// NewRegistry returns a registry with the Go runtime and process collectors
// and a sidecar_build_info gauge (always 1) labelled with the build.
func NewRegistry(version, commit string) *prometheus.Registry {
	reg := prometheus.NewRegistry()
	buildInfo := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "sidecar_build_info",
		Help: "Build of the running sidecar; always 1.",
	}, []string{"version", "commit", "go_version"})
	buildInfo.WithLabelValues(version, commit, runtime.Version()).Set(1)
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		buildInfo,
	)
	return reg
}

// ReadyFunc reports nil when the service is ready for traffic.
type ReadyFunc func() error

// Route is a further read-only page on the metrics listener (the status page).
type Route struct {
	Pattern string // a ServeMux pattern, e.g. "GET /status"
	Handler http.Handler
}

// Handler serves /metrics from reg, /livez (200 while the process serves),
// /readyz (200 when ready returns nil, else 503 with the reason) and routes.
func Handler(reg *prometheus.Registry, ready ReadyFunc, routes ...Route) (http.Handler, error) {
	if reg == nil || ready == nil {
		return nil, ErrNilDependency
	}
	mux := http.NewServeMux()
	for _, r := range routes {
		if r.Handler == nil {
			return nil, ErrNilDependency
		}
		mux.Handle(r.Pattern, r.Handler)
	}
	mux.Handle("GET "+PathMetrics, promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.HandleFunc("GET "+PathLive, func(w http.ResponseWriter, _ *http.Request) {
		_, _ = io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET "+PathReady, func(w http.ResponseWriter, _ *http.Request) {
		if err := ready(); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		_, _ = io.WriteString(w, "ok\n")
	})
	return mux, nil
}

// ServerConfig returns the metrics listener's settings: scrapes are small
// GET requests, so the limits are tight.
func ServerConfig(listen string) httpserver.Config {
	return httpserver.Config{
		Listen:            listen,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    8 << 10,
		MaxBodyBytes:      4 << 10,
	}
}

// NewServer returns the metrics listener as a lifecycle component.
func NewServer(listen string, reg *prometheus.Registry, ready ReadyFunc, log zerolog.Logger, routes ...Route) (*httpserver.Server, error) {
	h, err := Handler(reg, ready, routes...)
	if err != nil {
		return nil, err
	}
	return httpserver.New(ServerConfig(listen), h, log.With().Str("component", "metrics").Logger())
}
