package bundle

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

func TestDeliveriesDisagree(t *testing.T) {
	block := common.Hash{1}
	d := func(relay string, builder byte, h common.Hash, v int64) Delivery {
		return Delivery{Relay: relay, BuilderPubkey: BLSPubkey{builder}, BlockHash: h, Value: (*hexutil.Big)(big.NewInt(v))}
	}
	for _, tc := range []struct {
		name string
		ds   []Delivery
		want bool
	}{
		{"none", nil, false},
		{"one relay", []Delivery{d("a", 1, block, 5)}, false},
		{"two relays, the same block", []Delivery{d("a", 1, block, 5), d("b", 1, block, 5)}, false},
		{"another block than L1's", []Delivery{d("a", 1, common.Hash{2}, 5)}, true},
		{"two builders", []Delivery{d("a", 1, block, 5), d("b", 2, block, 5)}, true},
		{"two values", []Delivery{d("a", 1, block, 5), d("b", 1, block, 6)}, true},
		{"two blocks", []Delivery{d("a", 1, block, 5), d("b", 1, common.Hash{2}, 5)}, true},
	} {
		if got := DeliveriesDisagree(tc.ds, block); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
