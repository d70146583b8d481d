package pipeline_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
	"github.com/syncboost/syncboost/sidecar/internal/inbox"
	"github.com/syncboost/syncboost/sidecar/internal/l1signer"
	"github.com/syncboost/syncboost/sidecar/internal/pipeline"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
	"github.com/syncboost/syncboost/sidecar/internal/prover"
	"github.com/syncboost/syncboost/sidecar/internal/slots"
	"github.com/syncboost/syncboost/sidecar/sim"
)

// The rig runs one slot on real go-ethereum: an L1 node with the BasedInbox deployed, an L2
// node, eth_simulateV1 on both, the real inbox adapter and signer. Only the relay fan-out is
// recorded instead of sent (relayapi's tests cover it).

const (
	l1ChainID  = 31337
	l2ChainID  = 167001
	slotLength = 12
	slot       = 2 // the target slot; block 1 (slot 1) deploys the inbox
)

var (
	deployer  = gethnode.TestKey(0)
	sequencer = gethnode.TestKey(1)
	sidecar   = gethnode.TestKey(2)
	searchers = []*ecdsa.PrivateKey{gethnode.TestKey(3), gethnode.TestKey(4)}
	attester  = gethnode.TestKey(5)
	reverter  = common.HexToAddress("0x00000000000000000000000000000000000ffffd") // PUSH0 PUSH0 REVERT
)

type rig struct {
	t         testing.TB
	l1, l2    *gethnode.Node
	l1c, l2c  *ethclient.Client
	genesis   uint64
	inboxAddr common.Address
	verifier  common.Address // AttestationVerifier, attested by attester
	demo      common.Address // SyncDemo on the inbox
	account   common.Address // BasedAccount, the searchers' EIP-7702 delegate
	parent    *types.Header  // L1 block 1
	pool      *pool.Memory
	clk       clock.Clock
	sched     *clock.Schedule
	inbox     *inbox.Inbox
	signer    *l1signer.Signer
	submitted []*bundle.AtomicBundle
	p         *pipeline.Pipeline
	l2Genesis *types.Header
	nonces    map[common.Address]uint64
	cfg       pipeline.Config
	deps      pipeline.Deps
	reg       *prometheus.Registry
}

func newRig(t testing.TB) *rig { return newRigWith(t, 6, clock.NewVirtual(time.Time{})) }

// newRigForced is newRig whose block 1 also queues n forced entries of size bytes each, due
// at slot 2.
func newRigForced(t testing.TB, n, size int) *rig {
	return newRigExtra(t, 6, clock.NewVirtual(time.Time{}), func(r *rig) []*types.Transaction { return r.enqueueForced(n, size) })
}

// newRigWith funds accounts test keys on both chains and runs the pipeline on clk (a virtual
// clock is moved to 9 s into slot 1).
func newRigWith(t testing.TB, accounts int, clk clock.Clock) *rig {
	return newRigExtra(t, accounts, clk, nil)
}

// newRigExtra is newRigWith with extra transactions in block 1, after the deployment.
func newRigExtra(t testing.TB, accounts int, clk clock.Clock, extra func(*rig) []*types.Transaction, inboxOpts ...func(*bindings.InboxConfig)) *rig {
	t.Helper()
	ctx := context.Background()
	r := &rig{t: t, genesis: uint64(time.Now().Unix()) - 100*slotLength, nonces: map[common.Address]uint64{}}
	r.l1 = startNode(t, gethnode.Config{ChainID: l1ChainID, GenesisTime: r.genesis, Accounts: accounts})
	r.l2 = startNode(t, gethnode.Config{ChainID: l2ChainID, GenesisTime: r.genesis, Accounts: accounts,
		Alloc: types.GenesisAlloc{reverter: {Code: []byte{0x5f, 0x5f, 0xfd}, Balance: new(big.Int)}}})
	r.l1c, r.l2c = r.l1.EthClient(), r.l2.EthClient()
	var err error
	if r.l2Genesis, err = r.l2c.HeaderByNumber(ctx, big.NewInt(0)); err != nil {
		t.Fatal(err)
	}
	r.deployInbox(extra, inboxOpts...)
	r.wirePipeline(clk)
	return r
}

