package relayapi

import (
	"context"
	"net"
	"net/http/httptrace"
	"sync"
	"sync/atomic"
	"time"

	"github.com/syncboost/syncboost/clock"
)

// hookConn is a connection of the Submitter's own transport. Its first Write after arm calls
// the armed hook, so that a request is timed when its first byte reaches the socket rather
// than after its last (httptrace's WroteRequest), which for a large bundle depends on how fast
// the endpoint reads.
type hookConn struct {
	net.Conn
	// hook is written by the request's goroutine (GotConn) and consumed by the transport's
	// write loop.
	hook atomic.Pointer[func()]
}

func (c *hookConn) Write(p []byte) (int, error) {
	if c.hook.Load() != nil { // the common case, a write with no hook, takes no swap
		if f := c.hook.Swap(nil); f != nil {
			(*f)()
		}
	}
	return c.Conn.Write(p)
}

// arm installs f for the next Write.
func (c *hookConn) arm(f *func()) { c.hook.Store(f) }

// disarm removes f if it is still installed, so that a request that never wrote leaves
// nothing behind for the connection's next user.
func (c *hookConn) disarm(f *func()) { c.hook.CompareAndSwap(f, nil) }

// dialHooked wraps every connection d dials in a hookConn.
func dialHooked(d *net.Dialer) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := d.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &hookConn{Conn: c}, nil
	}
}

// firstByte times one request's first byte on the wire, once. On a hookConn (plain HTTP over
// the Submitter's own transport) that is the connection's first Write after GotConn; otherwise
// (TLS, whose GotConn yields the tls.Conn, or a caller-supplied transport) it falls back to
// WroteHeaders, when the headers have been handed to the transport's write buffer.
type firstByte struct {
	clk    clock.Clock
	notify func(time.Time) // may be nil; called at most once, before end returns
	hook   func()          // &hook identifies this request on the connection
	hooked atomic.Bool

	mu    sync.Mutex
	at    time.Time
	ended bool
	conns []*hookConn
}

func newFirstByte(clk clock.Clock, notify func(time.Time)) *firstByte {
	f := &firstByte{clk: clk, notify: notify}
	f.hook = f.mark
	return f
}

func (f *firstByte) trace() *httptrace.ClientTrace {
	return &httptrace.ClientTrace{
		GotConn: func(info httptrace.GotConnInfo) {
			if c, ok := info.Conn.(*hookConn); ok {
				f.hooked.Store(true)
				f.arm(c)
			}
		},
		WroteHeaders: func() {
			if !f.hooked.Load() {
				f.mark()
			}
		},
	}
}

func (f *firstByte) arm(c *hookConn) {
	f.mu.Lock()
	f.conns = append(f.conns, c)
	f.mu.Unlock()
	c.arm(&f.hook)
}

// mark records now unless a time is already recorded or the request has ended. A transport
// retry on a fresh connection therefore keeps the first attempt's time.
func (f *firstByte) mark() {
	now := f.clk.Now()
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ended || !f.at.IsZero() {
		return
	}
	f.at = now
	if f.notify != nil {
		f.notify(now) // under mu, so that no notification arrives after end
	}
}

// end disarms the request's connections and returns the recorded time (zero if nothing was
// written).
func (f *firstByte) end() time.Time {
	f.mu.Lock()
	f.ended = true
	at, conns := f.at, f.conns
	f.mu.Unlock()
	for _, c := range conns {
		c.disarm(&f.hook)
	}
	return at
}
