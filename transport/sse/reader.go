// Package sse reads and writes Server-Sent Events (the WHATWG event-stream
// format) with hard size limits. The feed client and the beacon node's
// payload_attributes stream both read untrusted streams through it.
package sse

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Sentinel errors of the reader.
var (
	ErrEventTooLarge = errors.New("sse: event exceeds the size limit")
	ErrBadLimit      = errors.New("sse: size limit must be positive")
)

// Event is one dispatched event.
type Event struct {
	// Type is the "event" field ("message" when absent, as the spec says).
	Type string
	// Data is the "data" lines joined with "\n".
	Data []byte
	// ID is the last event ID in force when the event was dispatched.
	ID string
}

// Reader decodes an event stream.
type Reader struct {
	r        *bufio.Reader
	max      int
	lastID   string
	skipLF   bool // the previous line ended in CR: a following LF belongs to it
	line     []byte
	data     bytes.Buffer
	typ      string
	hasData  bool
	consumed int  // bytes of the fields of the event being assembled
	skipping bool // the event being read is over the limit and is discarded
}

// NewReader returns a reader that skips (and reports with ErrEventTooLarge)
// any event whose fields, or any single line, exceed maxEventBytes.
func NewReader(r io.Reader, maxEventBytes int) (*Reader, error) {
	if maxEventBytes <= 0 {
		return nil, ErrBadLimit
	}
	return &Reader{r: bufio.NewReaderSize(r, 4096), max: maxEventBytes}, nil
}

// SetLastEventID seeds the last event ID, as a client resuming a stream does.
func (r *Reader) SetLastEventID(id string) { r.lastID = id }

// Next returns the next event. At the end of the stream it returns io.EOF
// (an unterminated event is dropped, as the spec requires) or
// io.ErrUnexpectedEOF when the stream ended inside an event.
//
// An event larger than the limit is skipped up to its terminating blank
// line: Next then returns an error wrapping ErrEventTooLarge together with
// the skipped event's Type and ID (its Data empty), and the reader stays usable.
func (r *Reader) Next() (Event, error) {
	for {
		line, tooLong, err := r.readLine()
		if err != nil {
			if errors.Is(err, io.EOF) && (r.consumed > 0 || r.skipping || len(r.line) > 0) {
				return Event{}, io.ErrUnexpectedEOF
			}
			return Event{}, err
		}
		if len(line) == 0 && !tooLong {
			if r.skipping {
				return r.skipped()
			}
			if ev, ok := r.dispatch(); ok {
				return ev, nil
			}
			continue
		}
		if !tooLong && line[0] == ':' {
			continue // comment, e.g. a keep-alive
		}
		if r.skipping {
			// Keep the id (so a resume starts after this event) and the type.
			if name, _, _ := bytes.Cut(line, []byte(":")); !tooLong && string(name) != "data" {
				r.field(line)
			}
			continue
		}
		r.consumed += len(line) + 1
		if tooLong || r.consumed > r.max {
			r.skipping = true
			r.data.Reset()
			continue
		}
		r.field(line)
	}
}

func (r *Reader) skipped() (Event, error) {
	ev := Event{Type: r.eventType(), ID: r.lastID}
	r.data.Reset()
	r.typ, r.hasData, r.consumed, r.skipping = "", false, 0, false
	return ev, fmt.Errorf("%w (limit %d bytes)", ErrEventTooLarge, r.max)
}

func (r *Reader) dispatch() (Event, bool) {
	defer func() {
		r.data.Reset()
		r.typ, r.hasData, r.consumed = "", false, 0
	}()
	if !r.hasData {
		return Event{}, false
	}
	data := bytes.TrimSuffix(r.data.Bytes(), []byte("\n"))
	return Event{Type: r.eventType(), Data: bytes.Clone(data), ID: r.lastID}, true
}

// eventType is the event field, or "message" when there was none.
func (r *Reader) eventType() string {
	if r.typ == "" {
		return "message"
	}
	return r.typ
}

func (r *Reader) field(line []byte) {
	name, value, found := bytes.Cut(line, []byte(":"))
	if found && len(value) > 0 && value[0] == ' ' {
		value = value[1:]
	}
	switch string(name) {
	case "event":
		r.typ = string(value)
	case "data":
		r.data.Write(value)
		r.data.WriteByte('\n')
		r.hasData = true
	case "id":
		if bytes.IndexByte(value, 0) < 0 {
			r.lastID = string(value)
		}
	}
	// "retry" is ignored: every client here has its own backoff.
}

// readLine returns one line without its terminator (CRLF, LF or CR). A line
// longer than the limit is consumed to its end and reported as tooLong.
func (r *Reader) readLine() (line []byte, tooLong bool, err error) {
	r.line = r.line[:0]
	for {
		c, err := r.r.ReadByte()
		if err != nil {
			return nil, tooLong, err
		}
		if r.skipLF {
			r.skipLF = false
			if c == '\n' {
				continue
			}
		}
		switch c {
		case '\n':
			return r.line, tooLong, nil
		case '\r':
			r.skipLF = true
			return r.line, tooLong, nil
		}
		if len(r.line) >= r.max {
			tooLong = true
			continue
		}
		r.line = append(r.line, c)
	}
}
