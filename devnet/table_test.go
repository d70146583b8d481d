package devnet

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/feed"
)

// The table names who delivered each slot's block, flags relays that disagree, and shows the
// L1-only node's agreement.
func TestTableDeliveredBy(t *testing.T) {
	d := func(relay string, key byte) bundle.Delivery {
		return bundle.Delivery{Relay: relay, BuilderPubkey: bundle.BLSPubkey{key, 0xcd}, BlockHash: common.Hash{1}, Value: (*hexutil.Big)(big.NewInt(1))}
	}
	if got := deliveredBy(feed.Outcome{DeliveredBy: []bundle.Delivery{d("devnet-relay", 0xab)}}); got != "devnet-relay 0xabcd0000" {
		t.Errorf("one relay: %q", got)
	}
	o := feed.Outcome{DeliveredBy: []bundle.Delivery{d("a", 1), d("b", 2)}, DeliveryDisagreement: true}
	if got := deliveredBy(o); got != "a 0x01cd0000, b 0x02cd0000 (disagree)" {
		t.Errorf("disagreeing relays: %q", got)
	}
	var out strings.Builder
	tb := newTable(&out, nil)
	tb.row(Row{Slot: 7, ArrivalMs: 500, DeadTimeMs: 6, Bundles: 2, Outcome: "landed", DeliveredBy: "devnet-relay 0xabcd0000", L1Only: "ok 41"})
	tb.row(Row{Slot: 8, ArrivalMs: -1, DeadTimeMs: -1, Outcome: "nothing_sent"})
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "delivered by") || !strings.Contains(lines[0], "l1-only") ||
		!strings.Contains(lines[1], "devnet-relay 0xabcd0000") || !strings.Contains(lines[1], "ok 41") || !strings.Contains(lines[2], " - ") {
		t.Errorf("table:\n%s", out.String())
	}
}
