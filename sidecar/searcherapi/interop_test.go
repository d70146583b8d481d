package searcherapi

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// requireInterop turns a missing Node or missing node_modules into a failure (CI sets it
// after `npm ci`); without it the test is skipped where the client is not installed.
var requireInterop = flag.Bool("interop", false, "fail instead of skipping when the ethers interop client is not installed")

// TestInteropEthers runs test/interop/interop.mjs, a client built on ethers that signs the way
// Flashbots' client does, against a real server, and checks the bundle it reports is pooled
// under its signer.
func TestInteropEthers(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "test", "interop"))
	if err != nil {
		t.Fatal(err)
	}
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(dir, "node_modules", "ethers"))
	}
	if err != nil {
		if *requireInterop {
			t.Fatalf("interop client not installed (run npm ci in %s): %v", dir, err)
		}
		t.Skipf("interop client not installed (npm ci in %s): %v", dir, err)
	}
	h := newHarness(t, nil)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "interop.mjs", h.url+"/", strconv.Itoa(l1Chain), strconv.Itoa(l2Chain))
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("interop client failed: %v\n%s", err, out)
	}
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
