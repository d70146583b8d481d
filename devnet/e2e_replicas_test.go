package devnet

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/syncboost/syncboost/devnet/redisnode"
)

// Three sidecar processes share one Redis (the pool and the per-slot lease); a replica is
// SIGKILLed about every 3 slots (in turn during intake, just before the lease, as soon as the
// slot's holder took the lease, after the builder has its bundle) and restarted, and Redis is
// restarted once: no acknowledged bundle is lost, every slot lands unless its holder died in
// the last tenth of its budget (or Redis was down in it), and no slot reaches the builder with
// two different contents. scripts/chaos.sh runs the same over 100 slots.
func TestE2EReplicasChaos(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end devnet test")
	}
	redisnode.StartT(t).Stop() // skips (or fails, in CI) when redis-server is missing
	bin := buildSyncboost(t)
	d := startDevnet(t, func(c *Config) { c.FailEvery, c.Replicas, c.SidecarBin = 0, 3, bin })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	rep, err := d.RunChaos(ctx, ChaosConfig{Slots: 15, KillEvery: 3, RedisRestartAt: 10, Seed: uint64(time.Now().UnixNano())})
	var out strings.Builder
	rep.Print(&out)
	t.Log("\n" + out.String())
	if err != nil {
		for i, r := range d.Replicas() {
			if r != nil {
				t.Logf("replica %d's last log lines:\n%s", i, r.Log())
			}
		}
		t.Fatal(err)
	}
	if rep.Kills == 0 || rep.Landed == 0 {
		t.Fatalf("%d kills, %d slots landed: the run proved nothing", rep.Kills, rep.Landed)
	}
}
