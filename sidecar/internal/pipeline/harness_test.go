package pipeline

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/pool/pooltest"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
	"github.com/syncboost/syncboost/sidecar/sim"
)

// The harness runs the real pipeline, pool, composer and virtual clock; only the clients that
// talk to execution nodes, relays and the inbox are scripted here. Tests with real go-ethereum
// execution underneath live in integration_test.go.

const (
	l1Chain = 1
	l2Chain = 167001
)

var (
	genesis   = time.Unix(1_700_000_000, 0)
	parentL1  = common.HexToHash("0xaaaa")
	sidecarID = common.HexToAddress("0x51dec0")
)

type harness struct {
	t      *testing.T
	clk    *clock.Virtual
	sched  *clock.Schedule
	pool   *pool.Memory
	maker  *pooltest.Maker
	l2     *scriptL2
	l1     *scriptL1
	sub    *recordSubmitter
	locals map[uint64]bool
	p      *Pipeline
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	slots, err := clock.NewSlotClock(genesis, 12*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	sched, err := clock.NewSchedule(clock.DefaultMEVBoost(), slots)
	if err != nil {
		t.Fatal(err)
	}
	pl, err := pool.New(pool.Config{MaxLive: 100, MaxPerSignerSlot: 10, Retention: time.Hour, MaxFinished: 100}, pool.Deps{Registry: prometheus.NewRegistry()})
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, clk: clock.NewVirtual(genesis), sched: sched, pool: pl, maker: pooltest.NewMaker(l1Chain, l2Chain),
		l2: &scriptL2{reverts: map[common.Hash]bool{}}, l1: &scriptL1{failAssertion: map[common.Hash]bool{}}, sub: &recordSubmitter{}, locals: map[uint64]bool{}}
	h.p, err = New(Config{L1ChainID: l1Chain, L2ChainID: l2Chain, Proposer: sidecarID, MaxRounds: 4, MaxSimulations: 64, SimWorkers: 4, MaxL2Gas: 10_000_000, MaxL1Gas: 10_000_000,
		MaxAssertions: 16, L2Rules: params.MainnetChainConfig}, Deps{
		Clock: h.clk, Schedule: sched, Targets: fixedTargets{slots}, Proposers: localProposers(h.locals), Bundles: pl,
		Forced: noForced{}, L2: h.l2, L1: h.l1, Inbox: fakeInbox{}, Submitter: h.sub, Log: zerolog.Nop(), Metrics: NewMetrics(prometheus.NewRegistry()),
	})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// add pools a bundle from searcher i for slot with one assertion, returning it.
// oneReverting handles slot 10 with two bundles, the first reverting on L2, and requires that
// only the second is included; it returns the first.
func (h *harness) oneReverting() *pool.Entry {
	h.t.Helper()
	bad, good := h.add(1, 10), h.add(2, 10)
	h.revertL2(bad)
	sent, err := h.p.Handle(context.Background(), h.message(10, 9*time.Second))
	if err != nil {
		h.t.Fatal(err)
	}
	if len(sent.Included) != 1 || sent.Included[0] != good.Hash {
		h.t.Fatalf("included %v, want only the good bundle", sent.Included)
	}
	return bad
}

// revertL2 makes the L2 node revert e's first L2 transaction.
func (h *harness) revertL2(e *pool.Entry) {
	h.t.Helper()
	var tx types.Transaction
	if err := tx.UnmarshalBinary(e.Bundle.L2Txs[0]); err != nil {
		h.t.Fatal(err)
	}
	h.l2.reverts[tx.Hash()] = true
}

func (h *harness) add(i int, slot uint64) *pool.Entry {
	h.t.Helper()
	key := pooltest.Key(i)
	b := h.maker.Bundle(key, 1, 1, 1)
	b.L1Slot = slot
	b.Assertions = []bundle.Assertion{{Target: common.Address{byte(i)}, Expect: common.Hash{byte(i)}}}
	e := h.maker.EntryOf(h.t, key, b)
	if _, err := h.pool.Add(context.Background(), e); err != nil {
		h.t.Fatal(err)
	}
	return e
}

// message is a slot-ending message for slot arriving at the given point of the previous slot.
func (h *harness) message(slot uint64, intoPrevSlot time.Duration) Message {
	arrived := h.sched.Slots().SlotStart(slot - 1).Add(intoPrevSlot)
	h.clk.AdvanceTo(arrived)
	return Message{SignedSlotEnding: &bundle.SignedSlotEnding{SlotEnding: bundle.SlotEnding{
		L2ChainID: l2Chain, L2BlockNumber: 50, L2BlockHash: common.Hash{0x50}, L1Slot: slot, L1ParentHash: parentL1, IsSlotEnding: true,
	}}, Arrived: arrived}
}

func (h *harness) status(hash common.Hash) bundle.StatusChange {
	e, err := h.pool.Get(context.Background(), hash)
	if err != nil {
		h.t.Fatal(err)
	}
	return e.Status()
}

type fixedTargets struct{ slots *clock.SlotClock }

func (f fixedTargets) Target(_ context.Context, slot uint64, parent common.Hash) (slots.Target, error) {
	return slots.Target{Slot: slot, Time: uint64(f.slots.SlotStart(slot).Unix()), ParentHash: parent, ParentNumber: 99,
		GasLimit: 30_000_000, BaseFee: big.NewInt(1e9)}, nil
}

type localProposers map[uint64]bool

func (l localProposers) TakesBuilderBlocks(_ context.Context, slot uint64) (bool, bool) {
	return !l[slot], true
}

type noForced struct{}

func (noForced) DueForced(context.Context, slots.Target) (slots.ForcedEntries, error) {
	return slots.ForcedEntries{}, nil
}

// scriptL2 answers L2 simulations: every tx succeeds unless its hash is in reverts; during
// runs the hook (for example to move the clock past a deadline).
type scriptL2 struct {
	mu      sync.Mutex
	reverts map[common.Hash]bool
	during  func()
	calls   int
}

func (s *scriptL2) HeaderByHash(context.Context, common.Hash) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(50), Time: 1000, GasLimit: 30_000_000, GasUsed: 15_000_000, BaseFee: big.NewInt(1e9), Difficulty: new(big.Int)}, nil
}

