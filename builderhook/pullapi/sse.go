package pullapi

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// maxEventBytes bounds one event: a bundle with blob transactions in network form carries
// up to a few MB of hex.
const maxEventBytes = 16 << 20

// sseReader parses a text/event-stream (WHATWG HTML §9.2) into events.
type sseReader struct {
	sc *bufio.Scanner
}

func newSSEReader(r io.Reader) *sseReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxEventBytes)
	return &sseReader{sc: sc}
}

// next returns the next dispatched event. id is the event's own id field ("" when it has
// none); an event without an event field is named "message".
func (p *sseReader) next() (id, name string, data []byte, err error) {
	var buf bytes.Buffer
	hasData := false
	for p.sc.Scan() {
		line := p.sc.Text()
		if line == "" {
			if !hasData && name == "" && id == "" {
				continue // nothing to dispatch
			}
			if name == "" {
				name = "message"
			}
			return id, name, buf.Bytes(), nil
		}
		if strings.HasPrefix(line, ":") {
			continue // comment, e.g. keep-alive
		}
		field, value, _ := strings.Cut(line, ":")
		value = strings.TrimPrefix(value, " ")
		switch field {
		case "event":
			name = value
		case "id":
			if strings.ContainsRune(value, 0) {
				return "", "", nil, fmt.Errorf("%w: id contains NUL", ErrDecode)
			}
			id = value
		case "data":
			if hasData {
				buf.WriteByte('\n')
			}
			buf.WriteString(value)
			hasData = true
		}
		if buf.Len() > maxEventBytes {
			return "", "", nil, fmt.Errorf("%w: event larger than %d bytes", ErrDecode, maxEventBytes)
		}
	}
	if err := p.sc.Err(); err != nil {
		return "", "", nil, err
	}
	return "", "", nil, io.EOF
}

// writeSSE writes one event. data must not contain a newline (compact JSON does not).
func writeSSE(w io.Writer, id, name string, data []byte) error {
	var b bytes.Buffer
	if id != "" {
		b.WriteString("id: " + id + "\n")
	}
	b.WriteString("event: " + name + "\ndata: ")
	b.Write(data)
	b.WriteString("\n\n")
	_, err := w.Write(b.Bytes())
	return err
}
