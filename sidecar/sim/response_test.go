package sim

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
)

// answer builds an eth_simulateV1 answer: one block with header h and the given calls.
func answer(t testing.TB, h *types.Header, calls ...string) []byte {
	t.Helper()
	hj, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var block map[string]json.RawMessage
	if err := json.Unmarshal(hj, &block); err != nil {
		t.Fatal(err)
	}
	block["calls"] = json.RawMessage("[" + strings.Join(calls, ",") + "]")
	out, err := json.Marshal([]any{block})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sampleHeader() *types.Header {
	env := sampleEnv()
	h := env.Header()
	h.Root = common.Hash{0xaa}
	return h
}

func sampleEnv() bundle.BasedBlockEnv {
	return bundle.BasedBlockEnv{ParentHash: common.Hash{1}, Number: 8, Time: 100, Coinbase: proposer,
		GasLimit: 30_000_000, BaseFee: big.NewInt(7)}
}

const (
	okCall     = `{"returnData":"0x01","logs":[],"gasUsed":"0x5208","status":"0x1"}`
	revertCall = `{"returnData":"0x","logs":[],"gasUsed":"0x6000","status":"0x0","error":{"message":"execution reverted","code":3,"data":"0xdeadbeef"}}`
)

func TestDecodeResponseNamesTheField(t *testing.T) {
	h := sampleHeader()
	tests := []struct {
		name  string
		raw   []byte
		calls int
		field string
	}{
		{"not an array", []byte(`{}`), 1, "result"},
		{"two blocks", []byte(`[{},{}]`), 1, "result"},
		{"header missing state root", []byte(`[{"calls":[]}]`), 0, "result[0]"},
		{"call count", answer(t, h, okCall), 2, "result[0].calls"},
		{"status missing", answer(t, h, `{"gasUsed":"0x1"}`), 1, "result[0].calls[0].status"},
		{"status 2", answer(t, h, `{"gasUsed":"0x1","status":"0x2"}`), 1, "result[0].calls[0].status"},
		{"gas missing", answer(t, h, `{"status":"0x1"}`), 1, "result[0].calls[0].gasUsed"},
		{"failure without error", answer(t, h, `{"gasUsed":"0x1","status":"0x0"}`), 1, "result[0].calls[0].error"},
		{"revert data not hex", answer(t, h, `{"gasUsed":"0x1","status":"0x0","error":{"message":"x","code":3,"data":"zz"}}`), 1, "result[0].calls[0].error.data"},
		{"bad log", answer(t, h, okCall, `{"gasUsed":"0x1","status":"0x1","logs":[{"address":"0x00"}]}`), 2, "result[0].calls[1].logs[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeResponse(tt.raw, tt.calls)
			var fe *FieldError
			if !errors.As(err, &fe) || !errors.Is(err, ErrResponse) {
				t.Fatalf("err = %v, want a FieldError", err)
			}
			if fe.Field != tt.field {
				t.Fatalf("field %q, want %q (%v)", fe.Field, tt.field, err)
			}
		})
	}
}

func TestDecodeResponseRevertData(t *testing.T) {
	blk, err := decodeResponse(answer(t, sampleHeader(), okCall, revertCall), 2)
	if err != nil {
		t.Fatal(err)
	}
	if c := blk.Calls[0]; !c.OK || c.GasUsed != 21000 || string(c.Return) != "\x01" {
		t.Fatalf("ok call %+v", c)
	}
	if c := blk.Calls[1]; c.OK || string(c.Return) != "\xde\xad\xbe\xef" || c.Err != "execution reverted" {
		t.Fatalf("reverted call %+v", c)
	}
}

// cannedCaller answers every request with the same bytes.
type cannedCaller []byte

func (c cannedCaller) CallContext(_ context.Context, result any, _ string, _ ...any) error {
	return json.Unmarshal(c, result)
}

