package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestPoolBackend(t *testing.T) {
	for _, tc := range []struct {
		name  string
		extra string
		want  []string // parts of the error; none: valid
	}{
		{"default is the embedded journal", "", nil},
		{"redis", "[pool]\nbackend = \"redis\"\nredis_url = \"redis://127.0.0.1:6379/0\"\n", nil},
		{"redis needs a url", "[pool]\nbackend = \"redis\"\n", []string{"pool.redis_url", "required"}},
		{"unknown backend", "[pool]\nbackend = \"etcd\"\n", []string{"pool.backend", `"etcd"`}},
		{"redis scheme", "[pool]\nbackend = \"redis\"\nredis_url = \"http://:hunter2@127.0.0.1:6379\"\n",
			[]string{"pool.redis_url", "scheme"}},
		{"lease ttl too short", "[pool]\nlease_ttl_bps = 50\n", []string{"pool.lease_ttl_bps", "100..5000"}},
		{"lease ttl past half the slot", "[pool]\nlease_ttl_bps = 6000\n", []string{"pool.lease_ttl_bps", "100..5000"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := loadMinimal(t, tc.extra)
			if err == nil {
				err = cfg.Check()
			}
			if tc.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted, want %v", tc.want)
			}
			mustContain(t, err, tc.want...)
			if strings.Contains(err.Error(), "hunter2") {
				t.Fatalf("the error shows the password: %v", err)
			}
		})
	}
	cfg, err := loadMinimal(t, "")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Pool.Backend != PoolMemory {
		t.Fatalf("default backend %q, want %q", cfg.Pool.Backend, PoolMemory)
	}
}

// The password in redis_url reaches the client and no printed form of the config.
func TestRedisURLNeverPrintsItsPassword(t *testing.T) {
	cfg, err := loadMinimal(t, "[pool]\nbackend = \"redis\"\nredis_url = \"redis://user:hunter2@127.0.0.1:6379/0\"\n")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(cfg.Pool.RedisURL.Value(), "hunter2") {
		t.Fatalf("the client would not get the password: %q", cfg.Pool.RedisURL.Value())
	}
	var printed bytes.Buffer
	if err := cfg.WriteTOML(&printed); err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{
		"toml": printed.String(), "json": string(js), "%v": fmt.Sprintf("%v", cfg.Pool),
		"%+v": fmt.Sprintf("%+v", *cfg), "%#v": fmt.Sprintf("%#v", *cfg),
	} {
		if strings.Contains(out, "hunter2") {
			t.Errorf("%s output shows the password", name)
		}
	}
	if !strings.Contains(printed.String(), `redis_url = "redis://127.0.0.1:6379/0"`) {
		t.Errorf("printed config lacks the redacted url:\n%s", printed.String())
	}
	if err := cfg.Check(); err != nil {
		t.Fatal(err)
	}
}
