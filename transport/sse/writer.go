package sse

import (
	"bytes"
	"errors"
	"io"
	"strings"
)

// ErrBadField is returned when an event type, id or comment contains a line break.
var ErrBadField = errors.New("sse: field contains a line break")

// Encode renders ev in the event-stream format, splitting Data on line breaks
// into several data lines. An empty ID writes no id field.
func Encode(ev Event) ([]byte, error) {
	if strings.ContainsAny(ev.Type, "\r\n") || strings.ContainsAny(ev.ID, "\r\n\x00") {
		return nil, ErrBadField
	}
	var b bytes.Buffer
	if ev.ID != "" {
		b.WriteString("id: " + ev.ID + "\n")
	}
	if ev.Type != "" {
		b.WriteString("event: " + ev.Type + "\n")
	}
	data := bytes.ReplaceAll(ev.Data, []byte("\r\n"), []byte("\n"))
	data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	for line := range bytes.SplitSeq(data, []byte("\n")) {
		b.WriteString("data: ")
		b.Write(line)
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// WriteEvent writes ev to w in one Write call.
func WriteEvent(w io.Writer, ev Event) error {
	b, err := Encode(ev)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// WriteComment writes a comment line (a keep-alive) followed by a blank line.
func WriteComment(w io.Writer, text string) error {
	if strings.ContainsAny(text, "\r\n") {
		return ErrBadField
	}
	_, err := io.WriteString(w, ":"+text+"\n\n")
	return err
}
