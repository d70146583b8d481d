package beacon

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// electraBlock is a GET /eth/v2/beacon/blocks/{id} answer in the spec's
// shape, trimmed to one transaction.
const electraBlock = `{"version":"electra","execution_optimistic":false,"finalized":false,"data":{"message":{
"slot":"201","proposer_index":"57","parent_root":"0x56bcc569aa00000000000000000000000000000000000000000000000000000000",
"state_root":"0x0000000000000000000000000000000000000000000000000000000000000000","body":{
"randao_reveal":"0x00","eth1_data":{"deposit_root":"0x00","deposit_count":"0","block_hash":"0x00"},"graffiti":"0x00",
"proposer_slashings":[],"attester_slashings":[],"attestations":[],"deposits":[],"voluntary_exits":[],
"sync_aggregate":{"sync_committee_bits":"0x00","sync_committee_signature":"0x00"},
"execution_payload":{"parent_hash":"0x0101010101010101010101010101010101010101010101010101010101010101",
"fee_recipient":"0x0000000000000000000000000000000000000000","block_number":"183","gas_limit":"36000000",
"timestamp":"1796188635","block_hash":"0x0202020202020202020202020202020202020202020202020202020202020202",
"transactions":["0x02f8"],"withdrawals":[],"blob_gas_used":"0","excess_blob_gas":"0"},
"bls_to_execution_changes":[],"blob_kzg_commitments":[],
"execution_requests":{"deposits":[],"withdrawals":[],"consolidations":[]}}},"signature":"0x00"}}`

func TestDecodeBlockPayload(t *testing.T) {
	p, err := DecodeBlockPayload([]byte(electraBlock))
	if err != nil {
		t.Fatal(err)
	}
	want := BlockPayload{Version: "electra", Slot: 201, BlockNumber: 183,
		BlockHash:  common.HexToHash("0x0202020202020202020202020202020202020202020202020202020202020202"),
		ParentHash: common.HexToHash("0x0101010101010101010101010101010101010101010101010101010101010101")}
	if p != want {
		t.Fatalf("got %+v, want %+v", p, want)
	}
}

// mutateBlock applies f to the decoded generic form of electraBlock.
func mutateBlock(t *testing.T, f func(ev, msg, payload map[string]any)) []byte {
	t.Helper()
	var ev map[string]any
	if err := json.Unmarshal([]byte(electraBlock), &ev); err != nil {
		t.Fatal(err)
	}
	msg := ev["data"].(map[string]any)["message"].(map[string]any)
	f(ev, msg, msg["body"].(map[string]any)["execution_payload"].(map[string]any))
	b, _ := json.Marshal(ev)
	return b
}

func TestDecodeBlockPayloadRefuses(t *testing.T) {
	tests := []struct {
		name  string
		f     func(ev, msg, payload map[string]any)
		want  error
		field string
	}{
		{"no version", func(ev, _, _ map[string]any) { delete(ev, "version") }, ErrBadBlock, "version"},
		{"no message", func(ev, _, _ map[string]any) { ev["data"] = map[string]any{} }, ErrBadBlock, "data.message"},
		{"hex slot", func(_, m, _ map[string]any) { m["slot"] = "0xc9" }, ErrBadBlock, "data.message.slot"},
		{"no payload", func(_, m, _ map[string]any) { delete(m["body"].(map[string]any), "execution_payload") }, ErrBadBlock, "execution_payload"},
		{"short hash", func(_, _, p map[string]any) { p["block_hash"] = "0x02" }, ErrBadBlock, "block_hash"},
		{"no parent", func(_, _, p map[string]any) { delete(p, "parent_hash") }, ErrBadBlock, "parent_hash"},
		{"negative number", func(_, _, p map[string]any) { p["block_number"] = "-1" }, ErrBadBlock, "block_number"},
		{"altair", func(ev, _, _ map[string]any) { ev["version"] = "altair" }, ErrNoPayload, "altair"},
		{"gloas", func(ev, _, _ map[string]any) { ev["version"] = "gloas" }, ErrNoPayload, "gloas"},
		{"newer fork", func(ev, _, _ map[string]any) { ev["version"] = "heze" }, ErrNoPayload, "heze"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeBlockPayload(mutateBlock(t, tc.f))
			if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("err = %v, want %v naming %s", err, tc.want, tc.field)
			}
		})
	}
	if _, err := DecodeBlockPayload([]byte(`[`)); !errors.Is(err, ErrBadBlock) {
		t.Fatalf("truncated JSON: %v", err)
	}
}

func FuzzDecodeBlockPayload(f *testing.F) {
	f.Add([]byte(electraBlock))
	f.Add([]byte(`{"version":"gloas","data":{"message":{"slot":"1"}}}`))
	f.Add([]byte(`{"version":"deneb","data":{"message":{"slot":"1","body":{"execution_payload":{}}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := DecodeBlockPayload(data)
		if err != nil {
			if !errors.Is(err, ErrBadBlock) && !errors.Is(err, ErrNoPayload) {
				t.Fatalf("error %v wraps neither ErrBadBlock nor ErrNoPayload", err)
			}
			return
		}
		if fork, ok := forkOrder[p.Version]; !ok || fork >= forkOrder["gloas"] {
			t.Fatalf("a payload from a %q block", p.Version)
		}
		// Round trip: the fields read back are the fields written.
		again, err := DecodeBlockPayload(blockOf(p))
		if err != nil || again != p {
			t.Fatalf("round trip: %+v, %v; want %+v", again, err, p)
		}
	})
}

// blockOf writes the fields DecodeBlockPayload reads.
func blockOf(p BlockPayload) []byte {
	b, _ := json.Marshal(map[string]any{"version": p.Version, "data": map[string]any{"message": map[string]any{
		"slot": strconv.FormatUint(p.Slot, 10), "body": map[string]any{"execution_payload": map[string]any{
			"block_hash": p.BlockHash.Hex(), "parent_hash": p.ParentHash.Hex(), "block_number": strconv.FormatUint(p.BlockNumber, 10)}}}}})
	return b
}
