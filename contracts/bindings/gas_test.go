package bindings_test

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

// payloadPerBundle is the L2 transaction bytes each bundle adds to the based block.
const payloadPerBundle = 200

// TestGasTable measures one submitBased carrying n demo bundles (each its own CallBundle: a lock
// pre-call, a release post-call reading the in-transaction proven root, and one assertion, the
// calls signing the bundle's id) on a proven based block,
// and logs the table docs/performance.md records ("Gas: one transaction vs four"):
//
//	go test -count=1 -run TestGasTable -v ./contracts/bindings/
//
// A first, unmeasured submission warms the inbox's and the demo's storage, as on a live chain;
// every searcher account is a fresh EIP-7702 delegated EOA, so each bundle pays its account's
// first nonce write.
func TestGasTable(t *testing.T) {
	f := newFixture(t)
	counts := []int{1, 1, 10, 50} // the first is the warm-up
	keys := f.newAccounts(62)
	rng := rand.New(rand.NewPCG(1, 2))
	var table strings.Builder
	table.WriteString("| bundles | submitBased gas | per bundle |\n|---:|---:|---:|\n")
	for i, n := range counts {
		slot := uint64(i + 1)
		g := f.measureSubmission(slot, keys[:n], incompressible(rng, n*payloadPerBundle))
		keys = keys[n:]
		if i == 0 {
			continue
		}
		fmt.Fprintf(&table, "| %d | %d | %d |\n", n, g, g/uint64(n))
		if g >= l1sim.TxGasCap {
			t.Errorf("%d bundles: %d gas, cap %d", n, g, l1sim.TxGasCap)
		}
	}
	t.Logf("gas of one atomic submission (Osaka rules):\n%s", table.String())
}

// measureSubmission lands one proven submission with a lock/release bundle per key, each signed
// for its own bundle id, and returns its gas.
func (f *fixture) measureSubmission(slot uint64, keys []*ecdsa.PrivateKey, payload []byte) uint64 {
	f.t.Helper()
	ts := f.enterSlot(slot)
	n := 100 * slot
	s := f.certified(slot, n, payload)
	f.prove(&s, f.sidecar, n+1, ts, f.forcedHead(), s.SlotEnding.L2StateRoot, l2Root(n+1, 0))
	for _, k := range keys {
		s.Bundles = append(s.Bundles, f.sealed(slot, f.lockRelease(k, slot, 0)))
	}
	tx := f.chain.Send(f.sidecar, l1sim.Tx{To: f.inbox, Data: f.ib.PackSubmitBased(normalised(s)), Gas: l1sim.TxGasCap})
	f.chain.Commit()
	f.mustSucceed(tx)
	return f.chain.Receipt(tx).GasUsed
}

func incompressible(rng *rand.Rand, size int) []byte {
	payload := make([]byte, size)
	for i := range payload {
		payload[i] = byte(rng.UintN(255) + 1)
	}
	return payload
}

// TestGasOfSubmitBased lands a call-less submission for each calldata size and assertion count,
// checks each stays under EIP-7825's per-transaction cap, and logs the table docs/performance.md
// records (go test -count=1 -run TestGasOfSubmitBased -v ./contracts/bindings/). The payload is
// incompressible, like a zstd-compressed transaction list. Slot 1 holds an unmeasured warm-up.
func TestGasOfSubmitBased(t *testing.T) {
	f := newFixture(t)
	f.landCertified(1, 10, nil)
	rng := rand.New(rand.NewPCG(1, 2))
	var table strings.Builder
	table.WriteString("| calldata | assertions | submitBased gas |\n|---:|---:|---:|\n")
	slot := uint64(1)
	for _, size := range []int{1 << 10, 32 << 10, 120 << 10} {
		payload := incompressible(rng, size)
		for _, n := range []int{0, 1, 10} {
			slot++
			f.enterSlot(slot)
			s := f.certified(slot, 100*slot, payload)
			var as []bindings.Assertion // one bundle of n assertions, no calls
			for range n {
				as = append(as, bindings.Assertion{Target: f.demo, Data: f.sd.PackPreActions(), Expect: word(common.Big0)})
			}
			if n > 0 {
				s.Bundles = []bindings.CallBundle{{Assertions: as}}
			}
			tx := f.chain.Send(f.sidecar, l1sim.Tx{To: f.inbox, Data: f.ib.PackSubmitBased(normalised(s)), Gas: l1sim.TxGasCap,
				Tip: big.NewInt(params.GWei)})
			f.chain.Commit()
			f.mustSucceed(tx)
			g := f.chain.Receipt(tx).GasUsed
			fmt.Fprintf(&table, "| %d kB | %d | %d |\n", size>>10, n, g)
			if g >= l1sim.TxGasCap {
				t.Errorf("%d kB, %d assertions: %d gas, cap %d", size>>10, n, g, l1sim.TxGasCap)
			}
		}
	}
	t.Logf("gas of a call-less submission (Osaka rules, EIP-7623 calldata floor):\n%s", table.String())
}
