package builder

import (
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/syncboost/syncboost/bundle"
)

// Errors of bundle intake.
var (
	ErrPoolFull  = errors.New("builder: bundle pool full")
	ErrTooLate   = errors.New("builder: target block already built")
	ErrNoBlock   = errors.New("builder: blockNumber is required")
	ErrNoTxs     = errors.New("builder: txs is empty and there is no replacementUuid to cancel")
	ErrNotFound  = errors.New("builder: no bundle with this replacementUuid")
	ErrTooManyTx = errors.New("builder: too many transactions in bundle")
	ErrTampered  = errors.New("builder: bundle broken apart on purpose")
)

// uuidKey scopes a replacement uuid to its signer, as Flashbots builders do: one searcher
// cannot replace or cancel another's bundle.
type uuidKey struct {
	signer common.Address
	uuid   string
}

// entry is one stored bundle.
type entry struct {
	b      *bundle.AtomicBundle
	txs    []*types.Transaction
	hash   common.Hash
	signer common.Address
	seq    uint64 // arrival order, for equal values
}

// pool keeps the bundles by target block number and by (signer, replacement uuid).
type pool struct {
	max int

	mu      sync.Mutex
	seq     uint64
	size    int
	byBlock map[uint64][]*entry
	byUUID  map[uuidKey]*entry
}

func newPool(maxBundles int) *pool {
	return &pool{max: maxBundles, byBlock: map[uint64][]*entry{}, byUUID: map[uuidKey]*entry{}}
}

// add stores e; a bundle with the same (signer, uuid) is replaced. It reports whether a
// bundle was replaced.
func (p *pool) add(e *entry) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	replaced := false
	if e.b.ReplacementUUID != "" {
		replaced = p.removeLocked(uuidKey{e.signer, e.b.ReplacementUUID})
	}
	if p.size >= p.max {
		return replaced, fmt.Errorf("%w: %d bundles", ErrPoolFull, p.size)
	}
	p.seq++
	e.seq = p.seq
	p.byBlock[e.b.BlockNumber] = append(p.byBlock[e.b.BlockNumber], e)
	if e.b.ReplacementUUID != "" {
		p.byUUID[uuidKey{e.signer, e.b.ReplacementUUID}] = e
	}
	p.size++
	return replaced, nil
}

// cancel removes the bundle of (signer, uuid) and reports whether there was one.
func (p *pool) cancel(signer common.Address, uuid string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.removeLocked(uuidKey{signer, uuid})
}

func (p *pool) removeLocked(k uuidKey) bool {
	e, ok := p.byUUID[k]
	if !ok {
		return false
	}
	delete(p.byUUID, k)
	list := p.byBlock[e.b.BlockNumber]
	if i := slices.Index(list, e); i >= 0 {
		list = slices.Delete(list, i, i+1)
	}
	if len(list) == 0 {
		delete(p.byBlock, e.b.BlockNumber)
	} else {
		p.byBlock[e.b.BlockNumber] = list
	}
	p.size--
	return true
}

// take removes and returns the bundles for block number, in arrival order.
func (p *pool) take(number uint64) []*entry {
	p.mu.Lock()
	defer p.mu.Unlock()
	list := p.byBlock[number]
	delete(p.byBlock, number)
	p.forgetLocked(list)
	return list
}

// prune drops every bundle for a block at or below number and returns how many.
func (p *pool) prune(number uint64) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for block, list := range p.byBlock {
		if block <= number {
			delete(p.byBlock, block)
			p.forgetLocked(list)
			n += len(list)
		}
	}
	return n
}

func (p *pool) forgetLocked(list []*entry) {
	for _, e := range list {
		if e.b.ReplacementUUID != "" {
			k := uuidKey{e.signer, e.b.ReplacementUUID}
			if p.byUUID[k] == e {
				delete(p.byUUID, k)
			}
		}
	}
	p.size -= len(list)
}

// len is the number of stored bundles.
func (p *pool) len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.size
}
