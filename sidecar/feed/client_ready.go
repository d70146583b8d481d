package feed

import (
	"errors"
	"fmt"
	"io"
	"time"
)

// Readiness reasons of the client.
var (
	// ErrNoStream: the client has no connected stream (not started, still
	// connecting, or the last connection failed or ended).
	ErrNoStream = errors.New("feed: no slot-ending stream")
	// ErrSilentStream: the stream is connected but sent nothing, not even a
	// keep-alive, for the silence timeout.
	ErrSilentStream = errors.New("feed: slot-ending stream silent")

	errStopped = errors.New("client stopped")
)

// streamState is what Ready reports on; the Client's mu guards it.
type streamState struct {
	connected bool
	lastByte  time.Time // when the connected stream last delivered bytes
	cause     string    // why the last connection ended or failed
	err       error
}

// Ready reports nil while a stream is connected and has delivered a byte
// within the silence timeout (lifecycle.Checker); otherwise why not, on the
// client's clock.
func (c *Client) Ready() error {
	now := c.clk.Now()
	c.mu.Lock()
	started, st := c.cancel != nil, c.stream
	c.mu.Unlock()
	return st.ready(started, now, c.cfg.Silence)
}

func (s streamState) ready(started bool, now time.Time, silence time.Duration) error {
	switch {
	case !started:
		return fmt.Errorf("%w: not started", ErrNoStream)
	case !s.connected && s.err == nil:
		return fmt.Errorf("%w: connecting to the sequencer", ErrNoStream)
	case !s.connected:
		return fmt.Errorf("%w: %s: %w", ErrNoStream, s.cause, s.err)
	}
	// The watchdog drops such a stream at once; this covers the moment before.
	if quiet := now.Sub(s.lastByte); quiet >= silence {
		return fmt.Errorf("%w: nothing for %s (silence timeout %s)", ErrSilentStream, quiet, silence)
	}
	return nil
}

// up records a stream the server accepted; its headers count as bytes.
func (c *Client) up() {
	now := c.clk.Now()
	c.setStream(streamState{connected: true, lastByte: now})
}

// down records why the stream ended or could not connect.
func (c *Client) down(cause string, err error) {
	c.setStream(streamState{cause: cause, err: err})
}

func (c *Client) setStream(s streamState) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stream = s
	close(c.changed)
	c.changed = make(chan struct{})
}

// streamChanged is closed at the next connect or disconnect; tests wait on
// it instead of polling Ready.
func (c *Client) streamChanged() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.changed
}

// touched notes when the stream delivers bytes, for Ready.
type touched struct {
	r io.Reader
	c *Client
}

func (t touched) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if n > 0 {
		now := t.c.clk.Now()
		t.c.mu.Lock()
		t.c.stream.lastByte = now
		t.c.mu.Unlock()
	}
	return n, err
}
