package derivation_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/derivation"
)

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// TestDeriverFollowsCalldataBatches: after every L1 block, the head derived from L1 alone is
// the source chain's block (hash and state root), and the inbox head's number.
func TestDeriverFollowsCalldataBatches(t *testing.T) {
	r := newRig(t, nil)
	r.step(r.src.BlockChain().Genesis()) // the deployment blocks carry no batch
	for _, n := range []int{3, 1, 4} {
		blocks, lists := r.sequence(n)
		b, _ := r.batch(blocks, lists, bundle.DataCalldata)
		r.submitBatch(b, nil)
		h := r.step(blocks[len(blocks)-1])
		if ih := r.inboxHead(); ih.Number != h.Number || common.Hash(ih.Id) != h.ID || common.Hash(ih.StateRoot) != h.StateRoot {
			t.Fatalf("inbox head %+v, derived %+v", ih, h)
		}
		r.l1.commit() // an empty L1 block changes nothing
		r.step(blocks[len(blocks)-1])
	}
	if err := r.d.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestDeriverReportsCertifiedHashMismatch: a batch whose certified lastHash is not the block
// its data rebuilds is reported with both hashes, and derivation goes on from the inbox's head.
func TestDeriverReportsCertifiedHashMismatch(t *testing.T) {
	r := newRig(t, nil)
	blocks, lists := r.sequence(2)
	b, _ := r.batch(blocks, lists, bundle.DataCalldata)
	lying := b.Header.LastHash
	lying[0] ^= 0xff
	b.Header.LastHash = lying
	r.sign(b)
	r.submitBatch(b, nil)
	r.step(blocks[1]) // the derived chain is what the data says
	faults := r.d.Faults()
	if len(faults) != 1 {
		t.Fatalf("faults %+v", faults)
	}
	f := faults[0]
	if f.Kind != derivation.FaultHash || f.Certified != lying || f.Derived != blocks[1].Hash() || f.L2Number != 2 {
		t.Fatalf("fault %+v", f)
	}
	if err := r.d.Err(); !errors.Is(err, derivation.ErrFault) {
		t.Fatalf("Err() = %v", err)
	}
	if got := testutil.ToFloat64(counter(t, r.reg, "derivation_faults_total")); got != 1 {
		t.Fatalf("faults metric %v", got)
	}
	// The next batch builds on the inbox's head (the certified hash): no further fault.
	more, lists := r.sequence(1)
	nb, _ := r.batch(more, lists, bundle.DataCalldata)
	r.submitBatch(nb, nil)
	r.step(more[0])
	if n := len(r.d.Faults()); n != 1 {
		t.Fatalf("%d faults after the next batch", n)
	}
}

// TestDeriverUndecodableBatchDerivesEmptyBlocks: data that is not a batch payload derives as
// the header's number of empty blocks, reported as a data fault.
func TestDeriverUndecodableBatchDerivesEmptyBlocks(t *testing.T) {
	r := newRig(t, nil)
	blocks, lists := r.sequence(2)
	b, _ := r.batch(blocks, lists, bundle.DataCalldata)
	b.Data = []byte("not a batch")
	b.Header.DataHash = crypto.Keccak256Hash(b.Data)
	r.sign(b)
	r.submitBatch(b, nil)
	if err := r.d.Step(r.ctx()); err != nil {
		t.Fatal(err)
	}
	h := r.d.Head()
	if h.Number != 2 || h.ID != blocks[1].Hash() {
		t.Fatalf("head %+v", h)
	}
	if blk := r.dst.BlockChain().GetBlockByNumber(2); blk == nil || len(blk.Transactions()) != 0 {
		t.Fatal("block 2 is not empty")
	}
	kinds := map[derivation.FaultKind]bool{}
	for _, f := range r.d.Faults() {
		kinds[f.Kind] = true
	}
	if !kinds[derivation.FaultData] || !kinds[derivation.FaultHash] {
		t.Fatalf("faults %+v", r.d.Faults())
	}
}

// TestDeriverRewindsOnL1Reorg: when the L1 block carrying a batch leaves the chain, the L2 node
// returns to the head derived after the common ancestor, and the new branch's batch derives.
func TestDeriverRewindsOnL1Reorg(t *testing.T) {
	r := newRig(t, nil)
	first, lists := r.sequence(2)
	b1, _ := r.batch(first, lists, bundle.DataCalldata)
	a1 := r.submitBatch(b1, nil)
	r.step(first[1])
	second, lists := r.sequence(2)
	b2, _ := r.batch(second, lists, bundle.DataCalldata)
	r.submitBatch(b2, nil)
	r.step(second[1])

	// L1 reorgs onto a sibling of the second batch's block that carries another transaction of
	// the sequencer's (the pool would otherwise put the batch back in).
	r.l1.fork(a1.Hash())
	displaced := r.l1.displace(r.sequencer)
	r.l1.commit()
	r.l1.mustSucceed(displaced)
	r.l1.commit() // the new branch is longer
	r.step(first[1])
	if got := testutil.ToFloat64(counter(t, r.reg, "derivation_l1_reorgs_total")); got != 1 {
		t.Fatalf("reorgs metric %v", got)
	}
	// On the new branch the sequencer's next batch is another block 3.
	r.headID = first[1].Hash()
	r.l2nonce = 1
	alt := r.build(first[1].Header(), addr(r.sequencer), []*types.Transaction{r.transfer(), r.transfer()})
	b3, _ := r.batch([]*types.Block{alt}, [][][]byte{rawTxs(alt)}, bundle.DataCalldata)
	r.submitBatch(b3, nil)
	r.step(alt)
	if err := r.d.Err(); err != nil {
		t.Fatal(err)
	}
}

func counter(t *testing.T, reg *prometheus.Registry, name string) prometheus.Collector {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			sum += m.GetCounter().GetValue()
		}
	}
	c := prometheus.NewCounter(prometheus.CounterOpts{Name: "sum"})
	c.Add(sum)
	return c
}

