package redispool

import (
	"embed"
	"fmt"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/syncboost/syncboost/bundle"
	"github.com/syncboost/syncboost/sidecar/internal/pool"
)

//go:embed lua/*.lua
var luaFiles embed.FS

// scripts are the pool's operations, each one Lua script Redis runs atomically (EVALSHA, with
// EVAL when a restarted server lost its script cache): no replica sees another's change half
// done, and no lock is held between round trips.
type scripts struct {
	add, cancel, status, get, forSlot, prune *redis.Script
}

func loadScripts() (*scripts, error) {
	common, err := luaFiles.ReadFile("lua/common.lua")
	if err != nil {
		return nil, err
	}
	// "#!lua": Redis checks memory before the script starts, so a full server refuses the
	// whole script rather than a write in its middle.
	prelude := "#!lua\n" + transitionTables() + string(common)
	load := func(name string) (*redis.Script, error) {
		src, err := luaFiles.ReadFile("lua/" + name + ".lua")
		if err != nil {
			return nil, fmt.Errorf("script %s: %w", name, err)
		}
		return redis.NewScript(prelude + "\n" + string(src)), nil
	}
	var s scripts
	for _, sc := range []struct {
		dst  **redis.Script
		name string
	}{{&s.add, "add"}, {&s.cancel, "cancel"}, {&s.status, "status"}, {&s.get, "get"}, {&s.forSlot, "forslot"}, {&s.prune, "prune"}} {
		if *sc.dst, err = load(sc.name); err != nil {
			return nil, err
		}
	}
	return &s, nil
}

// transitionTables writes pool.Allowed as two Lua tables, so the scripts and the in-memory pool
// share one rule: FORWARD[cur][next] from the latest status alone, AFTER_SUBMIT[cur][next] for
// a bundle that was submitted before (Allowed depends on nothing else).
func transitionTables() string {
	var fw, as strings.Builder
	fw.WriteString("local FORWARD = {")
	as.WriteString("local AFTER_SUBMIT = {")
	for _, cur := range bundle.Statuses {
		var f, a []string
		for _, next := range bundle.Statuses {
			plain := pool.Allowed([]bundle.StatusChange{{Status: cur}}, next)
			submitted := pool.Allowed([]bundle.StatusChange{{Status: bundle.StatusSubmitted}, {Status: cur}}, next)
			if plain {
				f = append(f, fmt.Sprintf("[%q] = true", next))
			} else if submitted {
				a = append(a, fmt.Sprintf("[%q] = true", next))
			}
		}
		fmt.Fprintf(&fw, "[%q] = {%s}, ", cur, strings.Join(f, ", "))
		fmt.Fprintf(&as, "[%q] = {%s}, ", cur, strings.Join(a, ", "))
	}
	fw.WriteString("}\n")
	as.WriteString("}\n")
	var live []string
	for _, s := range bundle.Statuses {
		if s.Live() {
			live = append(live, fmt.Sprintf("[%q] = true", s))
		}
	}
	return fw.String() + as.String() + "local LIVE = {" + strings.Join(live, ", ") + "}\n"
}
