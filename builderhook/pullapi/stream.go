package pullapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/syncboost/syncboost/builderhook/pullstore"
	"github.com/syncboost/syncboost/transport/sse"
)

var errStreamEnded = errors.New("stream ended")

// handleStream serves Server-Sent Events. A client without Last-Event-ID gets a snapshot
// (add events without id) then synced (with id); a client that resumes gets exactly the
// events after its Last-Event-ID, or, when those are no longer known, reset and a snapshot.
func (s *Server) handleStream(w http.ResponseWriter, r *http.Request) int {
	select {
	case s.streams <- struct{}{}:
		defer func() { <-s.streams }()
	default:
		return respondError(w, http.StatusServiceUnavailable, "too many stream clients")
	}
	s.metrics.streams.Inc()
	defer s.metrics.streams.Dec()
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	st := &streamWriter{s: s, w: w, rc: http.NewResponseController(w)}
	err := st.run(r)
	if err != nil && !errors.Is(err, errStreamEnded) {
		s.log.Debug().Err(err).Msg("stream client dropped")
	}
	return http.StatusOK
}

type streamWriter struct {
	s   *Server
	w   http.ResponseWriter
	rc  *http.ResponseController
	seq uint64
}

func (st *streamWriter) run(r *http.Request) error {
	if err := st.resume(r.Header.Get("Last-Event-ID")); err != nil {
		return err
	}
	keepAlive := st.s.deps.Clock.NewTimer(st.s.cfg.KeepAlive)
	defer keepAlive.Stop()
	for {
		events, ok, changed := st.s.deps.Store.Since(st.seq)
		if !ok {
			if err := st.snapshot(true); err != nil {
				return err
			}
			continue
		}
		if err := st.send(events); err != nil {
			return err
		}
		select {
		case <-changed:
		case <-keepAlive.C():
			if err := st.write(func() error { return sse.WriteComment(st.w, " keep-alive") }); err != nil {
				return err
			}
			keepAlive.Reset(st.s.cfg.KeepAlive)
		case <-r.Context().Done():
			return errStreamEnded
		case <-st.s.quit:
			return errStreamEnded
		}
	}
}

// resume positions the stream after lastID, or sends a snapshot.
func (st *streamWriter) resume(lastID string) error {
	if lastID != "" {
		epoch, seqText, _ := strings.Cut(lastID, "-")
		seq, err := strconv.ParseUint(seqText, 10, 64)
		if err == nil && epoch == st.s.deps.Store.Epoch() {
			if _, ok, _ := st.s.deps.Store.Since(seq); ok {
				st.seq = seq
				return nil
			}
		}
	}
	return st.snapshot(lastID != "")
}

func (st *streamWriter) snapshot(reset bool) error {
	adds, seq, _ := st.s.deps.Store.Snapshot()
	return st.write(func() error {
		if reset {
			if err := st.event("", EventReset, []byte("{}")); err != nil {
				return err
			}
		}
		for _, ev := range adds {
			if err := st.change("", ev); err != nil {
				return err
			}
		}
		st.seq = seq
		return st.event(st.id(seq), EventSynced, []byte("{}"))
	})
}

func (st *streamWriter) send(events []pullstore.Event) error {
	if len(events) == 0 {
		return nil
	}
	return st.write(func() error {
		for _, ev := range events {
			if err := st.change(st.id(ev.Seq), ev); err != nil {
				return err
			}
			st.seq = ev.Seq
		}
		return nil
	})
}

func (st *streamWriter) change(id string, ev pullstore.Event) error {
	data, err := json.Marshal(eventData{
		Slot: hexutil.Uint64(ev.Key.Slot), ParentHash: ev.Key.Parent,
		ReplacementUUID: ev.UUID, Bundle: ev.Bundle,
	})
	if err != nil {
		return fmt.Errorf("encode event: %w", err)
	}
	return st.event(id, string(ev.Kind), data)
}

func (st *streamWriter) event(id, name string, data []byte) error {
	st.s.metrics.events.WithLabelValues(name).Inc()
	return sse.WriteEvent(st.w, sse.Event{ID: id, Type: name, Data: data})
}

// write runs f under a fresh write deadline, then flushes. The server's own WriteTimeout
// would otherwise end every stream. Socket deadlines are wall-clock time.
func (st *streamWriter) write(f func() error) error {
	if err := st.rc.SetWriteDeadline(time.Now().Add(st.s.cfg.StreamWriteTimeout)); err != nil {
		return err
	}
	if err := f(); err != nil {
		return err
	}
	return st.rc.Flush()
}

func (st *streamWriter) id(seq uint64) string {
	return st.s.deps.Store.Epoch() + "-" + strconv.FormatUint(seq, 10)
}
