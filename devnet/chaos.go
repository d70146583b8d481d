package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/devnet/gethnode"
	"github.com/syncboost/syncboost/searcherclient"
)

// ChaosConfig is a chaos run over the replicas (Config.Replicas): a replica SIGKILLed at a
// random instant of about every KillEvery-th slot (the slot's lease holder once the slot's
// message is out, any live replica before) and restarted, and Redis restarted once.
type ChaosConfig struct {
	Slots     int
	KillEvery int
	// RedisRestartAt: Redis is stopped and restarted in this slot of the run (0: never).
	RedisRestartAt int
	Seed           uint64
}

// ChaosReport is what the run promises, counted.
type ChaosReport struct {
	Slots, Kills, RedisRestarts int
	Acked, Landed               int // slots with an acknowledged demo bundle; of those, landed
	Excused                     []string
	Missed                      []string // slots that should have landed and did not
	Lost                        []string // acknowledged bundles no replica knows
	Conflicts                   []string // slots sent with two different contents
	Kill                        []string // each kill and Redis restart: slot, replica, when
}

// Failed reports whether a promise was broken.
func (r ChaosReport) Failed() bool {
	return len(r.Missed) > 0 || len(r.Lost) > 0 || len(r.Conflicts) > 0
}

// Print writes the figures.
func (r ChaosReport) Print(w io.Writer) {
	fmt.Fprintf(w, "chaos: %d slots, %d replica kills, %d redis restarts; %d slots with an acknowledged bundle, %d landed, %d excused\n",
		r.Slots, r.Kills, r.RedisRestarts, r.Acked, r.Landed, len(r.Excused))
	fmt.Fprintf(w, "chaos: acknowledged bundles lost %d, slots missed %d, slots sent with two contents %d\n", len(r.Lost), len(r.Missed), len(r.Conflicts))
	for _, group := range []struct {
		name string
		l    []string
	}{{"kill", r.Kill}, {"excused", r.Excused}, {"missed", r.Missed}, {"lost", r.Lost}, {"conflict", r.Conflicts}} {
		for _, s := range group.l {
			fmt.Fprintf(w, "  %s: %s\n", group.name, s)
		}
	}
}

// chaosRun is one run's state.
type chaosRun struct {
	d       *Devnet
	cfg     ChaosConfig
	rnd     *rand.Rand
	rdb     *redis.Client
	rep     ChaosReport
	excused map[uint64]string
}

// RunChaos runs the chaos schedule from the next slot and checks the promises.
func (d *Devnet) RunChaos(ctx context.Context, cfg ChaosConfig) (ChaosReport, error) {
	if d.cfg.Replicas < 2 || cfg.Slots <= 0 || cfg.KillEvery <= 0 {
		return ChaosReport{}, fmt.Errorf("%w: chaos needs 2 replicas or more, slots and kill_every", ErrConfig)
	}
	opt, err := redis.ParseURL(d.Redis.URL())
	if err != nil {
		return ChaosReport{}, err
	}
	c := &chaosRun{d: d, cfg: cfg, rnd: rand.New(rand.NewPCG(cfg.Seed, 20)), rdb: redis.NewClient(opt), excused: map[uint64]string{}}
	defer c.rdb.Close()
	first := d.L1.LastSlot() + 3 // the searcher's first bundles
	if _, err := d.L1.WaitSlot(ctx, first-2); err != nil {
		return c.rep, err
	}
	next := first + uint64(1+c.rnd.IntN(cfg.KillEvery))
	for i := range cfg.Slots {
		slot := first + uint64(i)
		if cfg.RedisRestartAt > 0 && i == cfg.RedisRestartAt {
			if err := c.restartRedis(ctx, slot); err != nil {
				return c.rep, err
			}
		} else if slot == next {
			if err := c.kill(ctx, slot); err != nil {
				return c.rep, err
			}
			next = slot + uint64(cfg.KillEvery/2+c.rnd.IntN(cfg.KillEvery))
		}
		if _, err := d.L1.WaitSlot(ctx, slot); err != nil {
			return c.rep, err
		}
	}
	c.rep.Slots = cfg.Slots
	return c.rep, c.check(ctx, first, first+uint64(cfg.Slots)-1)
}

// budget is slot's window: from the slot-ending message's release to the slot's start, when
// the builder builds its block.
func (c *chaosRun) budget(slot uint64) (from, to time.Time) {
	to = c.d.L1.Slots().SlotStart(slot)
	return to.Add(-c.d.L1.Slots().Bps(c.d.cfg.ReleaseLeadBps)), to
}

// The points of a slot a replica is killed at, in turn.
var killPoints = []string{"intake", "before the lease", "while building", "after sending"}

