package beacon

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// lighthouseFulu is a payload_attributes event as Lighthouse sends it for
// Electra/Fulu: no deposit/withdrawal/consolidation request lists.
const lighthouseFulu = `{"version":"fulu","data":{"proposer_index":"1234","proposal_slot":"101","parent_block_number":"99",
"parent_block_root":"0x0101010101010101010101010101010101010101010101010101010101010101",
"parent_block_hash":"0x0202020202020202020202020202020202020202020202020202020202020202",
"payload_attributes":{"timestamp":"1700000000","prev_randao":"0x0303030303030303030303030303030303030303030303030303030303030303",
"suggested_fee_recipient":"0x0404040404040404040404040404040404040404",
"withdrawals":[{"index":"5","validator_index":"6","address":"0x0707070707070707070707070707070707070707","amount":"8"}],
"parent_beacon_block_root":"0x0909090909090909090909090909090909090909090909090909090909090909"}}}`

// slots12 maps timestamps on 12 s slots whose slot 101 starts at 1700000000,
// the timestamp of lighthouseFulu.
func slots12(ts uint64) (uint64, bool) {
	const genesis = 1_700_000_000 - 101*12
	if ts < genesis || (ts-genesis)%12 != 0 {
		return 0, false
	}
	return (ts - genesis) / 12, true
}

func TestDecodeLighthouseAttributes(t *testing.T) {
	a, err := DecodePayloadAttributes([]byte(lighthouseFulu), slots12)
	if err != nil {
		t.Fatal(err)
	}
	want := AttributesKey{Slot: 101, ParentBlockHash: common.HexToHash("0x0202020202020202020202020202020202020202020202020202020202020202")}
	if a.Key() != want || a.ProposalSlot != 101 || a.LabelMismatch() || a.ProposerIndex != 1234 || a.ParentBlockNumber != 99 || !a.HasParentBlockNumber {
		t.Fatalf("%+v", a)
	}
	if a.Timestamp != 1700000000 || a.PrevRandao[0] != 3 || a.SuggestedFeeRecipient[0] != 4 || a.ParentBeaconBlockRoot[0] != 9 {
		t.Fatalf("attributes %+v", a)
	}
	if len(a.Withdrawals) != 1 || a.Withdrawals[0].Index != 5 || a.Withdrawals[0].Validator != 6 || a.Withdrawals[0].Address[0] != 7 || a.Withdrawals[0].Amount != 8 {
		t.Fatalf("withdrawals %+v", a.Withdrawals[0])
	}
}

// mutate applies f to the decoded generic form of lighthouseFulu.
func mutate(t *testing.T, f func(data, attrs map[string]any, ev map[string]any)) []byte {
	t.Helper()
	var ev map[string]any
	if err := json.Unmarshal([]byte(lighthouseFulu), &ev); err != nil {
		t.Fatal(err)
	}
	data := ev["data"].(map[string]any)
	f(data, data["payload_attributes"].(map[string]any), ev)
	b, _ := json.Marshal(ev)
	return b
}

func TestDecodeAttributesNamesTheField(t *testing.T) {
	tests := []struct {
		name  string
		f     func(data, attrs, ev map[string]any)
		field string
	}{
		{"no version", func(_, _, ev map[string]any) { delete(ev, "version") }, "version"},
		{"no slot", func(d, _, _ map[string]any) { delete(d, "proposal_slot") }, "data.proposal_slot"},
		{"hex slot", func(d, _, _ map[string]any) { d["proposal_slot"] = "0x65" }, "data.proposal_slot"},
		{"leading zero", func(d, _, _ map[string]any) { d["proposer_index"] = "01" }, "data.proposer_index"},
		{"short root", func(d, _, _ map[string]any) { d["parent_block_root"] = "0x01" }, "data.parent_block_root"},
		{"no number pre-gloas", func(d, _, _ map[string]any) { delete(d, "parent_block_number") }, "data.parent_block_number"},
		{"no hash", func(d, _, _ map[string]any) { delete(d, "parent_block_hash") }, "data.parent_block_hash"},
		{"no attributes", func(d, _, _ map[string]any) { delete(d, "payload_attributes") }, "data.payload_attributes"},
		{"bad fee recipient", func(_, a, _ map[string]any) { a["suggested_fee_recipient"] = "0x12" }, "suggested_fee_recipient"},
		{"no withdrawals", func(_, a, _ map[string]any) { delete(a, "withdrawals") }, "withdrawals"},
		{"bad withdrawal", func(_, a, _ map[string]any) {
			a["withdrawals"].([]any)[0].(map[string]any)["amount"] = "-1"
		}, "withdrawals[0].amount"},
		{"no beacon root", func(_, a, _ map[string]any) { delete(a, "parent_beacon_block_root") }, "parent_beacon_block_root"},
		{"overflow", func(_, a, _ map[string]any) { a["timestamp"] = "18446744073709551616" }, "timestamp"},
		{"timestamp inside a slot", func(_, a, _ map[string]any) { a["timestamp"] = "1700000005" }, "timestamp"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodePayloadAttributes(mutate(t, tc.f), slots12)
			if !errors.Is(err, ErrBadEvent) || !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("err = %v, want one naming %s", err, tc.field)
			}
		})
	}
}

