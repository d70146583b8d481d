package sequencer_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/builderhook"
	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/gethnode/gethnodetest"
	"github.com/syncboost/syncboost/devnet/sequencer"
	"github.com/syncboost/syncboost/sidecar/feed"
)

// The rig runs the sequencer against real go-ethereum nodes: an L1 with the BasedInbox
// deployed in slot 1's block, an L2 with funded accounts, and a virtual clock the test moves.
// L1 blocks are assembled with builderhook, as the devnet builder does.

const (
	l1ChainID   = 31337
	l2ChainID   = 167001
	slotSeconds = 2
	genesisTime = 1_767_225_600
	// Not the defaults, so a sequencer that ignored its config would fail the tests.
	leadBps       = 2500
	graceBps      = 4000
	blockInterval = 200 * time.Millisecond
	pollInterval  = 150 * time.Millisecond
)

var (
	deployer  = gethnode.TestKey(0)
	seqKey    = gethnode.TestKey(1)
	sidecar   = gethnode.TestKey(2)
	sidecarID = gethnode.TestKey(7) // the identity the feed allows to report outcomes
	users     = []*ecdsa.PrivateKey{gethnode.TestKey(3), gethnode.TestKey(4), gethnode.TestKey(5)}
	reverter  = common.HexToAddress("0x00000000000000000000000000000000000ffffd") // PUSH0 PUSH0 REVERT
	slotLen   = slotSeconds * time.Second
	lead      = slotLen * leadBps / clock.BpsDenominator
	grace     = slotLen * graceBps / clock.BpsDenominator
	forcedFee = big.NewInt(params.GWei)
)

type rig struct {
	t       testing.TB
	l1, l2  *gethnode.Node
	slots   *clock.SlotClock
	clk     *clock.Virtual
	inbox   common.Address
	block1  *types.Header // L1 block of slot 1: the inbox deployment
	seq     *sequencer.Sequencer
	events  chan sequencer.Event
	nonces  map[[2]any]uint64
	ib      *bindings.BasedInbox
	genesis *types.Header // L2 genesis
}

// newRig starts both chains, deploys the inbox in slot 1's block (enqueueing forced as
// forced-inclusion entries there), and starts the sequencer 100 ms into slot 1.
func newRig(t testing.TB, forced ...[]byte) *rig {
	t.Helper()
	return newRigWith(t, rigOpts{}, forced...)
}

// rigOpts: a batch poster made once the inbox is deployed, and config edits (nil for none).
type rigOpts struct {
	poster func(*rig) sequencer.BatchPoster
	edit   func(*sequencer.Config)
}

func newRigWith(t testing.TB, o rigOpts, forced ...[]byte) *rig {
	t.Helper()
	r := &rig{t: t, events: make(chan sequencer.Event, 4096), nonces: map[[2]any]uint64{}, ib: bindings.NewBasedInbox()}
	r.l1 = gethnodetest.Start(t, gethnode.Config{ChainID: l1ChainID, GenesisTime: genesisTime, Accounts: 6})
	r.l2 = gethnodetest.Start(t, gethnode.Config{ChainID: l2ChainID, GenesisTime: genesisTime, Accounts: 6,
		Alloc: types.GenesisAlloc{reverter: {Code: []byte{0x5f, 0x5f, 0xfd}, Balance: new(big.Int)}}})
	r.genesis = r.l2.BlockChain().Genesis().Header()
	var err error
	r.slots, err = clock.NewSlotClock(time.Unix(genesisTime, 0), slotLen)
	must(t, err)
	r.deployInbox(forced)
	r.clk = clock.NewVirtual(r.slots.SlotStart(1).Add(100 * time.Millisecond))
	cfg := sequencer.DefaultConfig(l1ChainID, r.inbox, l2ChainID)
	cfg.ReleaseLeadBps, cfg.MissGraceBps = leadBps, graceBps
	cfg.BlockInterval, cfg.PollInterval = blockInterval, pollInterval
	cfg.Feed.Sidecars = []common.Address{addr(sidecarID)}
	var bp sequencer.BatchPoster
	if o.poster != nil {
		bp = o.poster(r)
	}
	if o.edit != nil {
		o.edit(&cfg)
	}
	r.seq, err = sequencer.New(cfg, sequencer.Deps{Poster: bp,
		L2: r.l2, L1: r.l1.EthClient(), Key: seqKey, Clock: r.clk, Slots: r.slots,
		Log: zerolog.Nop(), Registry: prometheus.NewRegistry(),
		Observer: func(e sequencer.Event) {
			select {
			case r.events <- e:
			default:
				t.Errorf("observer channel full, dropped %s", e.Kind)
			}
		},
	})
	must(t, err)
	must(t, r.seq.Start(context.Background()))
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		must(t, r.seq.Stop(ctx))
	})
	return r
}

