package devnet

import (
	"context"
	"crypto/ecdsa"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/searcher"
)

// The sidecar, run as `syncboost run` in a child process on the config the devnet wrote, is
// killed with SIGKILL right after acknowledging bundles and restarted on the same data
// directory: every acknowledged bundle is back, with the status it had, and slots land again.
func TestE2ESidecarSIGKILLRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end devnet test")
	}
	bin := buildSyncboost(t)
	d := startDevnet(t, func(c *Config) { c.FailEvery, c.ExternalSidecar = 0, true })
	sc := startChildSidecar(t, bin, d.SidecarConfigPath())
	if err := d.UseSearcherAPI(sc.URL); err != nil {
		t.Fatal(err)
	}
	attached := d.L1.LastSlot()
	landed := attached + 3
	if got := outcome(t, d, landed); got != "landed" {
		t.Fatalf("slot %d outcome %q before the kill, want landed", landed, got)
	}

	// More bundles, for slots far enough ahead that they stay pooled, from other searchers'
	// keys under the demo searcher's identity; the child dies right after the last reply.
	identity := gethnode.TestKey(keySearcherID)
	far := d.L1.LastSlot() + 20
	acked := sendAhead(t, d, sc.URL, identity, far)
	sc.Kill()
	killed := d.L1.LastSlot()
	landedHash := demoSent(t, d, landed)
	for slot := attached; slot <= killed+2; slot++ { // every demo bundle the child acknowledged
		if s, ok := d.SearcherSent(slot); ok && s.Good != (common.Hash{}) {
			acked = append(acked, s.Good)
		}
	}

	sc = startChildSidecar(t, bin, d.SidecarConfigPath())
	if err := d.UseSearcherAPI(sc.URL); err != nil {
		t.Fatal(err)
	}
	restarted := d.L1.LastSlot()
	for _, h := range acked {
		st, err := apiBundleStatus(sc.URL, identity, h)
		if err != nil {
			t.Errorf("acknowledged bundle %s after the restart: %v", h, err)
			continue
		}
		if h == landedHash && st != bundle.StatusLanded {
			t.Errorf("bundle %s of slot %d is %s after the restart, want %s", h, landed, st, bundle.StatusLanded)
		}
	}
	for i, h := range acked[:3] {
		if st, _ := apiBundleStatus(sc.URL, identity, h); st != bundle.StatusReceived {
			t.Errorf("bundle %s for slot %d is %s after the restart, want %s", h, far+uint64(i), st, bundle.StatusReceived)
		}
	}
	t.Logf("killed in slot %d, listening again in slot %d; %d acknowledged bundles checked", killed, restarted, len(acked))
	if got := outcome(t, d, restarted+2); got != "landed" {
		t.Fatalf("slot %d after the restart (killed in %d, restarted in %d): outcome %q, want landed", restarted+2, killed, restarted, got)
	}
}

// sendAhead sends three demo bundles to the searcher API at url, for slots far, far+1 and
// far+2, from other searchers' keys under identity, and returns their hashes.
func sendAhead(t *testing.T, d *Devnet, url string, identity *ecdsa.PrivateKey, far uint64) []common.Hash {
	t.Helper()
	var acked []common.Hash
	for i := range 3 {
		cfg := d.SearcherConfig(url)
		cfg.Key, cfg.Identity, cfg.FailEvery = gethnode.TestKey(keyUser+1+i), identity, 0
		s, err := searcher.New(cfg, d.L1Client(), d.L2Client())
		if err != nil {
			t.Fatal(err)
		}
		sent, err := s.SendForSlot(context.Background(), far+uint64(i))
		if err != nil {
			t.Fatalf("send for slot %d: %v", far+uint64(i), err)
		}
		acked = append(acked, sent.Good)
	}
	return acked
}

// demoSent is the hash of the demo bundle acknowledged for slot.
func demoSent(t *testing.T, d *Devnet, slot uint64) common.Hash {
	t.Helper()
	s, ok := d.SearcherSent(slot)
	if !ok || s.Good == (common.Hash{}) {
		t.Fatalf("no demo bundle acknowledged for slot %d", slot)
	}
	return s.Good
}

// buildSyncboost builds the syncboost command into a temporary directory.
func buildSyncboost(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command to build syncboost: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "syncboost")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, goBin, "build", "-o", bin, "github.com/syncboost/syncboost/cmd/syncboost").CombinedOutput()
	if err != nil {
		t.Fatalf("go build syncboost: %v\n%s", err, out)
	}
	return bin
}

// startChildSidecar runs `syncboost run --config path` until the test ends.
func startChildSidecar(t *testing.T, bin, path string) *Replica {
	t.Helper()
	r, err := startReplica(context.Background(), bin, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.Kill)
	return r
}

// apiBundleStatus asks the searcher API at url for a bundle's status, as identity.
func apiBundleStatus(url string, identity *ecdsa.PrivateKey, hash common.Hash) (bundle.Status, error) {
	var r struct {
		Status bundle.Status `json:"status"`
	}
	err := searcherCall(url, identity, bundle.MethodGetBundleStatus, hash, &r)
	return r.Status, err
}
