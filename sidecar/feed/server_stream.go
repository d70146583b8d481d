package feed

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

const streamBuffer = 64

// stream is one open SSE response.
type stream struct {
	frames chan []byte
	quit   chan struct{}
	once   sync.Once
}

func (st *stream) close() { st.once.Do(func() { close(st.quit) }) }

// subscribe registers a stream and returns the backlog after lastID under
// the same lock, so that nothing published in between is lost or repeated.
// An unknown lastID (too old, or from before a restart) replays the whole
// history; the client drops what it already has.
func (s *Server) subscribe(lastID string) (*stream, [][]byte, int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, nil, http.StatusServiceUnavailable, ErrClosed
	}
	if len(s.subs) >= s.cfg.MaxStreams {
		return nil, nil, http.StatusServiceUnavailable, errors.New("too many streams")
	}
	start := 0
	if lastID != "" {
		chain, _, err := ParseEventID(lastID)
		if err != nil {
			return nil, nil, http.StatusBadRequest, fmt.Errorf("Last-Event-ID: %w", err)
		}
		if chain != s.cfg.L2ChainID {
			return nil, nil, http.StatusBadRequest, fmt.Errorf("Last-Event-ID: chain %d, serving %d", chain, s.cfg.L2ChainID)
		}
		for i := len(s.history) - 1; i >= 0; i-- {
			if s.history[i].id == lastID {
				start = i + 1
				break
			}
		}
	}
	backlog := make([][]byte, 0, len(s.history)-start)
	for _, p := range s.history[start:] {
		backlog = append(backlog, p.frame)
	}
	st := &stream{frames: make(chan []byte, streamBuffer), quit: make(chan struct{})}
	s.subs[st] = struct{}{}
	s.m.streams.Inc()
	return st, backlog, http.StatusOK, nil
}

func (s *Server) unsubscribe(st *stream) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.subs, st)
	s.m.streams.Dec()
}

func (s *Server) handleStream(w http.ResponseWriter, r *http.Request) {
	st, backlog, code, err := s.subscribe(r.Header.Get("Last-Event-ID"))
	if err != nil {
		respondError(w, code, err.Error())
		return
	}
	defer s.unsubscribe(st)
	rc := http.NewResponseController(w)
	write := func(b []byte) bool {
		// A network deadline per write: a reader that stops reading is dropped.
		_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.WriteTimeout))
		if _, err := w.Write(b); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	if !write(nil) {
		return
	}
	for _, f := range backlog {
		if !write(f) {
			return
		}
	}
	keepAlive := s.clk.NewTimer(s.cfg.KeepAlive)
	defer keepAlive.Stop()
	for {
		select {
		case f := <-st.frames:
			if !write(f) {
				return
			}
			keepAlive.Reset(s.cfg.KeepAlive)
		case <-keepAlive.C():
			if !write([]byte(":keep-alive\n\n")) {
				return
			}
			keepAlive.Reset(s.cfg.KeepAlive)
		case <-st.quit:
			return
		case <-r.Context().Done():
			return
		}
	}
}

func (s *Server) handleOutcome(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxOutcomeBytes))
	if err != nil {
		code := http.StatusBadRequest
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			code = http.StatusRequestEntityTooLarge
		}
		respondError(w, code, fmt.Sprintf("body: %v", err))
		return
	}
	o, err := DecodeOutcome(body)
	if err != nil {
		respondError(w, http.StatusBadRequest, err.Error())
		return
	}
	if o.L2ChainID != s.cfg.L2ChainID {
		respondError(w, http.StatusBadRequest, fmt.Sprintf("%v: l2ChainId %d, serving %d", ErrBadOutcome, o.L2ChainID, s.cfg.L2ChainID))
		return
	}
	select {
	case s.outcomes <- o:
	default:
		respondError(w, http.StatusServiceUnavailable, "outcome queue full; retry")
		return
	}
	s.m.outcomes.WithLabelValues(string(o.Kind)).Inc()
	s.log.Info().Uint64("slot", o.L1Slot).Str("outcome", string(o.Kind)).Str("reason", o.Reason).Msg("based outcome received")
	respondJSON(w, http.StatusOK, map[string]bool{"accepted": true})
}
