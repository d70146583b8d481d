package obs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

var fixed = time.Date(2026, 1, 2, 3, 4, 5, 678_000_000, time.UTC)

func TestJSONLogger(t *testing.T) {
	var buf bytes.Buffer
	log, err := NewLogger(LogConfig{Level: "info", Format: FormatJSON, Writer: &buf, Now: func() time.Time { return fixed }})
	if err != nil {
		t.Fatal(err)
	}
	log.Debug().Msg("hidden")
	log.Info().Uint64("slot", 7).Msg("built")
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one line (debug filtered at info), got %q", lines)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"level": "info", "message": "built", "slot": float64(7), "time": "2026-01-02T03:04:05.678Z"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v (line %s)", k, got[k], v, lines[0])
		}
	}
}

func TestConsoleLogger(t *testing.T) {
	var buf bytes.Buffer
	log, err := NewLogger(LogConfig{Level: "debug", Format: FormatConsole, Writer: &buf, Now: func() time.Time { return fixed }})
	if err != nil {
		t.Fatal(err)
	}
	log.Debug().Str("relay", "r1").Msg("sent")
	out := buf.String()
	if strings.HasPrefix(out, "{") || !strings.Contains(out, "sent") || !strings.Contains(out, "relay=r1") || !strings.Contains(out, "DBG") {
		t.Errorf("console line %q", out)
	}
}

func TestLoggerRejects(t *testing.T) {
	tests := []LogConfig{
		{Level: "verbose", Format: FormatJSON, Writer: io.Discard},
		{Level: "", Format: FormatJSON, Writer: io.Discard},
		{Level: "fatal", Format: FormatJSON, Writer: io.Discard},
		{Level: "info", Format: "xml", Writer: io.Discard},
		{Level: "info", Format: FormatJSON},
	}
	for _, cfg := range tests {
		if _, err := NewLogger(cfg); !errors.Is(err, ErrLogConfig) {
			t.Errorf("%+v: %v", cfg, err)
		}
	}
}

type readiness struct {
	mu  sync.Mutex
	err error
}

func (r *readiness) set(err error) { r.mu.Lock(); r.err = err; r.mu.Unlock() }
func (r *readiness) get() error    { r.mu.Lock(); defer r.mu.Unlock(); return r.err }

func fetch(t *testing.T, method, url string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestHealthEndpoints(t *testing.T) {
	reg := NewRegistry("v1.2.3", "abc123")
	counter := prometheus.NewCounter(prometheus.CounterOpts{Name: "sidecar_test_events_total", Help: "test"})
	reg.MustRegister(counter)
	counter.Add(3)
	ready := &readiness{err: errors.New("feed not connected")}
	srv, err := NewServer("127.0.0.1:0", reg, ready.get, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer srv.Stop(context.Background())
	base := srv.URL()

	if code, _ := fetch(t, "GET", base+PathLive); code != http.StatusOK {
		t.Errorf("/livez %d", code)
	}
	if code, body := fetch(t, "GET", base+PathReady); code != http.StatusServiceUnavailable || !strings.Contains(body, "feed not connected") {
		t.Errorf("/readyz while not ready: %d %q", code, body)
	}
	ready.set(nil)
	if code, _ := fetch(t, "GET", base+PathReady); code != http.StatusOK {
		t.Errorf("/readyz when ready: %d", code)
	}
	code, body := fetch(t, "GET", base+PathMetrics)
	if code != http.StatusOK || !strings.Contains(body, "sidecar_test_events_total 3") ||
		!strings.Contains(body, `sidecar_build_info{commit="abc123"`) || !strings.Contains(body, "go_goroutines") {
		t.Errorf("/metrics %d:\n%s", code, body)
	}
	if code, _ := fetch(t, "POST", base+PathLive); code != http.StatusMethodNotAllowed {
		t.Errorf("POST /livez %d", code)
	}
}

func TestHandlerRejectsNil(t *testing.T) {
	if _, err := Handler(nil, func() error { return nil }); !errors.Is(err, ErrNilDependency) {
		t.Error(err)
	}
	if _, err := Handler(prometheus.NewRegistry(), nil); !errors.Is(err, ErrNilDependency) {
		t.Error(err)
	}
	if _, err := Handler(prometheus.NewRegistry(), func() error { return nil }, Route{Pattern: "GET /status"}); !errors.Is(err, ErrNilDependency) {
		t.Error(err)
	}
}

// A further page (the status page) is served next to /metrics, read-only.
func TestRoutesServedNextToMetrics(t *testing.T) {
	page := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("status page")) })
	h, err := Handler(prometheus.NewRegistry(), func() error { return nil }, Route{Pattern: "GET /status", Handler: page})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	if code, body := fetch(t, "GET", srv.URL+"/status"); code != http.StatusOK || body != "status page" {
		t.Errorf("GET /status: %d %q", code, body)
	}
	if code, _ := fetch(t, "POST", srv.URL+"/status"); code != http.StatusMethodNotAllowed {
		t.Errorf("POST /status: %d", code)
	}
}