func startNode(t testing.TB, cfg gethnode.Config) *gethnode.Node { return gethnodetest.Start(t, cfg) }

// mine builds the L1 block of slot s on the head from atomic bundles and loose txs.
func (r *rig) mine(s uint64, bundles [][]*types.Transaction, txs []*types.Transaction) *builderhook.Sealed {
	r.t.Helper()
	ctx := context.Background()
	parent := r.l1.BlockChain().CurrentBlock()
	sealed, err := builderhook.Assemble(ctx, r.l1.BlockChain(), parent, builderhook.Attributes{
		Timestamp: r.genesis + s*slotLength, FeeRecipient: common.Address{0xfe}}, bundles, txs)
	if err != nil {
		r.t.Fatal(err)
	}
	if err := r.l1.ImportBlock(ctx, sealed.Block, sealed.Requests); err != nil {
		r.t.Fatal(err)
	}
	return sealed
}

// deployInbox deploys, in L1 block 1, the AttestationVerifier, the inbox on it, BasedAccount
// and SyncDemo, and delegates both searchers' EOAs to BasedAccount (EIP-7702).
func (r *rig) deployInbox(extra func(*rig) []*types.Transaction, opts ...func(*bindings.InboxConfig)) {
	from := addr(deployer)
	r.verifier, r.inboxAddr = crypto.CreateAddress(from, 0), crypto.CreateAddress(from, 1)
	r.account, r.demo = crypto.CreateAddress(from, 2), crypto.CreateAddress(from, 3)
	ib := bindings.NewBasedInbox()
	icfg := bindings.InboxConfig{
		GenesisTime: r.genesis, SlotSeconds: slotLength, L2ChainId: big.NewInt(l2ChainID),
		L2GenesisHash: r.l2Genesis.Hash(), L2GenesisStateRoot: r.l2Genesis.Root, Sequencer: addr(sequencer),
		StateVerifier: r.verifier, ForcedInclusionFee: big.NewInt(params.GWei), ForcedInclusionDelay: slotLength,
		ForcedInclusionCap: 4, ForcedTxMaxBytes: 4096,
	}
	for _, o := range opts {
		o(&icfg)
	}
	args := ib.PackConstructor(icfg)
	deploy := func(bin string, args []byte) *types.Transaction {
		return r.tx(deployer, l1ChainID, nil, append(common.FromHex(bin), args...), 6_000_000)
	}
	txs := []*types.Transaction{
		deploy(bindings.AttestationVerifierMetaData.Bin, bindings.NewAttestationVerifier().PackConstructor(addr(attester))),
		deploy(bindings.BasedInboxMetaData.Bin, args),
		deploy(basedaccount.BasedAccountMetaData.Bin, nil),
		deploy(bindings.SyncDemoMetaData.Bin, bindings.NewSyncDemo().PackConstructor(r.inboxAddr)),
		r.delegate(searchers...),
	}
	if extra != nil {
		txs = append(txs, extra(r)...)
	}
	sealed := r.mine(1, nil, txs)
	if len(sealed.Skipped) != 0 || len(sealed.Receipts) != len(txs) {
		r.t.Fatalf("deployment failed: %+v", sealed.Skipped)
	}
	for i, rc := range sealed.Receipts {
		if rc.Status != types.ReceiptStatusSuccessful {
			r.t.Fatalf("deployment tx %d reverted", i)
		}
	}
	r.parent = sealed.Block.Header()
}

