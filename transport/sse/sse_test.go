package sse

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/syncboost/syncboost/clock"
)

func readAll(t *testing.T, in string, max int) ([]Event, error) {
	t.Helper()
	r, err := NewReader(strings.NewReader(in), max)
	if err != nil {
		t.Fatal(err)
	}
	var out []Event
	for {
		ev, err := r.Next()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return out, nil
			}
			return out, err
		}
		out = append(out, ev)
	}
}

func TestReaderSpecCases(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Event
	}{
		{"basic", "event: head\ndata: {\"a\":1}\n\n", []Event{{Type: "head", Data: []byte(`{"a":1}`)}}},
		{"default type", "data: x\n\n", []Event{{Type: "message", Data: []byte("x")}}},
		{"multi-line data", "data: a\ndata:b\ndata\n\n", []Event{{Type: "message", Data: []byte("a\nb\n")}}},
		{"crlf and cr", "event: t\r\ndata: 1\r\n\r\nevent: u\rdata: 2\r\r", []Event{
			{Type: "t", Data: []byte("1")}, {Type: "u", Data: []byte("2")},
		}},
		{"comments are skipped", ": keep-alive\n\n:x\nevent: t\n: mid\ndata: 1\n\n", []Event{{Type: "t", Data: []byte("1")}}},
		{"id persists", "id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n", []Event{
			{Type: "message", Data: []byte("a"), ID: "7"},
			{Type: "message", Data: []byte("b"), ID: "7"},
			{Type: "message", Data: []byte("c"), ID: ""},
		}},
		{"no data no event", "event: t\n\nid: 3\n\n", nil},
		{"unterminated dropped", "data: a\n\ndata: partial\n", nil},
		{"unknown field ignored", "foo: bar\ndata: a\n\n", []Event{{Type: "message", Data: []byte("a")}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readAll(t, tc.in, 1024)
			if tc.name == "unterminated dropped" {
				if !errors.Is(err, io.ErrUnexpectedEOF) || len(got) != 1 {
					t.Fatalf("got %v, %v; want one event then ErrUnexpectedEOF", got, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d events %+v, want %d", len(got), got, len(tc.want))
			}
			for i := range got {
				if got[i].Type != tc.want[i].Type || !bytes.Equal(got[i].Data, tc.want[i].Data) || got[i].ID != tc.want[i].ID {
					t.Errorf("event %d = %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestReaderSeededIDAndIgnoredRetry(t *testing.T) {
	r, _ := NewReader(strings.NewReader("retry: 1500\nretry: x\ndata: a\n\n"), 64)
	r.SetLastEventID("5")
	ev, err := r.Next()
	if err != nil || ev.ID != "5" || string(ev.Data) != "a" || ev.Type != "message" {
		t.Fatalf("ev=%+v err=%v", ev, err)
	}
}

func TestReaderLimits(t *testing.T) {
	if _, err := NewReader(strings.NewReader(""), 0); !errors.Is(err, ErrBadLimit) {
		t.Fatalf("limit 0: %v", err)
	}
	// Keep-alive comments never accumulate towards the event limit.
	ok := strings.Repeat(":ping\n", 100) + "data: a\n\n"
	if got, err := readAll(t, ok, 16); err != nil || len(got) != 1 {
		t.Fatalf("comments: %v %v", got, err)
	}
}

func TestReaderSkipsOversizedEvents(t *testing.T) {
	for name, big := range map[string]string{
		"long line":  "id: 1\nevent: t\ndata: " + strings.Repeat("x", 100) + "\nid: 2\n\n",
		"many lines": "id: 1\nevent: t\n" + strings.Repeat("data: abcd\n", 20) + "id: 2\n\n",
	} {
		t.Run(name, func(t *testing.T) {
			r, _ := NewReader(strings.NewReader(big+"id: 3\ndata: ok\n\n"), 64)
			ev, err := r.Next()
			if !errors.Is(err, ErrEventTooLarge) || ev.ID != "2" || ev.Type != "t" || len(ev.Data) != 0 {
				t.Fatalf("oversized: %+v %v", ev, err)
			}
			ev, err = r.Next()
			if err != nil || ev.ID != "3" || string(ev.Data) != "ok" || ev.Type != "message" {
				t.Fatalf("after skip: %+v %v", ev, err)
			}
		})
	}
	r, _ := NewReader(strings.NewReader("data: "+strings.Repeat("x", 100)), 16)
	if _, err := r.Next(); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("EOF while skipping: %v", err)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	ev := Event{Type: "slot_ending", ID: "1:42", Data: []byte("line1\nline2\r\nline3")}
	b, err := Encode(ev)
	if err != nil {
		t.Fatal(err)
	}
	got, err := readAll(t, string(b), 1024)
	if err != nil || len(got) != 1 {
		t.Fatalf("%v %v", got, err)
	}
	if got[0].Type != ev.Type || got[0].ID != ev.ID || string(got[0].Data) != "line1\nline2\nline3" {
		t.Fatalf("round trip %+v", got[0])
	}
	if _, err := Encode(Event{Type: "a\nb"}); !errors.Is(err, ErrBadField) {
		t.Fatalf("bad type: %v", err)
	}
	if err := WriteComment(io.Discard, "x\n"); !errors.Is(err, ErrBadField) {
		t.Fatalf("bad comment: %v", err)
	}
}

func FuzzReader(f *testing.F) {
	f.Add([]byte("event: head\ndata: {}\n\n"), uint16(64))
	f.Add([]byte("id: 1\r\ndata: a\r\ndata: b\r\n\r\n: c\n\n"), uint16(8))
	f.Add([]byte("retry: 10\rdata\r\r"), uint16(3))
	f.Fuzz(func(t *testing.T, in []byte, limit uint16) {
		max := int(limit%512) + 1
		r, err := NewReader(bytes.NewReader(in), max)
		if err != nil {
			t.Fatal(err)
		}
		for range len(in) + 1 {
			ev, err := r.Next()
			if errors.Is(err, ErrEventTooLarge) {
				continue
			}
			if err != nil {
				return
			}
			if len(ev.Data) > max || ev.Type == "" {
				t.Fatalf("event %+v breaks the limit %d or has no type", ev, max)
			}
			// Whatever was decoded re-encodes to the same event.
			if strings.ContainsAny(ev.Type, "\r\n") || strings.ContainsAny(ev.ID, "\r\n\x00") {
				t.Fatalf("decoded field with a line break: %+v", ev)
			}
			b, err := Encode(ev)
			if err != nil {
				t.Fatal(err)
			}
			again, err := NewReader(bytes.NewReader(b), len(b)+1)
			if err != nil {
				t.Fatal(err)
			}
			ev2, err := again.Next()
			if err != nil || ev2.Type != ev.Type || !bytes.Equal(ev2.Data, ev.Data) || ev2.ID != ev.ID {
				t.Fatalf("re-encode %+v -> %+v (%v)", ev, ev2, err)
			}
		}
		t.Fatal("reader returned more events than input bytes")
	})
}

func TestWatchdogFiresAfterSilenceOnly(t *testing.T) {
	v := clock.NewVirtual(time.Unix(1_700_000_000, 0))
	const silence = 10 * time.Second
	fired := 0
	w := Watch(strings.NewReader("ab"), v, silence, func() { fired++ })
	v.Advance(silence - time.Millisecond)
	if n, err := w.Read(make([]byte, 1)); n != 1 || err != nil {
		t.Fatalf("read %d, %v", n, err)
	}
	v.Advance(silence - time.Millisecond) // a byte arrived: the silence counts from it
	if fired != 0 || w.Silent() {
		t.Fatal("fired although a byte arrived within the timeout")
	}
	v.Advance(time.Millisecond)
	if fired != 1 || !w.Silent() {
		t.Fatalf("fired %d times, Silent() = %v after the timeout", fired, w.Silent())
	}

	stopped := Watch(strings.NewReader(""), v, silence, func() { t.Error("a stopped watchdog fired") })
	stopped.Stop()
	v.Advance(2 * silence)
	if stopped.Silent() {
		t.Fatal("a stopped watchdog reports silence")
	}
}
