package l1_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/clock"
	"github.com/syncboost/syncboost/contracts/bindings"
	"github.com/syncboost/syncboost/contracts/bindings/basedaccount"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/devnet/l1"
)

func deployConfig() l1.DeployConfig {
	return l1.DeployConfig{
		Deployer: gethnode.TestKey(0), L2ChainID: 167_001,
		L2GenesisHash: crypto.Keccak256Hash([]byte("l2 genesis")), L2GenesisStateRoot: crypto.Keccak256Hash([]byte("l2 state")),
		Sequencer: gethnode.TestAddress(1), Attester: gethnode.TestAddress(2),
	}
}

// deploy runs Deploy and, once its four transactions are pending in the node's pool, moves
// the clock to the next slot, whose block mines them.
func (r *rig) deploy(cfg l1.DeployConfig) l1.Contracts {
	r.t.Helper()
	var c l1.Contracts
	r.mine(4, func() (err error) {
		c, err = l1.Deploy(r.ctx, r.d, cfg)
		return err
	})
	return c
}

// mine runs f, which sends n transactions and waits for them, and moves the clock to the next
// slot once they are pending.
func (r *rig) mine(n int, f func() error) {
	r.t.Helper()
	events := make(chan core.NewTxsEvent, 8)
	sub := r.d.Node().Backend().TxPool().SubscribeTransactions(events, false)
	defer sub.Unsubscribe()
	done := make(chan error, 1)
	go func() { done <- f() }()
	for pending := 0; pending < n; {
		select {
		case ev := <-events:
			pending += len(ev.Txs)
		case err := <-done:
			r.t.Fatalf("returned before its transactions were pending: %v", err)
		case <-r.ctx.Done():
			r.t.Fatal("transactions never reached the pool")
		}
	}
	// Pending transactions go into the next slot's block.
	r.slot(r.d.LastSlot() + 1)
	select {
	case err := <-done:
		if err != nil {
			r.t.Fatal(err)
		}
	case <-r.ctx.Done():
		r.t.Fatal("transactions not mined in the next slot")
	}
}

func (r *rig) call(to common.Address, data []byte) []byte {
	r.t.Helper()
	out, err := r.d.Node().EthClient().CallContract(r.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return out
}

func TestDeployedInboxFollowsTheDriversSlots(t *testing.T) {
	t.Parallel()
	r := newRig(t, l1.Config{})
	c := r.deploy(deployConfig())
	ib, sd, av := bindings.NewBasedInbox(), bindings.NewSyncDemo(), bindings.NewAttestationVerifier()
	for i := 0; i < 2; i++ {
		head := r.d.Node().BlockChain().CurrentHeader()
		slot, err := ib.UnpackCurrentSlot(r.call(c.Inbox, ib.PackCurrentSlot()))
		if err != nil {
			t.Fatal(err)
		}
		if want := r.d.Beacon().SlotOf(head); slot != want {
			t.Fatalf("inbox currentSlot %d, driver slot %d", slot, want)
		}
		r.slot(r.d.LastSlot() + 1)
	}
	if seq, err := ib.UnpackSequencer(r.call(c.Inbox, ib.PackSequencer())); err != nil || seq != gethnode.TestAddress(1) {
		t.Fatalf("sequencer %s %v", seq, err)
	}
	if secs, err := ib.UnpackSlotSeconds(r.call(c.Inbox, ib.PackSlotSeconds())); err != nil || secs != 2 {
		t.Fatalf("slotSeconds %d %v", secs, err)
	}
	if v, err := ib.UnpackStateVerifier(r.call(c.Inbox, ib.PackStateVerifier())); err != nil || v != c.Verifier {
		t.Fatalf("state verifier %s %v", v, err)
	}
	if a, err := av.UnpackAttester(r.call(c.Verifier, av.PackAttester())); err != nil || a != gethnode.TestAddress(2) {
		t.Fatalf("attester %s %v", a, err)
	}
	if in, err := sd.UnpackInbox(r.call(c.Demo, sd.PackInbox())); err != nil || in != c.Inbox {
		t.Fatalf("demo inbox %s %v", in, err)
	}
	if h, err := ib.UnpackL2Head(r.call(c.Inbox, ib.PackL2Head())); err != nil || h.Id != deployConfig().L2GenesisHash {
		t.Fatalf("l2 head %+v %v", h, err)
	}
}

// Two EOAs delegated to BasedAccount in one type-4 transaction run its code: basedNonce is 0.
func TestDelegateRunsBasedAccountCode(t *testing.T) {
	t.Parallel()
	r := newRig(t, l1.Config{})
	c := r.deploy(deployConfig())
	keys := []*ecdsa.PrivateKey{gethnode.TestKey(3), gethnode.TestKey(4)}
	r.mine(1, func() error { return l1.Delegate(r.ctx, r.d, gethnode.TestKey(0), c.Account, keys...) })
	acc := basedaccount.NewBasedAccount()
	for _, k := range keys {
		addr := crypto.PubkeyToAddress(k.PublicKey)
		if n, err := acc.UnpackBasedNonce(r.call(addr, acc.PackBasedNonce())); err != nil || n.Sign() != 0 {
			t.Fatalf("basedNonce of %s: %v %v", addr, n, err)
		}
	}
}

func TestDeployNeedsARunningDriverAndAConfig(t *testing.T) {
	t.Parallel()
	d := newDriver(t, l1.Config{}, clock.NewVirtual(genesis))
	if _, err := l1.Deploy(context.Background(), d, deployConfig()); !errors.Is(err, l1.ErrNotStarted) {
		t.Fatalf("Deploy before Start: %v", err)
	}
	cfg := deployConfig()
	cfg.Sequencer = common.Address{}
	if _, err := l1.Deploy(context.Background(), d, cfg); !errors.Is(err, l1.ErrDeployConfig) {
		t.Fatalf("Deploy without sequencer: %v", err)
	}
	cfg = deployConfig()
	cfg.CertificateVerifier = common.Address{0xc0}
	if err := cfg.Check(); !errors.Is(err, l1.ErrDeployConfig) {
		t.Fatalf("a sequencer and a certificate verifier: %v", err)
	}
	cfg.Sequencer = common.Address{}
	if err := cfg.Check(); err != nil {
		t.Fatalf("a certificate verifier in the sequencer's place: %v", err)
	}
	if _, err := l1.DeployCommittee(context.Background(), d, cfg.Deployer, nil, 600); !errors.Is(err, l1.ErrDeployConfig) {
		t.Fatalf("DeployCommittee without keys: %v", err)
	}
}