func (r *rig) deployInbox(forced [][]byte) {
	cfg := bindings.InboxConfig{
		GenesisTime: genesisTime, SlotSeconds: slotSeconds, L2ChainId: big.NewInt(l2ChainID),
		L2GenesisHash: r.genesis.Hash(), L2GenesisStateRoot: r.genesis.Root, Sequencer: addr(seqKey),
		ForcedInclusionFee: forcedFee, ForcedInclusionDelay: 0, ForcedInclusionCap: 4, ForcedTxMaxBytes: 4096,
	}
	code := append(common.FromHex(bindings.BasedInboxMetaData.Bin), r.ib.PackConstructor(cfg)...)
	r.inbox = crypto.CreateAddress(addr(deployer), 0)
	txs := []*types.Transaction{r.tx(deployer, l1ChainID, nil, code, 6_000_000, nil)}
	for _, raw := range forced {
		txs = append(txs, r.tx(users[0], l1ChainID, &r.inbox, r.ib.PackEnqueueForcedTransaction(raw), 300_000, forcedFee))
	}
	sealed := r.mineL1(1, r.l1.BlockChain().CurrentBlock(), common.Address{0xfe}, txs...)
	r.mustSucceed(sealed, len(txs))
	r.block1 = sealed.Block.Header()
}

// mineL1 assembles and imports slot's L1 block on parent with loose txs; it becomes the head.
func (r *rig) mineL1(slot uint64, parent *types.Header, feeRecipient common.Address, txs ...*types.Transaction) *builderhook.Sealed {
	r.t.Helper()
	ctx := context.Background()
	sealed, err := builderhook.Assemble(ctx, r.l1.BlockChain(), parent, builderhook.Attributes{
		Timestamp: uint64(r.slots.SlotStart(slot).Unix()), FeeRecipient: feeRecipient}, nil, txs)
	must(r.t, err)
	must(r.t, r.l1.ImportBlock(ctx, sealed.Block, sealed.Requests))
	return sealed
}

func (r *rig) mustSucceed(sealed *builderhook.Sealed, n int) {
	r.t.Helper()
	if len(sealed.Skipped) != 0 {
		r.t.Fatalf("l1 tx %d left out: %v", sealed.Skipped[0].Tx, sealed.Skipped[0].Err)
	}
	if len(sealed.Receipts) != n {
		r.t.Fatalf("%d l1 receipts, want %d", len(sealed.Receipts), n)
	}
	for i, rc := range sealed.Receipts {
		if rc.Status != types.ReceiptStatusSuccessful {
			r.t.Fatalf("l1 tx %d reverted", i)
		}
	}
}

// tx signs a dynamic-fee transaction from key on chain with the key's next nonce there.
func (r *rig) tx(key *ecdsa.PrivateKey, chain uint64, to *common.Address, data []byte, gas uint64, value *big.Int) *types.Transaction {
	k := [2]any{addr(key), chain}
	n := r.nonces[k]
	r.nonces[k]++
	return signTx(key, chain, n, to, data, gas, value, 2*params.GWei)
}

