package bindings_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
	"github.com/syncboost/syncboost/contracts/internal/l1sim"
)

const (
	slotSeconds  = 12
	l2ChainID    = 0x28c59
	forcedDelay  = 4 * slotSeconds
	forcedCap    = 3
	forcedMaxLen = 4096
)

var forcedFee = big.NewInt(params.Ether / 100)

// fixture is one simulated L1 with the inbox, the attestation verifier and the demo deployed.
type fixture struct {
	t     *testing.T
	chain *l1sim.Chain
	cfg   bindings.InboxConfig

	deployer, sequencer, sidecar, searcher, stranger, attester *ecdsa.PrivateKey
	keys                                                       map[common.Address]*ecdsa.PrivateKey // by account, for signGroup

	inbox, verifier, demo, account common.Address // account: the BasedAccount delegate code
	ib                             *bindings.BasedInbox
	av                             *bindings.AttestationVerifier
	sd                             *bindings.SyncDemo
	ba                             *basedaccount.BasedAccount
}

func keyAddr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// newFixture deploys everything in slot 0; cfgEdit may change the inbox configuration first.
func newFixture(t *testing.T, cfgEdit ...func(*bindings.InboxConfig)) *fixture {
	t.Helper()
	f := &fixture{t: t, ib: bindings.NewBasedInbox(), av: bindings.NewAttestationVerifier(), sd: bindings.NewSyncDemo(),
		ba: basedaccount.NewBasedAccount(), keys: map[common.Address]*ecdsa.PrivateKey{}}
	keys := []**ecdsa.PrivateKey{&f.deployer, &f.sequencer, &f.sidecar, &f.searcher, &f.stranger, &f.attester}
	var funded []common.Address
	for _, k := range keys {
		*k = mustKey(t)
		funded = append(funded, keyAddr(*k))
		f.keys[keyAddr(*k)] = *k
	}
	f.chain = l1sim.New(t, funded...)
	f.verifier = f.chain.Deploy(f.deployer, deployCode(bindings.AttestationVerifierMetaData.Bin, f.av.PackConstructor(keyAddr(f.attester))))
	f.cfg = bindings.InboxConfig{
		GenesisTime: l1sim.GenesisTime, SlotSeconds: slotSeconds, L2ChainId: big.NewInt(l2ChainID),
		L2GenesisHash: l2Hash(0, 0), L2GenesisStateRoot: l2Root(0, 0), Sequencer: keyAddr(f.sequencer),
		StateVerifier: f.verifier, ForcedInclusionFee: forcedFee, ForcedInclusionDelay: forcedDelay,
		ForcedInclusionCap: forcedCap, ForcedTxMaxBytes: forcedMaxLen,
	}
	for _, edit := range cfgEdit {
		edit(&f.cfg)
	}
	f.inbox = f.chain.Deploy(f.deployer, deployCode(bindings.BasedInboxMetaData.Bin, f.ib.PackConstructor(f.cfg)))
	f.demo = f.chain.Deploy(f.deployer, deployCode(bindings.SyncDemoMetaData.Bin, f.sd.PackConstructor(f.inbox)))
	f.account = f.chain.Deploy(f.deployer, common.FromHex(basedaccount.BasedAccountMetaData.Bin))
	f.chain.Delegate(f.deployer, []*ecdsa.PrivateKey{f.searcher}, f.account)
	return f
}

func deployCode(bin string, args []byte) []byte {
	return append(common.FromHex(bin), args...)
}

// l2Hash and l2Root name fake L2 blocks: number n on fork k.
func l2Hash(n, k uint64) common.Hash {
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("l2 block %d/%d", n, k)))
}
func l2Root(n, k uint64) common.Hash {
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("l2 state %d/%d", n, k)))
}

func slotTime(slot uint64) uint64 { return l1sim.GenesisTime + slot*slotSeconds }

// enterSlot makes the next committed block fall in slot and returns its timestamp.
func (f *fixture) enterSlot(slot uint64) uint64 {
	f.t.Helper()
	ts := slotTime(slot)
	if head := f.chain.Head().Time; head >= ts {
		ts = head + 1
	}
	if ts >= slotTime(slot+1) {
		f.t.Fatalf("slot %d is already over", slot)
	}
	f.chain.NextBlockAt(ts)
	return ts
}

// slotEnding is the sequencer's slot-ending message for L2 block n (fork 0) in slot, on the current
// head as L1 parent: it must be built after enterSlot.
func (f *fixture) slotEnding(slot, n uint64) bindings.SlotEnding {
	return bindings.SlotEnding{
		L2ChainId: big.NewInt(l2ChainID), L2BlockNumber: n, L2BlockHash: l2Hash(n, 0),
		L2ParentHash: l2Hash(n-1, 0), L2StateRoot: l2Root(n, 0), L1Slot: slot,
		L1ParentHash: f.chain.Head().Hash(), SeqIndex: 3, SlotEnding: true,
	}
}

func toBundle(m bindings.SlotEnding) *bundle.SlotEnding {
	return &bundle.SlotEnding{
		L2ChainID: m.L2ChainId.Uint64(), L2BlockNumber: m.L2BlockNumber, L2BlockHash: m.L2BlockHash,
		L2ParentHash: m.L2ParentHash, L2StateRoot: m.L2StateRoot, L1Slot: m.L1Slot,
		L1ParentHash: m.L1ParentHash, SeqIndex: m.SeqIndex, IsSlotEnding: m.SlotEnding,
	}
}

