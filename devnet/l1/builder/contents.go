package builder

import (
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// maxContentUUIDs bounds the replacement uuids whose contents are remembered (the oldest go).
const maxContentUUIDs = 4096

// contents remembers the distinct bundles received under each replacement uuid, so that a
// test can tell whether a slot was ever sent with two different contents.
type contents struct {
	mu     sync.Mutex
	byUUID map[string][]common.Hash
	order  []string
}

func (c *contents) add(uuid string, h common.Hash) {
	if uuid == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byUUID == nil {
		c.byUUID = map[string][]common.Hash{}
	}
	hs, known := c.byUUID[uuid]
	if !known {
		c.order = append(c.order, uuid)
		if len(c.order) > maxContentUUIDs {
			delete(c.byUUID, c.order[0])
			c.order = c.order[1:]
		}
	}
	if !slices.Contains(hs, h) {
		c.byUUID[uuid] = append(hs, h)
	}
}

// Contents returns the distinct bundles received under replacement uuid, in arrival order.
func (b *Builder) Contents(uuid string) []common.Hash {
	b.seen.mu.Lock()
	defer b.seen.mu.Unlock()
	return slices.Clone(b.seen.byUUID[uuid])
}
