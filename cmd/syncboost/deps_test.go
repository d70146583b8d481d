package main

import (
	"context"
	"errors"
	"os/exec"
	"path"
	"strings"
	"testing"
	"time"
)

// linkAllowed are packages the rules below would refuse but that the
// sidecar cannot avoid: go-ethereum's rpc package (behind ethclient) imports
// this leaf utility, which pulls in no networking stack.
var linkAllowed = map[string]bool{
	"github.com/ethereum/go-ethereum/p2p/netutil": true,
}

// notLinked says why the operator binary must not link pkg ("" if it may).
// std marks standard-library packages.
func notLinked(pkg string, std bool) string {
	const geth, ours = "github.com/ethereum/go-ethereum/", "github.com/syncboost/syncboost/"
	under := func(prefix string) bool { return pkg == prefix || strings.HasPrefix(pkg, prefix+"/") }
	switch {
	case linkAllowed[pkg]:
		return ""
	case under(geth + "node"), under(geth + "p2p"), under(geth + "eth"):
		return "a go-ethereum full node part (the devnet's)"
	case under(ours + "devnet"):
		return "the devnet"
	case !strings.Contains(path.Base(pkg), "test"):
		return ""
	case !strings.HasPrefix(pkg, ours) && (std && strings.HasPrefix(pkg, "internal/") || strings.Contains(pkg, "/internal/")):
		// Another module's internal package is its own business (os imports internal/testlog).
		return ""
	}
	return "a test helper"
}

func TestNotLinkedRules(t *testing.T) {
	tests := []struct {
		pkg     string
		std     bool
		refused bool
	}{
		{"github.com/ethereum/go-ethereum/node", false, true},
		{"github.com/ethereum/go-ethereum/p2p", false, true},
		{"github.com/ethereum/go-ethereum/p2p/enode", false, true},
		{"github.com/ethereum/go-ethereum/p2p/netutil", false, false},
		{"github.com/ethereum/go-ethereum/eth", false, true},
		{"github.com/ethereum/go-ethereum/eth/catalyst", false, true},
		{"github.com/ethereum/go-ethereum/ethclient", false, false},
		{"github.com/ethereum/go-ethereum/ethdb", false, false},
		{"github.com/syncboost/syncboost/devnet", false, true},
		{"github.com/syncboost/syncboost/devnet/beaconstandin", false, true},
		{"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest", false, true},
		{"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest", false, true},
		{"github.com/syncboost/syncboost/sidecar/internal/beacon", false, false},
		{"net/http/httptest", true, true},
		{"testing", true, true},
		{"internal/testlog", true, false},
		{"github.com/cockroachdb/pebble/internal/testkeys", false, false},
	}
	for _, tt := range tests {
		if got := notLinked(tt.pkg, tt.std) != ""; got != tt.refused {
			t.Errorf("%s: refused = %v, want %v", tt.pkg, got, tt.refused)
		}
	}
}

// TestOperatorBinaryLinksNoDevnet keeps the devnet, full-node parts and test
// helpers out of syncboost: they belong to syncboost-devnet and the tests.
func TestOperatorBinaryLinksNoDevnet(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command to list the dependencies: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, goBin, "list", "-deps", "-f", "{{.ImportPath}} {{.Standard}}", ".").Output()
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			t.Fatalf("go list -deps: %v\n%s", err, exit.Stderr)
		}
		t.Fatalf("go list -deps: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	for _, line := range lines {
		pkg, std, _ := strings.Cut(line, " ")
		if why := notLinked(pkg, std == "true"); why != "" {
			t.Errorf("syncboost links %s: %s", pkg, why)
		}
	}
	t.Logf("syncboost links %d packages", len(lines))
}
