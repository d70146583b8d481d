package committee

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func newFollower(t *testing.T, l1 Chain, inbox common.Address, initial *bundle.Committee) *Follower {
	t.Helper()
	f, err := New(Config{Inbox: inbox, Initial: initial}, l1, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	return f
}

var digest = crypto.Keccak256Hash([]byte("a slot-ending digest"))

// verifies reports whether f takes a certificate of epoch by keys.
func verifies(t *testing.T, f *Follower, epoch uint64, keys []*bundle.BLSKey) error {
	t.Helper()
	return f.Authority(epoch).VerifyDigest("certificate", digest, certify(t, epoch, digest, keys))
}

func follow(t *testing.T, f *Follower, block common.Hash) {
	t.Helper()
	if err := f.Follow(context.Background(), block); err != nil {
		t.Fatalf("follow: %v", err)
	}
}

// The follower installs the rotated-in committee when the contract activates it, not before:
// until then the outgoing committee certifies (and the proposed one's certificates are checked
// against its keys, read from the proposal event); after it, the rotated-out committee's
// certificates are refused for their epoch and the new committee's are taken.
func TestFollowsRotationAtActivation(t *testing.T) {
	old, next := blsKeys(t, 4, "old"), blsKeys(t, 4, "new")
	c := newChain(t, old)
	f := newFollower(t, c.l1(), c.inbox, goCommittee(t, 0, old))
	if err := f.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	c.propose(c.committee, 0, old, next)
	follow(t, f, c.head())
	if f.Current().Epoch != 0 || verifies(t, f, 0, old) != nil {
		t.Fatalf("before activation: epoch %d, old committee: %v", f.Current().Epoch, verifies(t, f, 0, old))
	}
	if err := verifies(t, f, 1, next); err != nil {
		t.Fatalf("proposed committee's certificate at the boundary: %v", err)
	}
	c.activate()
	follow(t, f, c.head())
	if f.Current().Epoch != 1 {
		t.Fatalf("after activation: epoch %d, want 1", f.Current().Epoch)
	}
	if err := verifies(t, f, 0, old); !errors.Is(err, bundle.ErrWrongEpoch) {
		t.Fatalf("rotated-out committee after activation: %v, want %v", err, bundle.ErrWrongEpoch)
	}
	if err := verifies(t, f, 1, old); !errors.Is(err, bundle.ErrBadSignature) {
		t.Fatalf("rotated-out keys signing for the new epoch: %v, want %v", err, bundle.ErrBadSignature)
	}
	if err := verifies(t, f, 1, next); err != nil {
		t.Fatalf("new committee after activation: %v", err)
	}
}

// anyAddress is an L1 client that answers log queries for every contract, as a careless or
// hostile RPC could: the follower itself must keep to the committee's events.
type anyAddress struct{ Chain }

func (a anyAddress) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	q.Addresses = nil
	return a.Chain.FilterLogs(ctx, q)
}

// A rotation event for the same epoch from another contract (one the attacker registered with
// its own keys, emitted after the real one) is ignored, even from an RPC that returns it.
func TestIgnoresForgedRotationFromAnotherContract(t *testing.T) {
	old, next, evil := blsKeys(t, 4, "old"), blsKeys(t, 4, "new"), blsKeys(t, 4, "evil")
	c := newChain(t, old)
	f := newFollower(t, anyAddress{c.l1()}, c.inbox, goCommittee(t, 0, old))
	c.propose(c.committee, 0, old, next)
	forger := c.deployCommittee(evil)
	c.propose(forger, 0, evil, blsKeys(t, 4, "evil next"))
	c.activate()
	follow(t, f, c.head())
	if err := verifies(t, f, 1, next); err != nil {
		t.Fatalf("the real rotation: %v", err)
	}
}

// lyingEvents is an L1 client whose rotation events list other keys than the contract
// registered (the points no longer hash to the contract's membersHash).
type lyingEvents struct {
	Chain
	committee *bundle.Committee
}

func (l lyingEvents) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := l.Chain.FilterLogs(ctx, q)
	ev := bindings.NewBLSCommittee().GetABI().Events[bindings.BLSCommitteeCommitteeRotationProposedEventName]
	c := l.committee
	for i := range logs {
		if logs[i].Data, err = ev.Inputs.NonIndexed().Pack(uint64(1), c.Pubkeys(), c.Points()); err != nil {
			return nil, err
		}
	}
	return logs, err
}

// A rotation whose event's keys do not hash to the contract's membersHash is refused: the
// committee in force stays, and certificates by the substituted keys are not taken.
func TestRefusesRotationNotHashingToMembersHash(t *testing.T) {
	old, next, evil := blsKeys(t, 4, "old"), blsKeys(t, 4, "new"), blsKeys(t, 4, "evil")
	c := newChain(t, old)
	f := newFollower(t, lyingEvents{Chain: c.l1(), committee: goCommittee(t, 1, evil)}, c.inbox, goCommittee(t, 0, old))
	c.propose(c.committee, 0, old, next)
	c.activate()
	if err := f.Follow(context.Background(), c.head()); !errors.Is(err, ErrMembersHash) {
		t.Fatalf("follow: %v, want %v", err, ErrMembersHash)
	}
	if f.Current().Epoch != 0 || verifies(t, f, 1, evil) == nil {
		t.Fatalf("epoch %d in force; substituted keys verify: %v", f.Current().Epoch, verifies(t, f, 1, evil) == nil)
	}
	// Start refuses the same: the chain's committee cannot be rebuilt.
	if err := f.Start(context.Background()); !errors.Is(err, ErrMembersHash) {
		t.Fatalf("start: %v, want %v", err, ErrMembersHash)
	}
}

// A committee file that is not the chain's committee (the operator did not update it after a
// rotation) is reconciled at start: the chain's committee is followed.
func TestStartFollowsTheChainOverTheFile(t *testing.T) {
	old, next := blsKeys(t, 4, "old"), blsKeys(t, 4, "new")
	c := newChain(t, old)
	c.propose(c.committee, 0, old, next)
	c.activate()
	f := newFollower(t, c.l1(), c.inbox, goCommittee(t, 0, old))
	if err := f.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if f.Current().Epoch != 1 || verifies(t, f, 1, next) != nil {
		t.Fatalf("epoch %d in force, want the chain's 1", f.Current().Epoch)
	}
}
