package httpserver

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

func testConfig() Config {
	return Config{
		Listen:            "127.0.0.1:0",
		ReadHeaderTimeout: time.Second,
		ReadTimeout:       2 * time.Second,
		WriteTimeout:      3 * time.Second,
		IdleTimeout:       4 * time.Second,
		MaxHeaderBytes:    4096,
		MaxBodyBytes:      16,
	}
}

func start(t *testing.T, cfg Config, h http.Handler) *Server {
	t.Helper()
	s, err := New(cfg, h, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(context.Background()) })
	return s
}

// echo answers with the request body, or 413 when the body is over the limit.
var echo = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	b, err := io.ReadAll(r.Body)
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
		return
	}
	_, _ = w.Write(b)
})

func TestPortZeroBindsInStart(t *testing.T) {
	s, err := New(testConfig(), echo, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if s.Addr() != nil || s.URL() != "" {
		t.Fatal("address before Start")
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer s.Stop(context.Background())
	if port := s.Addr().(*net.TCPAddr).Port; port == 0 {
		t.Fatal("bound port is 0")
	}
	resp, err := http.Post(s.URL(), "text/plain", strings.NewReader("hello"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if b, _ := io.ReadAll(resp.Body); string(b) != "hello" {
		t.Errorf("body %q", b)
	}
	if err := s.Start(context.Background()); !errors.Is(err, ErrStarted) {
		t.Errorf("second Start: %v", err)
	}
}

func TestServerSettings(t *testing.T) {
	cfg := testConfig()
	s, err := New(cfg, echo, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if s.srv.ReadHeaderTimeout != cfg.ReadHeaderTimeout || s.srv.ReadTimeout != cfg.ReadTimeout ||
		s.srv.WriteTimeout != cfg.WriteTimeout || s.srv.IdleTimeout != cfg.IdleTimeout ||
		s.srv.MaxHeaderBytes != cfg.MaxHeaderBytes {
		t.Errorf("server settings differ from config: %+v", s.srv)
	}
}

func TestBodyLimit(t *testing.T) {
	s := start(t, testConfig(), echo)
	tests := []struct {
		name   string
		body   io.Reader
		status int
	}{
		{"at the limit", strings.NewReader(strings.Repeat("a", 16)), http.StatusOK},
		{"declared length over the limit", strings.NewReader(strings.Repeat("a", 17)), http.StatusRequestEntityTooLarge},
		// io.MultiReader hides the length: the body is sent chunked and only
		// the reader's limit can stop it.
		{"chunked over the limit", io.MultiReader(strings.NewReader(strings.Repeat("a", 100))), http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := http.Post(s.URL(), "text/plain", tt.body)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.status)
			}
		})
	}
}

func TestStartFailsOnBusyPort(t *testing.T) {
	first := start(t, testConfig(), echo)
	cfg := testConfig()
	cfg.Listen = first.Addr().String()
	s, err := New(cfg, echo, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err == nil {
		t.Fatal("bound a busy port")
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Errorf("Stop after failed Start: %v", err)
	}
}

// blocking returns a handler that signals entry and waits for release.
func blocking() (h http.Handler, entered, release chan struct{}) {
	entered, release = make(chan struct{}), make(chan struct{})
	h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
		_, _ = io.WriteString(w, "done")
	})
	return h, entered, release
}

func get(url string) <-chan error {
	out := make(chan error, 1)
	go func() {
		resp, err := http.Get(url)
		if err == nil {
			_, err = io.ReadAll(resp.Body)
			resp.Body.Close()
			if err == nil && resp.StatusCode != http.StatusOK {
				err = errors.New(resp.Status)
			}
		}
		out <- err
	}()
	return out
}

func TestStopDrainsInFlightRequests(t *testing.T) {
	h, entered, release := blocking()
	s := start(t, testConfig(), h)
	shutdownStarted := make(chan struct{})
	var once sync.Once
	s.srv.RegisterOnShutdown(func() { once.Do(func() { close(shutdownStarted) }) })
	reply := get(s.URL())
	<-entered
	stopped := make(chan error, 1)
	go func() { stopped <- s.Stop(context.Background()) }()
	<-shutdownStarted
	select {
	case err := <-stopped:
		t.Fatalf("Stop returned with a request in flight: %v", err)
	default:
	}
	close(release)
	if err := <-reply; err != nil {
		t.Errorf("in-flight request was cut off: %v", err)
	}
	if err := <-stopped; err != nil {
		t.Errorf("Stop: %v", err)
	}
	if _, err := http.Get(s.URL()); err == nil {
		t.Error("server still accepts connections after Stop")
	}
}

func TestStopForcesWhenContextEnds(t *testing.T) {
	h, entered, release := blocking()
	defer close(release)
	s := start(t, testConfig(), h)
	reply := get(s.URL())
	<-entered
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Stop(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Stop = %v, want context.Canceled", err)
	}
	if err := <-reply; err == nil {
		t.Error("the stuck request got a reply; the connection should have been closed")
	}
}

func TestConfigRejections(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"listen", func(c *Config) { c.Listen = "" }, "listen"},
		{"read header timeout", func(c *Config) { c.ReadHeaderTimeout = 0 }, "read_header_timeout"},
		{"read timeout", func(c *Config) { c.ReadTimeout = 0 }, "read_timeout"},
		{"write timeout", func(c *Config) { c.WriteTimeout = -1 }, "write_timeout"},
		{"idle timeout", func(c *Config) { c.IdleTimeout = 0 }, "idle_timeout"},
		{"header bytes", func(c *Config) { c.MaxHeaderBytes = 0 }, "max_header_bytes"},
		{"body bytes", func(c *Config) { c.MaxBodyBytes = 0 }, "max_body_bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig()
			tt.mutate(&cfg)
			_, err := New(cfg, echo, zerolog.Nop())
			if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want ErrConfig naming %s", err, tt.want)
			}
		})
	}
	if _, err := New(testConfig(), nil, zerolog.Nop()); !errors.Is(err, ErrNilHandler) {
		t.Errorf("nil handler: %v", err)
	}
}
