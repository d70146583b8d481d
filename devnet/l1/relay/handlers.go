package relay

import (
	"encoding/json"
	"net/http"
	"slices"
	"strconv"

	"github.com/syncboost/syncboost/relayapi"
)

// maxDelivered is the data API's page size when no slot is asked (mev-boost-relay's limit).
const maxDelivered = 200

func (r *Relay) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+relayapi.PathBuilderValidators, r.handleValidators)
	mux.HandleFunc("GET "+relayapi.PathPayloadDelivered, r.handleDelivered)
	return mux
}

func (r *Relay) handleValidators(w http.ResponseWriter, _ *http.Request) {
	duties, err := r.duties()
	if err != nil {
		respondError(w, http.StatusInternalServerError, err.Error())
		return
	}
	respondJSON(w, duties)
}

// handleDelivered answers ?slot=N with that slot's deliveries, and no query with the latest.
func (r *Relay) handleDelivered(w http.ResponseWriter, req *http.Request) {
	q := req.URL.Query().Get("slot")
	if q == "" {
		respondJSON(w, r.latest())
		return
	}
	slot, err := strconv.ParseUint(q, 10, 64)
	if err != nil {
		respondError(w, http.StatusBadRequest, "invalid slot")
		return
	}
	respondJSON(w, r.Delivered(slot))
}

// latest is the newest deliveries first, at most maxDelivered.
func (r *Relay) latest() []relayapi.DeliveredPayload {
	r.mu.Lock()
	defer r.mu.Unlock()
	slots := make([]uint64, 0, len(r.delivered))
	for s := range r.delivered {
		slots = append(slots, s)
	}
	slices.Sort(slots)
	out := []relayapi.DeliveredPayload{}
	for i := len(slots) - 1; i >= 0 && len(out) < maxDelivered; i-- {
		out = append(out, r.delivered[slots[i]]...)
	}
	return out[:min(len(out), maxDelivered)]
}

func respondJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func respondError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]any{"code": code, "message": msg})
}
