package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/transport/sse"
)

// Disconnect causes, the bounded label of sidecar_feed_disconnects_total.
const (
	causeConnect = "connect_error"
	causeStatus  = "bad_status"
	causeEOF     = "closed"
	causeSilent  = "silent"
	causeError   = "read_error"
	// causeStopped only appears in readiness reasons, never as a metric label.
	causeStopped = "stopped"
)

var errSilent = errors.New("no bytes within the silence timeout")

// connectOnce runs one connection until it ends. It reports whether the
// server accepted the stream, and why it ended.
func (c *Client) connectOnce(ctx context.Context) (bool, string, error) {
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	req, err := c.newRequest(sctx)
	if err != nil {
		return false, causeConnect, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return false, causeConnect, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		// The server's reason (an expired signature, an address it does not list) is what
		// the operator needs in the log.
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return false, causeStatus, fmt.Errorf("status %d: %s", resp.StatusCode, bytes.TrimSpace(msg))
	}
	c.m.connected.Set(1)
	c.up()
	c.log.Info().Str("last_event_id", c.lastID).Msg("slot-ending stream connected")

	watchdog := sse.Watch(touched{r: resp.Body, c: c}, c.clk, c.cfg.Silence, cancel)
	defer watchdog.Stop()
	reader, err := sse.NewReader(watchdog, c.cfg.MaxEventBytes)
	if err != nil {
		return true, causeError, err
	}
	reader.SetLastEventID(c.lastID)
	for {
		ev, err := reader.Next()
		if errors.Is(err, sse.ErrEventTooLarge) {
			if ev.ID != "" {
				c.lastID = ev.ID // skipped for good: do not ask for it again
			}
			c.m.received.Inc()
			c.rejected(ev.ID, &Rejection{Reason: RejectOversized, Err: err})
			continue
		}
		if err != nil {
			switch {
			case watchdog.Silent():
				return true, causeSilent, errSilent
			case errors.Is(err, io.EOF):
				return true, causeEOF, err
			default:
				return true, causeError, err
			}
		}
		// Only a complete event moves the resume point: a cut event is asked for again.
		c.lastID = ev.ID
		if ev.Type != EventSlotEnding {
			continue
		}
		c.handle(ctx, ev)
	}
}

// newRequest builds one stream request, resuming after the last event.
func (c *Client) newRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("Cache-Control", "no-cache")
	if c.lastID != "" {
		req.Header.Set("Last-Event-ID", c.lastID)
	}
	if c.cfg.Identity != nil { // signed per connection: the timestamp expires
		if err := SignStreamRequest(req, c.cfg.Validator.L2ChainID, c.cfg.Identity, c.clk.Now()); err != nil {
			return nil, err
		}
	}
	return req, nil
}

// handle decodes and validates one event and delivers it if accepted.
func (c *Client) handle(ctx context.Context, ev sse.Event) {
	arrived := c.clk.Now()
	c.m.received.Inc()
	m, err := bundle.DecodeSlotEnding(ev.Data)
	if err != nil {
		c.rejected(ev.ID, &Rejection{Reason: RejectMalformed, Err: err})
		return
	}
	if r := c.val.check(m); r != nil {
		c.rejected(ev.ID, r)
		return
	}
	msg := Message{SignedSlotEnding: m, EventID: ev.ID, Arrived: arrived, MsIntoSlot: c.slots.MsIntoSlot(arrived)}
	c.m.accepted.Inc()
	c.m.arrival.Observe(float64(msg.MsIntoSlot))
	c.log.Info().Uint64("slot", m.L1Slot).Uint64("l2_block", m.L2BlockNumber).
		Str("l1_parent_hash", m.L1ParentHash.Hex()).Int64("ms_into_slot", msg.MsIntoSlot).Msg("slot-ending message accepted")
	c.deliver(ctx, msg)
}

// deliver hands msg to the consumer without ever blocking the stream: when
// the buffer is full the oldest waiting message is dropped.
func (c *Client) deliver(ctx context.Context, msg Message) {
	for {
		select {
		case c.out <- msg:
			return
		case <-ctx.Done():
			return
		default:
		}
		select {
		case old := <-c.out:
			c.m.overflow.Inc()
			c.log.Warn().Uint64("slot", old.L1Slot).Uint64("l2_block", old.L2BlockNumber).Msg("consumer behind; dropped an older message")
		default:
		}
	}
}

const maxLogged = 1024

// rejected counts every rejection and logs each (event, reason) once, so a
// replay after a reconnect does not repeat the log line.
func (c *Client) rejected(id string, r *Rejection) {
	c.m.rejected.WithLabelValues(r.Reason).Inc()
	if !c.logged.add(id+"|"+r.Reason) && id != "" {
		return
	}
	c.log.Warn().Str("event_id", id).Str("reason", r.Reason).AnErr("cause", r.Err).Msg("slot-ending message rejected")
}
