package sequencer

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/syncboost/syncboost/bundle"
)

// ErrNotCertified: fewer than two thirds of the committee signed, so the digest has no
// certificate (the release is skipped with reason "not_certified").
var ErrNotCertified = errors.New("sequencer: committee did not certify")

// Committee is the devnet's certifying committee: N members, each with its own BLS key, that
// vote on every digest the sequencer certifies (the slot-ending digest, the batch digest), and
// an aggregator that builds the certificate once at least two thirds have voted. A member taken
// Offline votes on nothing until it is back Online. Safe for concurrent use.
type Committee struct {
	committee *bundle.Committee
	members   []*member
}

type member struct {
	key    *bundle.BLSKey
	online atomic.Bool
}

// DevCommitteeKeys derives the devnet's n committee keys deterministically (devnet-only: anyone
// can derive them).
func DevCommitteeKeys(n int) ([]*bundle.BLSKey, error) {
	keys := make([]*bundle.BLSKey, n)
	for i := range keys {
		k, err := bundle.NewBLSKey(crypto.Keccak256([]byte(fmt.Sprintf("syncboost devnet committee member %d", i))))
		if err != nil {
			return nil, err
		}
		keys[i] = k
	}
	return keys, nil
}

// NewCommittee is the committee of keys (member i is keys[i]) for epoch, every member online.
func NewCommittee(epoch uint64, keys []*bundle.BLSKey) (*Committee, error) {
	f := bundle.CommitteeFileOf(epoch, keys)
	pubs, pops := make([][]byte, len(keys)), make([][]byte, len(keys))
	for i, m := range f.Members {
		pubs[i], pops[i] = m.Pubkey, m.Pop
	}
	bc, err := bundle.NewCommittee(epoch, pubs, pops)
	if err != nil {
		return nil, fmt.Errorf("%w: committee: %w", ErrConfig, err)
	}
	c := &Committee{committee: bc, members: make([]*member, len(keys))}
	for i, k := range keys {
		c.members[i] = &member{key: k}
		c.members[i].online.Store(true)
	}
	return c, nil
}

// Committee is the members' public view: what certificates verify against.
func (c *Committee) Committee() *bundle.Committee { return c.committee }

// Keys are the members' keys, in member order.
func (c *Committee) Keys() []*bundle.BLSKey {
	out := make([]*bundle.BLSKey, len(c.members))
	for i, m := range c.members {
		out[i] = m.key
	}
	return out
}

// Offline takes member i offline: it votes on nothing from now on.
func (c *Committee) Offline(i int) { c.members[i].online.Store(false) }

// Online brings member i back.
func (c *Committee) Online(i int) { c.members[i].online.Store(true) }

// Certify asks every member to vote on digest, each in its own goroutine, and aggregates the
// votes once at least two thirds are in (bundle.AggregateVotes); with fewer it is
// ErrNotCertified. It returns once the threshold is met or every member answered.
func (c *Committee) Certify(ctx context.Context, digest common.Hash) (bundle.Certificate, error) {
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
