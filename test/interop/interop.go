// Package interop runs, from Go tests, the Node clients in this directory: programs built on
// ethers and viem from npm that speak to syncboost the way searchers' own tools do, and the
// TypeScript searcher SDK's fixtures (sdk/ts).
package interop

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// required turns a missing Node or missing node_modules into a failure (CI sets it after
// `npm ci`); without it a test that needs the clients is skipped where they are not installed.
var required = flag.Bool("interop", false, "fail instead of skipping when the ethers interop client is not installed")

// Client is the Node interpreter and this directory, with its npm packages installed.
type Client struct {
	node string
	dir  string
}

// Need returns the client, or skips t (fails it under -interop) when Node or the npm packages
// are missing. Call it before starting anything expensive.
func Need(t testing.TB) Client {
	t.Helper()
	dir, err := dirFrom(".")
	return need(t, dir, err, "test/interop", "ethers", "viem", "@syncboost/searcher")
}

// NeedSDK is Need for the TypeScript SDK's own directory (sdk/ts, its packages installed), where
// its fixtures run.
func NeedSDK(t testing.TB) Client {
	t.Helper()
	dir, err := dirFrom(".")
	return need(t, filepath.Join(filepath.Dir(filepath.Dir(dir)), "sdk", "ts"), err, "sdk/ts", "viem")
}

func need(t testing.TB, dir string, err error, name string, pkgs ...string) Client {
	t.Helper()
	var node string
	if err == nil {
		node, err = exec.LookPath("node")
	}
	for _, pkg := range pkgs {
		if err == nil {
			_, err = os.Stat(filepath.Join(dir, "node_modules", pkg))
		}
	}
	if err != nil {
		if *required {
			t.Fatalf("interop client not installed (run npm ci in %s): %v", name, err)
		}
		t.Skipf("interop client not installed (npm ci in %s): %v", name, err)
	}
	return Client{node: node, dir: dir}
}

// dirFrom finds test/interop from a directory inside the module (a test runs in its
// package's directory).
func dirFrom(start string) (string, error) {
	d, err := filepath.Abs(start)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "test", "interop"), nil
		}
		up := filepath.Dir(d)
		if up == d {
			return "", os.ErrNotExist
		}
		d = up
	}
}

// Run runs script with args in the client's directory and returns its standard output; t
// fails with everything the script printed if it exits with an error.
func (c Client) Run(t testing.TB, ctx context.Context, script string, args ...string) []byte {
	t.Helper()
	cmd := exec.CommandContext(ctx, c.node, append([]string{script}, args...)...)
	cmd.Dir = c.dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("interop client %s failed: %v\n%s%s", script, err, out, stderr.Bytes())
	}
	return out
}