// delegate is a type-4 transaction from the deployer carrying each key's authorisation to run
// BasedAccount's code; each authorisation uses (and bumps) its key's L1 nonce.
func (r *rig) delegate(keys ...*ecdsa.PrivateKey) *types.Transaction {
	var auths []types.SetCodeAuthorization
	for _, k := range keys {
		a, err := types.SignSetCode(k, types.SetCodeAuthorization{
			ChainID: *uint256.NewInt(l1ChainID), Address: r.account, Nonce: r.nextNonce(k, l1ChainID)})
		must(r.t, err)
		auths = append(auths, a)
	}
	to := addr(deployer)
	return types.MustSignNewTx(deployer, types.LatestSignerForChainID(big.NewInt(l1ChainID)), &types.SetCodeTx{
		ChainID: uint256.NewInt(l1ChainID), Nonce: r.nextNonce(deployer, l1ChainID), Gas: 200_000,
		GasTipCap: uint256.NewInt(2 * params.GWei), GasFeeCap: uint256.NewInt(50 * params.GWei), To: to,
		Value: new(uint256.Int), AuthList: auths})
}

func (r *rig) wirePipeline(clk clock.Clock) {
	ctx := context.Background()
	slots, _ := clock.NewSlotClock(time.Unix(int64(r.genesis), 0), slotLength*time.Second)
	r.sched, _ = clock.NewSchedule(clock.DefaultMEVBoost(), slots)
	if v, ok := clk.(*clock.Virtual); ok {
		v.AdvanceTo(slots.SlotStart(slot - 1).Add(9 * time.Second))
	}
	r.clk = clk
	var err error
	r.pool, err = pool.New(pool.Config{MaxLive: 100, MaxPerSignerSlot: 10, Retention: time.Hour, MaxFinished: 100}, pool.Deps{Registry: prometheus.NewRegistry()})
	must(r.t, err)
	signer, err := l1signer.New(l1signer.Config{ChainID: big.NewInt(l1ChainID), Tip: big.NewInt(params.GWei)},
		l1signer.Deps{Key: sidecar, Nonces: r.l1c, Fees: r.l1c, Log: zerolog.Nop()})
	must(r.t, err)
	r.signer = signer
	_, err = signer.OnHead(ctx, r.parent.Hash())
	must(r.t, err)
	r.inbox, err = inbox.New(inbox.Config{Address: r.inboxAddr, L1ChainID: l1ChainID, L1Rules: r.l1.ChainConfig()}, r.l1c, signer)
	must(r.t, err)
	l1sim, err := sim.New(sim.Config{Caller: r.l1.Client(), MaxTxGas: 1 << 24})
	must(r.t, err)
	l2sim, err := sim.New(sim.Config{Caller: r.l2.Client(), MaxTxGas: 1 << 24})
	must(r.t, err)
	r.reg = prometheus.NewRegistry()
	r.cfg = pipeline.Config{L1ChainID: l1ChainID, L2ChainID: l2ChainID, Proposer: addr(sidecar), MaxRounds: 4, MaxSimulations: 64, SimWorkers: 4,
		MaxL2Gas: 20_000_000, MaxL1Gas: 10_000_000, MaxAssertions: 128, L2Rules: r.l2.ChainConfig()}
	attest, err := prover.NewAttestation(prover.AttestationConfig{Key: attester, ChainID: big.NewInt(l1ChainID), Verifier: r.verifier})
	must(r.t, err)
	r.deps = pipeline.Deps{
		Clock: r.clk, Schedule: r.sched, Targets: r, Bundles: r.pool, Forced: r.inbox, L2: l2chain{r.l2c, l2sim}, L1: l1sim,
		Inbox: r.inbox, Prover: attest, Submitter: r, Log: zerolog.Nop(), Metrics: pipeline.NewMetrics(r.reg),
	}
	r.p, err = pipeline.New(r.cfg, r.deps)
	must(r.t, err)
}

// l2chain pairs the L2 node's headers with its simulator, as cmd wires them.
type l2chain struct {
	headers *ethclient.Client
	sim     *sim.Client
}

