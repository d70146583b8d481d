package searcherapi

import (
	"context"
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/test/interop"
)

// TestInteropEthers runs test/interop/interop.mjs, a client built on ethers that signs the way
// Flashbots' client does, against a real server, and checks the bundle it reports is pooled
// under its signer.
func TestInteropEthers(t *testing.T) {
	client := interop.Need(t)
	h := newHarness(t, nil)
	h.clock.AdvanceTo(time.Now()) // the client stamps signedAt from its own clock
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out := client.Run(t, ctx, "interop.mjs", h.url+"/", strconv.Itoa(l1Chain), strconv.Itoa(l2Chain))
	var got struct {
		Signer     common.Address `json:"signer"`
		BundleHash common.Hash    `json:"bundleHash"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("client output %q: %v", out, err)
	}
	e, err := h.pool.Get(ctx, got.BundleHash)
	if err != nil {
		t.Fatalf("bundle the client saw accepted is not pooled: %v", err)
	}
	if e.Identity != got.Signer || len(e.Bundle.Pre) != 1 || len(e.Bundle.L2) != 2 {
		t.Fatalf("pooled %s for %s (%d pre, %d L2), want signer %s", e.Hash, e.Identity, len(e.Bundle.Pre), len(e.Bundle.L2), got.Signer)
	}
}
