package beaconstandin

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/api"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec"
	"github.com/attestantio/go-eth2-client/spec/phase0"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
)

// A stand-in with Gloas scheduled names it in its spec and fork schedule, as go-eth2-client reads
// them; a pre-Gloas one lists only the genesis fork and refuses the Gloas topics.
func TestGloasIsScheduledOnlyWhenConfigured(t *testing.T) {
	epoch := uint64(5)
	gloasNode, err := New(Config{GenesisTime: time.Unix(1_700_000_000, 0), SlotDuration: 3 * time.Second,
		SlotsPerEpoch: 6, GloasForkEpoch: &epoch})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(gloasNode.Close)
	pre := newServer(t)

	forks := readForkSchedule(t, gloasNode.URL())
	if len(forks) != 2 || forks[1].CurrentVersion != phase0.Version(GloasForkVersion) || forks[1].Epoch != 5 {
		t.Fatalf("fork schedule %+v, want Gloas at epoch 5", forks)
	}
	if forks := readForkSchedule(t, pre.URL()); len(forks) != 1 || forks[0].Epoch != 0 {
		t.Fatalf("pre-Gloas fork schedule %+v, want the genesis fork only", forks)
	}
	var spec struct{ Data map[string]any }
	_, _, body := get(t, gloasNode.URL()+"/eth/v1/config/spec")
	if err := json.Unmarshal(body, &spec); err != nil || spec.Data["GLOAS_FORK_EPOCH"] != "5" {
		t.Fatalf("spec %s: %v", body, err)
	}
	if code, _, _ := get(t, pre.URL()+"/eth/v1/events?topics="+TopicHeadV2); code != http.StatusBadRequest {
		t.Fatalf("pre-Gloas node answered %d to a head_v2 subscription, want 400", code)
	}
}

func readForkSchedule(t *testing.T, url string) []*phase0.Fork {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	client, err := eth2http.New(ctx, eth2http.WithAddress(url), eth2http.WithLogLevel(zerolog.Disabled))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := client.(*eth2http.Service).ForkSchedule(ctx, &api.ForkScheduleOpts{})
	if err != nil {
		t.Fatal(err)
	}
	return resp.Data
}

// A Gloas block is served in the Gloas shape, as go-eth2-client decodes it: it carries the
// builder's bid and no execution payload, so a reader learns the block's execution block from
// the bid and the payload events, as on a Gloas chain.
func TestGloasBlockCarriesTheBidNotThePayload(t *testing.T) {
	s := newServer(t)
	root, parent := common.Hash{0x0b}, common.Hash{0x0a}
	bid := Bid{Slot: 9, ParentBlockHash: common.Hash{0xe0}, ParentBlockRoot: parent, BlockHash: common.Hash{0xe1}, GasLimit: 30_000_000}
	s.SetBlock(root, Block{Slot: 9, ParentRoot: parent, Payload: ExecutionPayload{BlockHash: common.Hash{0xe1}}, Bid: &bid})

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	client, err := eth2http.New(ctx, eth2http.WithAddress(s.URL()), eth2http.WithLogLevel(zerolog.Disabled),
		eth2http.WithEnforceJSON(true))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := client.(*eth2http.Service).SignedBeaconBlock(ctx, &api.SignedBeaconBlockOpts{Block: root.Hex()})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Data.Version != spec.DataVersionGloas || resp.Data.Gloas == nil {
		t.Fatalf("block version %s, want gloas", resp.Data.Version)
	}
	m := resp.Data.Gloas.Message
	got := m.Body.SignedExecutionPayloadBid.Message
	if m.Slot != 9 || common.Hash(m.ParentRoot) != parent || common.Hash(got.BlockHash) != bid.BlockHash ||
		common.Hash(got.ParentBlockHash) != bid.ParentBlockHash {
		t.Fatalf("block slot %d parent %x, bid %+v; want slot 9 and the bid's hashes", m.Slot, m.ParentRoot, got)
	}
	_, _, body := get(t, s.URL()+"/eth/v2/beacon/blocks/"+root.Hex())
	if strings.Contains(string(body), "execution_payload\"") {
		t.Fatalf("a Gloas block carries an execution payload: %s", body)
	}
}
