package status

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/net/html"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/relayapi"
	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
)

var now = time.Date(2026, 12, 3, 20, 0, 0, 0, time.UTC)

func newBook(t *testing.T, n int, eps ...EndpointConfig) *Book {
	t.Helper()
	b, err := New(Config{Slots: n, Endpoints: eps})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// serve starts the page's two handlers and returns the server's URL.
func serve(t *testing.T, b *Book, parts ...Part) string {
	t.Helper()
	p, err := NewPage(b, func() []Part { return parts }, func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+PathHTML, p.ServeHTML)
	mux.HandleFunc("GET "+PathJSON, p.ServeJSON)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

// rows parses the page and returns each slot row's cells by slot number, and the order.
func rows(t *testing.T, page string) (map[string][]string, []string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	cells, order := map[string][]string{}, []string(nil)
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Data != "tr" || attr(n, "class") != "slot" {
			continue
		}
		slot := attr(n, "data-slot")
		order = append(order, slot)
		for td := range n.ChildNodes() {
			if td.Type == html.ElementNode && td.Data == "td" {
				cells[slot] = append(cells[slot], text(td))
			}
		}
	}
	return cells, order
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

func sent(slot uint64, included, failed, dropped int) *slots.Sent {
	s := &slots.Sent{Slot: slot, DeadTime: 12300 * time.Microsecond, Failed: map[common.Hash]string{},
		Delivery: slots.Delivery{Accepted: 1}}
	for i := range included {
		s.Included = append(s.Included, common.Hash{byte(i)})
	}
	for i := range failed {
		s.Failed[common.Hash{0xf0, byte(i)}] = "reverted"
	}
	for i := range dropped {
		s.Dropped = append(s.Dropped, bundle.Dropped{Hash: common.Hash{0xd0, byte(i)}})
	}
	return s
}

// Each slot's row shows its outcome, reason, L1 block, dead time, bundles and endpoint answers,
// newest first; the endpoint counts are those at the first acceptance until every endpoint
// answered.
func TestPageShowsEachSlotsOutcome(t *testing.T) {
	b := newBook(t, DefaultSlots)
	landed := sent(10, 2, 1, 1)
	landed.Pending()
	b.Sent(landed)
	b.Settled(feed.Outcome{L1Slot: 10, Kind: bundle.OutcomeLanded, L1BlockNumber: 77})
	b.Sent(sent(11, 1, 0, 0))
	b.Settled(feed.Outcome{L1Slot: 11, Kind: bundle.OutcomeNotLanded, Reason: bundle.ReasonMissedSlot})
	b.Skipped(12, bundle.SkipNoBundles)
	b.Failed(13, errors.New("l2 simulation: connection refused"))
	b.Sent(sent(14, 1, 0, 0))
	b.Withdrawn(14)
	b.Sent(sent(15, 3, 0, 0))
	b.Skipped(15, bundle.SkipLate) // a later message's skip leaves the send standing
	url := serve(t, b)

	_, page := get(t, url+PathHTML)
	cells, order := rows(t, page)
	if want := "15 14 13 12 11 10"; strings.Join(order, " ") != want {
		t.Fatalf("slot rows %q, want %q", order, want)
	}
	want := map[string][]string{
		"10": {"10", "landed", "", "77", "12.3ms", "2 / 4", "1 / 0 (answering)"},
		"11": {"11", "not_landed", bundle.ReasonMissedSlot, "", "12.3ms", "1 / 1", "1 / 0"},
		"12": {"12", "skipped", bundle.SkipNoBundles, "", "", "0 / 0", "0 / 0"},
		"13": {"13", "failed", "l2 simulation: connection refused", "", "", "0 / 0", "0 / 0"},
		"14": {"14", "withdrawn", "the L1 head left the parent", "", "12.3ms", "1 / 1", "1 / 0"},
		"15": {"15", "sent", "", "", "12.3ms", "3 / 3", "1 / 0"},
	}
	for slot, w := range want {
		if got := cells[slot]; strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("slot %s row %q, want %q", slot, got, w)
		}
	}
	landed.Finish(slots.Delivery{Accepted: 2, Failed: 1})
	_, page = get(t, url+PathHTML)
	if cells, _ := rows(t, page); cells["10"][6] != "2 / 1" {
		t.Errorf("slot 10 endpoints once all answered: %q, want 2 / 1", cells["10"][6])
	}
}

// The book keeps the last N slots: older ones leave, and a late word about a slot that left
// does not bring it back.
func TestBookKeepsTheLastSlotsOnly(t *testing.T) {
	b := newBook(t, 4)
	for s := uint64(1); s <= 200; s++ {
		b.Skipped(s, bundle.SkipNoBundles)
	}
	b.Settled(feed.Outcome{L1Slot: 3, Kind: bundle.OutcomeLanded})
	got := b.Slots()
	if len(got) != 4 || got[0].Slot != 200 || got[3].Slot != 197 {
		t.Fatalf("kept %v, want slots 200..197", got)
	}
	if _, err := New(Config{Slots: 0}); !errors.Is(err, ErrConfig) {
		t.Errorf("slots 0: %v, want ErrConfig", err)
	}
}

// A searcher's text that reaches the page (an error naming its bundle, say) is shown as text:
// it can inject no markup, in the HTML or in the JSON.
func TestHostileTextIsEscaped(t *testing.T) {
	const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)>" data-outcome="landed`
	b := newBook(t, DefaultSlots)
	b.Failed(5, errors.New("bundle 0xab: "+hostile))
	url := serve(t, b, Part{Name: "feed-client", Reason: hostile})
	resp, page := get(t, url+PathHTML)
	for _, bad := range []string{"<script>", "<img", `" data-outcome="landed`} {
		if strings.Contains(page, bad) {
			t.Errorf("page carries %q unescaped", bad)
		}
	}
	cells, _ := rows(t, page)
	if got := cells["5"]; len(got) < 3 || got[1] != "failed" || got[2] != "bundle 0xab: "+hostile {
		t.Errorf("slot 5 row %q: the hostile text must show as text", got)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("Content-Security-Policy %q lets scripts run", csp)
	}
	_, js := get(t, url+PathJSON)
	if strings.Contains(js, "<script>") {
		t.Errorf("status.json carries markup unescaped: %s", js)
	}
}

// Credentials in a URL (user info, a token in the path or query) never reach the page: not in
// the endpoint table, not in an error, not in a readiness reason.
func TestCredentialsAreRedacted(t *testing.T) {
	b := newBook(t, DefaultSlots, EndpointConfig{Name: "relay-a", URL: "https://alice:hunter2@relay.example:8443/key/s3cr3t?token=t0ken"})
	b.Failed(6, fmt.Errorf(`Post "https://alice:hunter2@relay.example:8443/key/s3cr3t?token=t0ken": dial tcp: refused`))
	url := serve(t, b, Part{Name: "feed-client", Reason: "connect wss://bob:pw@seq.example/feed?auth=s3cr3t: refused"})
	for _, path := range []string{PathHTML, PathJSON} {
		_, body := get(t, url+path)
		for _, secret := range []string{"hunter2", "alice", "s3cr3t", "t0ken", "bob", ":pw"} {
			if strings.Contains(body, secret) {
				t.Errorf("%s shows %q", path, secret)
			}
		}
		for _, kept := range []string{"https://relay.example:8443", "wss://seq.example"} {
			if !strings.Contains(body, kept) {
				t.Errorf("%s lost the host %q", path, kept)
			}
		}
	}
}

// The endpoint table follows the fan-out's answers: ok after an acceptance, failing after a
// failure, and a request the sidecar gave up itself counts for nothing.
func TestEndpointHealthFollowsAnswers(t *testing.T) {
	b := newBook(t, DefaultSlots, EndpointConfig{Name: "a", URL: "http://a"}, EndpointConfig{Name: "b", URL: "http://b"})
	if h := b.Endpoints()[0].Health(); h != "unknown" {
		t.Fatalf("before any answer: %s", h)
	}
	b.Answered([]relayapi.Result{{Endpoint: "a", Outcome: relayapi.OutcomeAccepted, Start: now, Latency: time.Millisecond},
		{Endpoint: "b", Outcome: relayapi.OutcomeTimeout}, {Endpoint: "unknown", Outcome: relayapi.OutcomeAccepted}})
	b.Answered([]relayapi.Result{{Endpoint: "a", Outcome: relayapi.OutcomeCanceled}, {Endpoint: "b", Outcome: relayapi.OutcomeServerError}})
	eps := b.Endpoints()
	if a := eps[0]; a.Health() != "ok" || a.Accepted != 1 || a.Failed != 0 || !a.LastAnswer.Equal(now.Add(time.Millisecond)) {
		t.Errorf("a: %+v health %s", a, a.Health())
	}
	if e := eps[1]; e.Health() != "failing" || e.FailingFor != 2 || e.LastOutcome != string(relayapi.OutcomeServerError) {
		t.Errorf("b: %+v health %s", e, e.Health())
	}
	var v View
	_, js := get(t, serve(t, b, Part{Name: "beacon", Ready: true}, Part{Name: "feed-client", Reason: "no stream"})+PathJSON)
	if err := json.Unmarshal([]byte(js), &v); err != nil {
		t.Fatal(err)
	}
	if v.Ready || len(v.Parts) != 2 || len(v.Endpoints) != 2 {
		t.Errorf("status.json %s: one part is not ready and two endpoints are configured", js)
	}
}