// TestDeriverReorgOntoTheSameBatch: when the L1 block of a batch is replaced by a sibling that
// carries the same batch (the pool puts it back), the rewound chain derives to the same blocks.
func TestDeriverReorgOntoTheSameBatch(t *testing.T) {
	r := newRig(t, nil)
	first, lists := r.sequence(2)
	b1, _ := r.batch(first, lists, bundle.DataCalldata)
	a1 := r.submitBatch(b1, nil)
	r.step(first[1])
	second, lists := r.sequence(2)
	b2, _ := r.batch(second, lists, bundle.DataCalldata)
	a2 := r.submitBatch(b2, nil)
	r.step(second[1])
	r.l1.fork(a1.Hash())
	r.l1.send(r.deployer, &r.inbox, nil, nil) // a different sibling, however the pool orders
	r.l1.awaitPending(b2TxHash(t, r, a2))
	if h := r.l1.commit(); h.Hash() == a2.Hash() {
		t.Fatal("the sibling is the same block")
	}
	r.step(second[1])
	if got := testutil.ToFloat64(counter(t, r.reg, "derivation_l1_reorgs_total")); got != 1 {
		t.Fatalf("reorgs metric %v", got)
	}
}

// b2TxHash is the hash of the one transaction of block h, which the pool takes back on a fork.
func b2TxHash(t *testing.T, r *rig, h *types.Header) common.Hash {
	t.Helper()
	blk, err := r.l1.client.BlockByHash(r.ctx(), h.Hash())
	if err != nil || len(blk.Transactions()) != 1 {
		t.Fatalf("block %s: %v", h.Hash(), err)
	}
	return blk.Transactions()[0].Hash()
}

// TestDeriverStopsOnReorgDeeperThanRemembered: a reorg below the oldest L1 block remembered
// cannot be rewound safely; derivation stops with ErrReorgTooDeep rather than guess.
func TestDeriverStopsOnReorgDeeperThanRemembered(t *testing.T) {
	r := newRig(t, nil)
	cfg := derivation.DefaultConfig()
	cfg.Inbox, cfg.Sequencer, cfg.MaxReorgDepth = r.inbox, addr(r.sequencer), 2
	d, err := derivation.New(cfg, derivation.Deps{L1: r.l1.client, L2: r.dst, Clock: clock.Real{}, Registry: prometheus.NewRegistry()})
	if err != nil {
		t.Fatal(err)
	}
	base := r.l1.head()
	for range 4 {
		r.l1.commit()
	}
	if err := d.Step(r.ctx()); err != nil {
		t.Fatal(err)
	}
	r.l1.fork(base.Hash())
	r.l1.send(r.deployer, &r.inbox, nil, nil) // the new branch differs from the old one
	for range 5 {
		r.l1.commit()
	}
	if err := d.Step(r.ctx()); !errors.Is(err, derivation.ErrReorgTooDeep) {
		t.Fatalf("Step after a deep reorg: %v", err)
	}
	if !errors.Is(d.Err(), derivation.ErrReorgTooDeep) || !errors.Is(d.Step(r.ctx()), derivation.ErrReorgTooDeep) {
		t.Fatalf("Err() = %v", d.Err())
	}
}
