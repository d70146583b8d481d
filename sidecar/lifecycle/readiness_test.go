package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/rs/zerolog"
)

// nested runs components on a supervisor of its own, like the sidecar's slot loop.
type nested struct {
	*fake
	inner *Supervisor
}

func (n nested) Readiness() []Readiness { return n.inner.Readiness() }

func TestReadinessNamesEachPartNestedOnesUnderTheirParent(t *testing.T) {
	rec := &recorder{}
	inner := supervisor(t, &fake{name: "feed", rec: rec, readyErr: errors.New("no stream")}, &fake{name: "driver", rec: rec})
	if err := inner.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	s := NewSupervisor(zerolog.Nop())
	if err := s.Add("journal", &fake{name: "journal", rec: rec}); err != nil {
		t.Fatal(err)
	}
	if err := s.Add("loop", nested{&fake{name: "loop", rec: rec}, inner}); err != nil {
		t.Fatal(err)
	}
	if got := show(s.Readiness()); !slices.Equal(got, []string{"journal: not started", "loop: not started"}) {
		t.Errorf("before start: %q", got)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := []string{"journal: ready", "loop/feed: no stream", "loop/driver: ready"}
	if got := show(s.Readiness()); !slices.Equal(got, want) {
		t.Errorf("running: %q, want %q", got, want)
	}
}

func show(rs []Readiness) []string {
	var out []string
	for _, r := range rs {
		why := "ready"
		if r.Err != nil {
			why = r.Err.Error()
		}
		out = append(out, fmt.Sprintf("%s: %s", r.Name, why))
	}
	return out
}
