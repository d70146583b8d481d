package config

import (
	"fmt"

	"github.com/syncboost/syncboost/transport/urls"
)

// Pool backends.
const (
	PoolMemory = "memory" // in-process pool with the embedded journal ([journal]): one process
	PoolRedis  = "redis"  // shared by every replica on one Redis server
)

// Pool chooses where the bundle pool lives. With the memory backend [journal].dir makes it
// durable; with redis the Redis server does (appendonly yes, appendfsync always), and the
// [journal] limits (retention, max_finished, max_finished_per_identity) still bound it.
type Pool struct {
	Backend  string   `toml:"backend"`
	RedisURL RedisURL `toml:"redis_url"`
	// RedisPrefix starts every key of the pool; replicas sharing a pool share it.
	RedisPrefix string `toml:"redis_prefix"`
	// LeaseTTLBps (redis backend): how long a replica holding a slot's lease keeps it after it
	// stops renewing, in basis points of the slot: the longest a follower waits to take over.
	LeaseTTLBps uint32 `toml:"lease_ttl_bps"`
}

func defaultPool() Pool {
	return Pool{Backend: PoolMemory, RedisPrefix: "syncboost:pool:", LeaseTTLBps: 1000}
}

// Check validates the section; redis_url is required by the redis backend only.
func (p Pool) Check() error {
	var pr problems
	pr.add("backend", oneOf(p.Backend, PoolMemory, PoolRedis))
	switch {
	case p.Backend == PoolRedis && p.RedisURL == "":
		pr.add("redis_url", ErrRequired)
	case p.RedisURL != "":
		if err := urls.Check("redis_url", string(p.RedisURL), "redis", "rediss"); err != nil {
			pr = append(pr, err)
		}
	}
	if p.Backend == PoolRedis && p.RedisPrefix == "" {
		pr.add("redis_prefix", ErrRequired)
	}
	if p.LeaseTTLBps < 100 || p.LeaseTTLBps > 5000 {
		pr.add("lease_ttl_bps", errorf(ErrRange, "%d must be in 100..5000 (1%% to half of the slot)", p.LeaseTTLBps))
	}
	return pr.join()
}

// RedisURL is a redis:// or rediss:// URL that may hold a password: every printed form (the
// effective config, logs, %v, JSON) shows it without credentials (transport/urls.Redact).
type RedisURL string

// UnmarshalText keeps the URL as written.
func (u *RedisURL) UnmarshalText(b []byte) error {
	*u = RedisURL(b)
	return nil
}

// MarshalText writes the URL without credentials.
func (u RedisURL) MarshalText() ([]byte, error) { return []byte(u.String()), nil }

// String is the URL without credentials.
func (u RedisURL) String() string {
	if u == "" {
		return ""
	}
	return urls.Redact(string(u))
}

// GoString is String, for %#v.
func (u RedisURL) GoString() string { return fmt.Sprintf("%q", u.String()) }

// Value is the URL as configured, credentials included, for the client only.
func (u RedisURL) Value() string { return string(u) }
