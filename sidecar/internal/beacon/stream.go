package beacon

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/transport/sse"
)

const topicAttributes = "payload_attributes"

var errSilent = errors.New("stream silent for too long")

// runAttributesStream keeps a payload_attributes event stream open, decoding
// it with our own SSE and JSON decoders, and reconnects with backoff.
func (t *Tracker) runAttributesStream(ctx context.Context) {
	hc := &http.Client{Transport: &http.Transport{
		DialContext:           (&net.Dialer{Timeout: t.cfg.RequestTimeout}).DialContext,
		ResponseHeaderTimeout: t.cfg.RequestTimeout,
		// No overall timeout: the stream is meant to stay open; the silence
		// watchdog ends it when nothing arrives.
	}}
	defer hc.CloseIdleConnections()
	attempt := 0
	for {
		connected, err := t.streamOnce(ctx, hc)
		t.setStreamUp(false)
		if ctx.Err() != nil {
			return
		}
		if connected {
			attempt = 0
		}
		t.log.Warn().Err(scrub(err)).Msg("payload_attributes stream ended; reconnecting")
		if clock.Sleep(ctx, t.clk, t.cfg.Reconnect.Delay(attempt, rand.Float64())) != nil {
			return
		}
		attempt++
	}
}

func (t *Tracker) streamOnce(ctx context.Context, hc *http.Client) (bool, error) {
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	url := strings.TrimSuffix(t.cfg.Address, "/") + "/eth/v1/events?topics=" + topicAttributes
	req, err := http.NewRequestWithContext(sctx, http.MethodGet, url, nil)
	if err != nil {
		return false, err
	}
	req.Header.Set("Accept", "text/event-stream")
	var resp *http.Response
	err = t.timed(epAttributes, func() (err error) {
		if resp, err = hc.Do(req); err == nil && resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			err = fmt.Errorf("status %d", resp.StatusCode)
		}
		return err
	})
	if err != nil {
		return false, fmt.Errorf("connect: %w", err)
	}
	defer resp.Body.Close()

	chain := t.Chain()
	silence := time.Duration(t.cfg.SilenceSlots) * chain.SlotDuration
	watchdog := sse.Watch(resp.Body, t.clk, silence, cancel)
	defer watchdog.Stop()
	reader, err := sse.NewReader(watchdog, t.cfg.MaxEventBytes)
	if err != nil {
		return false, err
	}
	t.setStreamUp(true)
	t.post(ctx, t.resync)
	for {
		ev, err := reader.Next()
		if errors.Is(err, sse.ErrEventTooLarge) {
			t.m.eventErrors.WithLabelValues(topicAttributes).Inc()
			t.log.Warn().Err(scrub(err)).Str("topic", ev.Type).Msg("dropped oversized payload_attributes event")
			continue
		}
		if err != nil {
			if watchdog.Silent() {
				return true, errSilent
			}
			return true, err
		}
		if ev.Type != topicAttributes {
			continue
		}
		a, err := DecodePayloadAttributes(ev.Data, chain.SlotOfTimestamp)
		if err != nil {
			t.m.eventErrors.WithLabelValues(topicAttributes).Inc()
			t.log.Warn().Err(scrub(err)).Msg("dropped payload_attributes event")
			continue
		}
		t.checkLabel(a)
		t.post(ctx, func(ctx context.Context) { t.onAttributes(ctx, a) })
	}
}

func (t *Tracker) setStreamUp(up bool) {
	v := 0.0
	if up {
		v = 1
	}
	t.m.streamUp.Set(v)
	t.update(func(st *state, _ uint64) { st.streamUp = up })
}

// checkLabel counts attributes whose proposal_slot is not their timestamp's
// slot. Stock Prysm v5.3.0 does so for every block, so only the first is
// logged at warn level.
func (t *Tracker) checkLabel(a *PayloadAttributes) {
	if !a.LabelMismatch() {
		return
	}
	t.m.slotMismatch.Inc()
	ev := t.log.Debug()
	if t.mislabelled.CompareAndSwap(false, true) {
		ev = t.log.Warn()
	}
	ev.Uint64("proposal_slot", a.ProposalSlot).Uint64("slot", a.Slot).Uint64("timestamp", a.Timestamp).
		Str("parent_hash", a.ParentBlockHash.Hex()).
		Msg("payload_attributes proposal_slot disagrees with its timestamp; keyed by the timestamp's slot")
}
