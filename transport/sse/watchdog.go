package sse

import (
	"io"
	"sync/atomic"
	"time"

	"github.com/syncboost/syncboost/clock"
)

// Watchdog ends a stream that goes silent. It reads through to the stream's
// body and calls onSilent once no byte has arrived for the silence timeout;
// keep-alive comments count as bytes.
type Watchdog struct {
	r       io.Reader
	silence time.Duration
	timer   clock.Timer
	fired   atomic.Bool
}

// Watch arms a watchdog over r on clk. onSilent usually cancels the
// request's context, which makes the pending Read fail.
func Watch(r io.Reader, clk clock.Clock, silence time.Duration, onSilent func()) *Watchdog {
	w := &Watchdog{r: r, silence: silence}
	w.timer = clk.AfterFunc(silence, func() {
		w.fired.Store(true)
		onSilent()
	})
	return w
}

// Read reads from the stream and re-arms the watchdog when bytes arrive.
func (w *Watchdog) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	if n > 0 {
		w.timer.Reset(w.silence)
	}
	return n, err
}

// Silent reports whether the watchdog fired, i.e. whether a read error is
// the silence's doing.
func (w *Watchdog) Silent() bool { return w.fired.Load() }

// Stop disarms the watchdog.
func (w *Watchdog) Stop() { w.timer.Stop() }
