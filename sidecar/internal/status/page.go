package status

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"html/template"
	"net/http"
	"time"
)

// Paths the page is served at on the metrics listener.
const (
	PathHTML = "/status"
	PathJSON = "/status.json"
)

// Part is one component's readiness; Reason is empty when it is ready.
type Part struct {
	Name   string `json:"name"`
	Ready  bool   `json:"ready"`
	Reason string `json:"reason,omitempty"`
}

// View is what the page shows at one moment.
type View struct {
	Generated time.Time  `json:"generated"`
	Ready     bool       `json:"ready"`
	Parts     []Part     `json:"parts"`
	Endpoints []Endpoint `json:"endpoints"`
	Slots     []Slot     `json:"slots"`
}

// Page serves the book and the parts' readiness, read-only.
type Page struct {
	book  *Book
	parts func() []Part
	now   func() time.Time
}

var ErrMissing = errors.New("status: missing dependency")

// NewPage returns the page over book; parts lists each component's readiness.
func NewPage(book *Book, parts func() []Part, now func() time.Time) (*Page, error) {
	if book == nil || parts == nil || now == nil {
		return nil, ErrMissing
	}
	return &Page{book: book, parts: parts, now: now}, nil
}

// View takes the page's figures now.
func (p *Page) View() View {
	v := View{Generated: p.now().UTC(), Ready: true, Endpoints: p.book.Endpoints(), Slots: p.book.Slots()}
	for _, part := range p.parts() {
		part.Reason = RedactText(part.Reason)
		v.Ready = v.Ready && part.Ready
		v.Parts = append(v.Parts, part)
	}
	return v
}

//go:embed status.html
var pageHTML string

var pageTemplate = template.Must(template.New("status").Funcs(template.FuncMap{
	"dur":  func(d time.Duration) string { return d.Round(100 * time.Microsecond).String() },
	"time": formatTime,
}).Parse(pageHTML))

// ServeHTML renders the page; html/template escapes every value (searchers' texts included).
func (p *Page) ServeHTML(w http.ResponseWriter, _ *http.Request) {
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, p.View()); err != nil {
		http.Error(w, "status page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	headers(w, "text/html; charset=utf-8")
	_, _ = buf.WriteTo(w)
}

// ServeJSON serves the same view for machines.
func (p *Page) ServeJSON(w http.ResponseWriter, _ *http.Request) {
	headers(w, "application/json")
	_ = json.NewEncoder(w).Encode(p.View())
}

// headers: no script may run and nothing is cached or sniffed.
func headers(w http.ResponseWriter, contentType string) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.UTC().Format(time.RFC3339)
}