func (c l2chain) HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error) {
	return c.headers.HeaderByHash(ctx, h)
}

func (c l2chain) SimulateL2(ctx context.Context, env bundle.BasedBlockEnv, txs []*bundle.Tx) (*sim.L2Result, error) {
	return c.sim.SimulateL2(ctx, env, txs)
}

// Target resolves the rig's only target: slot 2 on block 1.
func (r *rig) Target(_ context.Context, s uint64, parent common.Hash) (slots.Target, error) {
	return slots.Target{Slot: s, Time: r.genesis + s*slotLength, ParentHash: parent, ParentNumber: r.parent.Number.Uint64(),
		FeeRecipient: common.Address{0xfe}, GasLimit: r.parent.GasLimit, BaseFee: eip1559.CalcBaseFee(r.l1.ChainConfig(), r.parent)}, nil
}

func (r *rig) Submit(_ context.Context, b *bundle.AtomicBundle, all func(slots.Delivery)) slots.Delivery {
	r.submitted = append(r.submitted, b)
	if all != nil {
		all(slots.Delivery{Accepted: 1})
	}
	return slots.Delivery{Accepted: 1}
}

func (r *rig) Cancel(context.Context, string) slots.Delivery { return slots.Delivery{} }

// message is the sequencer's slot-ending message: the L2 genesis block, for slot 2 on block 1.
func (r *rig) message() pipeline.Message {
	m := bundle.SlotEnding{L2ChainID: l2ChainID, L2BlockNumber: 0, L2BlockHash: r.l2Genesis.Hash(), L2StateRoot: r.l2Genesis.Root,
		L1Slot: slot, L1ParentHash: r.parent.Hash(), IsSlotEnding: true}
	cert, err := bundle.SignECDSA(&m, bundle.Domain{ChainID: l1ChainID, VerifyingContract: r.inboxAddr}, sequencer)
	must(r.t, err)
	return pipeline.Message{SignedSlotEnding: &bundle.SignedSlotEnding{SlotEnding: m, Certificate: cert}, Arrived: r.clk.Now()}
}

// searcherTip is the rig's searchers' priority fee: on L2 it pays the sidecar enough for the
// L1 gas of a one- or two-bundle slot.
const searcherTip = 50 * params.GWei

// tx signs a transaction from key on chain with the key's next nonce there.
func (r *rig) tx(key *ecdsa.PrivateKey, chain uint64, to *common.Address, data []byte, gas uint64) *types.Transaction {
	n := r.nextNonce(key, chain)
	value := big.NewInt(1) // plain transfers carry a wei; calls and creations none
	if to == nil || len(data) > 0 {
		value = new(big.Int)
	}
	return types.MustSignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(chain)), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(chain), Nonce: n, Gas: gas, GasTipCap: big.NewInt(searcherTip),
		GasFeeCap: big.NewInt(100 * params.GWei), To: to, Value: value, Data: data})
}

// nextNonce hands out key's nonces on chain, as the rig's transactions use them.
func (r *rig) nextNonce(key *ecdsa.PrivateKey, chain uint64) uint64 {
	k := addr(key)
	nk := common.BytesToAddress(append(k.Bytes()[:12], byte(chain), byte(chain>>8), byte(chain>>16), byte(chain>>24), 0, 0, 0, 0))
	n := r.nonces[nk]
	r.nonces[nk]++
	return n
}

// searcherBundle pools a bundle from searcher i: an L1 transfer before, an L2 call to l2To,
// an L1 transfer after, and an assertion on the inbox's l2ChainId() that holds when good.
func (r *rig) searcherBundle(i int, l2To common.Address, good bool) *pool.Entry {
	return r.searcherBundleFor(slot, i, l2To, good)
}

