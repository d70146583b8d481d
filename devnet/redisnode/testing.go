package redisnode

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"
)

// RequireEnv, set to 1, makes a test that needs redis-server fail instead of skip when it is not
// installed; .ci/run sets it after installing the package.
const RequireEnv = "SYNCBOOST_REQUIRE_REDIS"

// StartT starts a server for the test in a temporary directory and stops it at cleanup. When
// redis-server is not installed, the test is skipped, or fails if RequireEnv is 1.
func StartT(tb testing.TB) *Server {
	tb.Helper()
	if _, err := Find(); err != nil {
		if os.Getenv(RequireEnv) == "1" {
			tb.Fatalf("%v (%s=1)", err, RequireEnv)
		}
		tb.Skipf("skipping: %v; set %s=1 to fail instead", err, RequireEnv)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := Start(ctx, tb.TempDir(), nil)
	if err != nil {
		if errors.Is(err, ErrNotInstalled) {
			tb.Skip(err)
		}
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := s.Stop(); err != nil {
			tb.Error(err)
		}
	})
	return s
}
