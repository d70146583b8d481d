package obs

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/sidecar/lifecycle"
)

// part is a component whose readiness the test sets.
type part struct{ readiness }

func (p *part) Start(context.Context) error { return nil }
func (p *part) Stop(context.Context) error  { return nil }
func (p *part) Ready() error                { return p.get() }

func TestReadyzNamesEveryComponentNotReady(t *testing.T) {
	sup := lifecycle.NewSupervisor(zerolog.Nop())
	feed, beacon := &part{}, &part{}
	feed.set(errors.New("no slot-ending stream: connect_error: connection refused"))
	beacon.set(errors.New("L1 head not ready"))
	for name, c := range map[string]lifecycle.Component{"feed": feed, "beacon": beacon, "journal": &part{}} {
		if err := sup.Add(name, c); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := NewServer("127.0.0.1:0", NewRegistry("v", "c"), sup.Ready, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := sup.Add("metrics", srv); err != nil {
		t.Fatal(err)
	}
	if err := sup.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer sup.Stop(context.Background())

	code, body := fetch(t, "GET", srv.URL()+PathReady)
	if code != http.StatusServiceUnavailable {
		t.Fatalf("/readyz %d, want 503", code)
	}
	for _, want := range []string{"feed: no slot-ending stream: connect_error: connection refused", "beacon: L1 head not ready"} {
		if !strings.Contains(body, want) {
			t.Errorf("body %q does not say %q", body, want)
		}
	}
	if strings.Contains(body, "journal") {
		t.Errorf("body %q names a ready component", body)
	}
	feed.set(nil)
	beacon.set(nil)
	if code, body := fetch(t, "GET", srv.URL()+PathReady); code != http.StatusOK {
		t.Errorf("/readyz once all are ready: %d %q", code, body)
	}
}