// kill SIGKILLs a replica at the next of killPoints for slot and restarts it: during intake (a
// random instant of the previous slot before the message), just before the message, as soon as
// a holder took the slot's lease (it is building), or once the builder has the slot's bundle.
func (c *chaosRun) kill(ctx context.Context, slot uint64) error {
	from, to := c.budget(slot)
	point := killPoints[c.rep.Kills%len(killPoints)]
	var err error
	switch point {
	case "intake":
		err = sleepUntil(ctx, to.Add(-c.d.cfg.SlotDuration).Add(time.Duration(c.rnd.Int64N(int64(from.Sub(to.Add(-c.d.cfg.SlotDuration)))))))
	case "before the lease":
		err = sleepUntil(ctx, from.Add(-time.Duration(c.rnd.Int64N(int64(30*time.Millisecond)))))
	case "while building":
		err = c.poll(ctx, to, func() bool { return c.holder(ctx, slot) >= 0 })
	case "after sending":
		uuid := bundle.ReplacementUUIDFor(L2ChainID, slot)
		err = c.poll(ctx, to, func() bool { return len(c.d.L1.Builder().Contents(uuid)) > 0 })
	}
	if err != nil {
		return err
	}
	i, holder := c.victim(ctx, slot)
	if i < 0 {
		return nil
	}
	sent := len(c.d.L1.Builder().Contents(bundle.ReplacementUUIDFor(L2ChainID, slot))) > 0
	if err := c.d.KillReplica(i); err != nil {
		return err
	}
	killed := time.Now()
	c.rep.Kills++
	c.rep.Kill = append(c.rep.Kill, fmt.Sprintf("slot %d: replica %d %s (lease holder %v, bundle at the builder %v), %d ms before the slot",
		slot, i, point, holder, sent, to.Sub(killed).Milliseconds()))
	if holder && !sent && to.Sub(killed) < to.Sub(from)/10 {
		c.excused[slot] = "the holder was killed in the last 10% of the budget"
	}
	return c.d.RestartReplica(ctx, i)
}

// poll checks cond every millisecond until it holds or deadline passes (the kill then goes
// ahead anyway): the kill points are observable states, not guessed instants.
func (c *chaosRun) poll(ctx context.Context, deadline time.Time, cond func() bool) error {
	for !cond() && time.Now().Before(deadline) {
		if err := sleepUntil(ctx, time.Now().Add(time.Millisecond)); err != nil {
			return err
		}
	}
	return nil
}

func sleepUntil(ctx context.Context, at time.Time) error {
	t := time.NewTimer(time.Until(at))
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// holder is the index of the replica holding slot's lease, or -1.
func (c *chaosRun) holder(ctx context.Context, slot uint64) int {
	v, err := c.rdb.Get(ctx, "syncboost:pool:slot:lease:"+strconv.FormatUint(slot, 10)).Result()
	if err != nil {
		return -1
	}
	if _, name, ok := strings.Cut(v, ":"); ok {
		for i, r := range c.d.Replicas() {
			if r != nil && r.Name() == name {
				return i
			}
		}
	}
	return -1
}

// victim is the replica holding slot's lease when one does, else a random live one.
func (c *chaosRun) victim(ctx context.Context, slot uint64) (int, bool) {
	if i := c.holder(ctx, slot); i >= 0 {
		return i, true
	}
	var live []int
	for i, r := range c.d.Replicas() {
		if r != nil {
			live = append(live, i)
		}
	}
	if len(live) < 2 { // never the last one
		return -1, false
	}
	return live[c.rnd.IntN(len(live))], false
}

// restartRedis stops Redis in the middle of slot's intake and starts it again: the slots
// whose budget it overlaps are excused.
func (c *chaosRun) restartRedis(ctx context.Context, slot uint64) error {
	if _, err := c.d.L1.WaitSlot(ctx, slot-1); err != nil {
		return err
	}
	if err := c.d.Redis.Stop(); err != nil {
		return err
	}
	down := time.Now()
	if err := c.d.Redis.Restart(ctx); err != nil {
		return fmt.Errorf("redis restart: %w", err)
	}
	c.rep.RedisRestarts++
	c.rep.Kill = append(c.rep.Kill, fmt.Sprintf("slot %d: redis stopped and restarted from its AOF, down %d ms", slot, time.Since(down).Milliseconds()))
	for s := slot; ; s++ {
		from, _ := c.budget(s)
		if from.After(time.Now()) {
			break
		}
		c.excused[s] = fmt.Sprintf("redis was down for %d ms", time.Since(down).Milliseconds())
	}
	return nil
}

// check counts the landed slots, the lost bundles and the slots with two contents.
func (c *chaosRun) check(ctx context.Context, first, last uint64) error {
	if _, err := c.d.L1.WaitSlot(ctx, last+2); err != nil {
		return err
	}
	url := c.d.searcherURL()
	cl, err := searcherclient.New(searcherclient.Config{URL: url, Identity: gethnode.TestKey(keySearcherID), L1ChainID: c.d.L1.ChainID(),
		L2ChainID: L2ChainID, Inbox: c.d.Manifest.Contracts.Inbox, Submitter: gethnode.TestAddress(keySidecar)})
	if err != nil {
		return err
	}
	for s := first; s <= last; s++ {
		if hs := c.d.L1.Builder().Contents(bundle.ReplacementUUIDFor(L2ChainID, s)); len(hs) > 1 {
			c.rep.Conflicts = append(c.rep.Conflicts, fmt.Sprintf("slot %d: %d different bundles %v", s, len(hs), hs))
		}
		sent, ok := c.d.SearcherSent(s)
		if !ok || sent.Good == (common.Hash{}) {
			continue
		}
		c.rep.Acked++
		if _, err := cl.Status(ctx, sent.Good); err != nil {
			c.rep.Lost = append(c.rep.Lost, fmt.Sprintf("slot %d bundle %s: %v", s, sent.Good, err))
		}
		f, _ := c.d.Seq.Slot(s)
		switch why, excused := c.excused[s]; {
		case f.Derived():
			c.rep.Landed++
		case excused:
			c.rep.Excused = append(c.rep.Excused, fmt.Sprintf("slot %d: %s", s, why))
		default:
			c.rep.Missed = append(c.rep.Missed, fmt.Sprintf("slot %d: not on L1", s))
		}
	}
	if c.rep.Failed() {
		return errChaos
	}
	return nil
}

var errChaos = errors.New("chaos: a promise was broken")
