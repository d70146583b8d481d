package beaconstandin

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/transport/sse"
)

// baseTopics are the topics every stand-in accepts, gloasTopics those a node with Gloas scheduled
// accepts too; others get 400 as on a real beacon node.
var (
	baseTopics = map[string]bool{
		"head": true, "chain_reorg": true, "payload_attributes": true, "block": true, "finalized_checkpoint": true,
	}
	gloasTopics = map[string]bool{
		TopicExecutionPayloadBid: true, TopicExecutionPayloadAvailable: true, TopicHeadV2: true,
	}
)

// The Gloas event topics the stand-in serves.
const (
	TopicExecutionPayloadBid       = "execution_payload_bid"
	TopicExecutionPayloadAvailable = "execution_payload_available"
	TopicHeadV2                    = "head_v2"
)

func (s *Server) supportsTopic(t string) bool {
	return baseTopics[t] || (s.cfg.GloasForkEpoch != nil && gloasTopics[t])
}

const subscriberBuffer = 256

type subscriber struct {
	topics map[string]bool
	ch     chan []byte
	quit   chan struct{}
	once   sync.Once
}

func (s *subscriber) close() { s.once.Do(func() { close(s.quit) }) }

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	topics := map[string]bool{}
	for _, v := range r.URL.Query()["topics"] {
		for t := range strings.SplitSeq(v, ",") {
			if !s.supportsTopic(t) {
				respondError(w, http.StatusBadRequest, "unknown topic "+t)
				return
			}
			topics[t] = true
		}
	}
	if len(topics) == 0 {
		respondError(w, http.StatusBadRequest, "no topics")
		return
	}
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Time{}) // a stream outlives the server's write timeout
	sub := &subscriber{topics: topics, ch: make(chan []byte, subscriberBuffer), quit: make(chan struct{})}
	s.mu.Lock()
	s.subs[sub] = struct{}{}
	s.notifyLocked()
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.subs, sub)
		s.notifyLocked()
		s.mu.Unlock()
	}()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	if rc.Flush() != nil {
		return
	}
	for {
		select {
		case b := <-sub.ch:
			if !s.awaitThaw(r.Context()) {
				return
			}
			if _, err := w.Write(b); err != nil || rc.Flush() != nil {
				return
			}
		case <-sub.quit:
			return
		case <-r.Context().Done():
			return
		}
	}
}

// PublishRaw sends data as an event of topic to every stream subscribed to
// it. A stream that has fallen subscriberBuffer events behind is dropped, as
// beacon nodes drop slow readers.
func (s *Server) PublishRaw(topic string, data []byte) {
	b, err := sse.Encode(sse.Event{Type: topic, Data: data})
	if err != nil {
		panic("beaconstandin: bad topic " + topic) // a programming error of the caller
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for sub := range s.subs {
		if !sub.topics[topic] {
			continue
		}
		select {
		case sub.ch <- b:
		default:
			sub.close()
		}
	}
}

func (s *Server) publishJSON(topic string, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		panic("beaconstandin: marshal " + topic + ": " + err.Error())
	}
	s.PublishRaw(topic, b)
}

// HeadEvent is a head event.
type HeadEvent struct {
	Slot                      uint64
	Block, State              common.Hash
	EpochTransition           bool
	PreviousDutyDependentRoot common.Hash
	CurrentDutyDependentRoot  common.Hash
	ExecutionOptimistic       bool
}

// PublishHead moves the served head to ev and publishes the event.
func (s *Server) PublishHead(ev HeadEvent) {
	s.SetHead(ev.Slot, ev.Block)
	s.publishJSON("head", map[string]any{
		"slot":                         dec(ev.Slot),
		"block":                        ev.Block.Hex(),
		"state":                        ev.State.Hex(),
		"epoch_transition":             ev.EpochTransition,
		"previous_duty_dependent_root": ev.PreviousDutyDependentRoot.Hex(),
		"current_duty_dependent_root":  ev.CurrentDutyDependentRoot.Hex(),
		"execution_optimistic":         ev.ExecutionOptimistic,
	})
}

// ReorgEvent is a chain_reorg event.
type ReorgEvent struct {
	Slot, Depth                uint64
	OldHeadBlock, NewHeadBlock common.Hash
	OldHeadState, NewHeadState common.Hash
	Epoch                      uint64
	ExecutionOptimistic        bool
}

// PublishReorg moves the served head to the new head and publishes the event.
func (s *Server) PublishReorg(ev ReorgEvent) {
	s.SetHead(ev.Slot, ev.NewHeadBlock)
	s.publishJSON("chain_reorg", map[string]any{
		"slot":                 dec(ev.Slot),
		"depth":                dec(ev.Depth),
		"old_head_block":       ev.OldHeadBlock.Hex(),
		"new_head_block":       ev.NewHeadBlock.Hex(),
		"old_head_state":       ev.OldHeadState.Hex(),
		"new_head_state":       ev.NewHeadState.Hex(),
		"epoch":                dec(ev.Epoch),
		"execution_optimistic": ev.ExecutionOptimistic,
	})
}

// Withdrawal is one withdrawal in payload attributes (amount in Gwei).
type Withdrawal struct {
	Index, ValidatorIndex uint64
	Address               common.Address
	Amount                uint64
}

// AttributesEvent is a payload_attributes event.
type AttributesEvent struct {
	Version               string // e.g. "fulu"
	ProposerIndex         uint64
	ProposalSlot          uint64
	ParentBlockNumber     uint64
	ParentBlockRoot       common.Hash
	ParentBlockHash       common.Hash
	Timestamp             uint64
	PrevRandao            common.Hash
	SuggestedFeeRecipient common.Address
	Withdrawals           []Withdrawal
	ParentBeaconBlockRoot common.Hash
	// RequestLists adds empty deposit/withdrawal/consolidation request lists.
	// Lighthouse leaves them out of Electra/Fulu events; go-eth2-client then
	// drops the event.
	RequestLists bool
}

// PublishPayloadAttributes publishes a payload_attributes event.
func (s *Server) PublishPayloadAttributes(ev AttributesEvent) {
	withdrawals := make([]map[string]any, 0, len(ev.Withdrawals))
	for _, w := range ev.Withdrawals {
		withdrawals = append(withdrawals, map[string]any{
			"index": dec(w.Index), "validator_index": dec(w.ValidatorIndex),
			"address": w.Address.Hex(), "amount": dec(w.Amount),
		})
	}
	attrs := map[string]any{
		"timestamp":                dec(ev.Timestamp),
		"prev_randao":              ev.PrevRandao.Hex(),
		"suggested_fee_recipient":  ev.SuggestedFeeRecipient.Hex(),
		"withdrawals":              withdrawals,
		"parent_beacon_block_root": ev.ParentBeaconBlockRoot.Hex(),
	}
	if ev.RequestLists {
		attrs["deposit_requests"] = []any{}
		attrs["withdrawal_requests"] = []any{}
		attrs["consolidation_requests"] = []any{}
	}
	s.publishJSON("payload_attributes", map[string]any{
		"version": ev.Version,
		"data": map[string]any{
			"proposer_index":      dec(ev.ProposerIndex),
			"proposal_slot":       dec(ev.ProposalSlot),
			"parent_block_number": dec(ev.ParentBlockNumber),
			"parent_block_root":   ev.ParentBlockRoot.Hex(),
			"parent_block_hash":   ev.ParentBlockHash.Hex(),
			"payload_attributes":  attrs,
		},
	})
}
