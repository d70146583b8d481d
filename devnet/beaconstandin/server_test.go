package beaconstandin

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/spec/electra"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func newServer(t *testing.T) *Server {
	t.Helper()
	s, err := New(Config{GenesisTime: time.Unix(1_700_000_000, 0), SlotDuration: 3 * time.Second, SlotsPerEpoch: 6})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

func get(t *testing.T, url string) (int, http.Header, []byte) {
	t.Helper()
	code, hdr, body, err := fetch(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	return code, hdr, body
}

func fetch(ctx context.Context, url string) (int, http.Header, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, nil, nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, body, err
}

// The block endpoint answers in the spec's JSON shape: go-eth2-client's own Electra type
// decodes it.
func TestBlockInTheSpecShape(t *testing.T) {
	s := newServer(t)
	h := &types.Header{ParentHash: common.Hash{1}, Number: big.NewInt(183), GasLimit: 36_000_000, Time: 1_700_000_603,
		BaseFee: big.NewInt(7), Difficulty: new(big.Int), Extra: []byte("x")}
	root := common.Hash{0xf0}
	s.SetHead(201, root)
	s.SetBlock(root, Block{Slot: 201, ProposerIndex: 57, ParentRoot: common.Hash{0x56}, Payload: PayloadOf(h)})
	for _, id := range []string{"head", root.Hex(), "201"} {
		code, hdr, body := get(t, s.URL()+"/eth/v2/beacon/blocks/"+id)
		if code != http.StatusOK || hdr.Get("Eth-Consensus-Version") != "electra" {
			t.Fatalf("%s: %d %v", id, code, hdr)
		}
		var resp struct {
			Version string          `json:"version"`
			Data    json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal(body, &resp); err != nil {
			t.Fatal(err)
		}
		var b electra.SignedBeaconBlock
		if err := json.Unmarshal(resp.Data, &b); err != nil {
			t.Fatalf("%s: go-eth2-client refuses the block: %v", id, err)
		}
		p := b.Message.Body.ExecutionPayload
		if b.Message.Slot != 201 || common.Hash(p.BlockHash) != h.Hash() || p.BlockNumber != 183 || common.Hash(p.ParentHash) != h.ParentHash {
			t.Fatalf("%s: %+v", id, b.Message)
		}
	}
	if code, _, _ := get(t, s.URL()+"/eth/v2/beacon/blocks/"+common.Hash{9}.Hex()); code != http.StatusNotFound {
		t.Fatalf("unknown block: %d", code)
	}
}

func TestFreezeHoldsRequestsUntilThaw(t *testing.T) {
	s := newServer(t)
	s.Freeze()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	done := make(chan int, 1)
	go func() {
		code, _, _, err := fetch(ctx, s.URL()+"/eth/v1/node/syncing")
		if err != nil {
			code = -1
		}
		done <- code
	}()
	if err := s.WaitRequests(ctx, "/eth/v1/node/syncing", 1); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-done:
		t.Fatalf("a frozen node answered %d", code)
	default:
	}
	s.Thaw()
	if code := <-done; code != http.StatusOK {
		t.Fatalf("after thawing: %d", code)
	}
}

const recording = `05:19:45.365 event=payload_attributes data={"version":"electra","data":{"proposer_index":"26","proposal_slot":"7","parent_block_number":"7","parent_block_root":"0x93e6af9e175e60aefe372c98b4e7bd60f991632a745386ba6c30bc4ded5838bd","parent_block_hash":"0xeb7e5e60fcba59b545b8aa736e36487f3bebf9e24370744c15ec9e7d351f9da1","payload_attributes":{"timestamp":"1796188785"}}}
05:19:45.366 event=head data={"slot":"7","block":"0x93e6af9e175e60aefe372c98b4e7bd60f991632a745386ba6c30bc4ded5838bd","current_duty_dependent_root":"0x5ed4ebe17865a36f6430a2ac28f11ffc9a43ec403a958891dc1805675fac90fb"}
00:00:01.000 event=head data={"slot":"8","block":"0x0b7298de508d319e97d705260549e686f4fc7766b6cbe257ff6f0ef5d2f6787b"}
`

func TestRecordingAppliesWhatANodeServes(t *testing.T) {
	evs, err := ReadRecording(strings.NewReader(recording), time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 3 || evs[0].Topic != "payload_attributes" || evs[1].At.Format(time.RFC3339Nano) != "2026-12-02T05:19:45.366Z" ||
		evs[2].At.Format(time.RFC3339) != "2026-12-03T00:00:01Z" {
		t.Fatalf("%+v", evs)
	}
	s := newServer(t)
	for _, ev := range evs[:2] {
		if err := s.Apply(ev); err != nil {
			t.Fatal(err)
		}
	}
	code, _, body := get(t, s.URL()+"/eth/v2/beacon/blocks/head")
	if code != http.StatusOK || !strings.Contains(string(body), `"block_hash":"0xeb7e5e60fcba59b545b8aa736e36487f3bebf9e24370744c15ec9e7d351f9da1"`) ||
		!strings.Contains(string(body), `"slot":"7"`) {
		t.Fatalf("%d %s", code, body)
	}
	code, _, body = get(t, s.URL()+"/eth/v1/validator/duties/proposer/1")
	if code != http.StatusOK || !strings.Contains(string(body), "0x5ed4ebe17865a36f6430a2ac28f11ffc9a43ec403a958891dc1805675fac90fb") {
		t.Fatalf("duties: %d %s", code, body)
	}
	for _, bad := range []string{"05:19:45 event=head data={}", "05:19:45.365 event=head data={", "noon event=head data={}"} {
		if _, err := ReadRecording(strings.NewReader(bad), time.Now()); err == nil {
			t.Errorf("%q read", bad)
		}
	}
}