// searcherBundleFor is searcherBundle for target slot s.
func (r *rig) searcherBundleFor(s uint64, i int, l2To common.Address, good bool) *pool.Entry {
	key := searchers[i]
	sink := common.Address{0xee, byte(i)}
	raw := func(tx *types.Transaction) []byte { b, _ := tx.MarshalBinary(); return b }
	ib := bindings.NewBasedInbox()
	expect := crypto.Keccak256Hash(common.LeftPadBytes(big.NewInt(l2ChainID).Bytes(), 32))
	if !good {
		expect[0] ^= 1
	}
	b := &bundle.ComposableBundle{L2ChainID: l2ChainID, L1Slot: s,
		PreTxs:     [][]byte{raw(r.tx(key, l1ChainID, &sink, nil, 21_000))},
		L2Txs:      [][]byte{raw(r.tx(key, l2ChainID, &l2To, nil, 50_000))},
		PostTxs:    [][]byte{raw(r.tx(key, l1ChainID, &sink, nil, 21_000))},
		Assertions: []bundle.Assertion{{Target: r.inboxAddr, Data: ib.PackL2ChainId(), Expect: expect}},
	}
	return r.poolBundle(addr(key), b)
}

// poolBundle validates b under generous limits and pools it as identity's.
func (r *rig) poolBundle(identity common.Address, b *bundle.ComposableBundle) *pool.Entry {
	r.t.Helper()
	cb, err := b.Validate(bundle.Limits{MaxTxs: 8, MaxBytes: 1 << 16, MaxGasPerTx: 1 << 24, MaxGasPerBundle: 1 << 25, MaxAssertions: 4},
		bundle.Chains{L1: l1ChainID, L2: l2ChainID, Inbox: r.inboxAddr, Submitter: addr(sidecar)})
	must(r.t, err)
	e := &pool.Entry{Hash: cb.Hash, Identity: identity, Bundle: cb}
	_, err = r.pool.Add(context.Background(), e)
	must(r.t, err)
	return e
}

// land assembles slot 2's block with the submitted bundle and returns the inbox's events there.
func (r *rig) land(b *bundle.AtomicBundle) (*builderhook.Sealed, map[common.Hash]bool) {
	r.t.Helper()
	return r.landAt(slot, b)
}

// landAt is land in the L1 block of slot s.
func (r *rig) landAt(s uint64, b *bundle.AtomicBundle) (*builderhook.Sealed, map[common.Hash]bool) {
	r.t.Helper()
	txs, err := builderhook.DecodeTxs(b)
	must(r.t, err)
	sealed := r.mine(s, [][]*types.Transaction{txs}, nil)
	if len(sealed.Skipped) != 0 {
		r.t.Fatalf("the builder left the bundle out: %v", sealed.Skipped[0].Err)
	}
	ev, err := r.inbox.InboxEvents(context.Background(), sealed.Block.Hash())
	must(r.t, err)
	return sealed, ev.Confirmed
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// deriveL2 builds the based block on the L2 node as derivation does (bundle.BasedEnv on the
// slot-ending block, the bundles' L2 transactions in value order as selected) and returns its hash.
func (r *rig) deriveL2(sent *slots.Sent, entries ...*pool.Entry) common.Hash {
	r.t.Helper()
	byHash := map[common.Hash]*pool.Entry{}
	for _, e := range entries {
		byHash[e.Hash] = e
	}
	var txs []*types.Transaction
	for _, h := range sent.Included {
		for _, tx := range byHash[h].Bundle.L2 {
			txs = append(txs, tx.Transaction)
		}
	}
	env := bundle.BasedEnv(r.l2.ChainConfig(), r.l2Genesis, addr(sidecar))
	sealed, err := builderhook.Assemble(context.Background(), r.l2.BlockChain(), r.l2Genesis,
		builderhook.Attributes{Timestamp: env.Time, FeeRecipient: env.Coinbase}, nil, txs)
	must(r.t, err)
	if len(sealed.Skipped) != 0 {
		r.t.Fatalf("derivation skipped a transaction: %v", sealed.Skipped[0].Err)
	}
	return sealed.Block.Hash()
}