// signTx signs a dynamic-fee transaction with tip wei per gas.
func signTx(key *ecdsa.PrivateKey, chain, nonce uint64, to *common.Address, data []byte, gas uint64, value *big.Int, tip int64) *types.Transaction {
	if value == nil {
		value = new(big.Int)
	}
	return types.MustSignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(chain)), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(chain), Nonce: nonce, Gas: gas, GasTipCap: big.NewInt(tip),
		GasFeeCap: big.NewInt(50 * params.GWei), To: to, Value: value, Data: data})
}

// submitL2 sends txs to the L2 node's JSON-RPC and returns once the pool holds them as pending.
func (r *rig) submitL2(txs ...*types.Transaction) {
	r.t.Helper()
	ch := make(chan core.NewTxsEvent, 16)
	sub := r.l2.Backend().TxPool().SubscribeTransactions(ch, false)
	defer sub.Unsubscribe()
	want := map[common.Hash]bool{}
	for _, tx := range txs {
		want[tx.Hash()] = true
		must(r.t, r.l2.EthClient().SendTransaction(context.Background(), tx))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for len(want) > 0 {
		select {
		case ev := <-ch:
			for _, tx := range ev.Txs {
				delete(want, tx.Hash())
			}
		case <-ctx.Done():
			r.t.Fatalf("%d transactions never became pending", len(want))
		}
	}
}

// waitFor returns the first event of kind that satisfies match (nil matches all) and the
// events before it.
func (r *rig) waitFor(kind sequencer.EventKind, match func(sequencer.Event) bool) (sequencer.Event, []sequencer.Event) {
	r.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var before []sequencer.Event
	for {
		select {
		case e := <-r.events:
			if e.Kind == kind && (match == nil || match(e)) {
				return e, before
			}
			if e.Err != nil {
				r.t.Logf("event %s slot %d: %v", e.Kind, e.Slot, e.Err)
			}
			before = append(before, e)
		case <-ctx.Done():
			r.t.Fatalf("no %s event; saw %d others", kind, len(before))
		}
	}
}

// nextBlock moves the clock one block interval and returns the sequenced block built.
func (r *rig) nextBlock() *types.Block {
	r.t.Helper()
	r.clk.Advance(blockInterval)
	e, _ := r.waitFor(sequencer.EventSequenced, nil)
	return e.Block
}

// release moves the clock to the release of slot and returns the message and the events
// before it.
func (r *rig) release(slot uint64) (*bundle.SignedSlotEnding, []sequencer.Event) {
	r.t.Helper()
	r.clk.AdvanceTo(r.slots.SlotStart(slot).Add(-lead))
	e, before := r.waitFor(sequencer.EventReleased, func(e sequencer.Event) bool { return e.Slot == slot })
	return e.Message, before
}

// atSlotStart moves the clock to the start of slot, where that slot's L1 block is built:
// the test mines it afterwards, so the sequencer cannot see it earlier.
func (r *rig) atSlotStart(slot uint64) {
	r.clk.AdvanceTo(r.slots.SlotStart(slot))
}

func (r *rig) l2Head() *types.Header {
	r.t.Helper()
	h, err := r.l2.EthClient().HeaderByNumber(context.Background(), nil)
	must(r.t, err)
	return h
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// outcomeClient reports to the rig's sequencer signed by key, on the rig's clock.
func (r *rig) outcomeClient(key *ecdsa.PrivateKey) *feed.OutcomeClient {
	r.t.Helper()
	cfg := feed.DefaultOutcomeClientConfig(r.seq.FeedURL())
	cfg.Identity = key
	oc, err := feed.NewOutcomeClient(cfg, r.clk)
	must(r.t, err)
	return oc
}

func (r *rig) inboxHead() bindings.L2Head {
	r.t.Helper()
	out, err := r.l1.EthClient().CallContract(context.Background(), ethereum.CallMsg{To: &r.inbox, Data: r.ib.PackL2Head()}, nil)
	must(r.t, err)
	h, err := r.ib.UnpackL2Head(out)
	must(r.t, err)
	return h
}
