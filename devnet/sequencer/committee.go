package sequencer

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/contracts/bindings"
)

// ErrNotCertified: fewer than two thirds of the committee signed, so the digest has no
// certificate (the release is skipped with reason "not_certified").
var ErrNotCertified = errors.New("sequencer: committee did not certify")

// Committee is the devnet's certifying committee: N members, each with its own BLS key, that
// vote on every digest the sequencer certifies (the slot-ending digest, the batch digest), and
// an aggregator that builds the certificate once at least two thirds have voted. A member taken
// Offline votes on nothing until it is back Online. The committee rotates: the keys of a later
// epoch are added (Add), and the sequencer switches to them when BLSCommittee activates that
// epoch at the L1 block it builds on (Follow). Safe for concurrent use.
type Committee struct {
	cur atomic.Pointer[generation]

	mu       sync.Mutex
	gens     map[uint64]*generation // by epoch
	contract common.Address         // the inbox's BLSCommittee, once read
}

// generation is one epoch's committee and its members.
type generation struct {
	committee *bundle.Committee
	members   []*member
}

type member struct {
	key    *bundle.BLSKey
	online atomic.Bool
}

// DevCommitteeKeys derives the devnet's n committee keys deterministically (devnet-only: anyone
// can derive them).
func DevCommitteeKeys(n int) ([]*bundle.BLSKey, error) { return DevCommitteeKeysFor(n, 0) }

// DevCommitteeKeysFor derives the devnet's n committee keys for epoch (a rotation's new keys).
func DevCommitteeKeysFor(n int, epoch uint64) ([]*bundle.BLSKey, error) {
	keys := make([]*bundle.BLSKey, n)
	for i := range keys {
		tag := fmt.Sprintf("syncboost devnet committee member %d", i)
		if epoch > 0 {
			tag += fmt.Sprintf(" epoch %d", epoch)
		}
		k, err := bundle.NewBLSKey(crypto.Keccak256([]byte(tag)))
		if err != nil {
			return nil, err
		}
		keys[i] = k
	}
	return keys, nil
}

// NewCommittee is the committee of keys (member i is keys[i]) for epoch, every member online.
func NewCommittee(epoch uint64, keys []*bundle.BLSKey) (*Committee, error) {
	g, err := newGeneration(epoch, keys)
	if err != nil {
		return nil, err
	}
	c := &Committee{gens: map[uint64]*generation{epoch: g}}
	c.cur.Store(g)
	return c, nil
}

func newGeneration(epoch uint64, keys []*bundle.BLSKey) (*generation, error) {
	f := bundle.CommitteeFileOf(epoch, keys)
	pubs, pops := make([][]byte, len(keys)), make([][]byte, len(keys))
	for i, m := range f.Members {
		pubs[i], pops[i] = m.Pubkey, m.Pop
	}
	bc, err := bundle.NewCommittee(epoch, pubs, pops)
	if err != nil {
		return nil, fmt.Errorf("%w: committee: %w", ErrConfig, err)
	}
	g := &generation{committee: bc, members: make([]*member, len(keys))}
	for i, k := range keys {
		g.members[i] = &member{key: k}
		g.members[i].online.Store(true)
	}
	return g, nil
}

// Add gives the committee the keys of a later epoch, every member online; they certify once
// Follow sees the epoch activated on L1.
func (c *Committee) Add(epoch uint64, keys []*bundle.BLSKey) error {
	g, err := newGeneration(epoch, keys)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gens[epoch] = g
	return nil
}