func (s *scriptL2) SimulateL2(ctx context.Context, _ bundle.BasedBlockEnv, txs []*bundle.Tx) (*sim.L2Result, error) {
	s.mu.Lock()
	s.calls++
	during := s.during
	s.mu.Unlock()
	if during != nil {
		during()
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := &sim.L2Result{StateRoot: common.Hash{0x57}}
	for _, tx := range txs {
		res.Txs = append(res.Txs, sim.TxResult{OK: !s.reverts[tx.Hash()]})
	}
	return res, nil
}

// scriptL1 fails the atomic transaction with AssertionFailed(group, 0) for every group whose
// bundle's raw pre-transaction is in failAssertion. It records the bundles it simulated.
type scriptL1 struct {
	mu            sync.Mutex
	failAssertion map[common.Hash]bool
	bundles       [][]*bundle.Tx
}

func (s *scriptL1) SimulateL1(_ context.Context, _ sim.L1Env, txs []*bundle.Tx) (*sim.L1Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bundles = append(s.bundles, txs)
	res := &sim.L1Result{FirstFailed: -1, Value: big.NewInt(1)}
	for range txs {
		res.Txs = append(res.Txs, sim.TxResult{OK: true})
	}
	at := (len(txs) - 1) / 2 // one raw pre and post transaction per bundle around the submission
	for group, tx := range txs[:at] {
		if s.failAssertion[tx.Hash()] {
			word := common.LeftPadBytes(big.NewInt(int64(group)).Bytes(), 32)
			res.FirstFailed = at
			// AssertionFailed(bundle = group, index 0, false, 0)
			res.Txs[at] = sim.TxResult{Return: append(append(append([]byte{}, assertionFailedSelector...), word...), make([]byte, 96)...)}
			break
		}
	}
	return res, nil
}

// simulated is how many L1 simulations ran.
func (s *scriptL1) simulated() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.bundles)
}

// fakeInbox signs a real transaction whose data names it ("submit").
type fakeInbox struct{}

var assertionFailedSelector = crypto.Keccak256([]byte("AssertionFailed(uint256,uint256,bool,bytes32)"))[:4]

var sidecarKey, _ = crypto.ToECDSA(crypto.Keccak256([]byte("sidecar")))

func signedL1(nonce uint64, data string) []byte {
	to := common.Address{0x1b}
	tx := types.MustSignNewTx(sidecarKey, types.LatestSignerForChainID(big.NewInt(l1Chain)), &types.DynamicFeeTx{
		ChainID: big.NewInt(l1Chain), Nonce: nonce, Gas: 500_000, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(3e9), To: &to, Data: []byte(data)})
	raw, _ := tx.MarshalBinary()
	return raw
}

func (fakeInbox) Submit(_ context.Context, a slots.SubmitArgs) ([]byte, common.Hash, error) {
	return signedL1(0, "submit"), crypto.Keccak256Hash(a.Payload), nil
}

func (fakeInbox) Commitment(_ context.Context, a slots.ProposeArgs) (common.Hash, error) {
	return crypto.Keccak256Hash(a.Payload), nil
}

type recordSubmitter struct {
	mu      sync.Mutex
	sent    []*bundle.AtomicBundle
	cancels []string
}

func (r *recordSubmitter) Submit(_ context.Context, b *bundle.AtomicBundle, all func(slots.Delivery)) slots.Delivery {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sent = append(r.sent, b)
	if all != nil {
		all(slots.Delivery{Accepted: 3})
	}
	return slots.Delivery{Accepted: 3}
}

func (r *recordSubmitter) Cancel(_ context.Context, uuid string) slots.Delivery {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cancels = append(r.cancels, uuid)
	return slots.Delivery{Accepted: 3}
}
