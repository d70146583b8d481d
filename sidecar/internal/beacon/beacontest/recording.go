// Package beacontest replays beacon-node event streams recorded from real consensus clients
// (testdata/beacon) through the beacon-API stand-in, so tests drive the tracker's real SSE
// path with what a real client sent. Tests only.
package beacontest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/devnet/beaconstandin"
)

// The Prysm v5.3.0 recordings (testdata/beacon/prysm-v5.3.0/README.md).
const (
	StockLabels = "events-stock-labels.log"
	MissedSlots = "events-missed-slots.log"
	Frozen      = "events-beacon-frozen-40s.log"
)

// The recorded chains: Electra, 3 s slots, 6-slot epochs; the stock-labels run is a chain of its own.
var (
	prysmDay     = time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	prysmGenesis = map[string]time.Time{
		StockLabels: time.Unix(1796188764, 0),
		MissedSlots: time.Unix(1796188032, 0),
		Frozen:      time.Unix(1796188032, 0),
	}
)

const (
	prysmSlot          = 3 * time.Second
	prysmSlotsPerEpoch = 6
)

// Recording is a recorded event stream with its chain.
type Recording struct {
	Name          string
	Genesis       time.Time
	SlotDuration  time.Duration
	SlotsPerEpoch uint64
	// Events are the recorded events, their execution block hashes mapped onto Exec.
	Events []beaconstandin.Recorded
	// Exec stands in for the recorded execution chain.
	Exec *ExecChain
}

// LoadPrysm reads one of the Prysm v5.3.0 recordings.
func LoadPrysm(name string) (*Recording, error) {
	genesis, ok := prysmGenesis[name]
	if !ok {
		return nil, fmt.Errorf("beacontest: no recording %q", name)
	}
	_, self, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(self), "..", "..", "..", "..", "testdata", "beacon", "prysm-v5.3.0", name)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("beacontest: %w", err)
	}
	defer f.Close()
	events, err := beaconstandin.ReadRecording(f, prysmDay)
	if err != nil {
		return nil, fmt.Errorf("beacontest: %s: %w", name, err)
	}
	exec, err := newExecChain(events)
	if err != nil {
		return nil, fmt.Errorf("beacontest: %s: %w", name, err)
	}
	for i := range events {
		events[i] = exec.rewrite(events[i])
	}
	return &Recording{Name: name, Genesis: genesis, SlotDuration: prysmSlot, SlotsPerEpoch: prysmSlotsPerEpoch,
		Events: events, Exec: exec}, nil
}

// SlotAt is the slot the wall clock is in at t.
func (r *Recording) SlotAt(t time.Time) uint64 {
	return uint64(t.Sub(r.Genesis) / r.SlotDuration)
}

// SlotStart is the start of slot s.
func (r *Recording) SlotStart(s uint64) time.Time {
	return r.Genesis.Add(time.Duration(s) * r.SlotDuration)
}

// Attributes is what tests read of a recorded payload_attributes event.
type Attributes struct {
	ProposalSlot, Slot       uint64 // the label, and the slot of the timestamp
	ParentRoot, ParentHash   common.Hash
	ParentNumber             uint64
	SuggestedFeeRecipient    common.Address
	Timestamp, ProposerIndex uint64
}

type attributesJSON struct {
	Data struct {
		ProposerIndex     string      `json:"proposer_index"`
		ProposalSlot      string      `json:"proposal_slot"`
		ParentBlockNumber string      `json:"parent_block_number"`
		ParentBlockRoot   common.Hash `json:"parent_block_root"`
		ParentBlockHash   common.Hash `json:"parent_block_hash"`
		Attributes        struct {
			Timestamp             string         `json:"timestamp"`
			SuggestedFeeRecipient common.Address `json:"suggested_fee_recipient"`
		} `json:"payload_attributes"`
	} `json:"data"`
}