func (f *fixture) domain() bundle.Domain {
	return bundle.Domain{ChainID: l1sim.ChainID, VerifyingContract: f.inbox}
}

// certify signs m with key under domain d, as the sequencer's feed would carry it.
func (f *fixture) certifyWith(m bindings.SlotEnding, d bundle.Domain, key *ecdsa.PrivateKey) []byte {
	f.t.Helper()
	cert, err := bundle.SignECDSA(toBundle(m), d, key)
	if err != nil {
		f.t.Fatal(err)
	}
	return cert.Signature
}

func (f *fixture) certify(m bindings.SlotEnding) []byte {
	return f.certifyWith(m, f.domain(), f.sequencer)
}

// calldataBlock is a calldata-mode based block on parent carrying txData.
func calldataBlock(parent common.Hash, txData []byte) bindings.BasedBlock {
	return bindings.BasedBlock{ParentHash: parent, DataMode: bindings.DataCalldata, TxData: txData, Proof: []byte{}}
}

func (f *fixture) send(key *ecdsa.PrivateKey, to common.Address, data []byte, tipGwei int64) *types.Transaction {
	f.t.Helper()
	return f.chain.Send(key, l1sim.Tx{To: to, Data: data, Tip: big.NewInt(tipGwei * params.GWei)})
}

// submit sends one submitBased transaction.
func (f *fixture) submit(key *ecdsa.PrivateKey, s bindings.Submission, tipGwei int64) *types.Transaction {
	f.t.Helper()
	return f.send(key, f.inbox, f.ib.PackSubmitBased(normalised(s)), tipGwei)
}

// commitmentFor predicts the commitment of a proposal that will land in the next block at ts.
func (f *fixture) commitmentFor(proposer *ecdsa.PrivateKey, blk bindings.BasedBlock, l2Number, ts, forcedStart uint64) common.Hash {
	f.t.Helper()
	head := f.chain.Head()
	dataHash := bindings.DataHash(blk.TxData)
	c, err := bindings.Commitment(bindings.CommitmentPreimage{
		Inbox: f.inbox, L1ChainId: big.NewInt(l1sim.ChainID), L1BlockNumber: head.Number.Uint64() + 1,
		L1ParentHash: head.Hash(), L1Timestamp: ts, Proposer: keyAddr(proposer), ParentId: blk.ParentHash,
		L2BlockNumber: l2Number, DataMode: blk.DataMode, DataHash: dataHash, ForcedStart: forcedStart,
		ForcedCount: blk.ForcedCount,
	})
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

func (f *fixture) mustSucceed(txs ...*types.Transaction) {
	f.t.Helper()
	for _, tx := range txs {
		if r := f.chain.Receipt(tx); r.Status != types.ReceiptStatusSuccessful {
			v, err := bindings.UnpackInboxError(f.chain.RevertData(tx))
			f.t.Fatalf("tx %s reverted: %#v %v", tx.Hash(), v, err)
		}
	}
}

// revertAs checks that a committed tx failed with the inbox's custom error T and returns it.
func revertAs[T any](f *fixture, tx *types.Transaction) *T {
	f.t.Helper()
	if r := f.chain.Receipt(tx); r.Status != types.ReceiptStatusFailed {
		f.t.Fatalf("tx %s succeeded, want %T", tx.Hash(), new(T))
	}
	return decodeAs[T](f, f.chain.RevertData(tx))
}

// decodeAs decodes inbox revert data as the custom error T.
func decodeAs[T any](f *fixture, data []byte) *T {
	f.t.Helper()
	v, err := bindings.UnpackInboxError(data)
	if err != nil {
		f.t.Fatalf("decode revert: %v", err)
	}
	got, ok := v.(*T)
	if !ok {
		f.t.Fatalf("reverted with %s %+v, want %T", reflect.TypeOf(v), v, new(T))
	}
	return got
}

// call runs a view function at the head.
func (f *fixture) call(to common.Address, data []byte) []byte {
	f.t.Helper()
	out, err := f.chain.Client.CallContract(context.Background(), callMsg(to, data), nil)
	if err != nil {
		f.t.Fatalf("call: %v", err)
	}
	return out
}

func (f *fixture) head() bindings.L2Head {
	f.t.Helper()
	h, err := f.ib.UnpackL2Head(f.call(f.inbox, f.ib.PackL2Head()))
	if err != nil {
		f.t.Fatal(err)
	}
	return h
}

func (f *fixture) isConfirmed(c common.Hash) bool {
	f.t.Helper()
	ok, err := f.ib.UnpackIsConfirmed(f.call(f.inbox, f.ib.PackIsConfirmed(c)))
	if err != nil {
		f.t.Fatal(err)
	}
	return ok
}

// proposedEvent returns the BasedBlockProposed event of a committed submitBased.
func (f *fixture) proposedEvent(tx *types.Transaction) *bindings.BasedInboxBasedBlockProposed {
	f.t.Helper()
	for _, l := range f.chain.Receipt(tx).Logs {
		if ev, err := f.ib.UnpackBasedBlockProposedEvent(l); err == nil {
			return ev
		}
	}
	f.t.Fatalf("no BasedBlockProposed in %s", tx.Hash())
	return nil
}

func (f *fixture) forcedHead() uint64 {
	f.t.Helper()
	v, err := f.ib.UnpackForcedHead(f.call(f.inbox, f.ib.PackForcedHead()))
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

// use points the fixture's failures at a subtest until the returned func restores the parent.
func (f *fixture) use(sub *testing.T) func() {
	parent := f.t
	f.t = sub
	return func() { f.t = parent }
}
