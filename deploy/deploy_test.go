// Package deploy_test checks the operator files in deploy/: the alert rules with promtool, and
// every dashboard query and alert expression against a real Prometheus scraping a devnet.
package deploy_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/devnet"
)

const (
	rulesFile     = "prometheus/alerts.yml"
	dashboardFile = "grafana/syncboost.json"
	// rateInterval stands in for Grafana's $__rate_interval: a few 1 s scrapes.
	rateInterval = "10s"
)

func TestAlertRulesPassPromtool(t *testing.T) {
	promtool := tool(t, "promtool")
	for _, args := range [][]string{{"check", "rules", rulesFile}, {"test", "rules", "prometheus/alerts_test.yml"}} {
		if out, err := exec.Command(promtool, args...).CombinedOutput(); err != nil {
			t.Errorf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// dashboardQueries are the PromQL expressions of every panel, by panel title.
func dashboardQueries(t *testing.T) map[string][]string {
	t.Helper()
	raw, err := os.ReadFile(dashboardFile)
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Panels []struct {
			Title   string `json:"title"`
			Targets []struct {
				Expr string `json:"expr"`
			} `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatalf("%s: %v", dashboardFile, err)
	}
	out := map[string][]string{}
	for _, p := range d.Panels {
		for _, tg := range p.Targets {
			out[p.Title] = append(out[p.Title], strings.ReplaceAll(tg.Expr, "$__rate_interval", rateInterval))
		}
	}
	return out
}

// alertExprs are the rule file's alert expressions, by alert name.
func alertExprs(t *testing.T) map[string]string {
	t.Helper()
	raw, err := os.ReadFile(rulesFile)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Groups []struct {
			Rules []struct {
				Alert string `yaml:"alert"`
				Expr  string `yaml:"expr"`
			} `yaml:"rules"`
		} `yaml:"groups"`
	}
	if err := yaml.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, g := range f.Groups {
		for _, r := range g.Rules {
			out[r.Alert] = r.Expr
		}
	}
	return out
}

var metricName = regexp.MustCompile(`\bsidecar_[a-z0-9_]+`)

// TestQueriesAgainstADevnet scrapes a short devnet run and evaluates every dashboard query
// (each must give at least one series) and every alert expression (each must evaluate, and every
// metric it names must have series: a renamed metric fails here, not silently in production).
func TestQueriesAgainstADevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet")
	}
	tool(t, "prometheus")
	d := startDevnet(t)
	metrics, err := url.Parse(d.Manifest.MetricsURL)
	if err != nil {
		t.Fatal(err)
	}
	rules, err := filepath.Abs(rulesFile)
	if err != nil {
		t.Fatal(err)
	}
	p := startPrometheus(t, metrics.Host, rules)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	refuseOne(ctx, t, d.Manifest.SearcherRPC) // the refusal panels get a reason to show
	// Until slots have landed and every panel has data, or the devnet has run 20 slots.
	first := d.L1.LastSlot()
	var missing []string
	for {
		if _, err := d.L1.WaitSlot(ctx, d.L1.LastSlot()+1); err != nil {
			t.Fatal(err)
		}
		if missing = emptyPanels(ctx, t, p); len(missing) == 0 || d.L1.LastSlot() > first+20 {
			break
		}
	}
	for _, m := range missing {
		t.Errorf("dashboard query without series: %s", m)
	}
	for name, expr := range alertExprs(t) {
		if _, err := p.query(ctx, expr); err != nil {
			t.Errorf("alert %s: %v", name, err)
		}
		for _, m := range metricName.FindAllString(expr, -1) {
			if n, err := p.series(ctx, m); err != nil || n == 0 {
				t.Errorf("alert %s names %s, which has no series (%v)", name, m, err)
			}
		}
	}
}

// emptyPanels evaluates every dashboard query and lists those without series; an invalid query
// fails the test at once.
func emptyPanels(ctx context.Context, t *testing.T, p *prometheus) []string {
	t.Helper()
	var empty []string
	for title, exprs := range dashboardQueries(t) {
		for _, e := range exprs {
			n, err := p.query(ctx, e)
			if err != nil {
				t.Fatalf("panel %q: %v", title, err)
			}
			if n == 0 {
				empty = append(empty, title+": "+e)
			}
		}
	}
	return empty
}

// refuseOne sends the searcher API an unsigned bundle, which it refuses.
func refuseOne(ctx context.Context, t *testing.T, url string) {
	t.Helper()
	body := `{"jsonrpc":"2.0","id":1,"method":"based_sendBundle","params":[{}]}`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
}

func startDevnet(t *testing.T) *devnet.Devnet {
	t.Helper()
	d, err := devnet.New(devnet.Config{DataDir: t.TempDir(), FailEvery: 2,
		Log: zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := d.Stop(ctx); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
	return d
}