// Follow makes the keys of the epoch in force at L1 block certify: the inbox's BLSCommittee's
// epoch there. An epoch without keys (Add) is an error and the keys in force stay.
func (c *Committee) Follow(ctx context.Context, l1 L1Client, inbox common.Address, block common.Hash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.contract == (common.Address{}) {
		ib := bindings.NewBasedInbox()
		out, err := l1.CallContractAtHash(ctx, ethereum.CallMsg{To: &inbox, Data: ib.PackCertificateVerifier()}, block)
		if err == nil {
			c.contract, err = ib.UnpackCertificateVerifier(out)
		}
		if err != nil {
			return fmt.Errorf("the inbox's certificate verifier: %w", err)
		}
	}
	ab := bindings.NewBLSCommittee()
	out, err := l1.CallContractAtHash(ctx, ethereum.CallMsg{To: &c.contract, Data: ab.PackEpoch()}, block)
	var epoch uint64
	if err == nil {
		epoch, err = ab.UnpackEpoch(out)
	}
	if err != nil {
		return fmt.Errorf("the committee's epoch: %w", err)
	}
	g, ok := c.gens[epoch]
	if !ok {
		return fmt.Errorf("%w: no keys for epoch %d", ErrNotCertified, epoch)
	}
	c.cur.Store(g)
	return nil
}

// Committee is the members' public view: what certificates verify against.
func (c *Committee) Committee() *bundle.Committee { return c.cur.Load().committee }

// CommitteeAt is the committee of epoch, or the one in force when the epoch has no keys: what
// the batch poster packs a certificate of epoch with.
func (c *Committee) CommitteeAt(epoch uint64) *bundle.Committee {
	c.mu.Lock()
	defer c.mu.Unlock()
	if g, ok := c.gens[epoch]; ok {
		return g.committee
	}
	return c.Committee()
}

// Keys are the members' keys, in member order.
func (c *Committee) Keys() []*bundle.BLSKey {
	g := c.cur.Load()
	out := make([]*bundle.BLSKey, len(g.members))
	for i, m := range g.members {
		out[i] = m.key
	}
	return out
}

// Offline takes member i of the committee in force offline: it votes on nothing from now on.
func (c *Committee) Offline(i int) { c.cur.Load().members[i].online.Store(false) }

// Online brings member i of the committee in force back.
func (c *Committee) Online(i int) { c.cur.Load().members[i].online.Store(true) }

// Certify asks every member to vote on digest, each in its own goroutine, and aggregates the
// votes once at least two thirds are in (bundle.AggregateVotes); with fewer it is
// ErrNotCertified. It returns once the threshold is met or every member answered.
func (c *Committee) Certify(ctx context.Context, digest common.Hash) (bundle.Certificate, error) {
	return c.cur.Load().certify(ctx, digest)
}

func (c *generation) certify(ctx context.Context, digest common.Hash) (bundle.Certificate, error) {
	type vote struct {
		i   int
		sig []byte // nil: the member is offline
	}
	ch := make(chan vote, len(c.members)) // buffered: late voters never block
	var wg sync.WaitGroup
	for i, m := range c.members {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if m.online.Load() {
				ch <- vote{i, m.key.Vote(digest)}
			} else {
				ch <- vote{i, nil}
			}
		}()
	}
	defer wg.Wait()
	votes := map[int][]byte{}
	for range c.members {
		select {
		case v := <-ch:
			if v.sig != nil {
				votes[v.i] = v.sig
			}
		case <-ctx.Done():
			return bundle.Certificate{}, ctx.Err()
		}
		if len(votes) >= c.committee.Threshold() {
			return bundle.AggregateVotes(c.committee.Epoch, c.committee.Size(), votes)
		}
	}
	return bundle.Certificate{}, fmt.Errorf("%w: %d of %d members voted, need %d: %w", ErrNotCertified,
		len(votes), c.committee.Size(), c.committee.Threshold(), bundle.ErrBelowThreshold)
}

// BatchCertifier certifies batch headers by the committee under the inbox's domain: the batch
// poster's Certifier for the blob form of a batch.
type BatchCertifier struct {
	Committee *Committee
	Domain    bundle.Domain
}

// CertifyBatch has the committee certify h's digest.
func (b BatchCertifier) CertifyBatch(ctx context.Context, h *bundle.BatchHeader) (bundle.Certificate, error) {
	return b.Committee.Certify(ctx, h.Digest(b.Domain))
}