// A node that ignores an override would report a root derivation never reaches.
func TestL2OverrideIgnoredIsRejected(t *testing.T) {
	env := sampleEnv()
	tests := []struct {
		field  string
		mutate func(h *types.Header)
	}{
		{"result[0].miner", func(h *types.Header) { h.Coinbase = common.Address{9} }},
		{"result[0].timestamp", func(h *types.Header) { h.Time++ }},
		{"result[0].parentHash", func(h *types.Header) { h.ParentHash = common.Hash{9} }},
		{"result[0].baseFeePerGas", func(h *types.Header) { h.BaseFee = big.NewInt(8) }},
		{"result[0].parentBeaconBlockRoot", func(h *types.Header) { h.ParentBeaconRoot = &common.Hash{9} }},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			h := sampleHeader()
			tt.mutate(h)
			s := newClient(t, cannedCaller(answer(t, h)))
			_, err := s.SimulateL2(context.Background(), env, nil)
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field {
				t.Fatalf("err = %v, want a FieldError on %s", err, tt.field)
			}
		})
	}
	s := newClient(t, cannedCaller(answer(t, sampleHeader())))
	res, err := s.SimulateL2(context.Background(), env, nil)
	if err != nil || res.StateRoot != (common.Hash{0xaa}) {
		t.Fatalf("faithful answer: %v, %+v", err, res)
	}
}

func FuzzDecodeResponse(f *testing.F) {
	h := sampleHeader()
	f.Add(answer(f, h, okCall, revertCall), 2)
	f.Add(answer(f, h), 0)
	f.Add(answer(f, h, `{"gasUsed":"0x1","status":"0x1","logs":[{"address":"0x0000000000000000000000000000000000000001","topics":[],"data":"0x","transactionHash":"0x0000000000000000000000000000000000000000000000000000000000000000"}]}`), 1)
	f.Add([]byte(`[{"calls":null}]`), 0)
	f.Add([]byte(`null`), 0)
	f.Fuzz(func(t *testing.T, raw []byte, calls int) {
		if calls < 0 || calls > 64 {
			return
		}
		blk, err := decodeResponse(raw, calls)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field == "" || fe.Reason == "" {
				t.Fatalf("error %v does not name a field and a reason", err)
			}
			return
		}
		if len(blk.Calls) != calls || blk.Header == nil || blk.Header.Number == nil {
			t.Fatalf("accepted %d results for %d calls", len(blk.Calls), calls)
		}
		for i, c := range blk.Calls {
			if c.OK == (c.Err != "") {
				t.Fatalf("call %d: ok %v with error %q", i, c.OK, c.Err)
			}
		}
	})
}

// The L1 leg rejects a node that ignored one of the payload attributes, and measures the value
// between the two probes of a faithful answer.
func TestL1OverrideIgnoredIsRejected(t *testing.T) {
	env := L1Env{ParentHash: common.Hash{1}, Time: 100, FeeRecipient: feeRecipient, PrevRandao: common.Hash{7}, GasLimit: 30_000_000}
	header := func() *types.Header {
		return &types.Header{ParentHash: env.ParentHash, Number: big.NewInt(9), Time: env.Time, Coinbase: env.FeeRecipient,
			MixDigest: env.PrevRandao, GasLimit: env.GasLimit, BaseFee: big.NewInt(7), Difficulty: new(big.Int)}
	}
	probe := func(balance byte) string {
		return `{"returnData":"0x` + strings.Repeat("00", 31) + fmt.Sprintf("%02x", balance) + strings.Repeat("00", 32) +
			`","logs":[],"gasUsed":"0x5208","status":"0x1"}`
	}
	tests := []struct {
		field  string
		mutate func(h *types.Header)
	}{
		{"result[0].miner", func(h *types.Header) { h.Coinbase = common.Address{9} }},
		{"result[0].timestamp", func(h *types.Header) { h.Time++ }},
		{"result[0].parentHash", func(h *types.Header) { h.ParentHash = common.Hash{9} }},
		{"result[0].mixHash", func(h *types.Header) { h.MixDigest = common.Hash{9} }},
		{"result[0].gasLimit", func(h *types.Header) { h.GasLimit++ }},
		{"result[0].baseFeePerGas", func(h *types.Header) { h.BaseFee = nil }},
	}
	tx := sign(t, big.NewInt(1), txSpec{to: payee, gas: 21000})
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			h := header()
			tt.mutate(h)
			s := newClient(t, cannedCaller(answer(t, h, probe(1), okCall, probe(5))))
			_, err := s.SimulateL1(context.Background(), env, []*bundle.Tx{tx})
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field {
				t.Fatalf("err = %v, want a FieldError on %s", err, tt.field)
			}
		})
	}
	s := newClient(t, cannedCaller(answer(t, header(), probe(1), okCall, probe(5))))
	res, err := s.SimulateL1(context.Background(), env, []*bundle.Tx{tx})
	if err != nil || res.Value.Cmp(big.NewInt(4)) != 0 || len(res.Txs) != 1 || res.FirstFailed != -1 {
		t.Fatalf("faithful answer: %v, %+v", err, res)
	}
}