func TestDecodeAttributesForkRules(t *testing.T) {
	// Gloas drops parent_block_number.
	gloas := mutate(t, func(d, _, ev map[string]any) { ev["version"] = "gloas"; delete(d, "parent_block_number") })
	a, err := DecodePayloadAttributes(gloas, slots12)
	if err != nil || a.HasParentBlockNumber {
		t.Fatalf("gloas: %+v %v", a, err)
	}
	// Bellatrix has neither withdrawals nor a parent beacon block root.
	bellatrix := mutate(t, func(_, at, ev map[string]any) {
		ev["version"] = "bellatrix"
		delete(at, "withdrawals")
		delete(at, "parent_beacon_block_root")
	})
	if _, err := DecodePayloadAttributes(bellatrix, slots12); err != nil {
		t.Fatalf("bellatrix: %v", err)
	}
	// Request lists, when a node sends them, are ignored.
	withLists := mutate(t, func(_, at, _ map[string]any) { at["deposit_requests"] = []any{} })
	if _, err := DecodePayloadAttributes(withLists, slots12); err != nil {
		t.Fatalf("with request lists: %v", err)
	}
}

func FuzzDecodePayloadAttributes(f *testing.F) {
	f.Add([]byte(lighthouseFulu))
	f.Add([]byte(prysmStock))
	f.Add([]byte(`{"version":"gloas","data":{}}`))
	f.Add([]byte(`{"version":"deneb","data":{"proposal_slot":"1"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodePayloadAttributes(data, slots12)
		if err != nil {
			if !errors.Is(err, ErrBadEvent) {
				t.Fatalf("error %v does not wrap ErrBadEvent", err)
			}
			return
		}
		if a.Version == "" {
			t.Fatal("decoded an event without a version")
		}
		if want, ok := slots12(a.Timestamp); !ok || a.Slot != want {
			t.Fatalf("slot %d for timestamp %d", a.Slot, a.Timestamp)
		}
	})
}

// prysmStock is the second payload_attributes event stock Prysm v5.3.0 sent
// for the head of slot 7 (testdata/beacon/prysm-v5.3.0/events-stock-labels.log):
// labelled with the head's slot, timestamped with the next one's.
const prysmStock = `{"version":"electra","data":{"proposer_index":"26","proposal_slot":"7","parent_block_number":"7",
"parent_block_root":"0x93e6af9e175e60aefe372c98b4e7bd60f991632a745386ba6c30bc4ded5838bd",
"parent_block_hash":"0xeb7e5e60fcba59b545b8aa736e36487f3bebf9e24370744c15ec9e7d351f9da1",
"payload_attributes":{"timestamp":"1796188788","prev_randao":"0x63846262d2f59c3bd44e9dd777552b7d28183789666133d63914d315de6733ad",
"suggested_fee_recipient":"0x0000000000000000000000000000000000000000","withdrawals":[],
"parent_beacon_block_root":"0x93e6af9e175e60aefe372c98b4e7bd60f991632a745386ba6c30bc4ded5838bd"}}}`

func TestDecodeTakesTheSlotFromTheTimestamp(t *testing.T) {
	// That chain's genesis was 1796188764, with 3 s slots.
	slots3 := func(ts uint64) (uint64, bool) {
		if ts < 1796188764 || (ts-1796188764)%3 != 0 {
			return 0, false
		}
		return (ts - 1796188764) / 3, true
	}
	a, err := DecodePayloadAttributes([]byte(prysmStock), slots3)
	if err != nil {
		t.Fatal(err)
	}
	if a.ProposalSlot != 7 || a.Slot != 8 || !a.LabelMismatch() || a.Key().Slot != 8 {
		t.Fatalf("proposal_slot %d, slot %d, key %+v", a.ProposalSlot, a.Slot, a.Key())
	}
}
