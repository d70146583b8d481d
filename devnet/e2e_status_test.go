package devnet

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/syncboost/syncboost/bundle"
)

// chromiumTimeout bounds one headless page load: Chromium's start is slow on a small machine.
const chromiumTimeout = 90 * time.Second

// chromium returns the path of Debian's chromium; without it the test is skipped, unless
// SYNCBOOST_REQUIRE_CHROMIUM=1 (CI installs the package) makes it fail.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("SYNCBOOST_REQUIRE_CHROMIUM") == "1" {
		t.Fatal("chromium not installed (scripts/chromium.sh install)")
	}
	t.Skip("chromium not installed (scripts/chromium.sh install)")
	return ""
}

// dumpDOM loads url in headless Chromium and returns the DOM it rendered.
func dumpDOM(t *testing.T, bin, url string) *html.Node {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), chromiumTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--no-first-run", "--user-data-dir="+t.TempDir(), "--dump-dom", url)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatalf("chromium --dump-dom %s: %v (ctx %v); stderr:\n%s", url, err, ctx.Err(), stderr.String())
	}
	doc, err := html.Parse(strings.NewReader(string(out)))
	if err != nil {
		t.Fatalf("parsing the DOM Chromium dumped: %v", err)
	}
	return doc
}

// slotRows are the status page's slot rows by slot number: the data-outcome attribute, the
// outcome cell's text and the reason cell's.
func slotRows(doc *html.Node) map[string][3]string {
	rows := map[string][3]string{}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Data != "tr" || domAttr(n, "class") != "slot" {
			continue
		}
		row := [3]string{domAttr(n, "data-outcome")}
		for td := range n.Descendants() {
			switch class := domAttr(td, "class"); {
			case td.Type != html.ElementNode || td.Data != "td" || td.FirstChild == nil:
			case strings.HasPrefix(class, "outcome"):
				row[1] = td.FirstChild.Data
			case class == "reason":
				row[2] = td.FirstChild.Data
			}
		}
		rows[domAttr(n, "data-slot")] = row
	}
	return rows
}

func domAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// The sidecar's status page, loaded in a real browser during a devnet run, has a row for each
// slot that landed, with the outcome "landed", every other settled slot under its outcome, and
// a slot whose message came late as skipped with the reason "late".
func TestE2EStatusPageInChromium(t *testing.T) {
	const slots = 5
	bin := chromium(t)
	d := startDevnet(t, func(c *Config) { c.FailEvery = 0 })
	first := d.L1.LastSlot() + 3
	late := first + 2
	sc := d.L1.Slots()
	d.Seq.DelayRelease(late, sc.Bps(d.cfg.ReleaseLeadBps)-sc.Bps(sidecarLeadBps+sidecarBuildBps)/2)
	outcomes := map[string]bundle.OutcomeKind{}
	for s := first; s < first+slots; s++ {
		if f, sent := settledOrUnsent(t, d, s); sent {
			outcomes[strconv.FormatUint(s, 10)] = lastOutcome(f).Kind
		}
	}
	if why, ok := d.Sidecar.SkipReason(late); !ok || why != bundle.SkipLate {
		t.Fatalf("slot %d skip reason %q (recorded %v), want %q", late, why, ok, bundle.SkipLate)
	}
	landed := 0
	for _, k := range outcomes {
		if k == bundle.OutcomeLanded {
			landed++
		}
	}
	if landed == 0 {
		t.Fatalf("no slot of %d..%d landed (%v): nothing for the page to show", first, first+slots-1, outcomes)
	}
	rows := slotRows(dumpDOM(t, bin, d.Sidecar.Metrics.URL()+"/status"))
	if row := rows[strconv.FormatUint(late, 10)]; row != [3]string{"skipped", "skipped", bundle.SkipLate} {
		t.Errorf("late slot %d: row %q, want skipped / %s", late, row, bundle.SkipLate)
	}
	for slot, kind := range outcomes {
		row, ok := rows[slot]
		if !ok {
			t.Errorf("slot %s (%s at the sequencer): no row on the status page; rows %v", slot, kind, rows)
			continue
		}
		if row[0] != string(kind) || row[1] != string(kind) || kind == bundle.OutcomeLanded && row[2] != "" {
			t.Errorf("slot %s: row says %q / %q, the sequencer was told %q", slot, row[0], row[1], kind)
		}
	}
	t.Logf("%d of %d slots landed; the page shows %d slot rows", landed, slots, len(rows))
}
