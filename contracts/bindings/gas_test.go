package bindings_test

import (
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

// TestGasOfProposeAndConfirm lands propose + confirm for each calldata size and assertion count,
// checks every transaction stays under EIP-7825's per-transaction cap, and logs the table that
// docs/performance.md records (go test -run TestGasOfProposeAndConfirm -v ./contracts/bindings/).
// The payload is incompressible, like a zstd-compressed transaction list.
func TestGasOfProposeAndConfirm(t *testing.T) {
	f := newFixture(t)
	rng := rand.New(rand.NewPCG(1, 2))
	var table strings.Builder
	table.WriteString("| calldata | assertions | proposeBased gas | confirmBased gas | total |\n|---:|---:|---:|---:|---:|\n")
	slot := uint64(0)
	for _, size := range []int{1 << 10, 32 << 10, 120 << 10} {
		payload := make([]byte, size)
		for i := range payload {
			payload[i] = byte(rng.UintN(255) + 1)
		}
		for _, n := range []int{0, 1, 10} {
			slot++
			propose, confirm := f.measure(slot, payload, n)
			fmt.Fprintf(&table, "| %d kB | %d | %d | %d | %d |\n", size>>10, n, propose, confirm, propose+confirm)
			for _, g := range []uint64{propose, confirm} {
				if g >= l1sim.TxGasCap {
					t.Errorf("%d kB, %d assertions: %d gas, cap %d", size>>10, n, g, l1sim.TxGasCap)
				}
			}
		}
	}
	t.Logf("gas of the sidecar's two transactions (Osaka rules, EIP-7623 calldata floor):\n%s", table.String())
}

// measure lands one based block carrying payload, confirmed with n holding assertions, and
// returns the gas used by each of the two transactions.
func (f *fixture) measure(slot uint64, payload []byte, n int) (uint64, uint64) {
	f.t.Helper()
	ts := f.enterSlot(slot)
	m := f.slotEnding(slot, 100*slot)
	blk := calldataBlock(m.L2BlockHash, payload)
	c := f.commitmentFor(f.sidecar, blk, m.L2BlockNumber+1, ts, f.forcedHead())
	as := make([]bindings.Assertion, n)
	for i := range as {
		as[i] = bindings.Assertion{Target: f.demo, Data: f.sd.PackPreActions(), Expect: word(common.Big0)}
	}
	tip := big.NewInt(params.GWei)
	p := f.chain.Send(f.sidecar, l1sim.Tx{To: f.inbox, Data: f.ib.PackProposeBased(m, f.certify(m), blk), Gas: l1sim.TxGasCap, Tip: tip})
	k := f.chain.Send(f.sidecar, l1sim.Tx{To: f.inbox, Data: f.ib.PackConfirmBased(c, as), Gas: l1sim.TxGasCap, Tip: tip})
	f.chain.Commit()
	f.mustSucceed(p, k)
	return f.chain.Receipt(p).GasUsed, f.chain.Receipt(k).GasUsed
}
