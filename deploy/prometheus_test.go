package deploy_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// tool returns the path of a Prometheus binary; without it the test is skipped, unless
// SYNCBOOST_REQUIRE_PROMETHEUS=1 (CI installs Debian's prometheus package) makes it fail.
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	if os.Getenv("SYNCBOOST_REQUIRE_PROMETHEUS") == "1" {
		t.Fatalf("%s not installed (scripts/prometheus.sh install): %v", name, err)
	}
	t.Skipf("%s not installed (scripts/prometheus.sh install)", name)
	return ""
}

// prometheus is a real Prometheus server scraping one target every second.
type prometheus struct {
	url  string
	http *http.Client
}

// startPrometheus runs Debian's prometheus on a free loopback port with rules loaded, scraping
// target (host:port, path /metrics); it is killed at the end of the test.
func startPrometheus(t *testing.T, target, rules string) *prometheus {
	t.Helper()
	bin := tool(t, "prometheus")
	dir := t.TempDir()
	cfg := fmt.Sprintf("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files: [%q]\n"+
		"scrape_configs:\n  - job_name: syncboost\n    static_configs: [{targets: [%q]}]\n", rules, target)
	cfgPath := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	p := &prometheus{http: &http.Client{Timeout: 5 * time.Second}}
	for attempt := 0; attempt < 5; attempt++ {
		port, err := freePort()
		if err != nil {
			t.Fatal(err)
		}
		addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		cmd := exec.Command(bin, "--config.file="+cfgPath, "--storage.tsdb.path="+filepath.Join(dir, "data"),
			"--web.listen-address="+addr, "--log.level=warn")
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		t.Cleanup(func() { _ = cmd.Process.Kill(); <-exited })
		p.url = "http://" + addr
		if err := p.awaitReady(exited); err == nil {
			return p
		} else if !errors.Is(err, errExited) {
			t.Fatal(err)
		}
	}
	t.Fatal("prometheus did not start on a free port in 5 attempts")
	return nil
}

var errExited = errors.New("prometheus exited")

// awaitReady polls /-/ready for up to 30 s, or until the process exits (a port taken meanwhile).
func (p *prometheus) awaitReady(exited <-chan error) error {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); {
		select {
		case err := <-exited:
			return fmt.Errorf("%w: %v", errExited, err)
		case <-tick.C:
		}
		if resp, err := p.http.Get(p.url + "/-/ready"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
	}
	return errors.New("prometheus not ready after 30 s")
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	return port, l.Close()
}

// apiResult is the part of a /api/v1 answer the test reads.
type apiResult struct {
	Status string `json:"status"`
	Error  string `json:"error"`
	Data   json.RawMessage
}

func (p *prometheus) get(ctx context.Context, path string, q url.Values) (apiResult, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.url+path+"?"+q.Encode(), nil)
	if err != nil {
		return apiResult{}, err
	}
	resp, err := p.http.Do(req)
	if err != nil {
		return apiResult{}, err
	}
	defer resp.Body.Close()
	var r apiResult
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return r, fmt.Errorf("%s: HTTP %d: %w", path, resp.StatusCode, err)
	}
	if r.Status != "success" {
		return r, fmt.Errorf("%s: %s", path, r.Error)
	}
	return r, nil
}

// query evaluates expr now and returns how many series (or samples) it gave.
func (p *prometheus) query(ctx context.Context, expr string) (int, error) {
	r, err := p.get(ctx, "/api/v1/query", url.Values{"query": {expr}})
	if err != nil {
		return 0, err
	}
	var d struct {
		ResultType string            `json:"resultType"`
		Result     []json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(r.Data, &d); err != nil {
		return 0, err
	}
	return len(d.Result), nil
}

// series counts the stored series of one metric name.
func (p *prometheus) series(ctx context.Context, name string) (int, error) {
	r, err := p.get(ctx, "/api/v1/series", url.Values{"match[]": {name}})
	if err != nil {
		return 0, err
	}
	var d []json.RawMessage
	if err := json.Unmarshal(r.Data, &d); err != nil {
		return 0, err
	}
	return len(d), nil
}
