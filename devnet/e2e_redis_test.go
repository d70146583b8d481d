package devnet

import (
	"fmt"
	"strings"
	"testing"

	"github.com/syncboost/syncboost/devnet/redisnode"
)

// With its pool on Redis ([pool] backend = "redis") the sidecar runs every slot as with the
// journal: the demo searcher's bundles are pooled in Redis, built, sent, land, and their
// landed status is recorded there.
func TestE2ESidecarPoolOnRedis(t *testing.T) {
	const slots = 5
	srv := redisnode.StartT(t)
	d := startDevnet(t, func(c *Config) { c.PoolRedisURL = srv.URL() })
	first := d.L1.LastSlot() + 3
	var problems []string
	for s := first; s < first+slots; s++ {
		f, _ := settledOrUnsent(t, d, s)
		if why := checkLanded(t, d, s, f); why != "" {
			problems = append(problems, fmt.Sprintf("slot %d: %s", s, why))
		}
	}
	if len(problems) > 0 {
		t.Errorf("%d of %d slots did not land with the pool on Redis:\n%s", len(problems), slots, strings.Join(problems, "\n"))
	}
}
