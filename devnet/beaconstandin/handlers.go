package beaconstandin

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /eth/v1/node/syncing", s.handleSyncing)
	mux.HandleFunc("GET /eth/v1/node/version", s.handleVersion)
	mux.HandleFunc("GET /eth/v1/beacon/genesis", s.handleGenesis)
	mux.HandleFunc("GET /eth/v1/config/spec", s.handleSpec)
	mux.HandleFunc("GET /eth/v1/config/fork_schedule", s.handleForkSchedule)
	mux.HandleFunc("GET /eth/v1/validator/duties/proposer/{epoch}", s.handleDuties)
	mux.HandleFunc("GET /eth/v1/beacon/headers/{block_id}", s.handleHeader)
	mux.HandleFunc("GET /eth/v2/beacon/blocks/{block_id}", s.handleBlock)
	mux.HandleFunc("GET /eth/v1/beacon/blobs/{block_id}", s.handleBlobs)
	mux.HandleFunc("GET /eth/v1/events", s.handleEvents)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.count(r)
		if !s.awaitThaw(r.Context()) {
			return
		}
		s.mu.Lock()
		down := s.down
		s.mu.Unlock()
		if down {
			respondError(w, http.StatusServiceUnavailable, "node is down")
			return
		}
		mux.ServeHTTP(w, r)
	})
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

func dec(v uint64) string { return strconv.FormatUint(v, 10) }

func (s *Server) handleSyncing(w http.ResponseWriter, _ *http.Request) {
	s.mu.Lock()
	slot, optimistic := s.headSlot, s.optimistic
	s.mu.Unlock() // never write to a client under the lock Publish takes
	respondJSON(w, map[string]any{"data": map[string]any{
		"head_slot":     dec(slot),
		"sync_distance": "0",
		"is_syncing":    false,
		"is_optimistic": optimistic,
		"el_offline":    false,
	}})
}

func (s *Server) handleVersion(w http.ResponseWriter, _ *http.Request) {
	v := s.cfg.NodeVersion
	if v == "" {
		v = "Lighthouse/v8.0.0-beaconstandin/x86_64-linux"
	}
	respondJSON(w, map[string]any{"data": map[string]any{"version": v}})
}

func (s *Server) handleGenesis(w http.ResponseWriter, _ *http.Request) {
	respondJSON(w, map[string]any{"data": map[string]any{
		"genesis_time":            dec(uint64(s.cfg.GenesisTime.Unix())),
		"genesis_validators_root": s.cfg.GenesisValidatorsRoot.Hex(),
		"genesis_fork_version":    hexutil.Encode(s.cfg.GenesisForkVersion[:]),
	}})
}

func (s *Server) handleSpec(w http.ResponseWriter, _ *http.Request) {
	ms := uint64(s.cfg.SlotDuration.Milliseconds())
	spec := map[string]any{
		"CONFIG_NAME":          "beaconstandin",
		"PRESET_BASE":          "mainnet",
		"SLOTS_PER_EPOCH":      dec(s.cfg.SlotsPerEpoch),
		"SECONDS_PER_SLOT":     dec(ms / 1000),
		"GENESIS_FORK_VERSION": hexutil.Encode(s.cfg.GenesisForkVersion[:]),
		"ATTESTATION_DUE_BPS":  "3333",
		"PAYLOAD_DUE_BPS":      "5000",
		"BLOB_SCHEDULE":        []any{map[string]any{"EPOCH": "0", "MAX_BLOBS_PER_BLOCK": "9"}},
	}
	if s.cfg.SlotDurationMS {
		spec["SLOT_DURATION_MS"] = dec(ms)
	}
	if e := s.cfg.GloasForkEpoch; e != nil {
		spec["GLOAS_FORK_VERSION"] = hexutil.Encode(GloasForkVersion[:])
		spec["GLOAS_FORK_EPOCH"] = dec(*e)
	}
	respondJSON(w, map[string]any{"data": spec})
}

// handleForkSchedule serves the genesis fork and, when scheduled, Gloas.
func (s *Server) handleForkSchedule(w http.ResponseWriter, _ *http.Request) {
	genesis := hexutil.Encode(s.cfg.GenesisForkVersion[:])
	forks := []map[string]any{{"previous_version": genesis, "current_version": genesis, "epoch": "0"}}
	if e := s.cfg.GloasForkEpoch; e != nil {
		forks = append(forks, map[string]any{
			"previous_version": genesis, "current_version": hexutil.Encode(GloasForkVersion[:]), "epoch": dec(*e),
		})
	}
	respondJSON(w, map[string]any{"data": forks})
}

func (s *Server) handleDuties(w http.ResponseWriter, r *http.Request) {
	epoch, err := strconv.ParseUint(r.PathValue("epoch"), 10, 64)
	if err != nil {
		respondError(w, http.StatusBadRequest, "invalid epoch")
		return
	}
	s.mu.Lock()
	d := s.duties[epoch]
	optimistic := s.optimistic
	s.mu.Unlock()
	list := make([]map[string]any, 0, len(d.duties))
	for _, duty := range d.duties {
		list = append(list, map[string]any{
			"pubkey":          hexutil.Encode(duty.Pubkey[:]),
			"validator_index": dec(duty.ValidatorIndex),
			"slot":            dec(duty.Slot),
		})
	}
	respondJSON(w, map[string]any{
		"dependent_root":       d.dependentRoot.Hex(),
		"execution_optimistic": optimistic,
		"data":                 list,
	})
}

func (s *Server) handleHeader(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	slot, root, optimistic := s.headSlot, s.headRoot, s.optimistic
	s.mu.Unlock()
	if id := r.PathValue("block_id"); id != "head" && id != root.Hex() && id != dec(slot) {
		respondError(w, http.StatusNotFound, fmt.Sprintf("block %s not found", id))
		return
	}
	zero := common.Hash{}.Hex()
	respondJSON(w, map[string]any{
		"execution_optimistic": optimistic,
		"finalized":            false,
		"data": map[string]any{
			"root":      root.Hex(),
			"canonical": true,
			"header": map[string]any{
				"message": map[string]any{
					"slot":           dec(slot),
					"proposer_index": "0",
					"parent_root":    zero,
					"state_root":     zero,
					"body_root":      zero,
				},
				"signature": hexutil.Encode(make([]byte, 96)),
			},
		},
	})
}
