package beaconstandin

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/attestantio/go-eth2-client/api"
	eth2http "github.com/attestantio/go-eth2-client/http"
	"github.com/attestantio/go-eth2-client/spec/phase0"
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
