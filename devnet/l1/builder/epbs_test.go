package builder_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1/builder"
)

// Under ePBS the next block may build on the head's parent (the head's payload left out), so a
// bundle for the head's own number is on time; one for an older number is late either way, and
// without ePBS the head's number is late too.
func TestEPBSBuilderTakesBundlesForTheEmptyParent(t *testing.T) {
	r := newRig(t, builder.DefaultServerConfig())
	r.build()
	r.build() // head is block 2
	cfg := builder.DefaultConfig(feeRecipient, slot)
	cfg.EPBS = true
	epbs, err := builder.New(cfg, r.node.BlockChain(), r.node.Backend().TxPool(), zerolog.Nop(), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	signer := gethnode.TestAddress(5)
	for _, tc := range []struct {
		name   string
		b      *builder.Builder
		number uint64
		late   bool
	}{
		{"ePBS, the EMPTY parent's successor (the head's number)", epbs, 2, false},
		{"ePBS, the FULL parent's successor", epbs, 3, false},
		{"ePBS, older than the EMPTY parent's successor", epbs, 1, true},
		{"MEV-Boost, the head's number", r.b, 2, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ab := r.bundleOf(tc.name, r.tx(1, 0, common.Address{0x51}, 1, 1))
			ab.BlockNumber = tc.number
			_, err := tc.b.SendBundle(signer, ab)
			if late := errors.Is(err, builder.ErrTooLate); late != tc.late {
				t.Fatalf("blockNumber %d on head 2: %v, want late %v", tc.number, err, tc.late)
			}
		})
	}
}
