package pullapi

import (
	"bufio"
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/syncboost/syncboost/builderhook/jwtauth"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/sse"
)

func TestStreamAddReplaceCancelInOrder(t *testing.T) {
	r := newRig(t, clock.Real{}, nil)
	events := follow(t, r.client(t, r.start(t, nil)))
	if ev := next(t, events); ev.Kind != EventSynced {
		t.Fatalf("first event %s, want synced", ev.Kind)
	}
	r.put(t, 100, parentF, ab(uuidA, 1))
	r.put(t, 100, parentF, ab(uuidA, 2))
	if _, ok := r.store.Cancel(100, parentF, uuidA); !ok {
		t.Fatal("nothing to cancel")
	}
	for i, want := range []struct {
		kind string
		tx   byte
	}{{EventAdd, 1}, {EventReplace, 2}, {EventCancel, 0}} {
		ev := next(t, events)
		if ev.Kind != want.kind || ev.Slot != 100 || ev.ParentHash != parentF || ev.ReplacementUUID != uuidA {
			t.Fatalf("event %d: %+v, want %s", i, ev, want.kind)
		}
		if want.tx != 0 && ev.Bundle.Txs[0][2] != want.tx {
			t.Fatalf("event %d carries tx %x, want %x", i, ev.Bundle.Txs[0], want.tx)
		}
	}
}

// cutter ends the first stream connection right after its second event with an id, and
// records the Last-Event-ID of every stream connection.
type cutter struct {
	next http.Handler
	mu   sync.Mutex
	ids  []string
}

func (c *cutter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != PathStream {
		c.next.ServeHTTP(w, r)
		return
	}
	c.mu.Lock()
	c.ids = append(c.ids, r.Header.Get("Last-Event-ID"))
	first := len(c.ids) == 1
	c.mu.Unlock()
	if !first {
		c.next.ServeHTTP(w, r)
		return
	}
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	c.next.ServeHTTP(&cutWriter{ResponseWriter: w, left: 2, cut: cancel}, r.WithContext(ctx))
}

func (c *cutter) lastEventIDs() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.ids...)
}

type cutWriter struct {
	http.ResponseWriter
	left int
	cut  func()
}

func (w *cutWriter) Write(p []byte) (int, error) {
	if w.left == 0 {
		return 0, context.Canceled // the connection is gone
	}
	if strings.HasPrefix(string(p), "id: ") {
		w.left--
		if w.left == 0 {
			defer w.cut()
		}
	}
	return w.ResponseWriter.Write(p)
}

func (w *cutWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func TestReconnectingStreamMissesNothing(t *testing.T) {
	r := newRig(t, clock.Real{}, nil)
	cut := &cutter{next: r.srv.Handler()}
	c := r.client(t, r.start(t, cut))
	mirror := NewMirror()
	events := follow(t, c)
	apply := func(want string) Event {
		t.Helper()
		ev := next(t, events)
		if ev.Kind != want {
			t.Fatalf("event %s (%+v), want %s", ev.Kind, ev, want)
		}
		if err := mirror.Apply(ev); err != nil {
			t.Fatal(err)
		}
		return ev
	}
	apply(EventSynced)
	r.put(t, 100, parentF, ab(uuidA, 1))
	added := apply(EventAdd) // the connection is cut after this event
	r.put(t, 100, parentF, ab(uuidA, 2))
	r.put(t, 100, parentE, ab(uuidB, 3))
	if _, ok := r.store.Cancel(100, parentF, uuidA); !ok {
		t.Fatal("nothing to cancel")
	}
	apply(EventReplace)
	apply(EventAdd)
	apply(EventCancel)
	ids := cut.lastEventIDs()
	if len(ids) != 2 || ids[0] != "" || ids[1] != added.ID {
		t.Fatalf("stream connections resumed from %q, want [\"\" %q]", ids, added.ID)
	}
	for _, parent := range []struct {
		hash [32]byte
		want int
	}{{parentF, 0}, {parentE, 1}} {
		got, _ := mirror.Bundles(context.Background(), 100, parent.hash)
		want, _ := r.store.Bundles(context.Background(), 100, parent.hash)
		if len(got) != parent.want || len(want) != parent.want {
			t.Fatalf("mirror has %d bundles, store %d, want %d", len(got), len(want), parent.want)
		}
	}
	select {
	case ev := <-events:
		t.Fatalf("extra event %+v", ev)
	default:
	}
}

// A Last-Event-ID from another process (or too old) gets reset and a snapshot.
func TestUnknownLastEventIDGetsReset(t *testing.T) {
	r := newRig(t, clock.Real{}, nil)
	url := r.start(t, nil)
	r.put(t, 100, parentF, ab(uuidA, 1))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url+PathStream, nil)
	req.Header.Set("Last-Event-ID", "0123456789abcdef-7")
	jwtauth.SetHeader(req.Header, secret, time.Now())
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	rd, err := sse.NewReader(resp.Body, maxEventBytes)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{EventReset, EventAdd, EventSynced} {
		raw, err := rd.Next()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := decodeEvent(raw.ID, raw.Type, raw.Data); err != nil || raw.Type != want {
			t.Fatalf("event %d: %s (%v), want %s", i, raw.Type, err, want)
		}
		if (raw.ID != "") != (raw.Type == EventSynced) {
			t.Fatalf("event %s has id %q", raw.Type, raw.ID)
		}
	}
}

func TestStreamClientLimit(t *testing.T) {
	r := newRig(t, clock.Real{}, func(c *Config) { c.MaxStreams = 1 })
	url := r.start(t, nil)
	if ev := next(t, follow(t, r.client(t, url))); ev.Kind != EventSynced {
		t.Fatalf("first client got %s", ev.Kind)
	}
	req, _ := http.NewRequest(http.MethodGet, url+PathStream, nil)
	jwtauth.SetHeader(req.Header, secret, time.Now())
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("second stream client: %d, want 503", resp.StatusCode)
	}
}

func TestIdleStreamGetsKeepAlive(t *testing.T) {
	clk := clock.NewVirtual(t0)
	r := newRig(t, clk, nil)
	url := r.start(t, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url+PathStream, nil)
	jwtauth.SetHeader(req.Header, secret, t0)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	rd := bufio.NewReader(resp.Body)
	readUntil := func(want string) {
		t.Helper()
		for {
			line, err := rd.ReadString('\n')
			if err != nil {
				t.Fatalf("waiting for %q: %v", want, err)
			}
			if strings.TrimSpace(line) == want {
				return
			}
		}
	}
	readUntil("event: synced")
	if err := clk.WaitForTimers(ctx, 1); err != nil {
		t.Fatal(err)
	}
	clk.Advance(r.srv.cfg.KeepAlive)
	readUntil(": keep-alive")
}
