package pullapi_test

import (
	"context"
	"log"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syncboost/syncboost/builderhook/pullapi"
	"github.com/syncboost/syncboost/clock"
)

// A builder follows the stream into a Mirror and reads bundles from it while building.
func ExampleClient_Stream() {
	var secret [32]byte // the shared secret, read from the builder's config
	client, err := pullapi.NewClient(pullapi.ClientConfig{
		URL:       "http://127.0.0.1:18560",
		Secret:    secret,
		Timeout:   2 * time.Second,
		Reconnect: clock.Backoff{Min: 50 * time.Millisecond, Max: 2 * time.Second, Jitter: 0.2},
	}, clock.Real{})
	if err != nil {
		log.Fatal(err)
	}
	mirror := pullapi.NewMirror()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- client.Stream(ctx, mirror.Apply) }()

	// In the block-filling loop: no request on the hot path.
	var (
		slot, number uint64
		parent, hash common.Hash
	)
	bundles, _ := mirror.Bundles(ctx, slot, parent)

	// After sealing:
	_ = client.ReportSealed(ctx, pullapi.SealedReport{Slot: slot, ParentHash: parent, BlockHash: hash,
		BlockNumber: number, Included: len(bundles) > 0})
	// The stream drops past slots without an event; so does the mirror.
	mirror.Forget(slot)
	cancel()
	<-done
}
