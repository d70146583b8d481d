package redispool

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/syncboost/syncboost/bundle"
)

// bundleCache keeps the decoded bundles of recent lives, by hash and seq: a life's bundle never
// changes, so ForSlot and Get decode each bundle once per replica rather than at every read. It
// holds at most max, forgetting the oldest first.
type bundleCache struct {
	max int

	mu    sync.Mutex
	m     map[lifeKey]*bundle.CheckedBundle
	order []lifeKey // insertion order, a ring of len max once full
	next  int
}

type lifeKey struct {
	hash common.Hash
	seq  uint64
}

func newBundleCache(max int) *bundleCache {
	return &bundleCache{max: max, m: make(map[lifeKey]*bundle.CheckedBundle)}
}

func (c *bundleCache) get(k lifeKey) *bundle.CheckedBundle {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

func (c *bundleCache) put(k lifeKey, b *bundle.CheckedBundle) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[k]; ok || c.max <= 0 {
		return
	}
	if len(c.order) < c.max {
		c.order = append(c.order, k)
	} else {
		delete(c.m, c.order[c.next])
		c.order[c.next] = k
		c.next = (c.next + 1) % c.max
	}
	c.m[k] = b
}
