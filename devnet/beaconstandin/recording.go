package beaconstandin

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// ErrRecording is wrapped by every error reading a recording.
var ErrRecording = errors.New("beaconstandin: bad recording")

// Recorded is one event of a recorded beacon node's event stream.
type Recorded struct {
	At    time.Time // when it arrived
	Topic string
	Data  []byte
}

// ReadRecording reads a recording of one event a line, `HH:MM:SS.mmm event=<topic> data=<json>`,
// whose times are UTC on day (times before the previous line's roll over to the next day).
func ReadRecording(r io.Reader, day time.Time) ([]Recorded, error) {
	day = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	var out []Recorded
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		ev, err := parseRecorded(line, day)
		if err != nil {
			return nil, fmt.Errorf("%w: line %d: %w", ErrRecording, n, err)
		}
		if len(out) > 0 && ev.At.Before(out[len(out)-1].At) {
			day = day.AddDate(0, 0, 1)
			ev.At = ev.At.AddDate(0, 0, 1)
		}
		out = append(out, ev)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRecording, err)
	}
	return out, nil
}

func parseRecorded(line string, day time.Time) (Recorded, error) {
	clock, rest, ok := strings.Cut(line, " event=")
	if !ok {
		return Recorded{}, errors.New("no event=")
	}
	topic, data, ok := strings.Cut(rest, " data=")
	if !ok || topic == "" || !json.Valid([]byte(data)) {
		return Recorded{}, errors.New("want event=<topic> data=<json>")
	}
	at, err := time.Parse("15:04:05.000", clock)
	if err != nil {
		return Recorded{}, fmt.Errorf("time %q: %w", clock, err)
	}
	offset := at.Sub(time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC))
	return Recorded{At: day.Add(offset), Topic: topic, Data: []byte(data)}, nil
}

// recordedHead is what Apply reads of head and chain_reorg events.
type recordedHead struct {
	Slot         string      `json:"slot"`
	Block        common.Hash `json:"block"`
	NewHeadBlock common.Hash `json:"new_head_block"`
	DutyRoot     common.Hash `json:"current_duty_dependent_root"`
}

// recordedAttributes is what Apply reads of payload_attributes events.
type recordedAttributes struct {
	Version string `json:"version"`
	Data    struct {
		ParentBlockNumber string      `json:"parent_block_number"`
		ParentBlockRoot   common.Hash `json:"parent_block_root"`
		ParentBlockHash   common.Hash `json:"parent_block_hash"`
	} `json:"data"`
}

// PublishRecorded publishes a recorded event as it was recorded, after taking the state it
// implies (Apply).
func (s *Server) PublishRecorded(ev Recorded) error {
	if err := s.Apply(ev); err != nil {
		return err
	}
	s.PublishRaw(ev.Topic, ev.Data)
	return nil
}

// Apply takes the state a recorded event implies, without publishing it, as a node that was
// running before anyone listened: a head or chain_reorg event moves the served head (and,
// for a head event, the head's epoch's duties' dependent root, when no duties are set);
// payload_attributes name their parent block's execution payload, which
// /eth/v2/beacon/blocks then serves.
func (s *Server) Apply(ev Recorded) error {
	switch ev.Topic {
	case "head", "chain_reorg":
		var h recordedHead
		if err := json.Unmarshal(ev.Data, &h); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrRecording, ev.Topic, err)
		}
		slot, err := strconv.ParseUint(h.Slot, 10, 64)
		if err != nil {
			return fmt.Errorf("%w: %s slot: %w", ErrRecording, ev.Topic, err)
		}
		root := h.Block
		if ev.Topic == "chain_reorg" {
			root = h.NewHeadBlock
		}
		s.applyHead(slot, root, h.DutyRoot)
	case "payload_attributes":
		var a recordedAttributes
		if err := json.Unmarshal(ev.Data, &a); err != nil {
			return fmt.Errorf("%w: payload_attributes: %w", ErrRecording, err)
		}
		number, err := strconv.ParseUint(a.Data.ParentBlockNumber, 10, 64)
		if err != nil {
			return fmt.Errorf("%w: parent_block_number: %w", ErrRecording, err)
		}
		s.applyPayload(a.Data.ParentBlockRoot, a.Version, a.Data.ParentBlockHash, number)
	}
	return nil
}

func (s *Server) applyHead(slot uint64, root, dutyRoot common.Hash) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.headSlot, s.headRoot = slot, root
	b := s.blocks.byRoot[root]
	b.Slot = slot
	s.setBlockLocked(root, b)
	if epoch := slot / s.cfg.SlotsPerEpoch; dutyRoot != (common.Hash{}) && len(s.duties[epoch].duties) == 0 {
		s.duties[epoch] = duties{dependentRoot: dutyRoot}
	}
}

// applyPayload records root's execution block; its parent hash is the block one lower, when known.
func (s *Server) applyPayload(root common.Hash, version string, hash common.Hash, number uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := s.blocks.byRoot[root]
	if b.Payload.BlockHash == hash {
		return
	}
	b.Version, b.Payload.BlockHash, b.Payload.BlockNumber = version, hash, number
	for _, other := range s.blocks.byRoot {
		if number > 0 && other.Payload.BlockNumber == number-1 && other.Payload.BlockHash != (common.Hash{}) {
			b.Payload.ParentHash = other.Payload.BlockHash
		}
	}
	s.setBlockLocked(root, b)
}
