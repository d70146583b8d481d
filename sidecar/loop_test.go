package sidecar

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/feed"
	"github.com/syncboost/syncboost/sidecar/lifecycle"
	"github.com/syncboost/syncboost/sidecar/obs"
)

type noHead struct{}

func (noHead) BuildTarget() (uint64, []common.Hash, error) { return 0, nil, nil }

// A sidecar whose sequencer feed is dead answers /readyz with 503 and says why, through the
// slot loop's own supervisor.
func TestReadyzNamesADeadFeed(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	dead := "http://" + ln.Addr().String()
	must(t, ln.Close())
	slots, err := clock.NewSlotClock(time.Now(), 12*time.Second)
	must(t, err)
	cfg := feed.DefaultClientConfig(dead, feed.ValidatorConfig{L2ChainID: 1, Domain: bundle.Domain{ChainID: 1, VerifyingContract: common.Address{1}},
		Authority: bundle.Authority{Sequencer: common.Address{2}}})
	fc, err := feed.NewClient(cfg, noHead{}, slots, clock.Real{}, zerolog.Nop(), prometheus.NewRegistry())
	must(t, err)
	loop := &slotLoop{build: func() (*loopParts, error) {
		sup := lifecycle.NewSupervisor(zerolog.Nop())
		return &loopParts{sup: sup}, sup.Add("feed-client", fc)
	}}
	top := lifecycle.NewSupervisor(zerolog.Nop())
	must(t, top.Add("slot-loop", loop))
	metrics, err := obs.NewServer("127.0.0.1:0", prometheus.NewRegistry(), top.Ready, zerolog.Nop())
	must(t, err)
	must(t, top.Add("metrics", metrics))
	ctx := context.Background()
	must(t, top.Start(ctx))
	t.Cleanup(func() { must(t, top.Stop(ctx)) })

	resp, err := http.Get(metrics.URL() + "/readyz")
	must(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), "slot-loop") ||
		!strings.Contains(string(body), "feed-client") {
		t.Fatalf("/readyz %d %q, want 503 naming the slot loop's feed client", resp.StatusCode, body)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
