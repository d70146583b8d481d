package searcherapi

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/mux"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/transport/fbsig"
	"github.com/syncboost/syncboost/transport/sse"
)

const methodEvents = "events"

// handleEvents streams one bundle's status changes as Server-Sent Events. The request is
// signed like a JSON-RPC body, over the request path with its query (for example
// "/v1/bundles/0xab…/events?signedAt=1763712000"); signedAt must be inside the replay
// window, so a captured header stops opening streams once the window has passed. Each event
// has type "status", the change as JSON data, and its 1-based position in the history as id,
// so a client resuming with Last-Event-ID gets only what it missed. The stream ends after a
// final status.
func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	target := r.RequestURI // as sent: what the client signed
	if target == "" {
		target = r.URL.RequestURI()
	}
	caller, err := fbsig.Verify(r.Header.Get(fbsig.Header), []byte(target))
	if err != nil {
		e, status := authError(err)
		s.fail(w, status, e)
		return
	}
	if e := s.pathSignedAt(r.URL.Query().Get(fieldSignedAt), s.now()); e != nil {
		s.fail(w, http.StatusForbidden, e)
		return
	}
	lim := s.limiter
	if s.seen.observe([]byte(target+"\n"+r.Header.Get(fbsig.Header)), s.now(), s.cfg.ReplayWindow) {
		lim = s.repeats // the same signed path again: a reconnect, or a replay
	}
	if !lim.allow(caller, s.now()) {
		s.m.outcome(methodEvents, reasonRateLimited)
		s.write(w, http.StatusTooManyRequests, response{JSONRPC: "2.0", ID: nullID,
			Error: newErr(CodeLimitExceeded, reasonRateLimited, "", "rate limited")})
		return
	}
	if e := s.chargeIP(r, s.now()); e != nil {
		s.m.outcome(methodEvents, e.label)
		s.write(w, http.StatusTooManyRequests, response{JSONRPC: "2.0", ID: nullID, Error: e})
		return
	}
	en, changes, stop, ok := s.watch(w, r, caller)
	if !ok {
		return
	}
	defer stop()
	release, reason := s.streams.acquire(caller) // counted only once the caller owns the bundle
	if reason != "" {
		s.refuseCap(w, methodEvents, reason)
		return
	}
	defer release()
	s.m.outcome(methodEvents, "")
	s.m.streams.Inc()
	defer s.m.streams.Dec()
	s.stream(w, r, en, changes)
}

// watch subscribes to the caller's bundle within MaxWatchers, or answers the refusal. The
// returned stop ends the subscription and frees its place.
func (s *Server) watch(w http.ResponseWriter, r *http.Request, caller common.Address) (*pool.Entry, <-chan bundle.StatusChange, func(), bool) {
	if !s.watchers.tryAcquire() {
		s.refuseCap(w, methodEvents, reasonWatchersFull)
		return nil, nil, nil, false
	}
	s.m.watchers.Inc()
	free := func() {
		s.m.watchers.Dec()
		s.watchers.release()
	}
	hash := common.HexToHash(mux.Vars(r)["hash"])
	en, changes, stop, err := s.pool.Watch(r.Context(), hash)
	if err == nil && en.Identity != caller {
		stop()
		err = pool.ErrNotFound
	}
	if errors.Is(err, pool.ErrTooManyWatchers) { // another watcher of the pool holds the places
		free()
		s.refuseCap(w, methodEvents, reasonWatchersFull)
		return nil, nil, nil, false
	}
	if err != nil {
		free()
		e := poolError(err, "bundleHash")
		s.m.outcome(methodEvents, e.label)
		status := http.StatusNotFound
		if e.Code == CodeInternal {
			status = http.StatusInternalServerError
		}
		s.write(w, status, response{JSONRPC: "2.0", ID: nullID, Error: e})
		return nil, nil, nil, false
	}
	return en, changes, func() { stop(); free() }, true
}

func (s *Server) stream(w http.ResponseWriter, r *http.Request, en *pool.Entry, changes <-chan bundle.StatusChange) {
	rc := http.NewResponseController(w)
	// The server's read and write timeouts are for requests, not for a stream: clear the
	// read deadline (it would cancel the request) and extend the write deadline per event.
	_ = rc.SetReadDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)

	last, _ := strconv.Atoi(r.Header.Get("Last-Event-ID"))
	n := 0
	send := func(c bundle.StatusChange) bool {
		n++
		if n <= last {
			return true
		}
		data, _ := json.Marshal(eventOf(c))
		_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.HTTP.WriteTimeout))
		if err := sse.WriteEvent(w, sse.Event{Type: "status", ID: strconv.Itoa(n), Data: data}); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	for _, c := range en.History {
		if !send(c) {
			return
		}
	}
	_ = rc.Flush()
	if en.Status().Status.Terminal() {
		return
	}
	keep := time.NewTicker(s.cfg.KeepAlive)
	defer keep.Stop()
	for {
		select {
		case c, ok := <-changes:
			if !ok || !send(c) || c.Status.Terminal() {
				return
			}
		case <-keep.C:
			_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.HTTP.WriteTimeout))
			if sse.WriteComment(w, "keep-alive") != nil || rc.Flush() != nil {
				return
			}
		case <-r.Context().Done():
			return
		case <-s.stopping:
			return
		}
	}
}
