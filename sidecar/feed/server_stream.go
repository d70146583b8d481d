package feed

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/transport/fbsig"
)

const streamBuffer = 64

// stream is one open SSE response.
type stream struct {
	frames chan []byte
	quit   chan struct{}
	once   sync.Once
	signed bool
	who    common.Address // the sidecar, when signed
}

func (st *stream) close() { st.once.Do(func() { close(st.quit) }) }

// subscribe registers a stream and returns the backlog after lastID under
// the same lock, so that nothing published in between is lost or repeated.
// An unknown lastID (too old, or from before a restart) replays the whole
// history; the client drops what it already has.
func (s *Server) subscribe(lastID string, who *common.Address) (*stream, [][]byte, int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, nil, http.StatusServiceUnavailable, ErrClosed
	}
	if who == nil && s.anon >= s.cfg.MaxAnonymousStreams {
		s.m.refused.WithLabelValues(endpointStream, refusedLimit).Inc()
		return nil, nil, http.StatusServiceUnavailable, errors.New("too many unsigned streams")
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
	s.admitLocked(st, who)
	return st, backlog, http.StatusOK, nil
}

// admitLocked counts st in its pool; a sidecar over its limit loses its oldest stream.
func (s *Server) admitLocked(st *stream, who *common.Address) {
	s.subs[st] = struct{}{}
	s.m.streams.Inc()
	if who == nil {
		s.anon++
		return
	}
	st.signed, st.who = true, *who
	mine := append(s.bySide[st.who], st)
	for len(mine) > s.cfg.MaxStreamsPerSidecar {
		old := mine[0]
		mine = mine[1:]
		old.close()
		s.m.evicted.Inc()
	}
	s.bySide[st.who] = mine
}

func (s *Server) unsubscribe(st *stream) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.subs, st)
	s.m.streams.Dec()
	if !st.signed {
		s.anon--
		return
	}
	mine := slices.DeleteFunc(s.bySide[st.who], func(x *stream) bool { return x == st })
	if len(mine) == 0 {
		delete(s.bySide, st.who)
		return
	}
	s.bySide[st.who] = mine
}

// streamIdentity authenticates a stream request before it is counted anywhere: nil for an
// unsigned one, the sidecar for a signed one.
func (s *Server) streamIdentity(r *http.Request) (*common.Address, int, error) {
	if r.Header.Get(fbsig.Header) == "" && r.Header.Get(HeaderTimestamp) == "" {
		if s.cfg.MaxAnonymousStreams == 0 {
			s.m.refused.WithLabelValues(endpointStream, refusedUnauthenticated).Inc()
			return nil, http.StatusUnauthorized, fmt.Errorf("%w: sign the request (%s and %s)", ErrUnauthenticated, fbsig.Header, HeaderTimestamp)
		}
		return nil, http.StatusOK, nil
	}
	who, err := s.auth.stream(r, s.cfg.L2ChainID, s.clk.Now())
	if err != nil {
		return nil, s.refuse(endpointStream, err), err
	}
	return &who, http.StatusOK, nil
}

func (s *Server) handleStream(w http.ResponseWriter, r *http.Request) {
	who, code, err := s.streamIdentity(r)
	if err != nil {
		respondError(w, code, err.Error())
		return
	}
	st, backlog, code, err := s.subscribe(r.Header.Get("Last-Event-ID"), who)
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
