package relayapi

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

// fakeRelay serves GET /relay/v1/builder/validators from a list the test can change.
type fakeRelay struct {
	srv    *httptest.Server
	hits   atomic.Int32
	mu     sync.Mutex
	duties []ProposerDuty
	status int
}

func newFakeRelay(t testing.TB, duties ...ProposerDuty) *fakeRelay {
	t.Helper()
	r := &fakeRelay{duties: duties, status: http.StatusOK}
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+PathBuilderValidators, func(w http.ResponseWriter, _ *http.Request) {
		r.hits.Add(1)
		r.mu.Lock()
		defer r.mu.Unlock()
		if r.status != http.StatusOK {
			writeJSON(w, r.status, `{"code":500,"message":"internal server error"}`)
			return
		}
		body, _ := json.Marshal(r.duties)
		writeJSON(w, http.StatusOK, string(body))
	})
	r.srv = httptest.NewServer(mux)
	t.Cleanup(r.srv.Close)
	return r
}

func (r *fakeRelay) set(status int, duties ...ProposerDuty) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.status, r.duties = status, duties
}

// duty is slot's registration by its proposer (validator slot*10), really signed.
func duty(slot uint64, fee string, ts uint64) ProposerDuty {
	return signedDuty(slot, slot*10, fee, ts)
}

const (
	feeA = "0x000000000000000000000000000000000000fee1"
	feeB = "0x000000000000000000000000000000000000fee2"
)

func newProposers(t *testing.T, relays ...*fakeRelay) *Proposers {
	t.Helper()
	return newProposersWith(t, nil, 5*time.Second, everyDuty{}, relays...)
}

func newProposersWith(t testing.TB, reg prometheus.Registerer, timeout time.Duration, duties Duties, relays ...*fakeRelay) *Proposers {
	t.Helper()
	cfg := ProposersConfig{SlotsPerEpoch: 32, Timeout: timeout, GenesisForkVersion: testForkVersion}
	for i, r := range relays {
		cfg.Relays = append(cfg.Relays, Relay{Name: string(rune('a' + i)), URL: r.srv.URL + "/"})
	}
	p, err := NewProposers(cfg, ProposersDeps{Duties: duties, Log: zerolog.Nop(), Registry: reg})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Epoch 2 is slots 64..95, epoch 3 is 96..127.
func TestProposersLookup(t *testing.T) {
	a := newFakeRelay(t, duty(64, feeA, 10), duty(70, feeA, 10), duty(100, feeA, 10))
	b := newFakeRelay(t, duty(64, feeB, 20), duty(71, feeB, 10))
	p := newProposers(t, a, b)
	ctx := context.Background()
	cases := []struct {
		slot   uint64
		status ProposerStatus
		fee    string
		relays []string
	}{
		{slot: 70, status: ProposerRegistered, fee: feeA, relays: []string{"a"}},
		{slot: 71, status: ProposerRegistered, fee: feeB, relays: []string{"b"}},
		{slot: 64, status: ProposerRegistered, fee: feeB, relays: []string{"a", "b"}}, // newest registration wins
		{slot: 72, status: ProposerNotRegistered},
	}
	for _, tc := range cases {
		got := p.Lookup(ctx, tc.slot)
		if got.Status != tc.status || !reflect.DeepEqual(got.Relays, tc.relays) || len(got.Errors) != 0 {
			t.Fatalf("slot %d: %s via %v (%v), want %s via %v", tc.slot, got.Status, got.Relays, got.Errors, tc.status, tc.relays)
		}
		if tc.fee != "" && (got.Registration.FeeRecipient != common.HexToAddress(tc.fee) || got.ValidatorIndex != tc.slot*10) {
			t.Fatalf("slot %d: fee recipient %s index %d", tc.slot, got.Registration.FeeRecipient, got.ValidatorIndex)
		}
	}
	if a.hits.Load() != 1 || b.hits.Load() != 1 {
		t.Fatalf("hits a=%d b=%d, want one fetch per relay within the epoch", a.hits.Load(), b.hits.Load())
	}
}

func TestProposersRefreshPerEpoch(t *testing.T) {
	r := newFakeRelay(t, duty(64, feeA, 1), duty(100, feeA, 1))
	p := newProposers(t, r)
	ctx := context.Background()
	if got := p.Lookup(ctx, 101); got.Status != ProposerNotRegistered {
		t.Fatalf("slot 101: %s", got.Status)
	}
	r.set(http.StatusOK, duty(100, feeA, 1), duty(101, feeB, 2)) // the proposer registers
	if got := p.Lookup(ctx, 101); got.Status != ProposerNotRegistered || r.hits.Load() != 1 {
		t.Fatalf("same epoch: %s after %d fetches, want the cached answer", got.Status, r.hits.Load())
	}
	if got := p.Lookup(ctx, 128); got.Status != ProposerUnknown || r.hits.Load() != 2 {
		t.Fatalf("slot 128 (epoch 4): %s after %d fetches, want a refetch that does not cover it", got.Status, r.hits.Load())
	}
	if got := p.Lookup(ctx, 101); got.Status != ProposerRegistered || r.hits.Load() != 3 {
		t.Fatalf("back in epoch 3: %s after %d fetches", got.Status, r.hits.Load())
	}
}

func TestProposersRelayErrorIsUnknown(t *testing.T) {
	down := newFakeRelay(t)
	down.set(http.StatusInternalServerError)
	up := newFakeRelay(t, duty(64, feeA, 1), duty(70, feeA, 1))
	p := newProposers(t, down, up)
	ctx := context.Background()

	got := p.Lookup(ctx, 72)
	if got.Status != ProposerUnknown || !errors.Is(got.Errors["a"], ErrHTTPStatus) {
		t.Fatalf("slot 72 with relay a down: %s %v, want unknown naming relay a", got.Status, got.Errors)
	}
	if got := p.Lookup(ctx, 70); got.Status != ProposerRegistered {
		t.Fatalf("slot 70 registered on b, a down: %s", got.Status)
	}
	if takes, known := p.TakesBuilderBlocks(ctx, 72); takes || known {
		t.Fatalf("TakesBuilderBlocks(72) = %v, %v with relay a down; want unknown", takes, known)
	}
	down.set(http.StatusOK, duty(64, feeB, 1))
	if takes, known := p.TakesBuilderBlocks(ctx, 72); takes || !known || down.hits.Load() != 4 {
		t.Fatalf("after recovery: TakesBuilderBlocks = %v, %v after %d fetches, want a known no and the failure not cached", takes, known, down.hits.Load())
	}
	if got := p.Lookup(ctx, 72); got.Status != ProposerNotRegistered || down.hits.Load() != 4 {
		t.Fatalf("again in the epoch: %s after %d fetches, want the recovered list cached", got.Status, down.hits.Load())
	}

	bad := &fakeRelay{srv: httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, 200, `[{"slot":"64","validator_index":"1","entry":{"message":{}}}]`)
	}))}
	t.Cleanup(bad.srv.Close)
	if got := newProposers(t, bad).Lookup(ctx, 64); got.Status != ProposerUnknown || !errors.Is(got.Errors["a"], ErrBadResponse) {
		t.Fatalf("malformed list: %s %v", got.Status, got.Errors)
	}
}

