// Package gethnodetest starts in-process go-ethereum nodes for tests.
package gethnodetest

import (
	"context"
	"testing"
	"time"

	"github.com/syncboost/syncboost/devnet/gethnode"
)

// Start runs a node with cfg for the test and stops it at cleanup.
func Start(t testing.TB, cfg gethnode.Config) *gethnode.Node {
	t.Helper()
	n, err := gethnode.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := n.Stop(ctx); err != nil {
			t.Error(err)
		}
	})
	return n
}