// AttributesOf reads a payload_attributes event of the recording.
func (r *Recording) AttributesOf(ev beaconstandin.Recorded) (Attributes, error) {
	var a attributesJSON
	if err := json.Unmarshal(ev.Data, &a); err != nil {
		return Attributes{}, err
	}
	var out Attributes
	var err error
	for _, f := range []struct {
		s string
		v *uint64
	}{{a.Data.ProposalSlot, &out.ProposalSlot}, {a.Data.ParentBlockNumber, &out.ParentNumber},
		{a.Data.Attributes.Timestamp, &out.Timestamp}, {a.Data.ProposerIndex, &out.ProposerIndex}} {
		if *f.v, err = strconv.ParseUint(f.s, 10, 64); err != nil {
			return Attributes{}, err
		}
	}
	out.Slot = uint64(time.Unix(int64(out.Timestamp), 0).Sub(r.Genesis) / r.SlotDuration)
	out.ParentRoot, out.ParentHash = a.Data.ParentBlockRoot, a.Data.ParentBlockHash
	out.SuggestedFeeRecipient = a.Data.Attributes.SuggestedFeeRecipient
	return out, nil
}

// ExecChain is a local execution chain standing in for a recorded one: each execution block
// the recording names (by hash and number) gets a local header of the same number, and the
// replayed events name the local hashes, so the tracker's cross-check against its execution
// client passes. Nothing else of the events changes. It serves headers like ethclient.
type ExecChain struct {
	byNumber map[uint64]*types.Header
	byHash   map[common.Hash]*types.Header
	local    map[common.Hash]common.Hash // recorded hash -> local hash
}

func newExecChain(events []beaconstandin.Recorded) (*ExecChain, error) {
	recorded := map[uint64]common.Hash{}
	for _, ev := range events {
		if ev.Topic != "payload_attributes" {
			continue
		}
		var a attributesJSON
		if err := json.Unmarshal(ev.Data, &a); err != nil {
			return nil, err
		}
		n, err := strconv.ParseUint(a.Data.ParentBlockNumber, 10, 64)
		if err != nil {
			return nil, err
		}
		if prev, ok := recorded[n]; ok && prev != a.Data.ParentBlockHash {
			return nil, fmt.Errorf("two execution blocks at %d: the local chain has one a number", n)
		}
		recorded[n] = a.Data.ParentBlockHash
	}
	c := &ExecChain{byNumber: map[uint64]*types.Header{}, byHash: map[common.Hash]*types.Header{},
		local: map[common.Hash]common.Hash{}}
	numbers := slices.Sorted(func(yield func(uint64) bool) {
		for n := range recorded {
			if !yield(n) {
				return
			}
		}
	})
	var parent common.Hash
	for _, n := range numbers {
		h := &types.Header{ParentHash: parent, Number: new(big.Int).SetUint64(n), Difficulty: new(big.Int),
			GasLimit: 36_000_000, GasUsed: 18_000_000, BaseFee: big.NewInt(1_000_000_000),
			Extra: recorded[n].Bytes()} // one local block per recorded one
		c.byNumber[n], c.byHash[h.Hash()], c.local[recorded[n]] = h, h, h.Hash()
		parent = h.Hash()
	}
	return c, nil
}

// rewrite names the local hash instead of the recorded one in a payload_attributes event.
func (c *ExecChain) rewrite(ev beaconstandin.Recorded) beaconstandin.Recorded {
	if ev.Topic != "payload_attributes" {
		return ev
	}
	for recorded, local := range c.local {
		ev.Data = bytes.ReplaceAll(ev.Data, []byte(recorded.Hex()), []byte(local.Hex()))
	}
	return ev
}

// Local is the local hash of the recorded execution block hash recorded.
func (c *ExecChain) Local(recorded common.Hash) common.Hash { return c.local[recorded] }

// ByNumber is the local header at number, nil if the recording names none.
func (c *ExecChain) ByNumber(number uint64) *types.Header { return c.byNumber[number] }
