package relayapi

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	builderv1 "github.com/attestantio/go-builder-client/api/v1"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

func delivered(slot uint64, builder byte, block common.Hash, value uint64) DeliveredPayload {
	t := builderv1.BidTrace{Slot: slot, BlockHash: phase0.Hash32(block), GasLimit: 36_000_000, GasUsed: 21_000, Value: uint256.NewInt(value)}
	t.ParentHash[0], t.BuilderPubkey[0], t.ProposerPubkey[0], t.ProposerFeeRecipient[0] = 1, builder, 3, 4
	return DeliveredPayload{Trace: t, BlockNumber: slot + 1000, NumTx: 7}
}

// newDataRelay serves the data API from answers by slot, and 500 for a slot it has none for.
func newDataRelay(t *testing.T, answers map[uint64][]DeliveredPayload) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+PathPayloadDelivered, func(w http.ResponseWriter, r *http.Request) {
		var slot uint64
		_ = json.Unmarshal([]byte(r.URL.Query().Get("slot")), &slot)
		ps, ok := answers[slot]
		if !ok {
			writeJSON(w, 500, `{"code":500,"message":"db down"}`)
			return
		}
		body, _ := json.Marshal(ps)
		writeJSON(w, 200, string(body))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestDeliveries(t *testing.T) {
	block := common.Hash{9}
	good := newDataRelay(t, map[uint64][]DeliveredPayload{5: {delivered(5, 1, block, 100)}, 6: {}})
	liar := newDataRelay(t, map[uint64][]DeliveredPayload{5: {delivered(4, 1, block, 100)}})
	silent := newSilentRelay(t)
	reg := prometheus.NewRegistry()
	d, err := NewDeliveries(DeliveriesConfig{Timeout: 200 * time.Millisecond, Relays: []Relay{
		{Name: "good", URL: good.URL}, {Name: "other-slot", URL: liar.URL + "/"}, {Name: "silent", URL: silent.srv.URL},
	}}, DeliveriesDeps{Log: zerolog.Nop(), Registry: reg})
	if err != nil {
		t.Fatal(err)
	}
	got := d.Delivered(context.Background(), 5)
	if len(got) != 3 || got[0].Relay != "good" || got[0].Err != nil || !reflect.DeepEqual(got[0].Payloads, []DeliveredPayload{delivered(5, 1, block, 100)}) {
		t.Fatalf("good relay: %+v", got[0])
	}
	var fe *FieldError
	if !errors.As(got[1].Err, &fe) || fe.Field != "[0].slot" || !errors.Is(got[2].Err, ErrTimeout) {
		t.Fatalf("other-slot relay %v, silent relay %v; want a bad [0].slot and a timeout", got[1].Err, got[2].Err)
	}
	if got := d.Delivered(context.Background(), 6); got[0].Err != nil || len(got[0].Payloads) != 0 || !errors.Is(got[1].Err, ErrHTTPStatus) {
		t.Fatalf("slot 6: %+v", got)
	}
	if n := metricValue(t, reg, "sidecar_relayapi_delivered_fetches_total", map[string]string{"relay": "silent", "outcome": "timeout"}); n != 2 {
		t.Errorf("silent relay timeouts counted %v, want 2", n)
	}
	if _, err := NewDeliveries(DeliveriesConfig{Relays: []Relay{{Name: "a", URL: "x"}}}, DeliveriesDeps{}); !errors.Is(err, ErrConfig) {
		t.Errorf("bad config: %v", err)
	}
}

func TestDecodeDeliveredNamesTheField(t *testing.T) {
	good, _ := json.Marshal([]DeliveredPayload{delivered(5, 1, common.Hash{9}, 1_000_000_000_000_000_000)})
	if d, err := DecodeDelivered(good); err != nil || !reflect.DeepEqual(d, []DeliveredPayload{delivered(5, 1, common.Hash{9}, 1_000_000_000_000_000_000)}) {
		t.Fatalf("round trip: %v %+v\n%s", err, d, good)
	}
	edit := func(from, to string) string {
		if !strings.Contains(string(good), from) {
			t.Fatalf("%q not in %s", from, good)
		}
		return strings.Replace(string(good), from, to, 1)
	}
	over := "115792089237316195423570985008687907853269984665640564039457584007913129639936" // 2^256
	cases := []struct{ body, field string }{
		{`{}`, "$"},
		{`[` + strings.Repeat(`{},`, maxDelivered) + `{}]`, "$"},
		{edit(`"slot":"5"`, `"slot":5`), "$"},
		{edit(`"slot":"5",`, ``), "[0].slot"},
		{edit(`"value":"1000000000000000000"`, `"value":"0x1"`), "[0].value"},
		{edit(`"value":"1000000000000000000"`, `"value":"-1"`), "[0].value"},
		{edit(`"value":"1000000000000000000"`, `"value":"+1"`), "[0].value"},
		{edit(`"value":"1000000000000000000"`, `"value":"01"`), "[0].value"},
		{edit(`"value":"1000000000000000000"`, `"value":""`), "[0].value"},
		{edit(`"value":"1000000000000000000"`, `"value":"`+over+`"`), "[0].value"},
		{edit(`"num_tx":"7"`, `"num_tx":"x"`), "[0].num_tx"},
		{edit(`"block_number":"1005",`, ``), "[0].block_number"},
		{edit(`"builder_pubkey":"0x01`, `"builder_pubkey":"0x`), "[0].builder_pubkey"},
		{edit(`"proposer_fee_recipient":"0x04`, `"proposer_fee_recipient":"04`), "[0].proposer_fee_recipient"},
		{edit(`"block_hash":"0x09`, `"block_hash":"0x0`), "[0].block_hash"},
	}
	for _, tc := range cases {
		_, err := DecodeDelivered([]byte(tc.body))
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != tc.field || !errors.Is(err, ErrBadResponse) {
			t.Errorf("%.120s\n→ %v, want a bad response naming %s", tc.body, err, tc.field)
		}
	}
}

func FuzzDecodeDelivered(f *testing.F) {
	good, _ := json.Marshal([]DeliveredPayload{delivered(5, 1, common.Hash{9}, 100), delivered(5, 2, common.Hash{8}, 0)})
	f.Add(good)
	f.Add([]byte(`[]`))
	f.Add([]byte(`[{"slot":"1","parent_hash":"0x","value":"00","extra":true}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := DecodeDelivered(data)
		if err != nil {
			if !errors.Is(err, ErrBadResponse) {
				t.Fatalf("error %v does not wrap ErrBadResponse", err)
			}
			return
		}
		enc, err := json.Marshal(ps)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeDelivered(enc)
		if err != nil || !reflect.DeepEqual(again, ps) {
			t.Fatalf("round trip failed: %v\n%s", err, enc)
		}
	})
}