func TestDecodeValidatorsNamesTheField(t *testing.T) {
	good, _ := json.Marshal([]ProposerDuty{duty(64, feeA, 1)})
	if d, err := DecodeValidators(good); err != nil || !reflect.DeepEqual(d, []ProposerDuty{duty(64, feeA, 1)}) {
		t.Fatalf("round trip: %v %+v", err, d)
	}
	edit := func(from, to string) string { return strings.Replace(string(good), from, to, 1) }
	cases := []struct{ body, field string }{
		{`{}`, "$"},
		{edit(`"slot":"64"`, `"slot":64`), "$"},
		{edit(`"slot":"64"`, `"slot":"0x40"`), "[0].slot"},
		{edit(`"validator_index":"640"`, `"validator_index":"-1"`), "[0].validator_index"},
		{edit(`"gas_limit":"36000000"`, `"gas_limit":"036000000"`), "[0].entry.message.gas_limit"},
		{edit(common.HexToAddress(feeA).Hex(), `0x12`), "[0].entry.message.fee_recipient"},
		{edit(`"timestamp":"1",`, ``), "[0].entry.message.timestamp"},
		{`[` + string(good[1:len(good)-1]) + `,` + string(good[1:]), "[1].slot"},
	}
	for _, tc := range cases {
		_, err := DecodeValidators([]byte(tc.body))
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != tc.field || !errors.Is(err, ErrBadResponse) {
			t.Errorf("%s\n→ %v, want a bad response naming %s", tc.body, err, tc.field)
		}
	}
}

func TestProposersConfigCheck(t *testing.T) {
	err := ProposersConfig{Relays: []Relay{{Name: "a", URL: "x"}, {Name: "a", URL: "https://r"}}}.Check()
	for _, want := range []string{"slots_per_epoch", "timeout", "relays[0]: ", "relays[1].name"} {
		if !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), want) {
			t.Errorf("Check() = %v, want it to name %q", err, want)
		}
	}
	good := ProposersConfig{Relays: []Relay{{Name: "a", URL: "https://r"}}, SlotsPerEpoch: 32, Timeout: time.Second}
	if _, err := NewProposers(good, ProposersDeps{}); !errors.Is(err, ErrNilDuties) {
		t.Errorf("NewProposers without duties: %v, want ErrNilDuties", err)
	}
}
