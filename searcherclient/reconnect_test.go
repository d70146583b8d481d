package searcherclient_test

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/searcherclient"
)

// cuttingProxy forwards everything to the sidecar but ends the first event stream after its
// first event, as a flaky network would; it records each stream's Last-Event-ID.
type cuttingProxy struct {
	up    *url.URL
	proxy *httputil.ReverseProxy
	mu    sync.Mutex
	ids   []string
}

func (p *cuttingProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !strings.HasPrefix(r.URL.Path, "/v1/bundles/") {
		p.proxy.ServeHTTP(w, r)
		return
	}
	p.mu.Lock()
	p.ids = append(p.ids, r.Header.Get("Last-Event-ID"))
	first := len(p.ids) == 1
	p.mu.Unlock()
	if !first {
		p.proxy.ServeHTTP(w, r)
		return
	}
	req, _ := http.NewRequestWithContext(r.Context(), r.Method, p.up.Scheme+"://"+p.up.Host+r.RequestURI, nil)
	req.Header = r.Header.Clone()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() { // up to the end of the first event, then the connection ends
		_, _ = w.Write([]byte(sc.Text() + "\n"))
		if sc.Text() == "" {
			break
		}
	}
}

// A stream cut after its first event is reopened, signed anew, from Last-Event-ID: the watcher
// sees each change once and the final status.
func TestWatchResumesAfterADroppedStream(t *testing.T) {
	s := startSidecar(t)
	ctx := ctxT(t)
	up, err := url.Parse(s.url)
	if err != nil {
		t.Fatal(err)
	}
	p := &cuttingProxy{up: up, proxy: httputil.NewSingleHostReverseProxy(up)}
	p.proxy.FlushInterval = -1
	front := httptest.NewServer(p)
	defer front.Close()
	c := s.client(t, "grace", func(cfg *searcherclient.Config) { cfg.URL = front.URL + "/" })
	r, err := c.SendBundle(ctx, s.l2Bundle(t, key(t, "l2 grace"), 14, 0))
	if err != nil {
		t.Fatal(err)
	}
	events, err := c.Watch(ctx, r.BundleHash)
	if err != nil {
		t.Fatal(err)
	}
	if ev := next(t, events); ev.Status != bundle.StatusReceived {
		t.Fatalf("first event %+v", ev)
	}
	for _, st := range []bundle.Status{bundle.StatusSimulated, bundle.StatusExpired} {
		if _, err := s.app.Pool.SetStatus(ctx, r.BundleHash, bundle.StatusChange{Status: st, At: time.Now()}); err != nil {
			t.Fatal(err)
		}
		if ev := next(t, events); ev.Status != st {
			t.Fatalf("event %+v, want %s (each change once)", ev, st)
		}
	}
	closed(t, events)
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.ids) != 2 || p.ids[0] != "" || p.ids[1] != "1" {
		t.Fatalf("streams opened with Last-Event-ID %q, want \"\" then \"1\"", p.ids)
	}
}
