package feed

import (
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/transport/fbsig"
)

// Labels of sidecar_feed_server_refused_total: bounded.
const (
	endpointStream  = "stream"
	endpointOutcome = "outcome"

	refusedUnauthenticated = "unauthenticated"
	refusedForbidden       = "forbidden"
	refusedExpired         = "expired"
	refusedReplayed        = "replayed"
	refusedWindow          = "outside_window"
	refusedLimit           = "limit"
	refusedFull            = "queue_full"
	refusedMalformed       = "malformed"
)

// refuse counts an authentication or gate refusal and returns its HTTP status.
func (s *Server) refuse(endpoint string, err error) int {
	reason, code := refusedMalformed, http.StatusBadRequest
	switch {
	case errors.Is(err, ErrForbidden):
		reason, code = refusedForbidden, http.StatusForbidden
	case errors.Is(err, ErrExpired):
		reason, code = refusedExpired, http.StatusUnauthorized
	case errors.Is(err, ErrReplayed):
		reason, code = refusedReplayed, http.StatusUnauthorized
	case errors.Is(err, ErrUnauthenticated):
		reason, code = refusedUnauthenticated, http.StatusUnauthorized
	case errors.Is(err, ErrOutsideWindow):
		reason, code = refusedWindow, http.StatusBadRequest
	case errors.Is(err, ErrTooMany):
		reason, code = refusedLimit, http.StatusTooManyRequests
	}
	s.m.refused.WithLabelValues(endpoint, reason).Inc()
	return code
}

// handleOutcome checks, in order: body size, the signer (a stranger is refused before its
// body is even decoded), the body, the chain, the timestamp, the slot window and the
// per-slot bound; only then is the report queued.
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
	o, sender, err := s.checkReport(r.Header.Get(fbsig.Header), body)
	if err != nil {
		respondError(w, s.refuse(endpointOutcome, err), err.Error())
		return
	}
	dup, release, err := s.gate.take(o, sender, s.cfg.Slots.SlotAt(s.clk.Now()))
	if err != nil {
		respondError(w, s.refuse(endpointOutcome, err), err.Error())
		return
	}
	if dup {
		respondJSON(w, http.StatusOK, map[string]bool{"accepted": true, "duplicate": true})
		return
	}
	select {
	case s.outcomes <- o:
	default:
		release() // the retry must find its place again
		s.m.refused.WithLabelValues(endpointOutcome, refusedFull).Inc()
		respondError(w, http.StatusServiceUnavailable, "outcome queue full; retry")
		return
	}
	s.m.outcomes.WithLabelValues(string(o.Kind)).Inc()
	s.log.Info().Uint64("slot", o.L1Slot).Str("outcome", string(o.Kind)).Str("reason", o.Reason).
		Str("sidecar", sender.Hex()).Msg("based outcome received")
	respondJSON(w, http.StatusOK, map[string]bool{"accepted": true})
}

// checkReport authenticates and decodes a report. Unsigned reports are taken only when
// UnsignedOutcomes is set; they count under the zero address.
func (s *Server) checkReport(header string, body []byte) (Outcome, common.Address, error) {
	var sender common.Address
	if !s.cfg.UnsignedOutcomes || header != "" {
		if header == "" {
			return Outcome{}, sender, fmt.Errorf("%w: %s: missing; reports are signed by the sidecar's identity key", ErrUnauthenticated, fbsig.Header)
		}
		signer, err := s.auth.verify(header, body)
		if err != nil {
			return Outcome{}, sender, err
		}
		sender = signer
	}
	o, at, err := DecodeReport(body)
	if err != nil {
		return Outcome{}, sender, err
	}
	if o.L2ChainID != s.cfg.L2ChainID {
		return Outcome{}, sender, fmt.Errorf("%w: l2ChainId: %d, serving %d", ErrBadOutcome, o.L2ChainID, s.cfg.L2ChainID)
	}
	if sender == (common.Address{}) {
		return o, sender, nil
	}
	if at.IsZero() {
		return Outcome{}, sender, fmt.Errorf("%w: timestampMs: missing; a signed report carries its time", ErrBadOutcome)
	}
	if err := s.auth.fresh("timestampMs", at, s.clk.Now()); err != nil {
		return Outcome{}, sender, err
	}
	return o, sender, nil
}
